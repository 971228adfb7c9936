// The folder jobs of a TransferQueue: the walk that finds their files, the files' rows, and how a folder
// job settles once its walk and its files are done (its folders' times last).
#include "TransferQueue.h"

#include "FolderTimesTask.h"
#include "LocalWalkTask.h"
#include "RemoteFileSystem.h"
#include "RemoteWalkTask.h"

#include <QTimer>

#include <utility>

namespace ferry {

namespace {

// How many files of a folder may be found and not finished: the walk waits above it.
constexpr int MaxOpenFilesPerFolder = 512;

} // namespace

void TransferQueue::addChildren(quint64 folderId, const QVector<TransferItem>& items)
{
    TransferJob* folder = job(folderId);
    if (folder == nullptr || items.isEmpty()) {
        return;
    }
    qint64 bytes = 0;
    for (const TransferItem& item : items) {
        bytes += qMax<qint64>(0, item.size);
    }
    folder->filesFound += items.size();
    folder->filesOpen += items.size();
    folder->size = qMax<qint64>(0, folder->size) + bytes;
    const bool paused = folder->state == State::Paused;
    const bool cancelled = folder->state == State::Cancelled;
    const int first = m_jobs.size();
    beginInsertRows(QModelIndex(), first, first + items.size() - 1);
    for (const TransferItem& item : items) {
        TransferJob child;
        child.id = m_nextId++;
        child.parent = folderId;
        child.item = item;
        const QString source = item.direction == Direction::Download ? QString::fromUtf8(item.remotePath)
                                                                      : item.localPath;
        child.name = lastComponent(source);
        child.size = item.size;
        child.state = paused ? State::Paused : State::Queued;
        m_rows.insert(child.id, m_jobs.size());
        m_jobs.append(std::move(child));
    }
    endInsertRows();
    if (cancelled) {
        // Found after the cancel: ended at once, so the walk's count stays right.
        for (int row = first; row < m_jobs.size(); ++row) {
            setState(m_jobs[row], State::Cancelled);
        }
    }
    folder = job(folderId);
    changed(*folder);
    schedule();
}

void TransferQueue::addRefusal(quint64 folderId, const QString& text)
{
    TransferJob* folder = job(folderId);
    if (folder == nullptr) {
        return;
    }
    folder->filesFailed += 1;
    changed(*folder);
    TransferJob child;
    child.id = m_nextId++;
    child.parent = folderId;
    child.folder = false;
    child.item.direction = folder->item.direction;
    child.name = text;
    child.state = State::Failed;
    child.message = text;
    const int row = m_jobs.size();
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(child.id, row);
    m_jobs.append(std::move(child));
    endInsertRows();
}

void TransferQueue::startWalk(TransferJob& j)
{
    j.control->stop = TransferControl::Running;
    std::unique_ptr<SftpTask> task;
    if (j.item.direction == Direction::Download) {
        task = std::make_unique<RemoteWalkTask>(j.item.remotePath, j.item.localPath, m_options, j.control,
                                                MaxOpenFilesPerFolder);
    } else {
        task = std::make_unique<LocalWalkTask>(j.item.localPath, j.item.remotePath, m_options, j.control,
                                               MaxOpenFilesPerFolder);
    }
    SftpOperation* op = m_fileSystem->run(std::move(task), 0);
    j.operation = op;
    j.walkError.clear();
    j.folderTimes.clear();
    const quint64 id = j.id;
    connect(op, &SftpOperation::reported, this, [this, id](const QVariant& value) {
        if (value.userType() == qMetaTypeId<FolderTimes>()) {
            addFolderTimes(id, value.value<FolderTimes>());
        } else {
            addChildren(id, value.value<QVector<TransferItem>>());
        }
    });
    connect(op, &SftpOperation::warning, this, [this, id](const QString& text) { addRefusal(id, text); });
    connect(op, &SftpOperation::finished, this, [this, id, op] { onWalkFinished(id, op); });
    setState(j, State::Running);
    if (!m_ticker->isActive()) {
        m_sinceTick.start();
        m_doneAtLastTick = m_doneBytes;
        m_ticker->start();
    }
    emit jobStarted(id);
}

void TransferQueue::onWalkFinished(quint64 id, SftpOperation* op)
{
    TransferJob* j = jobOfFinished(id, op);
    if (j == nullptr) {
        return;
    }
    const SftpError error = op->error();
    if (!error.isError()) {
        j->walkDone = true;
    } else if (!error.isCancelled()) {
        j->walkError = error.message();
    } else if (j->control->stop.load() == TransferControl::Running) {
        j->walkError = tr("The connection ended");
    }
    settleFolder(*j);
    schedule();
}

void TransferQueue::childEnded(TransferJob& child)
{
    TransferJob* folder = job(child.parent);
    if (folder == nullptr) {
        return;
    }
    if (child.item.remotePath.isEmpty() && child.item.localPath.isEmpty()) {
        return; // a refusal row: counted when it was added
    }
    folder->filesOpen = qMax(0, folder->filesOpen - 1);
    folder->control->outstandingFiles -= 1;
    if (child.state == State::Done || child.state == State::Skipped) {
        folder->filesDone += 1;
    } else {
        folder->filesFailed += 1;
    }
    if (child.state != State::Done) {
        // What it will not transfer leaves the folder's total.
        folder->size = qMax<qint64>(0, folder->size - qMax<qint64>(0, child.size) + child.done);
    }
    settleFolder(*folder);
}

void TransferQueue::settleFolder(TransferJob& folder)
{
    changed(folder);
    if (folder.operation || folder.folderTimesOperation || folder.filesOpen > 0) {
        return;
    }
    if (folder.isFinished()) {
        // Cancelled (TransferQueueControl::cancel) while its running files were still stopping: they
        // all have now, their partial files gone.
        startFolderTimes(folder);
        return;
    }
    if (folder.state == State::Paused) {
        return;
    }
    const bool cancelled = folder.control->stop.load() == TransferControl::Cancel;
    if (!cancelled && folder.walkError.isEmpty() && !folder.walkDone) {
        return;
    }
    if (startFolderTimes(folder)) {
        return; // settled again once they are set
    }
    if (cancelled) {
        setState(folder, State::Cancelled);
    } else if (!folder.walkError.isEmpty()) {
        setState(folder, State::Failed, folder.walkError);
    } else if (folder.filesFailed > 0) {
        setState(folder, State::Failed,
                 tr("%1 of %n file(s) failed", nullptr, folder.filesFound + folder.filesFailed).arg(folder.filesFailed));
    } else {
        setState(folder, State::Done);
    }
}

void TransferQueue::addFolderTimes(quint64 folderId, const FolderTimes& times)
{
    if (TransferJob* folder = job(folderId)) {
        folder->folderTimes.append(times);
        folder->folderTimesDue = true;
    }
}

// Creating a file in a folder (and renaming or removing its .ferrypart) moves the folder's time, so the
// source's times go on only once nothing of the job runs any more: after its last file, whether the job
// is done, failed or cancelled. The folders that exist then get their times, as with scp -rp, which sets
// them even when files failed. It is the job's last step, and a cancel that comes during it does not
// stop it (it stops the walk and the files): these requests are few and write no data. A folder the
// server or the local file system refuses to time keeps its own time, without failing the job (see
// FolderTimesTask). Without a connection nothing is set: the files failed with it, and a retry on a new
// one sets the times then.
bool TransferQueue::startFolderTimes(TransferJob& folder)
{
    if (!std::exchange(folder.folderTimesDue, false) || folder.folderTimes.isEmpty() || !m_fileSystem
        || m_fileSystem->isClosed()) {
        return false;
    }
    SftpOperation* op = m_fileSystem->run(
        std::make_unique<FolderTimesTask>(folder.item.direction, folder.item.localRoot, folder.folderTimes), 0);
    folder.folderTimesOperation = op;
    const quint64 id = folder.id;
    connect(op, &SftpOperation::finished, this, [this, id, op] { onFolderTimesSet(id, op); });
    updateBusy();
    return true;
}

void TransferQueue::onFolderTimesSet(quint64 id, SftpOperation* op)
{
    op->deleteLater();
    TransferJob* j = job(id);
    if (j == nullptr || j->folderTimesOperation != op) {
        return;
    }
    j->folderTimesOperation = nullptr;
    settleFolder(*j);
    updateBusy();
}

} // namespace ferry
