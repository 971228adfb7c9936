#include "RemoteWalkTask.h"

#include "FolderTimes.h"
#include "LocalTarget.h"
#include "SftpEntry.h"

#include <QFile>

#include <sys/stat.h>

namespace ferry {

namespace {

constexpr int MaxReaddirsInFlight = 2;

} // namespace

RemoteWalkTask::RemoteWalkTask(const QByteArray& remoteFolder, const QString& localFolder,
                               const TransferOptions& options, std::shared_ptr<TransferControl> control,
                               int maxOutstanding)
    : m_root(remoteFolder)
    , m_localRoot(localFolder)
    , m_options(options)
    , m_pace(std::move(control), maxOutstanding)
{
}

RemoteWalkTask::~RemoteWalkTask() = default;

RemoteWalkTask::Folder RemoteWalkTask::pendingFolder(const QByteArray& remote, const QString& local, int depth,
                                                     const SftpAttributes& attributes)
{
    Folder folder{remote, local, depth, attributes.permissions};
    if (attributes.hasTimes()) {
        folder.hasTimes = true;
        folder.accessed = attributes.atime;
        folder.modified = attributes.mtime;
    }
    return folder;
}

void RemoteWalkTask::start()
{
    channel()->stat(this, m_root, [this](const SftpError& error, const SftpAttributes& attributes) {
        if (error.isError()) {
            end(error.withPath(QString::fromUtf8(m_root)));
            return;
        }
        if (!attributes.isDirectory()) {
            end(SftpError::refused(SftpError::Refusal::Other, QString::fromUtf8(m_root), tr("it is not a folder")));
            return;
        }
        m_pending.push_back(pendingFolder(m_root, m_localRoot, 0, attributes));
        nextFolder();
    });
}

void RemoteWalkTask::holdOn()
{
    m_pace.retryLater([this] {
        if (!finished()) {
            pump();
            context()->wake();
        }
    });
}

void RemoteWalkTask::pump()
{
    if (finished()) {
        return;
    }
    if (m_inFolder) {
        readMore();
    } else if (!m_pending.empty()) {
        nextFolder();
    }
}

void RemoteWalkTask::nextFolder()
{
    if (finished() || m_inFolder) {
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
    m_inFolder = true;
    m_eof = false;
    const quint32 mode = m_options.preserveAttributes ? LocalTarget::safeFolderMode(m_current.mode) : 0777;
    const QString problem = LocalTarget::makeFolder(m_localRoot, m_current.local, mode, &m_currentIsNew);
    if (!problem.isEmpty()) {
        if (m_current.depth == 0) {
            end(SftpError::local(m_current.local, problem));
            return;
        }
        context()->warning(problem);
        m_inFolder = false;
        nextFolder();
        return;
    }
    if (m_currentIsNew && m_options.preserveAttributes) {
        // mkdir applied the umask; the folder gets the (masked) mode it has on the server.
        ::chmod(QFile::encodeName(m_current.local).constData(), mode);
    }
    if (m_options.preserveAttributes && m_current.hasTimes) {
        // Existing folders too, as scp -rp does: the files about to come change their times anyway.
        context()->report(QVariant::fromValue(FolderTimes{m_current.local, QByteArray(), m_current.accessed,
                                                          m_current.modified}));
    }
    channel()->opendir(this, m_current.remote, [this](const SftpError& error, const QByteArray& handle) {
        if (error.isError()) {
            if (m_current.depth == 0) {
                end(error.withPath(QString::fromUtf8(m_current.remote)));
                return;
            }
            context()->warning(tr("Cannot list %1: %2").arg(QString::fromUtf8(m_current.remote), error.reason()));
            m_inFolder = false;
            nextFolder();
            return;
        }
        m_handle = handle;
        readMore();
    });
}

void RemoteWalkTask::readMore()
{
    if (finished() || m_handle.isEmpty()) {
        return;
    }
    if (m_pace.held()) {
        holdOn();
        return;
    }
    while (!m_eof && m_readdirs < MaxReaddirsInFlight) {
        ++m_readdirs;
        channel()->readdir(this, m_handle, [this](const SftpError& error, const QVector<SftpChannel::Name>& names,
                                                  bool eof) { onNames(error, names, eof); });
    }
}

void RemoteWalkTask::onNames(const SftpError& error, const QVector<SftpChannel::Name>& names, bool eof)
{
    --m_readdirs;
    if (error.isError()) {
        context()->warning(tr("Cannot list all of %1: %2").arg(QString::fromUtf8(m_current.remote), error.reason()));
        m_eof = true;
    }
    m_eof = m_eof || eof;
    for (const SftpChannel::Name& n : names) {
        if (n.filename == "." || n.filename == "..") {
            continue;
        }
        addEntry(n.filename, n.attributes);
    }
    settle();
}

void RemoteWalkTask::addEntry(const QByteArray& name, const SftpAttributes& attributes)
{
    const QString problem = LocalTarget::nameProblem(name);
    if (!problem.isEmpty()) {
        context()->warning(tr("Refused \"%1\" in %2: %3")
                               .arg(LocalTarget::printable(name), QString::fromUtf8(m_current.remote), problem));
        return;
    }
    const QByteArray remote = SftpEntry::joinPath(m_current.remote, name);
    const QString local = m_current.local + QLatin1Char('/') + QString::fromUtf8(name);
    if (attributes.isSymlink() && m_options.followSymlinks) {
        ++m_stats;
        channel()->stat(this, remote, [this, name](const SftpError& error, const SftpAttributes& target) {
            --m_stats;
            if (error.isError()) {
                context()->warning(tr("Skipped the broken symbolic link %1")
                                       .arg(QString::fromUtf8(SftpEntry::joinPath(m_current.remote, name))));
            } else {
                addEntry(name, target);
            }
            settle();
        });
        return;
    }
    if (attributes.isDirectory()) {
        if (m_current.depth + 1 > MaxDepth) {
            context()->warning(tr("Not entered %1: folders nest deeper than %2 levels")
                                   .arg(QString::fromUtf8(remote))
                                   .arg(MaxDepth));
            return;
        }
        m_pending.push_back(pendingFolder(remote, local, m_current.depth + 1, attributes));
        return;
    }
    if (!attributes.isRegular() && !attributes.isSymlink() && attributes.hasPermissions()) {
        context()->warning(tr("Skipped %1: not a regular file").arg(QString::fromUtf8(remote)));
        return;
    }
    TransferItem item;
    item.direction = TransferItem::Direction::Download;
    item.remotePath = remote;
    item.localPath = local;
    item.localRoot = m_localRoot;
    item.sourceKnown = attributes.isRegular();
    item.remoteAttributes = attributes;
    item.targetFolderIsNew = m_currentIsNew;
    item.size = attributes.hasSize() ? qint64(qMin<quint64>(attributes.size, quint64(1) << 62)) : -1;
    m_pace.found(item);
}

void RemoteWalkTask::settle()
{
    if (finished()) {
        return;
    }
    flush();
    if (m_eof && m_readdirs == 0 && m_stats == 0) {
        channel()->close(nullptr, m_handle, nullptr);
        m_handle.clear();
        m_inFolder = false;
        nextFolder();
        return;
    }
    readMore();
}

void RemoteWalkTask::flush()
{
    const QVariant batch = m_pace.takeBatch();
    if (batch.isValid()) {
        context()->report(batch);
    }
}

void RemoteWalkTask::cancel()
{
    end(SftpError::cancelled());
}

void RemoteWalkTask::end(const SftpError& error)
{
    if (finished()) {
        return;
    }
    if (!m_handle.isEmpty()) {
        channel()->close(nullptr, m_handle, nullptr);
        m_handle.clear();
    }
    context()->finish(error, QVariant::fromValue<qint64>(m_pace.filesFound()));
}

} // namespace ferry
