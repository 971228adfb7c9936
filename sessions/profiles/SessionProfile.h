#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVector>

namespace ferry {

// One saved session: where to connect, how to log in, how the connection and the terminal behave.
// A value type; SessionStore keeps the list and writes it. The password is never part of it: with
// rememberPassword on, it lives in the OS keychain (SecretStore) under secretAccount().
//
// Defaults are those of a new session in the editor. When useSshConfig is on, SessionConnector takes
// ssh_config's value for every setting still at its default and the profile's value for every other one
// (see SessionConnector.h), so an imported session keeps following ~/.ssh/config.
class SessionProfile {
    Q_DECLARE_TR_FUNCTIONS(SessionProfile)
public:
    enum class BackspaceKey {
        Delete,   // sends ^? (0x7f), what xterm and most modern systems expect
        ControlH, // sends ^H (0x08), for old systems
    };
    enum class OnExit {
        CloseIfClean, // close the tab when the shell exits with status 0, keep it open otherwise
        AlwaysClose,
        KeepOpen, // keep the tab and its scrollback, showing the exit status
    };
    struct EnvironmentVariable {
        QString name;
        QString value;
        bool operator==(const EnvironmentVariable& other) const { return name == other.name && value == other.value; }
        bool operator!=(const EnvironmentVariable& other) const { return !(*this == other); }
    };

    struct Authentication {
        QStringList identityFiles; // private key paths, tried in order; empty: ssh_config's or ~/.ssh/id_*
        bool useAgent = true;
        // Method names as OpenSSH spells them, tried in this order among those the server offers.
        QStringList methodOrder = defaultMethodOrder();
        bool rememberPassword = false; // the password goes to the keychain under secretAccount()
        bool operator==(const Authentication& other) const;
        bool operator!=(const Authentication& other) const { return !(*this == other); }
    };

    struct ConnectionSettings {
        int connectTimeoutSec = 15;   // TCP connect and key exchange; 1..3600
        int keepaliveIntervalSec = 0; // 0: off; 0..86400
        bool compression = false;
        bool useSshConfig = true; // read the ssh_config file for this host when connecting
        // The Host alias looked up in ssh_config; empty: the profile's host. Set by the ssh_config import, so
        // a session made from "Host web" keeps the settings of that block although host is its HostName.
        QString sshConfigHost;
        // Algorithm lists in OpenSSH's syntax (a comma-separated list, optionally starting with +, - or ^);
        // empty: ssh_config's or libssh's defaults.
        QString hostKeyAlgorithms;
        QString keyExchangeAlgorithms;
        QString ciphers;
        QString macs;
        QString publicKeyAlgorithms;
        // Convenience for old servers: adds ssh-rsa (RSA with SHA-1) to the host key and public key
        // algorithms ("+ssh-rsa"), on top of whatever the lists above or ssh_config say.
        bool allowLegacySshRsa = false;
        QString proxyJump; // as in ssh_config ("[user@]host[:port][,...]"); kept, not used for connecting yet
        bool operator==(const ConnectionSettings& other) const;
        bool operator!=(const ConnectionSettings& other) const { return !(*this == other); }
    };

    struct TerminalSettings {
        QString fontFamily;          // empty: the application's fixed-pitch default
        int fontSize = 0;            // points; 0: the application's default; else 4..200
        QString colorScheme;         // a QTermWidget colour scheme name; empty: the application's default
        int scrollbackLines = 10000; // 0..10,000,000; -1: unlimited (slow: QTermWidget writes it to temp files)
        QString terminalType = QStringLiteral("xterm-256color"); // TERM on the server
        BackspaceKey backspace = BackspaceKey::Delete;
        QString remoteCommand; // runs instead of the login shell (with a pty), like PuTTY's; empty: login shell
        QVector<EnvironmentVariable> environment; // sent as "env" requests; servers accept only AcceptEnv names
        OnExit onExit = OnExit::CloseIfClean;
        QString logFile; // empty: no log; otherwise everything the terminal receives is appended there
        bool operator==(const TerminalSettings& other) const;
        bool operator!=(const TerminalSettings& other) const { return !(*this == other); }
    };

    SessionProfile(); // a fresh random id, everything else at its default
    // The id is kept as given (even null); SessionStore gives a fresh one when it is null or taken.
    explicit SessionProfile(const QUuid& id);

    QUuid id;
    QString name;
    QString folder; // "Work/Servers"; empty: top level. Kept normalized (see normalizedFolder).
    QString host;   // name or address; an IPv6 address without brackets
    quint16 port = 22;
    QString user; // empty: ssh_config's User or the local user name

    Authentication auth;
    ConnectionSettings connection;
    TerminalSettings terminal;
    QString notes;

    // The keychain account of the remembered password: "ferry:<id without braces>".
    QString secretAccount() const;
    // "user@host:port" for tooltips and status texts ("[::1]" bracketed when a port follows).
    QString addressText() const;
    // The folder and the name, "Work/Servers/web1": what `ferry --session` accepts.
    QString path() const;
    // Problems that would make connecting fail or the editor refuse to save (empty host, port 0, ...), in
    // plain words for the user; empty when the profile is usable.
    QStringList validate() const;

    // JSON of the sessions file. fromJson takes missing fields as defaults; a value of the wrong type or out
    // of range, and a key it does not know, is reported in *problems (plain words, naming the session) and
    // the rest of the profile is still read. A missing or invalid id gives a fresh one (reported if invalid).
    QJsonObject toJson() const;
    static SessionProfile fromJson(const QJsonObject& object, QStringList* problems = nullptr);

    // "Work//Servers/ " -> "Work/Servers": segments trimmed, empty ones dropped.
    static QString normalizedFolder(const QString& folder);
    static QStringList defaultMethodOrder(); // publickey, keyboard-interactive, password: OpenSSH's order
    static QStringList knownMethods();       // the method names methodOrder may hold

    bool operator==(const SessionProfile& other) const;
    bool operator!=(const SessionProfile& other) const { return !(*this == other); }
};

} // namespace ferry
