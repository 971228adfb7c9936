#pragma once

#include <QString>
#include <QStringList>

namespace ferry {

// Everything a connection needs to know before it starts. Every path libssh would otherwise take
// from the real home directory is explicit here, so tests and sandboxes never touch ~/.ssh.
struct ConnectionOptions {
    QString host;
    quint16 port = 22;
    QString user;

    QStringList identityFiles;       // private key paths, tried in order
    // A password known before connecting (from the keychain), offered once at the first password or
    // single secret keyboard-interactive prompt; a refusal falls back to asking. Memory only.
    QString password;
    bool useAgent = true;
    QString agentSocket;             // empty: $SSH_AUTH_SOCK
    // Methods in the order they are tried, among those the server allows. OpenSSH's default order.
    QStringList authMethods = {QStringLiteral("publickey"), QStringLiteral("keyboard-interactive"),
                               QStringLiteral("password")};

    QString knownHostsFile;          // OpenSSH's known_hosts; empty: known_hosts in sshDir
    QString sshDir;                  // libssh's %d; empty: $HOME/.ssh (never the password database's home)

    int connectTimeoutMs = 15000;    // TCP connect + key exchange
    int keepaliveIntervalSec = 0;    // 0: off
    int keepaliveCountMax = 3;       // unanswered keepalives before the connection is declared dead
    bool compression = false;

    // Algorithm overrides for old servers, in libssh's comma-separated syntax; empty: libssh defaults.
    QString hostKeyAlgorithms;
    QString keyExchangeAlgorithms;
    QString ciphers;
    QString macs;
    QString publicKeyAlgorithms;

    int logVerbosity = 1;            // libssh's SSH_LOG_* level routed to the connection log
    int maxPassphraseAttempts = 3;
    int maxPasswordAttempts = 3;

    QString displayName() const
    {
        const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
        return (user.isEmpty() ? QString() : user + QLatin1Char('@')) + h
               + (port == 22 ? QString() : QLatin1Char(':') + QString::number(port));
    }
};

} // namespace ferry
