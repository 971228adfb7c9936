#include "WorkerChannel.h"

#include <cstring>

namespace ferry {

WorkerChannel::WorkerChannel(quint64 id, ssh_session session, const ChannelRequest& request, QObject* parent)
    : QObject(parent)
    , m_id(id)
    , m_session(session)
    , m_request(request)
{
    std::memset(&m_callbacks, 0, sizeof m_callbacks);
    m_callbacks.userdata = this;
    m_callbacks.channel_data_function = &WorkerChannel::onData;
    m_callbacks.channel_eof_function = &WorkerChannel::onEof;
    m_callbacks.channel_close_function = &WorkerChannel::onClose;
    m_callbacks.channel_exit_status_function = &WorkerChannel::onExitStatus;
    m_callbacks.channel_exit_signal_function = &WorkerChannel::onExitSignal;
    ssh_callbacks_init(&m_callbacks);

    m_channel = ssh_channel_new(m_session);
    if (m_channel == nullptr) {
        fail(tr("The connection cannot open another channel: %1").arg(QString::fromUtf8(ssh_get_error(m_session))));
        return;
    }
    ssh_set_channel_callbacks(m_channel, &m_callbacks);
}

WorkerChannel::~WorkerChannel()
{
    if (m_channel != nullptr) {
        ssh_remove_channel_callbacks(m_channel, &m_callbacks);
        // libssh sends CHANNEL_CLOSE if needed and keeps the struct until the server's close arrives.
        ssh_channel_free(m_channel);
    }
}

int WorkerChannel::onData(ssh_session, ssh_channel, void* data, uint32_t len, int isStderr, void* self)
{
    auto* ch = static_cast<WorkerChannel*>(self);
    const qint64 take = qMin<qint64>(len, ch->readBudget());
    ch->m_stalled = take < qint64(len);
    if (take <= 0) {
        return 0; // left in libssh's buffer: the window stops growing and the server waits
    }
    QByteArray& target = isStderr ? ch->m_stderrIn : ch->m_stdoutIn;
    target.append(static_cast<const char*>(data), int(take));
    ch->m_unacknowledged += take;
    return int(take);
}

void WorkerChannel::onEof(ssh_session, ssh_channel, void* self)
{
    static_cast<WorkerChannel*>(self)->m_remoteEof = true;
}

void WorkerChannel::onClose(ssh_session, ssh_channel, void* self)
{
    static_cast<WorkerChannel*>(self)->m_remoteClosed = true;
}

void WorkerChannel::onExitStatus(ssh_session, ssh_channel, int status, void* self)
{
    auto* ch = static_cast<WorkerChannel*>(self);
    ch->m_exitStatus = status;
    ch->m_exitStatusReported = false;
}

void WorkerChannel::onExitSignal(ssh_session, ssh_channel, const char* signal, int core, const char* errmsg,
                                 const char*, void* self)
{
    auto* ch = static_cast<WorkerChannel*>(self);
    ch->m_exitSignal = QString::fromUtf8(signal);
    ch->m_exitCore = core != 0;
    ch->m_exitMessage = QString::fromUtf8(errmsg);
    ch->m_exitSignalReported = false;
}

qint64 WorkerChannel::readBudget() const
{
    return MaxUnacknowledged - m_unacknowledged;
}

bool WorkerChannel::step()
{
    if (m_finished || m_channel == nullptr) {
        return false;
    }
    if (m_phase != Phase::Open && m_phase != Phase::Closed) {
        advanceOpening();
    }
    if (m_phase == Phase::Open) {
        readBuffered();
        flushOutput();
    }
    return m_phase == Phase::Open && !m_out.isEmpty();
}

void WorkerChannel::advanceOpening()
{
    while (m_phase != Phase::Open && m_phase != Phase::Closed) {
        int rc = SSH_OK;
        switch (m_phase) {
        case Phase::Opening:
            rc = ssh_channel_open_session(m_channel);
            if (rc == SSH_ERROR) {
                fail(tr("The server refused to open a session channel: %1")
                         .arg(QString::fromUtf8(ssh_get_error(m_session))));
                return;
            }
            if (rc == SSH_OK) {
                const bool wantPty = m_request.kind == ChannelRequest::Kind::Shell || m_request.pty;
                m_phase = wantPty ? Phase::Pty : Phase::Env;
            }
            break;
        case Phase::Pty:
            rc = ssh_channel_request_pty_size(m_channel, m_request.terminalType.constData(), m_request.columns,
                                              m_request.rows);
            if (rc == SSH_ERROR) {
                fail(tr("The server refused a terminal (pty): %1").arg(QString::fromUtf8(ssh_get_error(m_session))));
                return;
            }
            if (rc == SSH_OK) {
                m_phase = Phase::Env;
            }
            break;
        case Phase::Env:
            if (m_envIndex >= m_request.environment.size()) {
                m_phase = Phase::Start;
                break;
            }
            rc = ssh_channel_request_env(m_channel, m_request.environment.at(m_envIndex).first.constData(),
                                         m_request.environment.at(m_envIndex).second.constData());
            if (rc != SSH_AGAIN) {
                // Servers accept only what their AcceptEnv allows; a refusal leaves the channel usable.
                ++m_envIndex;
            }
            break;
        case Phase::Start:
            if (m_request.kind == ChannelRequest::Kind::Shell && m_request.command.isEmpty()) {
                rc = ssh_channel_request_shell(m_channel);
            } else {
                rc = ssh_channel_request_exec(m_channel, m_request.command.toUtf8().constData());
            }
            if (rc == SSH_ERROR) {
                fail(tr("The server refused to start the %1: %2")
                         .arg(m_request.command.isEmpty() ? tr("shell") : tr("command"),
                              QString::fromUtf8(ssh_get_error(m_session))));
                return;
            }
            if (rc == SSH_OK) {
                m_phase = Phase::Open;
                m_openedPending = true;
            }
            break;
        case Phase::Open:
        case Phase::Closed:
            break;
        }
        if (rc == SSH_AGAIN) {
            return;
        }
    }
}

void WorkerChannel::fail(const QString& message)
{
    m_phase = Phase::Closed;
    m_finished = true;
    emit openFailed(m_id, message);
}

void WorkerChannel::readBuffered()
{
    // Bytes left in libssh's buffer while the GUI was behind come out here once it has caught up.
    if (!m_stalled || readBudget() <= 0) {
        return;
    }
    m_stalled = false;
    char buf[64 * 1024];
    for (int stream = 0; stream < 2; ++stream) {
        while (readBudget() > 0 && ssh_channel_poll(m_channel, stream) > 0) {
            const int want = int(qMin<qint64>(sizeof buf, readBudget()));
            const int n = ssh_channel_read_nonblocking(m_channel, buf, uint32_t(want), stream);
            if (n <= 0) {
                break;
            }
            (stream ? m_stderrIn : m_stdoutIn).append(buf, n);
            m_unacknowledged += n;
        }
    }
    m_stalled = m_stalled || readBudget() <= 0;
}

void WorkerChannel::flushOutput()
{
    while (!m_out.isEmpty() && !m_remoteClosed) {
        const uint32_t window = ssh_channel_window_size(m_channel);
        if (window == 0) {
            break;
        }
        const uint32_t chunk = qMin<uint32_t>(window, uint32_t(m_out.size()));
        // In non-blocking mode libssh takes what the window allows and returns the count, maybe 0.
        const int n = ssh_channel_write(m_channel, m_out.constData(), chunk);
        if (n <= 0) {
            break;
        }
        m_out.remove(0, n);
    }
    if (m_resizePending) {
        m_resizePending = false;
        ssh_channel_change_pty_size(m_channel, m_request.columns, m_request.rows);
    }
    if (m_eofPending && m_out.isEmpty() && !m_eofSent && !m_remoteClosed) {
        ssh_channel_send_eof(m_channel);
        m_eofSent = true;
    }
}

void WorkerChannel::deliver()
{
    if (m_openedPending) {
        m_openedPending = false;
        emit opened(m_id);
    }
    if (!m_stdoutIn.isEmpty()) {
        emit dataReceived(m_id, std::exchange(m_stdoutIn, QByteArray()), false);
    }
    if (!m_stderrIn.isEmpty()) {
        emit dataReceived(m_id, std::exchange(m_stderrIn, QByteArray()), true);
    }
    if (m_remoteEof && !m_remoteEofReported && m_stdoutIn.isEmpty() && m_stderrIn.isEmpty()) {
        m_remoteEofReported = true;
        emit eofReceived(m_id);
    }
    if (!m_exitStatusReported) {
        m_exitStatusReported = true;
        emit exitStatusReceived(m_id, m_exitStatus);
    }
    if (!m_exitSignalReported) {
        m_exitSignalReported = true;
        emit exitSignalReceived(m_id, m_exitSignal, m_exitCore, m_exitMessage);
    }
    // Nothing is left in libssh's buffers unless the data callback had to leave some there.
    if (m_remoteClosed && !m_finished && !m_stalled) {
        finish(QString());
    }
}

void WorkerChannel::finish(const QString& error)
{
    if (m_finished) {
        return;
    }
    m_phase = Phase::Closed;
    m_finished = true;
    emit closed(m_id, error);
}

void WorkerChannel::write(const QByteArray& data)
{
    if (m_eofPending || m_finished) {
        return;
    }
    m_out.append(data);
}

void WorkerChannel::sendEof()
{
    m_eofPending = true;
}

void WorkerChannel::resize(int columns, int rows)
{
    if (columns <= 0 || rows <= 0 || (columns == m_request.columns && rows == m_request.rows)) {
        return;
    }
    m_request.columns = columns;
    m_request.rows = rows;
    // Before the pty exists the new size simply goes into the pty request.
    m_resizePending = m_phase == Phase::Open;
}

void WorkerChannel::close()
{
    if (m_finished) {
        return;
    }
    if (m_channel != nullptr && m_phase == Phase::Open) {
        ssh_channel_close(m_channel);
    }
    finish(QString());
}

void WorkerChannel::acknowledge(qint64 bytes)
{
    m_unacknowledged = qMax<qint64>(0, m_unacknowledged - bytes);
}

void WorkerChannel::connectionLost(const QString& reason)
{
    if (m_phase != Phase::Open && !m_finished) {
        fail(reason);
        return;
    }
    deliver();
    finish(reason);
}

} // namespace ferry
