#include "RemoteChannel.h"

#include "Connection.h"

namespace ferry {

RemoteChannel::RemoteChannel(Connection* connection, quint64 id)
    : QObject(connection)
    , m_connection(connection)
    , m_id(id)
{
}

RemoteChannel::~RemoteChannel()
{
    if (m_connection && m_state != State::Closed) {
        m_connection->channelClose(m_id);
    }
}

void RemoteChannel::write(const QByteArray& data)
{
    if (m_connection && m_state != State::Closed && !data.isEmpty()) {
        m_connection->channelWrite(m_id, data);
    }
}

void RemoteChannel::sendEof()
{
    if (m_connection && m_state != State::Closed) {
        m_connection->channelEof(m_id);
    }
}

void RemoteChannel::resizePty(int columns, int rows)
{
    if (m_connection && m_state != State::Closed) {
        m_connection->channelResize(m_id, columns, rows);
    }
}

void RemoteChannel::close()
{
    if (m_connection && m_state != State::Closed) {
        m_connection->channelClose(m_id);
        markClosed(QString());
    }
}

void RemoteChannel::acknowledge(qint64 bytes)
{
    if (m_connection && m_state != State::Closed && bytes > 0) {
        m_connection->channelAcknowledge(m_id, bytes);
    }
}

void RemoteChannel::markOpened()
{
    if (m_state == State::Opening) {
        m_state = State::Open;
        emit opened();
    }
}

void RemoteChannel::markOpenFailed(const QString& message)
{
    if (m_state == State::Closed) {
        return;
    }
    m_state = State::Closed;
    m_error = message;
    emit openFailed(message);
    emit closed();
}

void RemoteChannel::markExitStatus(int status)
{
    m_exitStatus = status;
    emit exitStatusReceived(status);
}

void RemoteChannel::markExitSignal(const QString& name, bool coreDumped, const QString& message)
{
    m_exitSignal = name;
    emit exitSignalReceived(name, coreDumped, message);
}

void RemoteChannel::markClosed(const QString& error)
{
    if (m_state == State::Closed) {
        return;
    }
    m_state = State::Closed;
    m_error = error;
    emit closed();
}

} // namespace ferry
