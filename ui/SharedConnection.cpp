#include "SharedConnection.h"

namespace ferry {

SharedConnection::SharedConnection(const ConnectionOptions& options)
    : m_connection(std::make_unique<Connection>(options))
{
}

// The connection's destructor disconnects and waits a bounded time for its thread.
SharedConnection::~SharedConnection() = default;

void SharedConnection::addUser(const void* user)
{
    m_users.insert(user);
}

void SharedConnection::removeUser(const void* user)
{
    if (!m_users.remove(user) || !m_users.isEmpty()) {
        return;
    }
    if (m_connection->state() != Connection::State::Disconnected) {
        m_connection->disconnectFromHost();
    }
}

bool SharedConnection::replaceConnection(const ConnectionOptions& options)
{
    if (m_connection->state() != Connection::State::Disconnected) {
        return false;
    }
    m_connection = std::make_unique<Connection>(options);
    return true;
}

} // namespace ferry
