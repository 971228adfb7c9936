#include "SftpReadFileTask.h"

#include "SftpChannel.h"
#include "SftpProtocol.h"

namespace ferry {

namespace {

constexpr int MaxReadsInFlight = 16;

} // namespace

SftpReadFileTask::SftpReadFileTask(const QByteArray& path, qint64 maxBytes)
    : m_path(path)
    , m_limit(quint64(qMax<qint64>(0, maxBytes)))
{
}

void SftpReadFileTask::start()
{
    channel()->open(this, m_path, sftp::OpenRead, SftpAttributes(),
                    [this](const SftpError& error, const QByteArray& handle) {
                        if (error.isError()) {
                            end(error);
                            return;
                        }
                        m_handle = handle;
                        channel()->fstat(this, m_handle, [this](const SftpError& e, const SftpAttributes& attrs) {
                            if (e.isError()) {
                                end(e);
                                return;
                            }
                            if (attrs.hasPermissions() && !attrs.isRegular()) {
                                end(SftpError::refused(SftpError::Refusal::Other, QString(),
                                                       SftpError::tr("it is not a regular file")));
                                return;
                            }
                            if (attrs.hasSize() && attrs.size > m_limit) {
                                end(SftpError::refused(
                                    SftpError::Refusal::TooLarge, QString(),
                                    SftpError::tr("%1 bytes, the limit is %2 bytes").arg(attrs.size).arg(m_limit)));
                                return;
                            }
                            context()->report(QVariant::fromValue(attrs));
                            m_reading = true;
                            pump();
                        });
                    });
}

void SftpReadFileTask::pump()
{
    // One byte past the limit is asked for too: getting it means the file is over the limit.
    while (m_reading && !finished() && m_inFlight < MaxReadsInFlight && m_next <= m_limit && m_next < m_eofAt &&
           channel()->canSend(channel()->readLength())) {
        const quint32 length = quint32(qMin<quint64>(channel()->readLength(), m_limit + 1 - m_next));
        request(m_next, length);
        m_next += length;
    }
}

void SftpReadFileTask::request(quint64 offset, quint32 length)
{
    ++m_inFlight;
    channel()->read(this, m_handle, offset, length,
                    [this, offset, length](const SftpError& error, const QByteArray& data, bool eof) {
                        onData(offset, length, error, data, eof);
                    });
}

void SftpReadFileTask::onData(quint64 offset, quint32 length, const SftpError& error, const QByteArray& data, bool eof)
{
    --m_inFlight;
    if (error.isError()) {
        end(error);
        return;
    }
    if (eof || data.isEmpty()) {
        m_eofAt = qMin(m_eofAt, offset);
    } else {
        if (offset + quint64(data.size()) > m_limit) {
            end(SftpError::refused(SftpError::Refusal::TooLarge, QString(),
                                   SftpError::tr("it grew past the limit of %1 bytes").arg(m_limit)));
            return;
        }
        m_chunks[offset] = data;
        // A short read that is not the end leaves a gap: ask for the rest of it.
        if (quint32(data.size()) < length) {
            request(offset + quint64(data.size()), length - quint32(data.size()));
        }
    }
    if (m_inFlight == 0 && (m_next >= m_eofAt || m_next > m_limit)) {
        complete();
        return;
    }
    pump();
}

void SftpReadFileTask::complete()
{
    QByteArray content;
    quint64 at = 0;
    for (const auto& chunk : m_chunks) {
        if (chunk.first >= m_eofAt) {
            break;
        }
        if (chunk.first != at) {
            end(SftpError::protocol(SftpError::tr("the file's data came back with a gap")));
            return;
        }
        const quint64 take = qMin<quint64>(quint64(chunk.second.size()), m_eofAt - chunk.first);
        content.append(chunk.second.constData(), int(take));
        at += take;
    }
    m_chunks.clear();
    end(SftpError(), content);
}

void SftpReadFileTask::cancel()
{
    end(SftpError::cancelled());
}

void SftpReadFileTask::end(const SftpError& error, const QVariant& result)
{
    if (finished()) {
        return;
    }
    if (!m_handle.isEmpty()) {
        channel()->close(nullptr, m_handle, nullptr);
        m_handle.clear();
    }
    m_chunks.clear();
    context()->finish(error.withPath(QString::fromUtf8(m_path)), result);
}

} // namespace ferry
