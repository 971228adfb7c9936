#pragma once

#include "BandwidthLimiter.h"
#include "ConflictAction.h"
#include "RemoteFileSystem.h"
#include "TransferConflict.h"
#include "TransferJob.h"
#include "TransferOptions.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QVector>

#include <deque>
#include <memory>

class QTimer;

namespace ferry {

// The transfer queue of one connection, in the GUI thread: a table model with one row per job (a file,
// or a folder whose files appear as rows of their own as they are found, ParentJobRole naming the
// folder), run on parallelJobs lanes, SFTP channels 1..parallelJobs of the connection (no second
// connection): parallelJobs large files at a time, or up to SmallFilesPerLane small files per lane, in
// the order they were queued; folder walks run on channel 0. Each job can be paused (its .ferrypart is kept
// and the job resumes from it), resumed, cancelled (the .ferrypart goes, unless the options keep it)
// and retried. When a target exists the job asks (conflictRaised) unless a conflict policy is set; the
// answer comes back through answerConflict(), "apply to all" becoming the policy for the rest of the
// queue. Finished files of folders are dropped past finishedFileLimit rows, a hundred at a time (the folder
// row keeps the counts), so a tree of 100,000 files never makes 100,000 rows. A folder job ends by giving
// the folders it made or entered their source's times (when the options preserve attributes).
class TransferQueue : public QAbstractTableModel {
    Q_OBJECT
    Q_PROPERTY(qint64 totalBytes READ totalBytes NOTIFY totalsChanged)
    Q_PROPERTY(qint64 doneBytes READ doneBytes NOTIFY totalsChanged)
    Q_PROPERTY(qint64 speed READ speed NOTIFY totalsChanged)
    Q_PROPERTY(qint64 eta READ eta NOTIFY totalsChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(int parallelJobs READ parallelJobs WRITE setParallelJobs NOTIFY parallelJobsChanged)
    Q_PROPERTY(qint64 bandwidthLimit READ bandwidthLimit WRITE setBandwidthLimit NOTIFY bandwidthLimitChanged)
public:
    using State = TransferJob::State;
    using Direction = TransferItem::Direction;

    enum Column {
        NameColumn,
        DirectionColumn,
        SourceColumn,
        TargetColumn,
        SizeColumn,
        DoneColumn,
        SpeedColumn,
        EtaColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        JobIdRole = Qt::UserRole + 1,
        ParentJobRole,     // 0 for a job of its own, else the folder job's id
        IsFolderRole,
        DirectionRole,     // int(Direction)
        SourceRole,
        TargetRole,
        SizeRole,          // qint64, -1 unknown
        BytesDoneRole,
        SpeedRole,         // bytes per second, smoothed
        EtaRole,           // seconds, -1 unknown
        StateRole,         // int(State)
        MessageRole,       // why it failed or was skipped
        ProgressRole,      // 0..1000, -1 unknown
        FilesFoundRole,    // folders
        FilesDoneRole,
        FilesFailedRole,
        ResumedFromRole,   // bytes taken over from a partial file
        TransferredRole,   // bytes that went over the wire in the last run
    };

    static constexpr int DefaultParallelJobs = 2;
    // Each parallel job is a lane (an SFTP channel). A file over SmallFileBytes (or of unknown size) has
    // a lane to itself; smaller ones share one, up to SmallFilesPerLane at a time, so that a lane never
    // waits idle for a round trip (small files are all latency: open, read or write, close).
    static constexpr int SmallFilesPerLane = 8;
    static constexpr qint64 SmallFileBytes = 1024 * 1024;

    explicit TransferQueue(RemoteFileSystem* fileSystem, QObject* parent = nullptr);
    ~TransferQueue() override;

    // After a reconnection: jobs that failed with the old connection can be retried on the new one.
    void setFileSystem(RemoteFileSystem* fileSystem);
    RemoteFileSystem* fileSystem() const { return m_fileSystem; }

    TransferOptions options() const { return m_options; }
    void setOptions(const TransferOptions& options) { m_options = options; }
    int parallelJobs() const { return m_parallel; }
    void setParallelJobs(int jobs);
    // Bytes per second across the queue; 0: no limit.
    qint64 bandwidthLimit() const { return m_limiter->rate(); }
    void setBandwidthLimit(qint64 bytesPerSecond);
    ConflictAction conflictPolicy() const { return m_policy; }
    void setConflictPolicy(ConflictAction action) { m_policy = action; }
    int finishedFileLimit() const { return m_finishedFileLimit; }
    void setFinishedFileLimit(int rows) { m_finishedFileLimit = qMax(0, rows); }

    // Queue a download of a remote file or folder into localFolder (under its own name), or an upload of
    // a local file or folder into remoteFolder. Returns the job id.
    quint64 download(const QString& remotePath, const QString& localFolder, bool isFolder);
    quint64 upload(const QString& localPath, const QString& remoteFolder);

    void pause(quint64 id);
    void resume(quint64 id);
    void cancel(quint64 id);
    void retry(quint64 id);
    void pauseAll();
    void resumeAll();
    void cancelAll();
    void retryFailed();
    // Drops the rows of finished jobs.
    void removeFinished();
    // The answer to conflictRaised. newName is the file name for ConflictAction::Rename (empty: a free
    // "name (n)"). With applyToAll the action answers every waiting conflict and all later ones.
    void answerConflict(quint64 id, ConflictAction action, bool applyToAll = false, const QString& newName = QString());

    int rowOfJob(quint64 id) const { return m_rows.value(id, -1); }
    quint64 jobAt(int row) const;
    bool hasJob(quint64 id) const { return m_rows.contains(id); }
    State state(quint64 id) const;
    QString message(quint64 id) const;
    TransferConflict conflict(quint64 id) const;
    int runningFileCount() const;

    qint64 totalBytes() const { return m_totalBytes; }
    qint64 doneBytes() const { return m_doneBytes; }
    qint64 speed() const { return qint64(m_speed); }
    qint64 eta() const;
    bool isBusy() const { return m_busy; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString stateText(State state);

signals:
    void conflictRaised(quint64 jobId, const ferry::TransferConflict& conflict);
    void jobStarted(quint64 jobId);
    void jobFinished(quint64 jobId, ferry::TransferJob::State state);
    void totalsChanged();
    void busyChanged(bool busy);
    void parallelJobsChanged(int jobs);
    void bandwidthLimitChanged(qint64 bytesPerSecond);

private:
    static QString lastComponent(const QString& path);
    TransferJob* job(quint64 id);
    const TransferJob* job(quint64 id) const;
    quint64 addJob(TransferJob job);
    void addChildren(quint64 folderId, const QVector<TransferItem>& items);
    void addRefusal(quint64 folderId, const QString& text);
    void changed(const TransferJob& job);
    void setState(TransferJob& job, State state, const QString& message = QString());

    void schedule();
    void startJobs();
    void startFile(TransferJob& job, int slot);
    void startWalk(TransferJob& job);
    struct Lanes;
    Lanes laneLoad() const;
    void onFileProgress(quint64 id, qint64 done, qint64 total);
    // The job whose operation op just finished, its operation cleared; null when op is no longer its.
    TransferJob* jobOfFinished(quint64 id, SftpOperation* op);
    void onFileFinished(quint64 id, SftpOperation* op);
    void onWalkFinished(quint64 id, SftpOperation* op);
    void childEnded(TransferJob& child);
    void settleFolder(TransferJob& folder);
    void addFolderTimes(quint64 folderId, const FolderTimes& times);
    bool startFolderTimes(TransferJob& folder);
    void onFolderTimesSet(quint64 id, SftpOperation* op);
    void raiseConflict(TransferJob& job);
    void removePartial(const TransferJob& job);
    void pruneFinished(quint64 id);
    void removeRows(const QVector<quint64>& ids);
    void reindex();
    void tick();
    void updateTotals();
    void updateBusy();

    QPointer<RemoteFileSystem> m_fileSystem;
    TransferOptions m_options;
    int m_parallel = DefaultParallelJobs;
    ConflictAction m_policy = ConflictAction::Ask;
    int m_finishedFileLimit = 1000;
    std::shared_ptr<BandwidthLimiter> m_limiter = std::make_shared<BandwidthLimiter>();

    QVector<TransferJob> m_jobs;
    QHash<quint64, int> m_rows;
    std::deque<quint64> m_finishedFiles;
    quint64 m_nextId = 1;
    bool m_scheduled = false;

    QTimer* m_ticker = nullptr;
    QElapsedTimer m_sinceTick;
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
    qint64 m_doneAtLastTick = 0;
    double m_speed = 0;
    bool m_busy = false;
};

} // namespace ferry
