#include "browser/RemotePaneModel.h"

#include "RemoteFileSystem.h"
#include "SftpEntry.h"
#include "SftpOperation.h"

#include <deque>

namespace ferry {

namespace {

// Permission changes in flight at once during a recursive walk: enough to keep the channel busy, few enough
// that a folder of 100,000 files does not become 100,000 live operations.
constexpr int kChmodsInFlight = 32;
constexpr quint32 kPermissionBits = 07777;

} // namespace

struct RemotePaneModel::ChmodWalk {
    PermissionChange change;
    std::deque<QString> folders;
    std::deque<QPair<QString, quint32>> pending;
    int inFlight = 0;
    bool listing = false;
    bool ended = false;
    qint64 done = 0;
};

RemotePaneModel::RemotePaneModel(RemoteFileSystem* fileSystem, QObject* parent)
    : PaneModel(parent)
    , m_fileSystem(fileSystem)
{
}

RemotePaneModel::~RemotePaneModel()
{
    delete m_listing;
}

void RemotePaneModel::setFileSystem(RemoteFileSystem* fileSystem)
{
    m_fileSystem = fileSystem;
    refresh();
}

void RemotePaneModel::setPath(const QString& path)
{
    // Deleting a listing nobody waits for any more cancels it.
    delete m_listing;
    m_listing = nullptr;
    m_listingBegun = false;
    if (!m_fileSystem) {
        failListing(path, tr("There is no connection."));
        return;
    }
    setLoading(true);
    SftpOperation* op = m_fileSystem->list(path);
    m_listing = op;
    connect(op, &SftpOperation::entriesArrived, this,
            [this, path](const QVector<SftpEntry>& entries) { onListBatch(path, entries); });
    connect(op, &SftpOperation::finished, this, [this, path] { onListFinished(path); });
}

void RemotePaneModel::onListBatch(const QString& path, const QVector<SftpEntry>& entries)
{
    if (!m_listingBegun) {
        m_listingBegun = true;
        beginListing(path);
    }
    PaneEntries batch;
    batch.reserve(entries.size());
    for (const SftpEntry& entry : entries) {
        batch.append(paneEntry(entry));
    }
    appendEntries(batch);
}

void RemotePaneModel::onListFinished(const QString& path)
{
    SftpOperation* op = m_listing;
    m_listing = nullptr;
    op->deleteLater();
    const SftpError error = op->error();
    if (error.isError() && !m_listingBegun) {
        failListing(path, error.reason());
        return;
    }
    if (!m_listingBegun) {
        beginListing(path);
    }
    m_listingBegun = false;
    finishListing();
    if (error.isError() && !error.isCancelled()) {
        emit operationFailed(tr("The listing of %1 stopped: %2").arg(path, error.reason()));
    }
}

PaneEntry RemotePaneModel::paneEntry(const SftpEntry& entry)
{
    PaneEntry pane;
    pane.name = entry.name;
    pane.isDir = entry.isDirectory();
    pane.isSymlink = entry.isSymlink();
    pane.linkTarget = entry.symlinkTarget;
    pane.linkTargetIsDir = entry.linkTargetIsDirectory;
    pane.size = entry.attributes.hasSize() ? qint64(qMin<quint64>(entry.attributes.size, quint64(LLONG_MAX))) : 0;
    pane.modified = entry.attributes.modified();
    pane.hasPermissions = entry.attributes.hasPermissions();
    pane.permissions = entry.attributes.permissions & kPermissionBits;
    pane.owner = entry.owner;
    pane.group = entry.group;
    return pane;
}

QString RemotePaneModel::homePath() const
{
    const QString home = m_fileSystem ? m_fileSystem->homePath() : QString();
    return home.isEmpty() ? QStringLiteral("/") : home;
}

QString RemotePaneModel::cleanPath(const QString& path)
{
    if (path.isEmpty()) {
        return path;
    }
    const bool absolute = path.startsWith(QLatin1Char('/'));
    QStringList parts;
    const QStringList pieces = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& piece : pieces) {
        if (piece == QLatin1String(".")) {
            continue;
        }
        if (piece == QLatin1String("..")) {
            if (!parts.isEmpty() && parts.constLast() != QLatin1String("..")) {
                parts.removeLast();
            } else if (!absolute) {
                parts.append(piece);
            }
            continue;
        }
        parts.append(piece);
    }
    const QString joined = parts.join(QLatin1Char('/'));
    if (absolute) {
        return QLatin1Char('/') + joined;
    }
    return joined.isEmpty() ? QStringLiteral(".") : joined;
}

QString RemotePaneModel::parentPath(const QString& path) const
{
    if (isRoot(path)) {
        return path;
    }
    return cleanPath(path + QLatin1String("/.."));
}

QString RemotePaneModel::childPath(const QString& folder, const QString& name) const
{
    return SftpEntry::joinPath(folder, name);
}

bool RemotePaneModel::isRoot(const QString& path) const
{
    return path == QLatin1String("/");
}

QString RemotePaneModel::resolvePath(const QString& input) const
{
    QString text = input.trimmed();
    if (text.isEmpty()) {
        return path();
    }
    if (text == QLatin1String("~")) {
        return homePath();
    }
    if (text.startsWith(QLatin1String("~/"))) {
        text = homePath() + text.mid(1);
    }
    if (!text.startsWith(QLatin1Char('/'))) {
        const QString base = path().isEmpty() ? homePath() : path();
        text = base + QLatin1Char('/') + text;
    }
    return cleanPath(text);
}

void RemotePaneModel::track(SftpOperation* op, const std::function<void(SftpOperation*)>& onFinished)
{
    ++m_running;
    connect(op, &SftpOperation::finished, this, [this, op, onFinished] {
        if (onFinished) {
            onFinished(op);
        }
        operationEnded(op);
    });
}

void RemotePaneModel::operationEnded(SftpOperation* op)
{
    if (op) {
        if (op->error().isError() && !op->error().isCancelled()) {
            m_errors << op->error().message();
        }
        op->deleteLater();
    }
    if (--m_running > 0) {
        return;
    }
    const QStringList errors = std::exchange(m_errors, QStringList());
    emit operationProgress(QString());
    if (!errors.isEmpty()) {
        emit operationFailed(errors.join(QLatin1Char('\n')));
    }
    refresh();
    emit operationFinished();
}

void RemotePaneModel::makeDirectory(const QString& path)
{
    if (m_fileSystem) {
        track(m_fileSystem->mkdir(path));
    }
}

void RemotePaneModel::rename(const QString& fromPath, const QString& toPath)
{
    if (m_fileSystem) {
        track(m_fileSystem->rename(fromPath, toPath, false));
    }
}

void RemotePaneModel::remove(const QStringList& paths)
{
    if (!m_fileSystem) {
        return;
    }
    for (const QString& path : paths) {
        SftpOperation* op = m_fileSystem->removeRecursively(path);
        connect(op, &SftpOperation::progress, this, [this, path](qint64 done, qint64, const QString& current) {
            emit operationProgress(
                tr("Deleting %1: %n item(s) deleted, now %2", nullptr, int(qMin<qint64>(done, INT_MAX)))
                    .arg(path, current));
        });
        track(op);
    }
}

void RemotePaneModel::setPermissions(const QStringList& paths, quint32 mode, bool recursive)
{
    if (!m_fileSystem) {
        return;
    }
    for (const QString& path : paths) {
        track(m_fileSystem->chmod(path, mode & kPermissionBits, recursive));
    }
}

void RemotePaneModel::changePermissions(const PaneEntries& entries, const QStringList& paths,
                                        const PermissionChange& change)
{
    if (!m_fileSystem) {
        return;
    }
    // Inside the folders only what the user changed is applied: the dialog's change also restates the bits it
    // showed unchanged, which would give every file the folder's execute bits.
    quint32 touched = 0;
    for (const PaneEntry& entry : entries) {
        touched |= (change.set & ~entry.permissions) | (change.clear & entry.permissions);
    }
    auto walk = std::make_shared<ChmodWalk>();
    walk->change = change;
    walk->change.set &= touched;
    walk->change.clear &= touched;
    for (int i = 0; i < entries.size() && i < paths.size(); ++i) {
        const PaneEntry& entry = entries.at(i);
        // A link's own mode means nothing on POSIX servers, and chmod would follow it out of the selection.
        if (entry.isSymlink) {
            continue;
        }
        if (change.changes(entry.permissions)) {
            walk->pending.emplace_back(paths.at(i), change.applyTo(entry.permissions));
        }
        if (change.recursive && entry.isDir) {
            walk->folders.push_back(paths.at(i));
        }
    }
    ++m_running;
    walkNext(walk);
}

void RemotePaneModel::walkNext(const std::shared_ptr<ChmodWalk>& walk)
{
    while (m_fileSystem && walk->inFlight < kChmodsInFlight && !walk->pending.empty()) {
        const auto [path, mode] = walk->pending.front();
        walk->pending.pop_front();
        ++walk->inFlight;
        SftpOperation* op = m_fileSystem->chmod(path, mode);
        connect(op, &SftpOperation::finished, this, [this, op, walk] {
            --walk->inFlight;
            ++walk->done;
            if (op->error().isError() && !op->error().isCancelled()) {
                m_errors << op->error().message();
            }
            op->deleteLater();
            emit operationProgress(
                tr("Changing permissions: %n item(s) done", nullptr, int(qMin<qint64>(walk->done, INT_MAX))));
            walkNext(walk);
        });
    }
    // One folder listed at a time, and only while few changes wait, so memory stays bounded by one listing.
    if (m_fileSystem && !walk->listing && !walk->folders.empty() && walk->pending.size() < size_t(kChmodsInFlight)) {
        const QString folder = walk->folders.front();
        walk->folders.pop_front();
        walk->listing = true;
        SftpOperation* op = m_fileSystem->list(folder);
        connect(op, &SftpOperation::entriesArrived, this, [walk](const QVector<SftpEntry>& entries) {
            for (const SftpEntry& entry : entries) {
                if (entry.isSymlink() || !entry.attributes.hasPermissions()) {
                    continue;
                }
                const quint32 mode = entry.attributes.permissions & kPermissionBits;
                if (walk->change.changes(mode)) {
                    walk->pending.emplace_back(entry.path, walk->change.applyTo(mode));
                }
                if (entry.isDirectory()) {
                    walk->folders.push_back(entry.path);
                }
            }
        });
        connect(op, &SftpOperation::finished, this, [this, op, walk] {
            walk->listing = false;
            if (op->error().isError() && !op->error().isCancelled()) {
                m_errors << op->error().message();
            }
            op->deleteLater();
            walkNext(walk);
        });
        return;
    }
    const bool over =
        !m_fileSystem || (walk->inFlight == 0 && !walk->listing && walk->pending.empty() && walk->folders.empty());
    if (over && !walk->ended) {
        walk->ended = true;
        operationEnded(nullptr);
    }
}

QIcon RemotePaneModel::iconFor(const PaneEntry& entry) const
{
    if (entry.isFolder()) {
        return m_iconProvider.icon(QFileIconProvider::Folder);
    }
    return PaneModel::iconFor(entry);
}

} // namespace ferry
