#pragma once

#include "SftpTask.h"
#include "TransferControl.h"
#include "TransferItem.h"
#include "TransferOptions.h"
#include "WalkPace.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

class QDirIterator;

namespace ferry {

// Walks a local folder for a recursive upload, in the worker thread: one folder at a time, made on the
// server first (MKDIR; an existing folder is merged into), then its entries read lazily with a
// QDirIterator a slice per pump, files reported in batches (QVector<TransferItem>) for the queue. It
// holds while the queue has maxOutstanding of its files unfinished or the job is paused. Symlinks to
// folders are followed only when the options say so, never into a folder that contains them (a loop),
// and never deeper than MaxDepth. When the options preserve attributes, each folder made or merged into
// is reported too, as FolderTimes with the local folder's times, for the queue to set on the server once
// the files are in. Result: the number of files reported (qint64).
class LocalWalkTask : public SftpTask {
    Q_DECLARE_TR_FUNCTIONS(LocalWalkTask)
public:
    static constexpr int MaxDepth = 64;

    LocalWalkTask(const QString& localFolder, const QByteArray& remoteFolder, const TransferOptions& options,
                  std::shared_ptr<TransferControl> control, int maxOutstanding);
    ~LocalWalkTask() override;

    void start() override;
    void pump() override;
    void cancel() override;

private:
    struct Folder {
        QString local;
        QByteArray remote;
        int depth = 0;
        quint32 mode = 0755;
        bool hasTimes = false;
        quint32 accessed = 0;
        quint32 modified = 0;
    };

    // Mode and times are read before the folder is listed, since listing it may move its access time.
    static Folder pendingFolder(const QString& local, const QByteArray& remote, int depth);

    void holdOn();
    void nextFolder();
    void onFolderMade(bool created);
    void readSlice();
    void flush();
    void end(const SftpError& error);

    QString m_root;
    QByteArray m_remoteRoot;
    TransferOptions m_options;
    WalkPace m_pace;

    std::vector<Folder> m_pending;
    Folder m_current;
    QString m_currentCanonical;
    bool m_currentIsNew = false;
    bool m_making = false;
    std::unique_ptr<QDirIterator> m_iterator;
};

} // namespace ferry
