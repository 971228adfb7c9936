#include "FolderTimesTask.h"

#include "LocalTarget.h"
#include "SftpChannel.h"

#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>

namespace ferry {

namespace {

constexpr int SliceSize = 256;
constexpr int MaxSetstatsInFlight = 64;

void setLocalTimes(const QString& root, const FolderTimes& folder)
{
    // The walk checked this path when it made the folder. Checked again: the download's own files may
    // have put symlinks in the tree since. The folders above it must lead nowhere out of root, and the
    // folder itself is never followed if it has become a symlink.
    const bool isRoot =
        QDir::cleanPath(QDir(root).absolutePath()) == QDir::cleanPath(QDir(root).absoluteFilePath(folder.localPath));
    if (!isRoot && !LocalTarget::containmentProblem(root, folder.localPath).isEmpty()) {
        return;
    }
    const QByteArray native = QFile::encodeName(folder.localPath);
    struct stat st {};
    if (::lstat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        return;
    }
    const struct timespec times[2] = {{time_t(folder.accessed), 0}, {time_t(folder.modified), 0}};
    ::utimensat(AT_FDCWD, native.constData(), times, AT_SYMLINK_NOFOLLOW);
}

} // namespace

FolderTimesTask::FolderTimesTask(TransferItem::Direction direction, const QString& localRoot,
                                 const QVector<FolderTimes>& folders)
    : m_direction(direction)
    , m_localRoot(localRoot)
    , m_folders(folders)
{
}

FolderTimesTask::~FolderTimesTask() = default;

void FolderTimesTask::start()
{
    pump();
}

void FolderTimesTask::pump()
{
    if (finished()) {
        return;
    }
    if (m_direction == TransferItem::Direction::Download) {
        setLocalSlice();
    } else {
        sendRemote();
    }
}

void FolderTimesTask::setLocalSlice()
{
    for (int i = 0; i < SliceSize && m_next < m_folders.size(); ++i) {
        setLocalTimes(m_localRoot, m_folders.at(m_next++));
    }
    if (m_next < m_folders.size()) {
        // The rest on the next turn, so the connection's other work gets its share.
        context()->wake();
        return;
    }
    context()->finish(SftpError());
}

void FolderTimesTask::sendRemote()
{
    while (m_next < m_folders.size() && m_inFlight < MaxSetstatsInFlight && channel()->canSend()) {
        const FolderTimes& folder = m_folders.at(m_next++);
        SftpAttributes times;
        times.setTimes(folder.accessed, folder.modified);
        ++m_inFlight;
        // A refusal is ignored (see the class comment): the folder keeps the time it has.
        channel()->setstat(this, folder.remotePath, times, [this](const SftpError&) {
            --m_inFlight;
            sendRemote();
        });
    }
    if (m_next == m_folders.size() && m_inFlight == 0) {
        context()->finish(SftpError());
    }
}

} // namespace ferry
