// BrowserTab, continued: transfers, conflicts, permissions, the editor and drags out to other programs.
#include "BrowserTab.h"

#include "RemoteFileSystem.h"
#include "SftpOperation.h"
#include "TabMessageBar.h"
#include "browser/DualPaneBrowser.h"
#include "browser/FilePane.h"
#include "browser/LocalPaneModel.h"
#include "browser/RemotePaneModel.h"
#include "editor/RemoteEditorDocument.h"
#include "editor/RemoteEditorWindow.h"
#include "editor/TextFileCheck.h"
#include "transfer/ConflictDialog.h"
#include "transfer/PermissionsDialog.h"
#include "transfer/TransferQueue.h"
#include "transfer/UniqueFileName.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSet>
#include <QTemporaryDir>

namespace ferry {

namespace {

QString lastComponent(const QString& path)
{
    return path.section(QLatin1Char('/'), -1);
}

// The row of path in model when it is an entry of the folder shown, else -1.
int rowInModel(const PaneModel* model, const QString& path)
{
    const QString name = lastComponent(path);
    if (name.isEmpty() || model->childPath(model->path(), name) != path) {
        return -1;
    }
    return model->rowOf(name);
}

} // namespace

void BrowserTab::transfer(PaneModel::Kind sourceKind, const QStringList& sourcePaths, const QString& targetFolder)
{
    if (targetFolder.isEmpty()) {
        return;
    }
    for (const QString& path : sourcePaths) {
        if (sourceKind == PaneModel::Kind::Remote) {
            queueDownload(path, targetFolder);
        } else {
            m_queue->upload(path, targetFolder);
        }
    }
}

void BrowserTab::queueDownload(const QString& remotePath, const QString& localFolder)
{
    const int row = rowInModel(m_model, remotePath);
    if (row >= 0) {
        m_queue->download(remotePath, localFolder, m_model->entry(row).isFolder());
        return;
    }
    // Not in the folder shown (a drag from another window): what it is decides how it is copied.
    SftpOperation* op = m_fileSystem->stat(remotePath);
    connect(op, &SftpOperation::finished, this, [this, op, remotePath, localFolder] {
        op->deleteLater();
        if (op->error().isError()) {
            showProblem(tr("%1 was not downloaded: %2").arg(remotePath, op->error().reason()));
            return;
        }
        m_queue->download(remotePath, localFolder, op->attributes().isDirectory());
    });
}

void BrowserTab::onConflict(quint64 jobId)
{
    if (!m_conflicts.contains(jobId)) {
        m_conflicts.append(jobId);
    }
    askNextConflict();
}

void BrowserTab::askNextConflict()
{
    if (m_conflictDialog) {
        return;
    }
    // An "apply to all" answer may have settled the ones still waiting here.
    while (!m_conflicts.isEmpty() && m_queue->state(m_conflicts.constFirst()) != TransferQueue::State::Conflict) {
        m_conflicts.removeFirst();
    }
    if (m_conflicts.isEmpty()) {
        return;
    }
    const quint64 id = m_conflicts.takeFirst();
    const TransferConflict conflict = m_queue->conflict(id);
    FileConflict shown;
    shown.sourcePath = conflict.source;
    shown.targetPath = conflict.target;
    shown.sourceSize = conflict.sourceSize;
    shown.targetSize = conflict.targetSize;
    shown.sourceModified = conflict.sourceModified;
    shown.targetModified = conflict.targetModified;
    shown.resumePossible = conflict.canResume;
    const QString name = lastComponent(conflict.target);
    if (conflict.direction == TransferItem::Direction::Download) {
        const QString folder = QFileInfo(conflict.target).absolutePath();
        shown.suggestedName = UniqueFileName::suggest(
            name, [&folder](const QString& n) { return QFileInfo::exists(folder + QLatin1Char('/') + n); });
    } else {
        // The remote folder's names are known when it is the one shown; otherwise the queue finds a free one.
        const PaneModel* model = m_model;
        const bool shownFolder = m_model->childPath(m_model->path(), name) == conflict.target;
        shown.suggestedName = UniqueFileName::suggest(
            name, [model, shownFolder](const QString& n) { return shownFolder && model->rowOf(n) >= 0; });
    }
    auto* dialog = new ConflictDialog(shown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, id](int result) {
        if (m_queue->state(id) == TransferQueue::State::Conflict) {
            if (result == QDialog::Accepted) {
                m_queue->answerConflict(id, dialog->action(), dialog->applyToAll(), dialog->newName());
            } else {
                m_queue->cancel(id);
            }
        }
        m_conflictDialog = nullptr;
        // The next question once this one is gone, not from inside its signal.
        QMetaObject::invokeMethod(this, &BrowserTab::askNextConflict, Qt::QueuedConnection);
    });
    m_conflictDialog = dialog;
    dialog->open();
}

void BrowserTab::askPermissions(bool remote, const QStringList& paths, const PaneEntries& entries)
{
    if (entries.isEmpty()) {
        return;
    }
    if (m_permissionsDialog && m_permissionsDialog->isVisible()) {
        m_permissionsDialog->raise();
        return;
    }
    QVector<PermissionTarget> targets;
    for (const PaneEntry& entry : entries) {
        targets.append(PermissionTarget{entry.name, entry.permissions, entry.isDir, entry.owner, entry.group});
    }
    auto* dialog = new PermissionsDialog(targets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, remote, paths, entries] {
        const PermissionChange change = dialog->change();
        if (remote) {
            m_model->changePermissions(entries, paths, change);
            return;
        }
        // The local side applies one mode per call: each item gets its own.
        PaneModel* local = m_browser->localPane()->model();
        for (int i = 0; i < entries.size() && i < paths.size(); ++i) {
            if (!entries.at(i).isSymlink && change.changes(entries.at(i).permissions)) {
                local->setPermissions({paths.at(i)}, change.applyTo(entries.at(i).permissions),
                                      change.recursive && entries.at(i).isDir);
            }
        }
    });
    m_permissionsDialog = dialog;
    dialog->open();
}

void BrowserTab::editRemoteFile(const QString& path)
{
    const QString name = lastComponent(path);
    const int row = rowInModel(m_model, path);
    if (row >= 0) {
        const QString problem = TextFileCheck::sizeProblem(name, m_model->entry(row).size);
        if (!problem.isEmpty()) {
            showProblem(problem);
            return;
        }
    }
    SftpOperation* op = m_fileSystem->readFile(path, TextFileCheck::maxEditableSize);
    m_bar->showMessage(tr("Opening %1…").arg(name), TabMessageBar::Kind::Progress);
    connect(op, &SftpOperation::finished, this, [this, op, path, name] {
        op->deleteLater();
        m_bar->dismiss();
        const SftpError error = op->error();
        if (error.kind == SftpError::Kind::Refused && error.refusal == SftpError::Refusal::TooLarge) {
            showProblem(TextFileCheck::sizeProblem(name, TextFileCheck::maxEditableSize + 1));
            return;
        }
        if (error.isError()) {
            showProblem(tr("%1 could not be opened: %2").arg(name, error.reason()));
            return;
        }
        const QByteArray content = op->data();
        const QString problem = TextFileCheck::contentProblem(name, content);
        if (!problem.isEmpty()) {
            showProblem(problem);
            return;
        }
        auto* document = new RemoteEditorDocument(m_fileSystem, path, userAtHost(), op->attributes());
        auto* window = new RemoteEditorWindow(document, content, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    });
}

QList<QUrl> BrowserTab::downloadForDrag(const QStringList& remotePaths)
{
    if (!m_dragFolder || !m_dragFolder->isValid()) {
        // Kept as long as the tab: the program the files were dropped on may read them later.
        m_dragFolder = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("ferry-drag-XXXXXX")));
    }
    if (!m_dragFolder->isValid()) {
        showProblem(tr("No temporary folder for the dragged files: %1").arg(m_dragFolder->errorString()));
        return {};
    }
    // A folder per drag, so two drags of files with the same name never meet.
    QTemporaryDir drop(m_dragFolder->filePath(QStringLiteral("drop-XXXXXX")));
    drop.setAutoRemove(false);
    if (!drop.isValid()) {
        return {};
    }
    QVector<quint64> jobs;
    for (const QString& path : remotePaths) {
        const int row = rowInModel(m_model, path);
        jobs.append(m_queue->download(path, drop.path(), row >= 0 && m_model->entry(row).isFolder()));
    }
    const auto allFinished = [this, jobs] {
        for (quint64 id : jobs) {
            const TransferQueue::State state = m_queue->hasJob(id) ? m_queue->state(id) : TransferQueue::State::Failed;
            if (state != TransferQueue::State::Done && state != TransferQueue::State::Failed &&
                state != TransferQueue::State::Cancelled && state != TransferQueue::State::Skipped) {
                return false;
            }
        }
        return true;
    };
    if (!allFinished()) {
        QProgressDialog progress(tr("Downloading %n item(s) for the drop…", nullptr, int(remotePaths.size())),
                                 tr("Cancel"), 0, 1000, this);
        progress.setWindowTitle(tr("Download"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        // The drop target waits for the URLs, so this one place runs a nested event loop.
        QEventLoop loop;
        const auto update = [this, jobs, &progress] {
            qint64 total = 0;
            qint64 done = 0;
            for (quint64 id : jobs) {
                const QModelIndex index = m_queue->index(m_queue->rowOfJob(id), 0);
                total += qMax<qint64>(0, m_queue->data(index, TransferQueue::SizeRole).toLongLong());
                done += m_queue->data(index, TransferQueue::BytesDoneRole).toLongLong();
            }
            progress.setValue(total > 0 ? int(qBound<qint64>(0, done * 1000 / total, 999)) : 0);
        };
        connect(m_queue, &TransferQueue::totalsChanged, &loop, update);
        connect(m_queue, &TransferQueue::jobFinished, &loop, [&loop, allFinished] {
            if (allFinished()) {
                loop.quit();
            }
        });
        connect(&progress, &QProgressDialog::canceled, &loop, [this, jobs, &loop] {
            for (quint64 id : jobs) {
                m_queue->cancel(id);
            }
            loop.quit();
        });
        connect(m_fileSystem, &RemoteFileSystem::closed, &loop, &QEventLoop::quit);
        if (!allFinished()) {
            loop.exec();
        }
    }
    QList<QUrl> urls;
    for (int i = 0; i < jobs.size(); ++i) {
        if (m_queue->hasJob(jobs.at(i)) && m_queue->state(jobs.at(i)) == TransferQueue::State::Done) {
            urls.append(QUrl::fromLocalFile(QDir(drop.path()).filePath(lastComponent(remotePaths.at(i)))));
        }
    }
    return urls;
}

} // namespace ferry
