#include "SftpWriteFileTask.h"

#include "SftpChannel.h"
#include "SftpProtocol.h"

#include <QRandomGenerator>

namespace ferry {

SftpWriteFileTask::SftpWriteFileTask(const QByteArray& path, const QByteArray& content, const SftpAttributes& expected,
                                     bool checkExpected, bool force)
    : m_path(path)
    , m_content(content)
    , m_expected(expected)
    , m_checkExpected(checkExpected)
    , m_force(force)
{
}

bool SftpWriteFileTask::changed(const SftpAttributes& now) const
{
    if (!m_checkExpected || m_force) {
        return false;
    }
    return (m_expected.hasSize() && now.size != m_expected.size) ||
           (m_expected.hasTimes() && now.mtime != m_expected.mtime);
}

void SftpWriteFileTask::start()
{
    channel()->lstat(this, m_path, [this](const SftpError& error, const SftpAttributes& attrs) {
        if (!error.isError() && attrs.isSymlink()) {
            channel()->realpath(this, m_path, [this](const SftpError& e, const QByteArray& resolved) {
                if (e.isError()) {
                    end(e);
                    return;
                }
                begin(resolved);
            });
            return;
        }
        begin(m_path);
    });
}

void SftpWriteFileTask::begin(const QByteArray& target)
{
    m_target = target;
    channel()->stat(this, m_target,
                    [this](const SftpError& error, const SftpAttributes& attrs) { afterStat(error, attrs); });
}

void SftpWriteFileTask::afterStat(const SftpError& error, const SftpAttributes& attrs)
{
    if (error.isError() && !error.isStatus(sftp::NoSuchFile)) {
        end(error);
        return;
    }
    m_exists = !error.isError();
    if ((m_exists && changed(attrs)) || (!m_exists && m_checkExpected && !m_force)) {
        end(SftpError::refused(SftpError::Refusal::RemoteChanged, QString()));
        return;
    }
    if (m_exists && !attrs.isRegular()) {
        end(SftpError::refused(SftpError::Refusal::Other, QString(), SftpError::tr("it is not a regular file")));
        return;
    }
    m_old = attrs;
    openTemporary();
}

void SftpWriteFileTask::openTemporary()
{
    const int slash = m_target.lastIndexOf('/');
    const QByteArray dir = slash >= 0 ? m_target.left(slash + 1) : QByteArray();
    const QByteArray name = m_target.mid(slash + 1);
    m_temporary =
        dir + '.' + name + ".ferry-" + QByteArray::number(QRandomGenerator::global()->generate(), 16) + ".tmp";
    SftpAttributes create;
    // Owner-only until the final mode is set, so the content is never readable by more people than before.
    create.setPermissions(0600);
    const quint32 flags = sftp::OpenWrite | sftp::OpenCreate | sftp::OpenExclusive | sftp::OpenTruncate;
    channel()->open(this, m_temporary, flags, create, [this](const SftpError& error, const QByteArray& handle) {
        if (error.isError()) {
            m_temporary.clear();
            end(error);
            return;
        }
        m_handle = handle;
        m_writing = true;
        pump();
    });
}

void SftpWriteFileTask::pump()
{
    while (m_writing && !finished() && m_sent < m_content.size() && channel()->canSend(channel()->writeLength())) {
        const int length = int(qMin<qint64>(channel()->writeLength(), m_content.size() - m_sent));
        const qint64 offset = m_sent;
        m_sent += length;
        channel()->write(this, m_handle, quint64(offset), m_content.constData() + offset, length,
                         [this, length](const SftpError& error) { onWritten(error, length); });
    }
    if (m_writing && m_content.isEmpty()) {
        m_writing = false;
        finishWriting();
    }
}

void SftpWriteFileTask::onWritten(const SftpError& error, int length)
{
    if (error.isError()) {
        end(error);
        return;
    }
    m_acknowledged += length;
    if (m_acknowledged == m_content.size()) {
        m_writing = false;
        finishWriting();
        return;
    }
    pump();
}

void SftpWriteFileTask::finishWriting()
{
    SftpAttributes mode;
    mode.setPermissions(m_exists ? (m_old.permissions & sftp::PermissionMask) : 0644);
    channel()->fsetstat(this, m_handle, mode, [this](const SftpError& error) {
        if (error.isError()) {
            end(error);
            return;
        }
        auto close = [this] {
            channel()->close(this, m_handle, [this](const SftpError& e) {
                m_handle.clear();
                if (e.isError()) {
                    end(e);
                    return;
                }
                checkAgainThenRename();
            });
        };
        if (channel()->hasExtension(sftp::ext::Fsync)) {
            channel()->fsync(this, m_handle, [this, close](const SftpError& e) {
                if (e.isError()) {
                    end(e);
                    return;
                }
                close();
            });
        } else {
            close();
        }
    });
}

void SftpWriteFileTask::checkAgainThenRename()
{
    if (!m_exists || !m_checkExpected || m_force) {
        rename();
        return;
    }
    // Someone may have saved while Ferry was writing: look once more, as late as possible.
    channel()->stat(this, m_target, [this](const SftpError& error, const SftpAttributes& attrs) {
        if (error.isError() || changed(attrs)) {
            end(SftpError::refused(SftpError::Refusal::RemoteChanged, QString()));
            return;
        }
        rename();
    });
}

void SftpWriteFileTask::rename()
{
    auto done = [this](const SftpError& error) {
        if (error.isError()) {
            end(error);
            return;
        }
        m_temporary.clear();
        channel()->stat(this, m_target, [this](const SftpError& e, const SftpAttributes& attrs) {
            end(e, e.isError() ? QVariant() : QVariant::fromValue(attrs));
        });
    };
    if (channel()->hasExtension(sftp::ext::PosixRename)) {
        channel()->posixRename(this, m_temporary, m_target, done);
        return;
    }
    channel()->rename(this, m_temporary, m_target, [this, done](const SftpError& error) {
        if (!error.isError() || !m_exists) {
            done(error);
            return;
        }
        // Without posix-rename, RENAME will not replace a file: remove the old one first (not atomic).
        channel()->remove(this, m_target, [this, done](const SftpError& e) {
            if (e.isError()) {
                done(e);
                return;
            }
            channel()->rename(this, m_temporary, m_target, done);
        });
    });
}

void SftpWriteFileTask::cancel()
{
    end(SftpError::cancelled());
}

void SftpWriteFileTask::end(const SftpError& error, const QVariant& result)
{
    if (finished()) {
        return;
    }
    m_writing = false;
    if (!m_handle.isEmpty()) {
        channel()->close(nullptr, m_handle, nullptr);
        m_handle.clear();
    }
    if (!m_temporary.isEmpty()) {
        channel()->remove(nullptr, m_temporary, nullptr);
        m_temporary.clear();
    }
    context()->finish(error.withPath(QString::fromUtf8(m_path)), result);
}

} // namespace ferry
