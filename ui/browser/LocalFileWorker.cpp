#include "browser/LocalFileWorker.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace ferry {

namespace {

// A batch goes out when it has this many entries or has been collecting for this long, whichever is first: a
// folder on a slow disk shows its first rows quickly, a fast one is not sent row by row.
constexpr int kBatchEntries = 1000;
constexpr qint64 kBatchMs = 100;

quint32 modeOf(QFile::Permissions permissions)
{
    const auto p = static_cast<quint32>(permissions);
    return (((p >> 12) & 07u) << 6) | (((p >> 4) & 07u) << 3) | (p & 07u);
}

QFile::Permissions permissionsOf(quint32 mode)
{
    const quint32 owner = (mode >> 6) & 07u;
    const quint32 group = (mode >> 3) & 07u;
    const quint32 other = mode & 07u;
    // The owner's bits count both for "owner" and for "user" (the current user, when it is the owner).
    return QFile::Permissions(static_cast<int>((owner << 12) | (owner << 8) | (group << 4) | other));
}

} // namespace

LocalFileWorker::LocalFileWorker(const std::atomic<int>* latestListing)
    : m_latestListing(latestListing)
{
}

void LocalFileWorker::list(int listing, const QString& path)
{
    if (stale(listing)) {
        return;
    }
    const QFileInfo folder(path);
    if (!folder.exists()) {
        emit listingFailed(listing, path, tr("it does not exist."));
        return;
    }
    if (!folder.isDir()) {
        emit listingFailed(listing, path, tr("it is not a folder."));
        return;
    }
    if (!folder.isReadable() || !folder.isExecutable()) {
        emit listingFailed(listing, path, tr("permission denied."));
        return;
    }
    emit listingOpened(listing, path);

    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    PaneEntries batch;
    batch.reserve(kBatchEntries);
    QElapsedTimer collecting;
    collecting.start();
    while (it.hasNext()) {
        if (stale(listing)) {
            return;
        }
        it.next();
        batch.append(entryFor(it.fileInfo()));
        if (batch.size() >= kBatchEntries || collecting.elapsed() >= kBatchMs) {
            emit entriesListed(listing, batch);
            batch.clear();
            collecting.restart();
        }
    }
    if (!batch.isEmpty()) {
        emit entriesListed(listing, batch);
    }
    emit listingFinished(listing);
}

PaneEntry LocalFileWorker::entryFor(const QFileInfo& info)
{
    PaneEntry e;
    e.name = info.fileName();
    e.isSymlink = info.isSymLink();
    e.isDir = info.isDir() && !e.isSymlink;
    if (e.isSymlink) {
        e.linkTarget = QDir::toNativeSeparators(info.symLinkTarget());
        e.linkTargetIsDir = info.isDir();
    }
    e.size = info.isDir() ? 0 : info.size();
    e.modified = info.lastModified();
    e.permissions = modeOf(info.permissions());
    e.hasPermissions = info.exists();
    e.owner = userName(info);
    e.group = groupName(info);
    return e;
}

// Names are looked up once per id: the password database is slow to ask 100,000 times.
QString LocalFileWorker::userName(const QFileInfo& info)
{
    auto it = m_users.constFind(info.ownerId());
    if (it == m_users.cend()) {
        it = m_users.insert(info.ownerId(), info.owner());
    }
    return *it;
}

QString LocalFileWorker::groupName(const QFileInfo& info)
{
    auto it = m_groups.constFind(info.groupId());
    if (it == m_groups.cend()) {
        it = m_groups.insert(info.groupId(), info.group());
    }
    return *it;
}

void LocalFileWorker::makeDirectory(const QString& path)
{
    QStringList errors;
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        errors.append(tr("Could not create the folder %1: it already exists.").arg(shown));
    } else if (!QDir().mkdir(path)) {
        errors.append(tr("Could not create the folder %1.").arg(shown));
    }
    emit operationDone(errors);
}

void LocalFileWorker::rename(const QString& fromPath, const QString& toPath)
{
    QStringList errors;
    const QString from = QDir::toNativeSeparators(fromPath);
    const QString to = QDir::toNativeSeparators(toPath);
    const QFileInfo source(fromPath);
    if (!source.exists() && !source.isSymLink()) {
        errors.append(tr("Could not rename %1: it no longer exists.").arg(from));
    } else if (QFileInfo::exists(toPath) || QFileInfo(toPath).isSymLink()) {
        errors.append(tr("Could not rename %1 to %2: %2 already exists.").arg(from, to));
    } else if (QDir::cleanPath(toPath).startsWith(QDir::cleanPath(fromPath) + QLatin1Char('/'))) {
        errors.append(tr("Could not move %1 into itself.").arg(from));
    } else if (!QDir().rename(fromPath, toPath)) {
        errors.append(tr("Could not rename %1 to %2.").arg(from, to));
    }
    emit operationDone(errors);
}

void LocalFileWorker::remove(const QStringList& paths)
{
    QStringList errors;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        // A link to a folder goes as a link: what it points to stays.
        const bool removed = info.isDir() && !info.isSymLink() ? QDir(path).removeRecursively() : QFile::remove(path);
        if (!removed) {
            errors.append(tr("Could not delete %1.").arg(QDir::toNativeSeparators(path)));
        }
    }
    emit operationDone(errors);
}

void LocalFileWorker::setPermissions(const QStringList& paths, quint32 mode, bool recursive)
{
    QStringList errors;
    const QFile::Permissions permissions = permissionsOf(mode);
    auto apply = [&errors, permissions](const QString& path) {
        if (!QFile::setPermissions(path, permissions)) {
            errors.append(tr("Could not change the permissions of %1.").arg(QDir::toNativeSeparators(path)));
        }
    };
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isSymLink()) {
            continue;
        }
        QStringList targets{path};
        if (recursive && info.isDir()) {
            QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                if (!it.fileInfo().isSymLink()) {
                    targets.append(it.filePath());
                }
            }
        }
        // Deepest first: a mode without read or execute on a folder would otherwise lock out its contents.
        for (auto target = targets.crbegin(); target != targets.crend(); ++target) {
            apply(*target);
        }
    }
    emit operationDone(errors);
}

} // namespace ferry
