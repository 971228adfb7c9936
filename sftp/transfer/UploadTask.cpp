#include "UploadTask.h"

#include "LocalTarget.h"
#include "SftpChannel.h"
#include "SftpProtocol.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace ferry {

namespace {

QString text(const QByteArray& raw)
{
    return QString::fromUtf8(raw);
}

} // namespace

UploadTask::UploadTask(Setup setup)
    : TransferTask(std::move(setup))
{
}

UploadTask::~UploadTask() = default;

void UploadTask::start()
{
    const QByteArray local = QFile::encodeName(item().localPath);
    struct stat st {};
    if (::lstat(local.constData(), &st) != 0) {
        fail(SftpError::local(item().localPath, QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    if (S_ISLNK(st.st_mode)) {
        if (!options().followSymlinks) {
            QByteArray link(4096, '\0');
            const ssize_t n = ::readlink(local.constData(), link.data(), size_t(link.size()));
            if (n < 0 || n >= link.size()) {
                fail(SftpError::local(item().localPath, tr("cannot read the symbolic link")));
                return;
            }
            link.truncate(int(n));
            recreateSymlink(link);
            return;
        }
        if (::stat(local.constData(), &st) != 0) {
            fail(SftpError::local(item().localPath, tr("the symbolic link points nowhere")));
            return;
        }
    }
    if (S_ISDIR(st.st_mode)) {
        fail(SftpError::refused(SftpError::Refusal::Other, item().localPath, tr("it is a folder")));
        return;
    }
    if (!S_ISREG(st.st_mode)) {
        succeed(TransferOutcome::Kind::Skipped, tr("not a regular file (a device, pipe or socket)"));
        return;
    }
    m_file.setFileName(item().localPath);
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(SftpError::local(item().localPath, m_file.errorString()));
        return;
    }
    m_size = st.st_size;
    m_modified = st.st_mtime;
    m_accessed = st.st_atime;
    m_mode = st.st_mode;
    m_outcome.sourceSize = m_size;
    checkTarget(item().remotePath, false);
}

void UploadTask::recreateSymlink(const QByteArray& linkText)
{
    m_target = item().remotePath;
    m_outcome.target = text(m_target);
    channel()->lstat(this, m_target, [this, linkText](const SftpError& error, const SftpAttributes& attributes) {
        if (error.isError() && !error.isStatus(sftp::NoSuchFile)) {
            fail(error.withPath(text(m_target)));
            return;
        }
        auto create = [this, linkText] {
            channel()->symlink(this, m_target, linkText, [this](const SftpError& e) {
                if (e.isError()) {
                    fail(e.withPath(text(m_target)));
                    return;
                }
                succeed(TransferOutcome::Kind::Done);
            });
        };
        if (error.isError()) {
            create();
            return;
        }
        if (m_setup.action == ConflictAction::Ask) {
            askUser(-1, -1, qint64(attributes.size), attributes.hasTimes() ? qint64(attributes.mtime) : -1, false);
            return;
        }
        if (m_setup.action != ConflictAction::Overwrite || attributes.isDirectory()) {
            succeed(TransferOutcome::Kind::Skipped, tr("the target exists"));
            return;
        }
        channel()->remove(this, m_target, [this, create](const SftpError& e) {
            if (e.isError()) {
                fail(e.withPath(text(m_target)));
                return;
            }
            create();
        });
    });
}

void UploadTask::checkTarget(const QByteArray& target, bool renamed)
{
    m_target = target;
    m_partial = target + PartialSuffix;
    m_outcome.target = text(target);
    if (item().targetFolderIsNew && !renamed) {
        // The walk has just made the folder: neither the target nor a partial file can be there.
        openPartial(0);
        return;
    }
    m_checksLeft = 2;
    channel()->lstat(this, m_target, [this, renamed](const SftpError& error, const SftpAttributes& attributes) {
        m_targetError = error;
        m_targetAttributes = attributes;
        if (--m_checksLeft == 0) {
            decideOn(renamed);
        }
    });
    channel()->lstat(this, m_partial, [this, renamed](const SftpError& error, const SftpAttributes& attributes) {
        m_partialError = error;
        m_partialAttributes = attributes;
        if (--m_checksLeft == 0) {
            decideOn(renamed);
        }
    });
}

void UploadTask::decideOn(bool renamed)
{
    for (const SftpError* e : {&m_targetError, &m_partialError}) {
        if (e->isError() && !e->isStatus(sftp::NoSuchFile)) {
            fail(e->withPath(text(m_target)));
            return;
        }
    }
    qint64 resumeFrom = 0;
    if (!m_partialError.isError()) {
        if (m_partialAttributes.isDirectory()) {
            fail(SftpError::refused(SftpError::Refusal::Other, text(m_partial),
                                    tr("a folder has the name of the partial file")));
            return;
        }
        if (m_partialAttributes.isRegular() && options().resumePartial && qint64(m_partialAttributes.size) <= m_size) {
            resumeFrom = qint64(m_partialAttributes.size);
        }
    }
    if (m_targetError.isError()) {
        openPartial(resumeFrom);
        return;
    }
    if (m_targetAttributes.isDirectory()) {
        fail(SftpError::refused(SftpError::Refusal::Other, text(m_target), tr("a folder of that name exists")));
        return;
    }
    const qint64 targetSize = qint64(m_targetAttributes.size);
    const qint64 targetModified = m_targetAttributes.hasTimes() ? qint64(m_targetAttributes.mtime) : -1;
    switch (renamed ? Decision::Fail : decide(m_size, m_modified, targetSize, targetModified)) {
    case Decision::Ask:
        askUser(m_size, m_modified, targetSize, targetModified, resumeFrom > 0 || targetSize <= m_size);
        return;
    case Decision::Skip:
        succeed(TransferOutcome::Kind::Skipped, tr("the target exists"));
        return;
    case Decision::Fail:
        fail(renamed ? SftpError::refused(SftpError::Refusal::Exists, text(m_target))
                     : SftpError::refused(SftpError::Refusal::Other, text(m_target),
                                          tr("the target is larger than the source: nothing to resume")));
        return;
    case Decision::Rename:
        if (!m_setup.renameTo.isEmpty()) {
            const int slash = m_target.lastIndexOf('/');
            checkTarget(m_target.left(slash + 1) + m_setup.renameTo.toUtf8(), true);
        } else {
            findFreeName(1);
        }
        return;
    case Decision::Resume:
        if (resumeFrom == 0) {
            takeOverTarget();
            return;
        }
        break;
    case Decision::Proceed:
        break;
    }
    openPartial(resumeFrom);
}

void UploadTask::findFreeName(int n)
{
    if (n >= 1000) {
        fail(SftpError::refused(SftpError::Refusal::Exists, text(m_target), tr("no free name found")));
        return;
    }
    const QByteArray original = item().remotePath;
    const int slash = original.lastIndexOf('/');
    const QByteArray candidate = original.left(slash + 1)
                                 + numberedName(QString::fromUtf8(original.mid(slash + 1)), n).toUtf8();
    channel()->lstat(this, candidate, [this, n, candidate](const SftpError& error, const SftpAttributes&) {
        if (error.isStatus(sftp::NoSuchFile)) {
            checkTarget(candidate, true);
        } else if (error.isError()) {
            fail(error.withPath(text(candidate)));
        } else {
            findFreeName(n + 1);
        }
    });
}

void UploadTask::takeOverTarget()
{
    // The target is the partial file of an earlier transfer: it becomes ours, and is appended to.
    const qint64 from = qint64(m_targetAttributes.size);
    auto rename = [this, from] {
        auto done = [this, from](const SftpError& error) {
            if (error.isError()) {
                fail(error.withPath(text(m_target)));
                return;
            }
            openPartial(from);
        };
        if (channel()->hasExtension(sftp::ext::PosixRename)) {
            channel()->posixRename(this, m_target, m_partial, done);
        } else {
            channel()->rename(this, m_target, m_partial, done);
        }
    };
    if (m_partialError.isError()) {
        rename();
        return;
    }
    channel()->remove(this, m_partial, [this, rename](const SftpError& error) {
        if (error.isError()) {
            fail(error.withPath(text(m_partial)));
            return;
        }
        rename();
    });
}

void UploadTask::openPartial(qint64 resumeFrom)
{
    m_outcome.resumedFrom = resumeFrom;
    if (!m_file.seek(resumeFrom)) {
        fail(SftpError::local(item().localPath, m_file.errorString()));
        return;
    }
    SftpAttributes create;
    if (options().preserveAttributes) {
        // Owner-only while incomplete; the final mode comes with the times at the end.
        create.setPermissions(0600);
    }
    const quint32 flags = sftp::OpenWrite | sftp::OpenCreate | (resumeFrom == 0 ? sftp::OpenTruncate : 0u);
    auto opened = [this, resumeFrom](const SftpError& error, const QByteArray& handle) {
        if (error.isError()) {
            fail(error.withPath(text(m_partial)));
            return;
        }
        m_handle = handle;
        m_sent = resumeFrom;
        m_acknowledged = resumeFrom;
        m_writing = true;
        reportProgress(m_acknowledged, m_size);
        issueWrites();
    };
    channel()->open(this, m_partial, flags, create, opened);
}

void UploadTask::pump()
{
    issueWrites();
}

void UploadTask::issueWrites()
{
    const qint64 length = qMax<quint32>(1024, channel()->writeLength());
    while (m_writing && !finished() && m_sent < m_size && m_inFlight < MaxRequestsInFlight
           && channel()->canSend(length + 64)) {
        const qint64 ask = qMin(length, m_size - m_sent);
        if (!throttle(ask)) {
            break;
        }
        const QByteArray data = m_file.read(ask);
        if (data.isEmpty()) {
            // The file shrank while it was being sent: what was there is what goes.
            m_size = m_sent;
            break;
        }
        const qint64 offset = m_sent;
        m_sent += data.size();
        ++m_inFlight;
        const int size = data.size();
        channel()->write(this, m_handle, quint64(offset), data, [this, size](const SftpError& error) {
            --m_inFlight;
            if (error.isError()) {
                fail(error.withPath(text(m_target)));
                return;
            }
            m_acknowledged += size;
            m_outcome.transferred += size;
            reportProgress(m_acknowledged, m_size);
            issueWrites();
            renameWhenClosed();
        });
    }
    if (m_writing && !finished() && m_sent >= m_size) {
        finishWriting();
    }
}

void UploadTask::onStepFailed(const SftpError& error)
{
    if (error.isError() && !m_stepError.isError()) {
        m_stepError = error;
    }
}

void UploadTask::finishWriting()
{
    m_writing = false;
    m_file.close();
    // Sent behind the last WRITEs without waiting for their answers, so a small file costs one round
    // trip less: a server handles the requests on one handle in order (draft-02, 6.1), and nothing is
    // renamed into place before every WRITE and the CLOSE said OK.
    if (options().preserveAttributes) {
        SftpAttributes attributes;
        attributes.setPermissions(LocalTarget::safeFileMode(m_mode));
        attributes.setTimes(quint32(m_accessed), quint32(m_modified));
        channel()->fsetstat(this, m_handle, attributes, [this](const SftpError& error) { onStepFailed(error); });
    }
    if (options().fsync && channel()->hasExtension(sftp::ext::Fsync)) {
        channel()->fsync(this, m_handle, [this](const SftpError& error) { onStepFailed(error); });
    }
    channel()->close(this, std::exchange(m_handle, QByteArray()), [this](const SftpError& error) {
        onStepFailed(error);
        m_closed = true;
        renameWhenClosed();
    });
}

void UploadTask::renameWhenClosed()
{
    if (!m_closed || m_inFlight > 0 || finished() || m_renaming) {
        return;
    }
    if (m_stepError.isError()) {
        fail(m_stepError.withPath(text(m_target)));
        return;
    }
    m_renaming = true;
    renameIntoPlace();
}

void UploadTask::renameIntoPlace()
{
    auto done = [this](const SftpError& error) {
        if (error.isError()) {
            fail(error.withPath(text(m_target)));
            return;
        }
        m_partial.clear();
        reportProgress(m_acknowledged, m_size);
        succeed(TransferOutcome::Kind::Done);
    };
    if (channel()->hasExtension(sftp::ext::PosixRename)) {
        channel()->posixRename(this, m_partial, m_target, done);
        return;
    }
    channel()->rename(this, m_partial, m_target, [this, done](const SftpError& error) {
        if (!error.isError()) {
            done(error);
            return;
        }
        // Without posix-rename, RENAME will not replace a file: the old one goes first (not atomic).
        channel()->remove(this, m_target, [this, done](const SftpError& e) {
            if (e.isError()) {
                done(e);
                return;
            }
            channel()->rename(this, m_partial, m_target, done);
        });
    });
}

void UploadTask::closeAll()
{
    m_writing = false;
    if (!m_handle.isEmpty()) {
        channel()->close(nullptr, std::exchange(m_handle, QByteArray()), nullptr);
    }
    m_file.close();
}

void UploadTask::dropPartial()
{
    closeAll();
    if (!m_partial.isEmpty()) {
        channel()->remove(nullptr, m_partial, nullptr);
    }
}

} // namespace ferry
