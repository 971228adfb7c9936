#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace ferry {

// The access and modification times of a source folder, for the folder a recursive transfer made or
// entered on the target side. A folder walk reports one for each such folder whose source has times;
// the queue sets them once nothing more is written inside (see FolderTimesTask).
struct FolderTimes {
    QString localPath;              // downloads: the local folder, as the walk checked it
    QByteArray remotePath;          // uploads: the remote folder
    quint32 accessed = 0;
    quint32 modified = 0;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::FolderTimes)
