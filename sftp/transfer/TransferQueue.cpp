#include "TransferQueue.h"

#include "DownloadTask.h"
#include "LocalTarget.h"
#include "RemoteFileSystem.h"
#include "SftpEntry.h"
#include "SftpService.h"
#include "UploadTask.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <mutex>
#include <utility>

namespace ferry {

namespace {

constexpr int TickMs = 500;
// Finished files of folders beyond finishedFileLimit go this many at a time.
constexpr int PruneBatch = 100;

void registerTypesOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<ferry::TransferConflict>();
        qRegisterMetaType<ferry::TransferJob::State>();
        qRegisterMetaType<ferry::TransferItem>();
        qRegisterMetaType<QVector<ferry::TransferItem>>();
        qRegisterMetaType<ferry::TransferOutcome>();
        qRegisterMetaType<ferry::FolderTimes>();
    });
}

QDateTime fromEpoch(qint64 seconds)
{
    return seconds < 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(seconds);
}

double smooth(double previous, double sample)
{
    return previous <= 0 ? sample : 0.7 * previous + 0.3 * sample;
}

} // namespace

QString TransferQueue::lastComponent(const QString& path)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/'))) {
        p.chop(1);
    }
    return p.mid(p.lastIndexOf(QLatin1Char('/')) + 1);
}

TransferQueue::TransferQueue(RemoteFileSystem* fileSystem, QObject* parent)
    : QAbstractTableModel(parent)
    , m_fileSystem(fileSystem)
    , m_ticker(new QTimer(this))
{
    registerTypesOnce();
    m_ticker->setInterval(TickMs);
    connect(m_ticker, &QTimer::timeout, this, &TransferQueue::tick);
    setFileSystem(fileSystem);
}

TransferQueue::~TransferQueue()
{
    for (TransferJob& j : m_jobs) {
        if (j.operation) {
            j.control->stop = TransferControl::Pause;
            j.operation->disconnect(this);
            delete j.operation.data();
        }
        if (j.folderTimesOperation) {
            j.folderTimesOperation->disconnect(this);
            delete j.folderTimesOperation.data();
        }
    }
}

void TransferQueue::setFileSystem(RemoteFileSystem* fileSystem)
{
    if (m_fileSystem) {
        disconnect(m_fileSystem, nullptr, this, nullptr);
    }
    m_fileSystem = fileSystem;
    if (fileSystem != nullptr) {
        connect(fileSystem, &RemoteFileSystem::ready, this, &TransferQueue::schedule);
    }
    schedule();
}

void TransferQueue::setParallelJobs(int jobs)
{
    jobs = qBound(1, jobs, 32);
    if (jobs == m_parallel) {
        return;
    }
    m_parallel = jobs;
    emit parallelJobsChanged(jobs);
    schedule();
}

void TransferQueue::setBandwidthLimit(qint64 bytesPerSecond)
{
    bytesPerSecond = qMax<qint64>(0, bytesPerSecond);
    if (bytesPerSecond == m_limiter->rate()) {
        return;
    }
    m_limiter->setRate(bytesPerSecond);
    emit bandwidthLimitChanged(bytesPerSecond);
}

TransferJob* TransferQueue::job(quint64 id)
{
    const int row = m_rows.value(id, -1);
    return row < 0 ? nullptr : &m_jobs[row];
}

const TransferJob* TransferQueue::job(quint64 id) const
{
    const int row = m_rows.value(id, -1);
    return row < 0 ? nullptr : &m_jobs.at(row);
}

quint64 TransferQueue::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? m_jobs.at(row).id : 0;
}

TransferQueue::State TransferQueue::state(quint64 id) const
{
    const TransferJob* j = job(id);
    return j != nullptr ? j->state : State::Cancelled;
}

QString TransferQueue::message(quint64 id) const
{
    const TransferJob* j = job(id);
    return j != nullptr ? j->message : QString();
}

TransferConflict TransferQueue::conflict(quint64 id) const
{
    TransferConflict c;
    const TransferJob* j = job(id);
    if (j == nullptr) {
        return c;
    }
    const bool down = j->item.direction == Direction::Download;
    c.jobId = id;
    c.direction = j->item.direction;
    c.source = down ? QString::fromUtf8(j->item.remotePath) : j->item.localPath;
    c.target = down ? j->item.localPath : QString::fromUtf8(j->item.remotePath);
    c.sourceSize = j->conflict.sourceSize;
    c.targetSize = j->conflict.targetSize;
    c.sourceModified = fromEpoch(j->conflict.sourceModified);
    c.targetModified = fromEpoch(j->conflict.targetModified);
    c.canResume = j->conflict.canResume;
    return c;
}

int TransferQueue::runningFileCount() const
{
    return int(std::count_if(m_jobs.begin(), m_jobs.end(),
                             [](const TransferJob& j) { return !j.folder && j.operation; }));
}

qint64 TransferQueue::eta() const
{
    if (m_speed < 1 || m_totalBytes <= m_doneBytes) {
        return m_totalBytes > 0 && m_totalBytes <= m_doneBytes ? 0 : -1;
    }
    return qint64(double(m_totalBytes - m_doneBytes) / m_speed);
}

quint64 TransferQueue::download(const QString& remotePath, const QString& localFolder, bool isFolder)
{
    TransferJob j;
    j.folder = isFolder;
    j.name = lastComponent(remotePath);
    j.item.direction = Direction::Download;
    j.item.remotePath = remotePath.toUtf8();
    j.item.localPath = QDir(localFolder).filePath(j.name);
    j.item.localRoot = isFolder ? j.item.localPath : QDir(localFolder).absolutePath();
    const QString problem = LocalTarget::nameProblem(j.name.toUtf8());
    if (!problem.isEmpty()) {
        j.state = State::Failed;
        j.message = tr("Refused \"%1\": %2").arg(LocalTarget::printable(j.name.toUtf8()), problem);
    }
    return addJob(std::move(j));
}

quint64 TransferQueue::upload(const QString& localPath, const QString& remoteFolder)
{
    const QFileInfo info(localPath);
    TransferJob j;
    j.folder = info.isDir();
    j.name = lastComponent(localPath);
    j.item.direction = Direction::Upload;
    j.item.localPath = localPath;
    j.item.remotePath = SftpEntry::joinPath(remoteFolder.toUtf8(), QFile::encodeName(j.name));
    j.size = j.folder ? -1 : info.size();
    j.item.size = j.size;
    return addJob(std::move(j));
}

quint64 TransferQueue::addJob(TransferJob j)
{
    j.id = m_nextId++;
    const quint64 id = j.id;
    const int row = m_jobs.size();
    beginInsertRows(QModelIndex(), row, row);
    m_jobs.append(std::move(j));
    m_rows.insert(id, row);
    endInsertRows();
    updateBusy();
    updateTotals();
    schedule();
    return id;
}

void TransferQueue::changed(const TransferJob& j)
{
    const int row = rowOfJob(j.id);
    if (row >= 0) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void TransferQueue::setState(TransferJob& j, State state, const QString& message)
{
    const bool wasFinished = j.isFinished();
    j.state = state;
    j.message = message;
    changed(j);
    if (!wasFinished && j.isFinished()) {
        const quint64 id = j.id;
        if (j.parent != 0) {
            childEnded(j);
        }
        emit jobFinished(id, state);
        updateTotals();
        pruneFinished(id);
    }
    updateBusy();
}

void TransferQueue::schedule()
{
    if (m_scheduled) {
        return;
    }
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        startJobs();
    });
}

// Files running on each lane (index: slot), and how many of them are large.
struct TransferQueue::Lanes {
    QVector<int> files;
    QVector<int> large;
    int largeRunning = 0;
};

namespace {

bool isSmallFile(const TransferJob& j)
{
    return j.size >= 0 && j.size <= TransferQueue::SmallFileBytes;
}

} // namespace

TransferQueue::Lanes TransferQueue::laneLoad() const
{
    const int slotCount = qMin(m_parallel, SftpService::MaxSlots - 1);
    Lanes lanes;
    lanes.files.fill(0, slotCount + 1);
    lanes.large.fill(0, slotCount + 1);
    for (const TransferJob& j : m_jobs) {
        if (j.folder || !j.operation || j.slot < 1 || j.slot > slotCount) {
            continue;
        }
        ++lanes.files[j.slot];
        if (!j.sharesLane) {
            ++lanes.large[j.slot];
            ++lanes.largeRunning;
        }
    }
    return lanes;
}

void TransferQueue::startJobs()
{
    if (!m_fileSystem || m_fileSystem->isClosed()) {
        return;
    }
    Lanes lanes = laneLoad();
    const QVector<quint64> ids = [this] {
        QVector<quint64> out;
        for (const TransferJob& j : m_jobs) {
            if (j.state == State::Queued && !j.operation) {
                out.append(j.id);
            }
        }
        return out;
    }();
    // In queue order: once a file has to wait, later ones wait too, so a large file is not starved by
    // the small ones behind it.
    bool filesWait = false;
    for (const quint64 id : ids) {
        TransferJob* j = job(id);
        if (j == nullptr || j->state != State::Queued) {
            continue;
        }
        if (j->folder) {
            if (!j->walkDone) {
                startWalk(*j);
            } else {
                setState(*j, State::Running);
            }
            continue;
        }
        if (filesWait) {
            continue;
        }
        const bool small = isSmallFile(*j);
        // Small files: the least busy lane without a large file and with room. Large files: within
        // parallelJobs, the lane with the fewest large files and no small ones.
        int slot = -1;
        for (int s = 1; s < lanes.files.size(); ++s) {
            const bool fits = small ? lanes.large.at(s) == 0 && lanes.files.at(s) < SmallFilesPerLane
                                    : lanes.largeRunning < m_parallel && lanes.files.at(s) == lanes.large.at(s);
            if (fits && (slot < 0 || lanes.files.at(s) < lanes.files.at(slot))) {
                slot = s;
            }
        }
        if (slot < 0) {
            filesWait = true;
            continue;
        }
        ++lanes.files[slot];
        if (!small) {
            ++lanes.large[slot];
            ++lanes.largeRunning;
        }
        j->sharesLane = small;
        startFile(*j, slot);
    }
}

void TransferQueue::startFile(TransferJob& j, int slot)
{
    TransferTask::Setup setup;
    setup.item = j.item;
    setup.options = m_options;
    setup.action = j.action != ConflictAction::Ask ? j.action : m_policy;
    setup.renameTo = j.renameTo;
    j.control->stop = TransferControl::Running;
    setup.control = j.control;
    setup.limiter = m_limiter;
    std::unique_ptr<SftpTask> task;
    if (j.item.direction == Direction::Download) {
        task = std::make_unique<DownloadTask>(std::move(setup));
    } else {
        task = std::make_unique<UploadTask>(std::move(setup));
    }
    j.slot = slot;
    SftpOperation* op = m_fileSystem->run(std::move(task), j.slot);
    j.operation = op;
    j.transferred = 0;
    j.doneAtLastTick = j.done;
    const quint64 id = j.id;
    connect(op, &SftpOperation::progress, this, [this, id](qint64 done, qint64 total, const QString&) {
        onFileProgress(id, done, total);
    });
    connect(op, &SftpOperation::finished, this, [this, id, op] { onFileFinished(id, op); });
    setState(j, State::Running);
    if (j.parent != 0) {
        if (TransferJob* folder = job(j.parent)) {
            folder->folderTimesDue = true;
            if (folder->state == State::Queued) {
                setState(*folder, State::Running);
            }
        }
    }
    if (!m_ticker->isActive()) {
        m_sinceTick.start();
        m_doneAtLastTick = m_doneBytes;
        m_ticker->start();
    }
    emit jobStarted(id);
}

void TransferQueue::onFileProgress(quint64 id, qint64 done, qint64 total)
{
    TransferJob* j = job(id);
    if (j == nullptr) {
        return;
    }
    const qint64 delta = done - j->done;
    const qint64 oldSize = qMax<qint64>(0, j->size);
    j->done = done;
    if (total >= 0) {
        j->size = total;
    }
    changed(*j);
    if (j->parent != 0) {
        if (TransferJob* folder = job(j->parent)) {
            folder->done += delta;
            folder->size = qMax<qint64>(0, folder->size) + qMax<qint64>(0, j->size) - oldSize;
            changed(*folder);
        }
    }
}

TransferJob* TransferQueue::jobOfFinished(quint64 id, SftpOperation* op)
{
    op->deleteLater();
    TransferJob* j = job(id);
    if (j == nullptr || j->operation != op) {
        return nullptr; // a run that was cancelled and replaced, or a job that is gone
    }
    j->operation = nullptr;
    return j;
}

void TransferQueue::onFileFinished(quint64 id, SftpOperation* op)
{
    TransferJob* j = jobOfFinished(id, op);
    if (j == nullptr) {
        return;
    }
    const SftpError error = op->error();
    const int stop = j->control->stop.load();
    if (error.isCancelled() || (error.isError() && stop != TransferControl::Running)) {
        if (stop == TransferControl::Pause) {
            setState(*j, State::Paused);
        } else if (stop == TransferControl::Cancel) {
            setState(*j, State::Cancelled);
        } else {
            setState(*j, State::Failed, tr("The connection ended"));
        }
    } else if (error.isError()) {
        setState(*j, State::Failed, error.message());
    } else {
        const TransferOutcome outcome = op->result().value<TransferOutcome>();
        j->resumedFrom = outcome.resumedFrom;
        j->transferred = outcome.transferred;
        if (outcome.kind == TransferOutcome::Kind::Conflict) {
            j->conflict = outcome;
            setState(*j, State::Conflict);
            raiseConflict(*j);
        } else if (outcome.kind == TransferOutcome::Kind::Skipped) {
            setState(*j, State::Skipped, outcome.message);
        } else {
            if (j->done < j->size) {
                onFileProgress(id, qMax<qint64>(0, j->size), j->size);
                j = job(id);
            }
            if (!outcome.target.isEmpty()) {
                if (j->item.direction == Direction::Download) {
                    j->item.localPath = outcome.target;
                } else {
                    j->item.remotePath = outcome.target.toUtf8();
                }
            }
            setState(*j, State::Done);
        }
    }
    schedule();
}

void TransferQueue::raiseConflict(TransferJob& j)
{
    if (m_policy != ConflictAction::Ask) {
        j.action = m_policy;
        setState(j, State::Queued);
        schedule();
        return;
    }
    emit conflictRaised(j.id, conflict(j.id));
}

void TransferQueue::answerConflict(quint64 id, ConflictAction action, bool applyToAll, const QString& newName)
{
    if (action == ConflictAction::Ask) {
        return;
    }
    if (applyToAll) {
        m_policy = action;
    }
    for (TransferJob& j : m_jobs) {
        if (j.state != State::Conflict || (j.id != id && !applyToAll)) {
            continue;
        }
        j.action = action;
        j.renameTo = j.id == id && action == ConflictAction::Rename ? newName : QString();
        setState(j, State::Queued);
    }
    schedule();
}

void TransferQueue::pruneFinished(quint64 id)
{
    const TransferJob* j = job(id);
    if (j == nullptr || j->parent == 0 || (j->state != State::Done && j->state != State::Skipped)) {
        return;
    }
    m_finishedFiles.push_back(id);
    // Dropped in groups: each removal moves the rows behind and rebuilds the row index, which one row
    // at a time made the queue's own book-keeping the busiest part of a tree of small files.
    if (int(m_finishedFiles.size()) <= m_finishedFileLimit + PruneBatch) {
        return;
    }
    QVector<quint64> drop;
    while (int(m_finishedFiles.size()) > m_finishedFileLimit) {
        drop.append(m_finishedFiles.front());
        m_finishedFiles.pop_front();
    }
    QTimer::singleShot(0, this, [this, drop] { removeRows(drop); });
}

void TransferQueue::removeFinished()
{
    QVector<quint64> drop;
    for (const TransferJob& j : m_jobs) {
        const TransferJob* parent = j.parent != 0 ? job(j.parent) : nullptr;
        if (j.isFinished() && !j.operation && (parent == nullptr || parent->isFinished())) {
            drop.append(j.id);
        }
    }
    removeRows(drop);
    m_finishedFiles.clear();
}

void TransferQueue::removeRows(const QVector<quint64>& ids)
{
    QVector<int> rows;
    for (const quint64 id : ids) {
        const TransferJob* j = job(id);
        if (j != nullptr && j->isFinished() && !j->operation) {
            rows.append(m_rows.value(id));
        }
    }
    std::sort(rows.begin(), rows.end());
    // From the end, in runs of adjacent rows, so each removal leaves the rows still to go in place.
    for (int i = rows.size() - 1; i >= 0;) {
        int first = i;
        while (first > 0 && rows.at(first - 1) == rows.at(first) - 1) {
            --first;
        }
        beginRemoveRows(QModelIndex(), rows.at(first), rows.at(i));
        m_jobs.erase(m_jobs.begin() + rows.at(first), m_jobs.begin() + rows.at(i) + 1);
        endRemoveRows();
        i = first - 1;
    }
    if (!rows.isEmpty()) {
        reindex();
        updateTotals();
    }
}

void TransferQueue::reindex()
{
    m_rows.clear();
    for (int row = 0; row < m_jobs.size(); ++row) {
        m_rows.insert(m_jobs.at(row).id, row);
    }
}

void TransferQueue::tick()
{
    const double seconds = qMax<qint64>(1, m_sinceTick.restart()) / 1000.0;
    for (TransferJob& j : m_jobs) {
        if (j.state != State::Running) {
            if (j.speed != 0) {
                j.speed = 0;
                changed(j);
            }
            j.doneAtLastTick = j.done;
            continue;
        }
        j.speed = smooth(j.speed, double(qMax<qint64>(0, j.done - j.doneAtLastTick)) / seconds);
        j.doneAtLastTick = j.done;
        const int row = rowOfJob(j.id);
        emit dataChanged(index(row, SpeedColumn), index(row, EtaColumn));
    }
    updateTotals();
    m_speed = smooth(m_speed, double(qMax<qint64>(0, m_doneBytes - m_doneAtLastTick)) / seconds);
    m_doneAtLastTick = m_doneBytes;
    emit totalsChanged();
    if (!m_busy) {
        m_ticker->stop();
        m_speed = 0;
        emit totalsChanged();
    }
}

void TransferQueue::updateTotals()
{
    qint64 total = 0;
    qint64 done = 0;
    for (const TransferJob& j : m_jobs) {
        if (j.parent != 0 || j.state == State::Cancelled || j.state == State::Skipped) {
            continue;
        }
        total += qMax<qint64>(0, j.size);
        done += j.done;
    }
    if (total != m_totalBytes || done != m_doneBytes) {
        m_totalBytes = total;
        m_doneBytes = done;
        emit totalsChanged();
    }
}

void TransferQueue::updateBusy()
{
    const bool busy = std::any_of(m_jobs.begin(), m_jobs.end(), [](const TransferJob& j) {
        return j.state == State::Queued || j.state == State::Running || j.operation || j.folderTimesOperation;
    });
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

} // namespace ferry
