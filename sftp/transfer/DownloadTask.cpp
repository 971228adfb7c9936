#include "DownloadTask.h"

#include "LocalTarget.h"
#include "SftpChannel.h"
#include "SftpProtocol.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <limits>
#include <utility>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ferry {

namespace {

bool lstatPath(const QString& path, struct stat* st)
{
    return ::lstat(QFile::encodeName(path).constData(), st) == 0;
}

} // namespace

DownloadTask::DownloadTask(Setup setup)
    : TransferTask(std::move(setup))
{
    if (m_setup.item.localRoot.isEmpty()) {
        m_setup.item.localRoot = QFileInfo(m_setup.item.localPath).absolutePath();
    }
}

DownloadTask::~DownloadTask()
{
    // The channel may be gone by now (the service ends tasks it finished itself): only local cleanup.
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

SftpError DownloadTask::localError(const QString& what) const
{
    return SftpError::local(m_target, what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno)));
}

void DownloadTask::start()
{
    const QByteArray& path = item().remotePath;
    auto done = [this](const SftpError& error, const SftpAttributes& attributes) { onSource(error, attributes); };
    if (item().sourceKnown && item().remoteAttributes.isRegular()) {
        onSource(SftpError(), item().remoteAttributes);
    } else if (options().followSymlinks) {
        channel()->stat(this, path, done);
    } else {
        channel()->lstat(this, path, done);
    }
}

void DownloadTask::onSource(const SftpError& error, const SftpAttributes& attributes)
{
    if (error.isError()) {
        fail(error.withPath(QString::fromUtf8(item().remotePath)));
        return;
    }
    m_source = attributes;
    m_sourceSize = qint64(qMin<quint64>(attributes.size, quint64(std::numeric_limits<qint64>::max())));
    if (attributes.isSymlink()) {
        recreateSymlink();
        return;
    }
    if (attributes.isDirectory()) {
        fail(SftpError::refused(SftpError::Refusal::Other, QString::fromUtf8(item().remotePath),
                                tr("it is a folder")));
        return;
    }
    if (attributes.hasPermissions() && !attributes.isRegular()) {
        succeed(TransferOutcome::Kind::Skipped, tr("not a regular file (a device, pipe or socket)"));
        return;
    }
    prepareTarget(item().localPath, false);
}

void DownloadTask::recreateSymlink()
{
    channel()->readlink(this, item().remotePath, [this](const SftpError& error, const QByteArray& linkTarget) {
        if (error.isError()) {
            fail(error.withPath(QString::fromUtf8(item().remotePath)));
            return;
        }
        m_target = item().localPath;
        const QString problem = LocalTarget::containmentProblem(item().localRoot, m_target);
        if (!problem.isEmpty()) {
            fail(SftpError::refused(SftpError::Refusal::BadName, m_target, problem));
            return;
        }
        struct stat st {};
        if (lstatPath(m_target, &st)) {
            if (decide(0, 0, 0, 0) == Decision::Ask) {
                askUser(-1, -1, st.st_size, st.st_mtime, false);
                return;
            }
            if (decide(0, 0, 0, 0) != Decision::Proceed || S_ISDIR(st.st_mode)) {
                succeed(TransferOutcome::Kind::Skipped, tr("the target exists"));
                return;
            }
            ::unlink(QFile::encodeName(m_target).constData());
        }
        // The link's text is stored as it is: making a link writes nothing through it, and Ferry never
        // writes through links it did not check.
        if (::symlink(linkTarget.constData(), QFile::encodeName(m_target).constData()) != 0) {
            fail(localError(tr("cannot create the symbolic link")));
            return;
        }
        m_outcome.target = m_target;
        succeed(TransferOutcome::Kind::Done);
    });
}

void DownloadTask::prepareTarget(const QString& target, bool renamed)
{
    m_target = target;
    m_partial = target + QLatin1String(PartialSuffix);
    m_outcome.target = target;
    const QString fileName = QFileInfo(target).fileName();
    QString problem = LocalTarget::nameProblem(QFile::encodeName(fileName));
    if (problem.isEmpty()) {
        problem = LocalTarget::containmentProblem(item().localRoot, target);
    }
    if (!problem.isEmpty()) {
        fail(SftpError::refused(SftpError::Refusal::BadName, target, problem));
        return;
    }
    struct stat partial {};
    qint64 resumeFrom = 0;
    if (lstatPath(m_partial, &partial)) {
        if (S_ISDIR(partial.st_mode)) {
            fail(SftpError::local(m_partial, tr("a folder has the name of the partial file")));
            return;
        }
        if (S_ISREG(partial.st_mode) && options().resumePartial && partial.st_size <= m_sourceSize) {
            resumeFrom = partial.st_size;
        }
    }
    struct stat existing {};
    if (lstatPath(target, &existing)) {
        if (S_ISDIR(existing.st_mode)) {
            fail(SftpError::local(target, tr("a folder of that name exists")));
            return;
        }
        const qint64 sourceModified = m_source.hasTimes() ? qint64(m_source.mtime) : -1;
        switch (renamed ? Decision::Fail : decide(m_sourceSize, sourceModified, existing.st_size, existing.st_mtime)) {
        case Decision::Ask:
            askUser(m_sourceSize, sourceModified, existing.st_size, existing.st_mtime,
                    resumeFrom > 0 || existing.st_size <= m_sourceSize);
            return;
        case Decision::Skip:
            succeed(TransferOutcome::Kind::Skipped, tr("the target exists"));
            return;
        case Decision::Fail:
            fail(renamed ? SftpError::refused(SftpError::Refusal::Exists, target)
                         : SftpError::refused(SftpError::Refusal::Other, target,
                                              tr("the target is larger than the source: nothing to resume")));
            return;
        case Decision::Rename: {
            if (!m_setup.renameTo.isEmpty()) {
                prepareTarget(QFileInfo(target).dir().filePath(m_setup.renameTo), true);
                return;
            }
            for (int n = 1; n < 1000; ++n) {
                const QString candidate = QFileInfo(target).dir().filePath(numberedName(fileName, n));
                struct stat st {};
                if (!lstatPath(candidate, &st)) {
                    prepareTarget(candidate, true);
                    return;
                }
            }
            fail(SftpError::refused(SftpError::Refusal::Exists, target, tr("no free name found")));
            return;
        }
        case Decision::Resume:
            if (resumeFrom == 0) {
                // The target itself is the partial file of an earlier transfer: it becomes ours.
                if (::rename(QFile::encodeName(target).constData(), QFile::encodeName(m_partial).constData()) != 0) {
                    fail(localError(tr("cannot take over the file to resume it")));
                    return;
                }
                resumeFrom = existing.st_size;
            }
            break;
        case Decision::Proceed:
            break;
        }
    }
    openPartial(resumeFrom);
}

void DownloadTask::openPartial(qint64 resumeFrom)
{
    // Owner-only while incomplete when modes are preserved; the final mode comes at the end.
    const mode_t mode = options().preserveAttributes ? 0600 : 0666;
    m_fd = ::open(QFile::encodeName(m_partial).constData(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, mode);
    if (m_fd < 0) {
        if (errno == ELOOP) {
            // A symlink in the partial file's place: removed, never followed.
            ::unlink(QFile::encodeName(m_partial).constData());
            m_fd = ::open(QFile::encodeName(m_partial).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
        }
        if (m_fd < 0) {
            fail(localError(tr("cannot create the partial file")));
            return;
        }
    }
    if (::ftruncate(m_fd, resumeFrom) != 0 || ::lseek(m_fd, resumeFrom, SEEK_SET) != resumeFrom) {
        fail(localError(tr("cannot prepare the partial file")));
        return;
    }
    m_outcome.resumedFrom = resumeFrom;
    m_written = quint64(resumeFrom);
    m_nextRequest = quint64(resumeFrom);
    m_known = quint64(qMax(resumeFrom, m_sourceSize));
    channel()->open(this, item().remotePath, sftp::OpenRead, SftpAttributes(),
                    [this](const SftpError& error, const QByteArray& handle) {
                        if (error.isError()) {
                            fail(error.withPath(QString::fromUtf8(item().remotePath)));
                            return;
                        }
                        m_handle = handle;
                        m_reading = true;
                        reportProgress(qint64(m_written), m_sourceSize);
                        issueReads();
                    });
}

void DownloadTask::pump()
{
    issueReads();
}

void DownloadTask::issueReads()
{
    const quint32 length = qMax<quint32>(1024, channel()->readLength());
    // One READ beyond the known size finds the end of the file (or that it grew).
    while (m_reading && !finished() && !m_eof && m_inFlight < MaxRequestsInFlight && m_nextRequest <= m_known
           && channel()->canSend(length + 64)) {
        const quint32 ask = m_nextRequest < m_known ? quint32(qMin<quint64>(length, m_known - m_nextRequest)) : length;
        if (!throttle(ask)) {
            break;
        }
        read(m_nextRequest, ask);
        m_nextRequest += ask;
    }
}

void DownloadTask::read(quint64 offset, quint32 length)
{
    ++m_inFlight;
    channel()->read(this, m_handle, offset, length,
                    [this, offset, length](const SftpError& error, const QByteArray& data, bool eof) {
                        onData(offset, length, error, data, eof);
                    });
}

void DownloadTask::onData(quint64 offset, quint32 length, const SftpError& error, const QByteArray& data, bool eof)
{
    --m_inFlight;
    if (finished()) {
        return;
    }
    if (error.isError()) {
        fail(error.withPath(QString::fromUtf8(item().remotePath)));
        return;
    }
    if (eof || data.isEmpty()) {
        m_eofAt = m_eof ? qMin(m_eofAt, offset) : offset;
        m_eof = true;
    } else if (!m_eof || offset < m_eofAt) {
        const quint64 end = offset + quint64(data.size());
        m_known = qMax(m_known, end);
        m_outcome.transferred += data.size();
        if (quint32(data.size()) < length) {
            // A short read: the rest of this piece is asked for again, right away.
            read(end, length - quint32(data.size()));
        }
        m_waiting.emplace(offset, data);
        if (!writeWaiting()) {
            return;
        }
        reportProgress(qint64(m_written), qint64(qMax<quint64>(m_known, quint64(m_sourceSize))));
    }
    if (m_eof && m_inFlight == 0) {
        if (m_written != m_eofAt) {
            fail(SftpError::protocol(tr("the server's replies left a gap in the file")));
            return;
        }
        complete();
        return;
    }
    issueReads();
}

bool DownloadTask::writeWaiting()
{
    while (!m_waiting.empty() && m_waiting.begin()->first <= m_written) {
        auto it = m_waiting.begin();
        const quint64 skip = m_written - it->first;
        const QByteArray& data = it->second;
        if (skip < quint64(data.size())) {
            const char* p = data.constData() + skip;
            qint64 left = data.size() - qint64(skip);
            while (left > 0) {
                const ssize_t n = ::write(m_fd, p, size_t(left));
                if (n < 0 && errno == EINTR) {
                    continue;
                }
                if (n <= 0) {
                    fail(localError(tr("cannot write")));
                    return false;
                }
                p += n;
                left -= n;
            }
            m_written = it->first + quint64(data.size());
        }
        m_waiting.erase(it);
    }
    return true;
}

void DownloadTask::complete()
{
    m_reading = false;
    channel()->close(nullptr, m_handle, nullptr);
    m_handle.clear();
    if (options().preserveAttributes) {
        if (m_source.hasPermissions()) {
            ::fchmod(m_fd, LocalTarget::safeFileMode(m_source.permissions));
        }
        if (m_source.hasTimes()) {
            struct timespec times[2] = {{time_t(m_source.atime), 0}, {time_t(m_source.mtime), 0}};
            ::futimens(m_fd, times);
        }
    }
    if (options().fsync && ::fsync(m_fd) != 0) {
        fail(localError(tr("cannot write")));
        return;
    }
    if (::close(std::exchange(m_fd, -1)) != 0) {
        fail(localError(tr("cannot write")));
        return;
    }
    // rename(2) replaces the target atomically, and replaces a symlink itself rather than its target.
    if (::rename(QFile::encodeName(m_partial).constData(), QFile::encodeName(m_target).constData()) != 0) {
        fail(localError(tr("cannot rename the partial file into place")));
        return;
    }
    reportProgress(qint64(m_written), qint64(m_written));
    succeed(TransferOutcome::Kind::Done);
}

void DownloadTask::closeAll()
{
    m_reading = false;
    if (!m_handle.isEmpty()) {
        channel()->close(nullptr, m_handle, nullptr);
    }
    m_handle.clear();
    if (m_fd >= 0) {
        ::close(std::exchange(m_fd, -1));
    }
}

void DownloadTask::dropPartial()
{
    closeAll();
    if (!m_partial.isEmpty()) {
        ::unlink(QFile::encodeName(m_partial).constData());
    }
}

} // namespace ferry
