#pragma once

#include "ssh/ConnectionOptions.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ferry::test {

// A real OpenSSH sshd on 127.0.0.1 and a free port, with its host key, authorized_keys and config
// in a temporary directory, logging to a buffer the test can read. Stopped when the object goes away.
class SshdFixture {
public:
    struct Config {
        bool usePam = false;                 // needed for keyboard-interactive and password logins
        bool passwordAuthentication = false;
        bool kbdInteractiveAuthentication = false;
        QStringList extraLines;              // e.g. "AuthenticationMethods publickey,keyboard-interactive"
        // DEBUG1 logs every authentication request as "userauth-request", but also leaks two debug
        // lines into each session's stderr, so only tests that prove no login was tried use it.
        QString logLevel = QStringLiteral("VERBOSE");
        // What sshd runs for the sftp subsystem: OpenSSH's own, or a program with its arguments (a test
        // server). sshd takes one Subsystem line per name, so this replaces the default.
        QString sftpSubsystem = QStringLiteral("internal-sftp");
    };

    SshdFixture();
    ~SshdFixture();
    SshdFixture(const SshdFixture&) = delete;
    SshdFixture& operator=(const SshdFixture&) = delete;

    // Generates keys (once) and starts sshd; on failure errorString() says why.
    bool start();
    bool start(const Config& config);
    void stop();
    QString errorString() const { return m_error; }

    quint16 port() const { return m_port; }
    QString dir() const { return m_dir.path(); }
    // The HOME of remote sessions (sshd's SetEnv): an empty folder of the fixture's.
    QString remoteHome() const { return m_dir.path() + QStringLiteral("/home"); }
    QString hostKeyPublicFile() const { return m_dir.path() + QStringLiteral("/ssh_host_ed25519_key.pub"); }
    QByteArray hostKeyBlob() const;
    QString userKeyFile() const { return m_dir.path() + QStringLiteral("/id_ed25519"); }
    QString loginUser() const;
    // Appends a public key file's line to authorized_keys.
    bool authorize(const QString& publicKeyFile);

    // Everything sshd logged so far.
    QString log();
    // Kills the per-connection sshd processes (not the listener): the server side of live connections.
    int killConnections();
    // Sends a signal (SIGSTOP: a server that hangs) to the per-connection processes.
    int signalConnections(int signal);

    // Options for a connection to this server with the given client-side home.
    ConnectionOptions clientOptions(const QString& sshDir, const QString& knownHostsFile) const;

    // A local user with a password for password and keyboard-interactive logins. Needs root; returns
    // false with the reason otherwise.
    static bool ensureUser(const QString& name, const QString& password, QString* why);
    static bool isRoot();

private:
    bool writeConfig(const Config& config);

    QTemporaryDir m_dir;
    QProcess m_sshd;
    QByteArray m_log;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace ferry::test
