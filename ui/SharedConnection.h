#pragma once

#include "ssh/Connection.h"

#include <QSet>

#include <memory>

namespace ferry {

// One SSH connection shared by the tabs that show shells on it: "Duplicate tab" opens another shell without
// logging in again. Tabs hold it through a std::shared_ptr and the last one to let go deletes the connection,
// which disconnects. Apart from that ownership it counts the tabs that use the connection right now (a live
// shell, or one on its way): when the last of them stops, the connection is closed although tabs may remain
// to show how their shell ended or to offer Reconnect.
class SharedConnection {
public:
    explicit SharedConnection(const ConnectionOptions& options);
    ~SharedConnection();
    SharedConnection(const SharedConnection&) = delete;
    SharedConnection& operator=(const SharedConnection&) = delete;

    Connection* connection() const { return m_connection.get(); }

    void addUser(const void* user);
    // Closes the connection when the last user leaves.
    void removeUser(const void* user);
    bool hasUser(const void* user) const { return m_users.contains(user); }
    int userCount() const { return int(m_users.size()); }

    // Swaps in a fresh connection made from other options (a password fetched from the keychain). Only an
    // idle connection can be swapped: false while it is connecting or connected. The old one is deleted, so
    // whoever listened to it must listen to the new one.
    bool replaceConnection(const ConnectionOptions& options);

private:
    std::unique_ptr<Connection> m_connection;
    QSet<const void*> m_users;
};

} // namespace ferry
