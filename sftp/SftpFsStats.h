#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace ferry {

// statvfs@openssh.com: the file system holding a remote path.
struct SftpFsStats {
    quint64 blockSize = 0;    // f_bsize
    quint64 fragmentSize = 0; // f_frsize, the unit of the block counts
    quint64 blocks = 0;
    quint64 freeBlocks = 0;
    quint64 availableBlocks = 0; // free for unprivileged users
    quint64 files = 0;
    quint64 freeFiles = 0;
    quint64 availableFiles = 0;
    quint64 fsid = 0;
    quint64 flags = 0; // 1: read-only, 2: nosuid
    quint64 nameMax = 0;

    quint64 unit() const { return fragmentSize != 0 ? fragmentSize : blockSize; }
    quint64 totalBytes() const { return blocks * unit(); }
    quint64 availableBytes() const { return availableBlocks * unit(); }
    bool isReadOnly() const { return flags & 1; }
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::SftpFsStats)
