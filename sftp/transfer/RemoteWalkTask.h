#pragma once

#include "SftpChannel.h"
#include "SftpTask.h"
#include "TransferControl.h"
#include "TransferItem.h"
#include "TransferOptions.h"
#include "WalkPace.h"

#include <QCoreApplication>

#include <memory>
#include <vector>


namespace ferry {

// Walks a remote folder for a recursive download, one folder at a time (OPENDIR, READDIR batches),
// making the local folders as it goes and reporting the files it finds in batches
// (QVector<TransferItem> through SftpTaskContext::report) for the queue to transfer. It holds while
// the queue has maxOutstanding of its files unfinished, or while the job is paused, so memory stays
// bounded whatever the size of the tree. Every name becomes a local path component only after
// LocalTarget::nameProblem; refused names, unreadable folders and special files are warnings (one
// per name), and the walk goes on. Folders deeper than MaxDepth are not entered (a symlink loop ends
// there). When the options preserve attributes, each folder made or entered is reported too, as
// FolderTimes with the remote folder's times, for the queue to set once the files are in. Result: the
// number of files reported (qint64).
class RemoteWalkTask : public SftpTask {
    Q_DECLARE_TR_FUNCTIONS(RemoteWalkTask)
public:
    static constexpr int MaxDepth = 64;

    RemoteWalkTask(const QByteArray& remoteFolder, const QString& localFolder, const TransferOptions& options,
                   std::shared_ptr<TransferControl> control, int maxOutstanding);
    ~RemoteWalkTask() override;

    void start() override;
    void pump() override;
    void cancel() override;

private:
    struct Folder {
        QByteArray remote;
        QString local;
        int depth = 0;
        quint32 mode = 0755;
        bool hasTimes = false;      // odd servers leave them out: the local folder keeps its own then
        quint32 accessed = 0;
        quint32 modified = 0;
    };

    static Folder pendingFolder(const QByteArray& remote, const QString& local, int depth,
                                const SftpAttributes& attributes);

    void holdOn();
    void nextFolder();
    void readMore();
    void onNames(const SftpError& error, const QVector<SftpChannel::Name>& names, bool eof);
    void addEntry(const QByteArray& name, const SftpAttributes& attributes);
    void settle();
    void flush();
    void end(const SftpError& error);

    QByteArray m_root;
    QString m_localRoot;
    TransferOptions m_options;
    WalkPace m_pace;

    std::vector<Folder> m_pending;
    Folder m_current;
    bool m_inFolder = false;
    bool m_currentIsNew = false;
    QByteArray m_handle;
    int m_readdirs = 0;
    int m_stats = 0;
    bool m_eof = false;
};

} // namespace ferry
