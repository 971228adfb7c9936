#pragma once

#include "SftpAttributes.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace ferry {

// One file (or symlink) to transfer, as the queue hands it to a task and as a folder walk reports it.
struct TransferItem {
    enum class Direction { Download, Upload };

    Direction direction = Direction::Download;
    QByteArray remotePath;          // raw bytes, as the server stores the name
    QString localPath;
    // Downloads: the folder nothing may be written outside of, whatever the server calls its files.
    QString localRoot;
    // Downloads: the remote attributes are already known (from the walk's listing), no STAT needed.
    bool sourceKnown = false;
    SftpAttributes remoteAttributes;
    // The walk created the folder that holds the target: it cannot exist, so no conflict check.
    bool targetFolderIsNew = false;
    qint64 size = -1;               // for the queue's display; the task finds the real size
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::TransferItem)
Q_DECLARE_METATYPE(QVector<ferry::TransferItem>)
