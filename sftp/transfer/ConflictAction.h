#pragma once

namespace ferry {

// What a transfer does when its target already exists. Shared by the transfer engine (which applies it) and the
// conflict dialog (which asks the user for it).
enum class ConflictAction {
    Ask,              // stop this file and ask the user
    Overwrite,        // replace the target
    OverwriteIfNewer, // replace the target only when the source's modification time is later
    Skip,             // leave the target alone and go on with the next file
    Resume,           // append to the target from its current size (a partial file of an earlier run)
    Rename,           // transfer under another name chosen by the user (or made unique)
};

} // namespace ferry
