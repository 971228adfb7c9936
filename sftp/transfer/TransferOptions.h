#pragma once

namespace ferry {

// How the transfers of a queue behave; copied into each task when it starts.
struct TransferOptions {
    // Modification/access times and permission bits (0777 at most, never setuid, setgid or sticky) of
    // files, and the times of the folders a recursive transfer makes or enters.
    bool preserveAttributes = true;
    // Symlinks in the source: transfer what they point to (true) or make a symlink on the target side.
    bool followSymlinks = true;
    // fsync@openssh.com (uploads) or fsync(2) (downloads) before the rename into place. Off by default:
    // it makes each small file wait for the disk, which costs far more than it protects on a desktop.
    bool fsync = false;
    // A cancelled transfer removes its .ferrypart file unless this is set; a paused one always keeps it.
    bool keepPartialOnCancel = false;
    // An existing .ferrypart not larger than the source is continued instead of started over.
    bool resumePartial = true;
};

} // namespace ferry
