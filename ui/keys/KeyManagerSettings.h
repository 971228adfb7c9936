#pragma once

#include "profiles/SessionProfile.h"

#include <QString>
#include <QVector>

#include <functional>

namespace ferry {

class Connection;

// What the key manager needs from the window that opens it.
struct KeyManagerSettings {
    // The ssh folder whose keys are listed and where new keys go; empty: KeyInventory::defaultFolder().
    QString sshDir;
    // The agent's socket; empty: $SSH_AUTH_SOCK.
    QString agentSocket;
    // The QSettings key under which the keys added by path are kept.
    QString addedKeysSetting = QStringLiteral("keyManager/addedKeys");
    // The saved sessions "Install on server…" offers.
    QVector<SessionProfile> sessions;
    // Gives a connection for a session, connected or connecting, with its questions (host key, password)
    // wired to the user. The key manager owns what it returns and deletes it once the key is installed.
    std::function<Connection*(const SessionProfile&)> connectionFactory;
};

} // namespace ferry
