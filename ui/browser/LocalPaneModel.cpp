#include "browser/LocalPaneModel.h"

#include "browser/LocalFileWorker.h"

#include <QDir>

namespace ferry {

LocalPaneModel::LocalPaneModel(QObject* parent)
    : PaneModel(parent)
    , m_worker(new LocalFileWorker(&m_latestListing))
{
    qRegisterMetaType<PaneEntries>("ferry::PaneEntries");
    m_thread.setObjectName(QStringLiteral("LocalPaneModel"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &LocalFileWorker::listingOpened, this, &LocalPaneModel::onListingOpened);
    connect(m_worker, &LocalFileWorker::listingFailed, this, &LocalPaneModel::onListingFailed);
    connect(m_worker, &LocalFileWorker::entriesListed, this, &LocalPaneModel::onEntriesListed);
    connect(m_worker, &LocalFileWorker::listingFinished, this, &LocalPaneModel::onListingFinished);
    connect(m_worker, &LocalFileWorker::operationDone, this, &LocalPaneModel::onOperationDone);
    m_thread.start();
}

LocalPaneModel::~LocalPaneModel()
{
    // A listing in progress sees it is stale and stops; an operation in progress finishes first.
    m_latestListing.store(-1);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void LocalPaneModel::setPath(const QString& path)
{
    const int listing = m_latestListing.load() + 1;
    m_latestListing.store(listing);
    setLoading(true);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, listing, path] { worker->list(listing, path); });
}

QString LocalPaneModel::homePath() const
{
    return QDir::homePath();
}

QString LocalPaneModel::parentPath(const QString& path) const
{
    if (isRoot(path)) {
        return path;
    }
    return QDir::cleanPath(QDir(path).absoluteFilePath(QStringLiteral("..")));
}

QString LocalPaneModel::childPath(const QString& folder, const QString& name) const
{
    return QDir(folder).filePath(name);
}

bool LocalPaneModel::isRoot(const QString& path) const
{
    return QDir(path).isRoot();
}

QString LocalPaneModel::resolvePath(const QString& input) const
{
    QString text = QDir::fromNativeSeparators(input.trimmed());
    if (text.isEmpty()) {
        return path();
    }
    if (text == QLatin1String("~")) {
        return homePath();
    }
    if (text.startsWith(QLatin1String("~/"))) {
        text = homePath() + text.mid(1);
    }
    const QString base = path().isEmpty() ? homePath() : path();
    return QDir::cleanPath(QDir(base).absoluteFilePath(text));
}

void LocalPaneModel::makeDirectory(const QString& path)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path] { worker->makeDirectory(path); });
}

void LocalPaneModel::rename(const QString& fromPath, const QString& toPath)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, fromPath, toPath] { worker->rename(fromPath, toPath); });
}

void LocalPaneModel::remove(const QStringList& paths)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, paths] { worker->remove(paths); });
}

void LocalPaneModel::setPermissions(const QStringList& paths, quint32 mode, bool recursive)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, paths, mode, recursive] { worker->setPermissions(paths, mode, recursive); });
}

QIcon LocalPaneModel::iconFor(const PaneEntry& entry) const
{
    // Folders as the desktop shows them; files by their name's MIME type (what QFileIconProvider does too, where
    // the platform offers it), which the base class caches per type.
    if (entry.isFolder() && !entry.isSymlink) {
        return m_iconProvider.icon(QFileIconProvider::Folder);
    }
    return PaneModel::iconFor(entry);
}

void LocalPaneModel::onListingOpened(int listing, const QString& path)
{
    if (listing == m_latestListing.load()) {
        m_shownComplete = false;
        beginListing(path);
    }
}

void LocalPaneModel::onListingFailed(int listing, const QString& path, const QString& message)
{
    if (listing != m_latestListing.load()) {
        return;
    }
    failListing(path, message);
    // The folder shown was still being listed when this one was asked for: that listing stopped, so it starts
    // again rather than leave the folder half shown.
    if (!m_shownComplete) {
        refresh();
    }
}

void LocalPaneModel::onEntriesListed(int listing, const PaneEntries& batch)
{
    if (listing == m_latestListing.load()) {
        appendEntries(batch);
    }
}

void LocalPaneModel::onListingFinished(int listing)
{
    if (listing == m_latestListing.load()) {
        m_shownComplete = true;
        finishListing();
    }
}

void LocalPaneModel::onOperationDone(const QStringList& errors)
{
    if (!errors.isEmpty()) {
        emit operationFailed(errors.join(QLatin1Char('\n')));
    }
    refresh();
    emit operationFinished();
}

} // namespace ferry
