#pragma once

#include "FolderTimes.h"
#include "SftpTask.h"
#include "TransferItem.h"

namespace ferry {

// Gives the folders a recursive transfer made or entered the times of their source folders, in the
// worker thread, once the queue has nothing more to write in them: local folders (downloads) with
// utimensat, a slice per pump; remote folders (uploads) with a SETSTAT that carries the times only,
// pipelined. A folder whose times cannot be set keeps the ones it has, without a warning and without
// failing anything: many servers refuse SETSTAT on folders (or on folders the user does not own), and
// the files, what the user asked for, are all there. A local folder is touched only inside localRoot
// and never through a symlink. Result: none.
class FolderTimesTask : public SftpTask {
public:
    FolderTimesTask(TransferItem::Direction direction, const QString& localRoot, const QVector<FolderTimes>& folders);
    ~FolderTimesTask() override;

    void start() override;
    void pump() override;

private:
    void setLocalSlice();
    void sendRemote();

    TransferItem::Direction m_direction;
    QString m_localRoot;
    QVector<FolderTimes> m_folders;
    int m_next = 0;
    int m_inFlight = 0;
};

} // namespace ferry
