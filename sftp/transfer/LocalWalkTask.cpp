#include "LocalWalkTask.h"

#include "FolderTimes.h"
#include "LocalTarget.h"
#include "SftpChannel.h"
#include "SftpEntry.h"
#include "SftpProtocol.h"

#include <QDirIterator>
#include <QFileInfo>

#include <limits>

#include <sys/stat.h>

namespace ferry {

namespace {

constexpr int SliceSize = 256;

// SFTP version 3 carries times as unsigned 32-bit seconds.
quint32 wireTime(time_t seconds)
{
    return quint32(qBound<qint64>(0, qint64(seconds), std::numeric_limits<quint32>::max()));
}

} // namespace

LocalWalkTask::LocalWalkTask(const QString& localFolder, const QByteArray& remoteFolder,
                             const TransferOptions& options, std::shared_ptr<TransferControl> control,
                             int maxOutstanding)
    : m_root(localFolder)
    , m_remoteRoot(remoteFolder)
    , m_options(options)
    , m_pace(std::move(control), maxOutstanding)
{
}

LocalWalkTask::~LocalWalkTask() = default;

LocalWalkTask::Folder LocalWalkTask::pendingFolder(const QString& local, const QByteArray& remote, int depth)
{
    Folder folder{local, remote, depth};
    struct stat st {};
    if (::stat(QFile::encodeName(local).constData(), &st) == 0) {
        folder.mode = quint32(st.st_mode);
        folder.hasTimes = true;
        folder.accessed = wireTime(st.st_atime);
        folder.modified = wireTime(st.st_mtime);
    }
    return folder;
}

void LocalWalkTask::start()
{
    const QFileInfo info(m_root);
    if (!info.isDir()) {
        end(SftpError::local(m_root, tr("it is not a folder")));
        return;
    }
    m_pending.push_back(pendingFolder(m_root, m_remoteRoot, 0));
    nextFolder();
}

void LocalWalkTask::holdOn()
{
    m_pace.retryLater([this] {
        if (!finished()) {
            pump();
            context()->wake();
        }
    });
}

void LocalWalkTask::pump()
{
    if (finished() || m_making) {
        return;
    }
    if (m_iterator) {
        readSlice();
    } else {
        nextFolder();
    }
}

void LocalWalkTask::nextFolder()
{
    if (finished() || m_making || m_iterator) {
        return;
    }
    if (m_pending.empty()) {
        flush();
        end(SftpError());
        return;
    }
    if (m_pace.held()) {
        holdOn();
        return;
    }
    m_current = std::move(m_pending.back());
    m_pending.pop_back();
    m_currentCanonical = QFileInfo(m_current.local).canonicalFilePath();
    m_making = true;
    SftpAttributes attributes;
    if (m_options.preserveAttributes) {
        attributes.setPermissions(LocalTarget::safeFolderMode(m_current.mode));
    }
    channel()->mkdir(this, m_current.remote, attributes, [this](const SftpError& error) {
        if (!error.isError()) {
            onFolderMade(true);
            return;
        }
        if (error.kind != SftpError::Kind::Status) {
            end(error.withPath(QString::fromUtf8(m_current.remote)));
            return;
        }
        // MKDIR fails on an existing name: an existing folder is merged into, anything else is refused.
        channel()->stat(this, m_current.remote, [this, error](const SftpError& e, const SftpAttributes& a) {
            if (!e.isError() && a.isDirectory()) {
                onFolderMade(false);
                return;
            }
            const SftpError why = error.withPath(QString::fromUtf8(m_current.remote));
            if (m_current.depth == 0) {
                end(why);
                return;
            }
            m_making = false;
            context()->warning(tr("Cannot create the folder %1: %2").arg(QString::fromUtf8(m_current.remote),
                                                                          why.reason()));
            nextFolder();
        });
    });
}

void LocalWalkTask::onFolderMade(bool created)
{
    m_making = false;
    m_currentIsNew = created;
    if (m_options.preserveAttributes && m_current.hasTimes) {
        // Merged-into folders too, as scp -rp does: the files about to come change their times anyway.
        context()->report(
            QVariant::fromValue(FolderTimes{QString(), m_current.remote, m_current.accessed, m_current.modified}));
    }
    m_iterator = std::make_unique<QDirIterator>(m_current.local,
                                                QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    readSlice();
}

void LocalWalkTask::readSlice()
{
    if (finished() || !m_iterator) {
        return;
    }
    if (m_pace.held()) {
        holdOn();
        return;
    }
    for (int i = 0; i < SliceSize && m_iterator->hasNext(); ++i) {
        m_iterator->next();
        const QFileInfo info = m_iterator->fileInfo();
        const QByteArray remote = SftpEntry::joinPath(m_current.remote, QFile::encodeName(info.fileName()));
        if (info.isSymLink() && !m_options.followSymlinks) {
            TransferItem item;
            item.direction = TransferItem::Direction::Upload;
            item.localPath = info.filePath();
            item.remotePath = remote;
            item.targetFolderIsNew = m_currentIsNew;
            item.size = 0;
            m_pace.found(item);
            continue;
        }
        if (info.isDir()) {
            const QString canonical = info.canonicalFilePath();
            if (info.isSymLink()
                && (canonical.isEmpty() || m_currentCanonical == canonical
                    || m_currentCanonical.startsWith(canonical + QLatin1Char('/')))) {
                context()->warning(tr("Not followed %1: the link leads back into a folder that holds it")
                                       .arg(info.filePath()));
                continue;
            }
            if (m_current.depth + 1 > MaxDepth) {
                context()->warning(tr("Not entered %1: folders nest deeper than %2 levels")
                                       .arg(info.filePath())
                                       .arg(MaxDepth));
                continue;
            }
            m_pending.push_back(pendingFolder(info.filePath(), remote, m_current.depth + 1));
            continue;
        }
        if (!info.isFile()) {
            context()->warning(info.exists() ? tr("Skipped %1: not a regular file").arg(info.filePath())
                                             : tr("Skipped the broken symbolic link %1").arg(info.filePath()));
            continue;
        }
        TransferItem item;
        item.direction = TransferItem::Direction::Upload;
        item.localPath = info.filePath();
        item.remotePath = remote;
        item.targetFolderIsNew = m_currentIsNew;
        item.size = info.size();
        m_pace.found(item);
    }
    flush();
    if (m_iterator->hasNext()) {
        // The rest of a big folder on the next turn, so the connection's other work gets its share.
        context()->wake();
        return;
    }
    m_iterator.reset();
    nextFolder();
}

void LocalWalkTask::flush()
{
    const QVariant batch = m_pace.takeBatch();
    if (batch.isValid()) {
        context()->report(batch);
    }
}

void LocalWalkTask::cancel()
{
    end(SftpError::cancelled());
}

void LocalWalkTask::end(const SftpError& error)
{
    if (finished()) {
        return;
    }
    m_iterator.reset();
    context()->finish(error, QVariant::fromValue<qint64>(m_pace.filesFound()));
}

} // namespace ferry
