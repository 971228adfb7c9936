// What the user does to jobs of a TransferQueue: pause, resume, cancel and retry, one job or all.
#include "TransferQueue.h"

#include "RemoteFileSystem.h"
#include "SftpOperation.h"
#include "TransferTask.h"

#include <QFile>
#include <QFileInfo>

namespace ferry {

void TransferQueue::pause(quint64 id)
{
    TransferJob* j = job(id);
    if (j == nullptr || (j->state != State::Queued && j->state != State::Running && j->state != State::Conflict)) {
        return;
    }
    j->control->stop = TransferControl::Pause;
    if (j->folder) {
        for (const TransferJob& child : m_jobs) {
            if (child.parent == id && !child.isFinished()) {
                pause(child.id);
            }
        }
        j = job(id);
    } else if (j->operation) {
        j->operation->cancel();
    }
    setState(*j, State::Paused);
}

void TransferQueue::resume(quint64 id)
{
    TransferJob* j = job(id);
    if (j == nullptr || j->state != State::Paused) {
        return;
    }
    if (j->operation && !j->folder) {
        // Still stopping: it resumes when the task has ended.
        j->control->stop = TransferControl::Running;
    }
    if (j->folder) {
        j->control->stop = TransferControl::Running;
        for (const TransferJob& child : m_jobs) {
            if (child.parent == id && child.state == State::Paused) {
                resume(child.id);
            }
        }
        j = job(id);
        setState(*j, j->operation ? State::Running : State::Queued);
        if (!j->operation) {
            settleFolder(*j);
        }
    } else {
        setState(*j, j->operation ? State::Running : State::Queued);
    }
    schedule();
}

void TransferQueue::cancel(quint64 id)
{
    TransferJob* j = job(id);
    if (j == nullptr || j->isFinished()) {
        return;
    }
    const State before = j->state;
    j->control->stop = TransferControl::Cancel;
    if (j->folder) {
        for (const TransferJob& child : m_jobs) {
            if (child.parent == id && !child.isFinished()) {
                cancel(child.id);
            }
        }
        j = job(id);
        if (j == nullptr) {
            return;
        }
        if (j->operation) {
            j->operation->cancel();
            return;
        }
        setState(*j, State::Cancelled);
        return;
    }
    if (j->operation) {
        // The task removes its partial file (unless kept) and finishes as cancelled.
        j->operation->cancel();
        return;
    }
    if (before == State::Paused && !m_options.keepPartialOnCancel) {
        removePartial(*j);
    }
    setState(*j, State::Cancelled);
}

void TransferQueue::removePartial(const TransferJob& j)
{
    if (j.item.direction == Direction::Download) {
        const QString partial = j.item.localPath + QLatin1String(TransferTask::PartialSuffix);
        if (QFileInfo(partial).isFile() && !QFileInfo(partial).isSymLink()) {
            QFile::remove(partial);
        }
        return;
    }
    if (m_fileSystem && !m_fileSystem->isClosed()) {
        SftpOperation* op = m_fileSystem->remove(QString::fromUtf8(j.item.remotePath + TransferTask::PartialSuffix));
        connect(op, &SftpOperation::finished, op, &QObject::deleteLater);
    }
}

void TransferQueue::retry(quint64 id)
{
    TransferJob* j = job(id);
    if (j == nullptr || j->operation
        || (j->state != State::Failed && j->state != State::Cancelled && j->state != State::Skipped)) {
        return;
    }
    if (j->folder) {
        QVector<quint64> children;
        for (const TransferJob& child : m_jobs) {
            if (child.parent == id && (child.state == State::Failed || child.state == State::Cancelled)
                && !(child.item.remotePath.isEmpty() && child.item.localPath.isEmpty())) {
                children.append(child.id);
            }
        }
        j->control->stop = TransferControl::Running;
        j->filesFailed = 0;
        j->walkError.clear();
        setState(*j, State::Queued);
        for (const quint64 c : children) {
            TransferJob* child = job(c);
            TransferJob* folder = job(id);
            folder->filesOpen += 1;
            folder->control->outstandingFiles += 1;
            child->control->stop = TransferControl::Running;
            setState(*child, State::Queued);
        }
        schedule();
        return;
    }
    if (j->parent != 0) {
        if (TransferJob* folder = job(j->parent); folder != nullptr && folder->isFinished()) {
            folder->filesFailed = qMax(0, folder->filesFailed - 1);
            folder->filesOpen += 1;
            folder->control->outstandingFiles += 1;
            folder->control->stop = TransferControl::Running;
            setState(*folder, State::Running);
        } else if (folder != nullptr) {
            folder->filesFailed = qMax(0, folder->filesFailed - 1);
            folder->filesOpen += 1;
            folder->control->outstandingFiles += 1;
        }
        j = job(id);
    }
    j->control->stop = TransferControl::Running;
    setState(*j, State::Queued);
    schedule();
}

void TransferQueue::pauseAll()
{
    const QVector<quint64> ids = [this] {
        QVector<quint64> out;
        for (const TransferJob& j : m_jobs) {
            if (j.parent == 0) {
                out.append(j.id);
            }
        }
        return out;
    }();
    for (const quint64 id : ids) {
        pause(id);
    }
}

void TransferQueue::resumeAll()
{
    QVector<quint64> ids;
    for (const TransferJob& j : m_jobs) {
        if (j.parent == 0) {
            ids.append(j.id);
        }
    }
    for (const quint64 id : ids) {
        resume(id);
    }
}

void TransferQueue::cancelAll()
{
    QVector<quint64> ids;
    for (const TransferJob& j : m_jobs) {
        if (j.parent == 0) {
            ids.append(j.id);
        }
    }
    for (const quint64 id : ids) {
        cancel(id);
    }
}

void TransferQueue::retryFailed()
{
    QVector<quint64> ids;
    for (const TransferJob& j : m_jobs) {
        if (j.parent == 0 && (j.state == State::Failed || j.state == State::Cancelled)) {
            ids.append(j.id);
        }
    }
    for (const quint64 id : ids) {
        retry(id);
    }
}

} // namespace ferry
