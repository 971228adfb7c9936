#include "profiles/SessionConnector.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using ferry::ChannelRequest;
using ferry::ConnectionOptions;
using ferry::SessionConnector;
using ferry::SessionProfile;

namespace {

const char* const config = "Host alias\n"
                           "    HostName real.example.org\n"
                           "    Port 2201\n"
                           "    User cfguser\n"
                           "    IdentityFile ~/.ssh/cfg_key\n"
                           "    Ciphers aes128-ctr\n"
                           "    MACs hmac-sha2-256\n"
                           "    KexAlgorithms diffie-hellman-group14-sha256\n"
                           "    HostKeyAlgorithms ssh-ed25519\n"
                           "    PubkeyAcceptedAlgorithms -ssh-dss\n"
                           "    Compression yes\n"
                           "    ServerAliveInterval 20\n"
                           "    ConnectTimeout 7\n"
                           "    IdentitiesOnly yes\n"
                           "    PreferredAuthentications password,publickey\n"
                           "    UserKnownHostsFile ~/.ssh/other_known_hosts\n";

SessionProfile profileFor(const QString& host)
{
    SessionProfile p;
    p.name = host;
    p.host = host;
    return p;
}

} // namespace

class TestSessionConnector : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void profileAloneWithoutSshConfig();
    void sshConfigFillsWhatTheProfileLeavesAtDefaults();
    void explicitProfileSettingsWinOverSshConfig();
    void importedSessionKeepsItsHostAndItsBlock();
    void sshConfigCanBeTurnedOff();
    void legacySshRsaIsAddedToBothLists_data();
    void legacySshRsaIsAddedToBothLists();
    void legacySshRsaWithARemovalListIsReported();
    void shellRequestCarriesTerminalSettings();
    void proxyJumpIsReportedOnce();
    void environmentForCurrentUserFollowsHome();

private:
    SessionConnector::Environment environment() const;

    QTemporaryDir m_dir;
    QString m_home;
};

void TestSessionConnector::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_home = m_dir.path();
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/.ssh")));
    for (const char* name : {"id_rsa", "id_ed25519"}) {
        QFile key(m_home + QStringLiteral("/.ssh/") + QLatin1String(name));
        QVERIFY(key.open(QIODevice::WriteOnly));
    }
    QFile file(m_home + QStringLiteral("/.ssh/config"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(config) > 0);
}

SessionConnector::Environment TestSessionConnector::environment() const
{
    SessionConnector::Environment e;
    e.homeDir = m_home;
    e.sshDir = m_home + QStringLiteral("/.ssh");
    e.context = ferry::SshConfigContext::forCurrentUser();
    // ~ in ssh_config is the password database's home for OpenSSH; point it at the test's home.
    e.context.homeDir = m_home;
    e.context.environment.insert(QStringLiteral("HOME"), m_home);
    return e;
}

void TestSessionConnector::profileAloneWithoutSshConfig()
{
    SessionProfile p = profileFor(QStringLiteral("plain.example.org"));
    p.connection.useSshConfig = false;
    p.user = QStringLiteral("me");
    p.port = 2022;
    QStringList warnings;
    const ConnectionOptions o =
        SessionConnector::connectionOptions(p, environment(), QStringLiteral("s3cret"), &warnings);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(o.host, QStringLiteral("plain.example.org"));
    QCOMPARE(o.port, quint16(2022));
    QCOMPARE(o.user, QStringLiteral("me"));
    QCOMPARE(o.password, QStringLiteral("s3cret"));
    QCOMPARE(o.sshDir, m_home + QStringLiteral("/.ssh"));
    QCOMPARE(o.knownHostsFile, m_home + QStringLiteral("/.ssh/known_hosts"));
    // OpenSSH's default keys that exist, in OpenSSH's order.
    QCOMPARE(o.identityFiles,
             (QStringList{m_home + QStringLiteral("/.ssh/id_rsa"), m_home + QStringLiteral("/.ssh/id_ed25519")}));
    QVERIFY(o.useAgent);
    QCOMPARE(o.authMethods, SessionProfile::defaultMethodOrder());
    QCOMPARE(o.connectTimeoutMs, 15000);
    QCOMPARE(o.keepaliveIntervalSec, 0);
    QVERIFY(!o.compression);
    QVERIFY(o.ciphers.isEmpty() && o.hostKeyAlgorithms.isEmpty() && o.publicKeyAlgorithms.isEmpty());

    p.auth.identityFiles = QStringList{QStringLiteral("~/keys/mine"), QStringLiteral("/abs/key")};
    p.auth.useAgent = false;
    p.auth.methodOrder = QStringList{QStringLiteral("password")};
    p.connection.connectTimeoutSec = 3;
    p.connection.keepaliveIntervalSec = 45;
    p.connection.compression = true;
    p.connection.ciphers = QStringLiteral("aes256-ctr");
    p.connection.macs = QStringLiteral("hmac-sha1");
    p.connection.keyExchangeAlgorithms = QStringLiteral("+diffie-hellman-group1-sha1");
    SessionConnector::Environment e = environment();
    e.knownHostsFile = m_home + QStringLiteral("/kh");
    const ConnectionOptions set = SessionConnector::connectionOptions(p, e);
    QCOMPARE(set.identityFiles, (QStringList{m_home + QStringLiteral("/keys/mine"), QStringLiteral("/abs/key")}));
    QVERIFY(!set.useAgent);
    QCOMPARE(set.authMethods, QStringList{QStringLiteral("password")});
    QCOMPARE(set.connectTimeoutMs, 3000);
    QCOMPARE(set.keepaliveIntervalSec, 45);
    QVERIFY(set.compression);
    QCOMPARE(set.ciphers, QStringLiteral("aes256-ctr"));
    QCOMPARE(set.macs, QStringLiteral("hmac-sha1"));
    QCOMPARE(set.keyExchangeAlgorithms, QStringLiteral("+diffie-hellman-group1-sha1"));
    QCOMPARE(set.knownHostsFile, m_home + QStringLiteral("/kh"));
    QVERIFY(set.password.isEmpty());
}

void TestSessionConnector::sshConfigFillsWhatTheProfileLeavesAtDefaults()
{
    QStringList warnings;
    const ConnectionOptions o =
        SessionConnector::connectionOptions(profileFor(QStringLiteral("alias")), environment(), QString(), &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(o.host, QStringLiteral("real.example.org")); // like `ssh alias`
    QCOMPARE(o.port, quint16(2201));
    QCOMPARE(o.user, QStringLiteral("cfguser"));
    QCOMPARE(o.identityFiles, QStringList{m_home + QStringLiteral("/.ssh/cfg_key")});
    QVERIFY(!o.useAgent); // IdentitiesOnly
    QCOMPARE(o.authMethods, (QStringList{QStringLiteral("password"), QStringLiteral("publickey")}));
    QCOMPARE(o.connectTimeoutMs, 7000);
    QCOMPARE(o.keepaliveIntervalSec, 20);
    QVERIFY(o.compression);
    QCOMPARE(o.ciphers, QStringLiteral("aes128-ctr"));
    QCOMPARE(o.macs, QStringLiteral("hmac-sha2-256"));
    QCOMPARE(o.keyExchangeAlgorithms, QStringLiteral("diffie-hellman-group14-sha256"));
    QCOMPARE(o.hostKeyAlgorithms, QStringLiteral("ssh-ed25519"));
    QCOMPARE(o.knownHostsFile, m_home + QStringLiteral("/.ssh/other_known_hosts"));

    // A host the file says nothing about keeps the defaults.
    const ConnectionOptions other =
        SessionConnector::connectionOptions(profileFor(QStringLiteral("elsewhere.example")), environment());
    QCOMPARE(other.host, QStringLiteral("elsewhere.example"));
    QCOMPARE(other.port, quint16(22));
    QVERIFY(other.user.isEmpty());
    QCOMPARE(other.identityFiles.size(), 2);
    QVERIFY(other.useAgent);
}

void TestSessionConnector::explicitProfileSettingsWinOverSshConfig()
{
    SessionProfile p = profileFor(QStringLiteral("alias"));
    p.port = 2300;
    p.user = QStringLiteral("profileuser");
    p.auth.identityFiles = QStringList{QStringLiteral("/keys/profile_key")};
    p.auth.methodOrder = QStringList{QStringLiteral("keyboard-interactive")};
    p.connection.connectTimeoutSec = 60;
    p.connection.keepaliveIntervalSec = 5;
    p.connection.ciphers = QStringLiteral("chacha20-poly1305@openssh.com");
    p.connection.hostKeyAlgorithms = QStringLiteral("rsa-sha2-512");
    const ConnectionOptions o = SessionConnector::connectionOptions(p, environment());
    QCOMPARE(o.host, QStringLiteral("real.example.org"));
    QCOMPARE(o.port, quint16(2300));
    QCOMPARE(o.user, QStringLiteral("profileuser"));
    QCOMPARE(o.identityFiles, QStringList{QStringLiteral("/keys/profile_key")});
    QCOMPARE(o.authMethods, QStringList{QStringLiteral("keyboard-interactive")});
    QCOMPARE(o.connectTimeoutMs, 60000);
    QCOMPARE(o.keepaliveIntervalSec, 5);
    QCOMPARE(o.ciphers, QStringLiteral("chacha20-poly1305@openssh.com"));
    QCOMPARE(o.hostKeyAlgorithms, QStringLiteral("rsa-sha2-512"));
    // What the profile leaves at its default still comes from the file.
    QCOMPARE(o.macs, QStringLiteral("hmac-sha2-256"));
    QVERIFY(o.compression);
}

void TestSessionConnector::importedSessionKeepsItsHostAndItsBlock()
{
    SessionProfile p = profileFor(QStringLiteral("edited.example.org"));
    p.connection.sshConfigHost = QStringLiteral("alias");
    const ConnectionOptions o = SessionConnector::connectionOptions(p, environment());
    QCOMPARE(o.host, QStringLiteral("edited.example.org"));
    QCOMPARE(o.port, quint16(2201));
    QCOMPARE(o.user, QStringLiteral("cfguser"));
}

void TestSessionConnector::sshConfigCanBeTurnedOff()
{
    SessionProfile p = profileFor(QStringLiteral("alias"));
    SessionConnector::Environment e = environment();
    e.sshConfigFile = QStringLiteral("none");
    ConnectionOptions o = SessionConnector::connectionOptions(p, e);
    QCOMPARE(o.host, QStringLiteral("alias"));
    QCOMPARE(o.port, quint16(22));
    p.connection.useSshConfig = false;
    o = SessionConnector::connectionOptions(p, environment());
    QCOMPARE(o.host, QStringLiteral("alias"));
    QVERIFY(o.user.isEmpty());
    QVERIFY(o.ciphers.isEmpty());
}

void TestSessionConnector::legacySshRsaIsAddedToBothLists_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QStringLiteral("+ssh-rsa");
    QTest::newRow("plain") << QStringLiteral("ssh-ed25519,rsa-sha2-256")
                           << QStringLiteral("ssh-ed25519,rsa-sha2-256,ssh-rsa");
    QTest::newRow("append") << QStringLiteral("+ssh-dss") << QStringLiteral("+ssh-dss,ssh-rsa");
    QTest::newRow("prepend") << QStringLiteral("^ssh-ed25519") << QStringLiteral("^ssh-ed25519,ssh-rsa");
    QTest::newRow("already") << QStringLiteral("ssh-rsa,ssh-ed25519") << QStringLiteral("ssh-rsa,ssh-ed25519");
}

void TestSessionConnector::legacySshRsaIsAddedToBothLists()
{
    QFETCH(QString, list);
    QFETCH(QString, expected);
    bool ok = false;
    QCOMPARE(SessionConnector::withLegacySshRsa(list, &ok), expected);
    QVERIFY(ok);

    SessionProfile p = profileFor(QStringLiteral("old.example"));
    p.connection.useSshConfig = false;
    p.connection.allowLegacySshRsa = true;
    p.connection.hostKeyAlgorithms = list;
    const ConnectionOptions o = SessionConnector::connectionOptions(p, environment());
    QCOMPARE(o.hostKeyAlgorithms, expected);
    QCOMPARE(o.publicKeyAlgorithms, QStringLiteral("+ssh-rsa"));
}

void TestSessionConnector::legacySshRsaWithARemovalListIsReported()
{
    // ssh_config's PubkeyAcceptedAlgorithms "-ssh-dss" cannot also add ssh-rsa.
    SessionProfile p = profileFor(QStringLiteral("alias"));
    p.connection.allowLegacySshRsa = true;
    QStringList warnings;
    const ConnectionOptions o = SessionConnector::connectionOptions(p, environment(), QString(), &warnings);
    QCOMPARE(o.hostKeyAlgorithms, QStringLiteral("ssh-ed25519,ssh-rsa"));
    QCOMPARE(o.publicKeyAlgorithms, QStringLiteral("-ssh-dss"));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(QLatin1String("-ssh-dss")));
}

void TestSessionConnector::shellRequestCarriesTerminalSettings()
{
    SessionProfile p = profileFor(QStringLiteral("h"));
    ChannelRequest r = SessionConnector::shellRequest(p, 160, 50);
    QCOMPARE(r.kind, ChannelRequest::Kind::Shell);
    QVERIFY(r.pty);
    QVERIFY(r.command.isEmpty());
    QCOMPARE(r.terminalType, QByteArray("xterm-256color"));
    QCOMPARE(r.columns, 160);
    QCOMPARE(r.rows, 50);
    QVERIFY(r.environment.isEmpty());

    p.terminal.terminalType = QStringLiteral("vt220");
    p.terminal.remoteCommand = QStringLiteral("tmux attach || tmux");
    p.terminal.environment = {{QStringLiteral("LC_FERRY"), QStringLiteral("\u00e9t\u00e9")},
                              {QStringLiteral("EMPTY"), QString()}};
    r = SessionConnector::prepare(p, environment()).shell;
    QCOMPARE(r.kind, ChannelRequest::Kind::Shell);
    QCOMPARE(r.terminalType, QByteArray("vt220"));
    QCOMPARE(r.command, QStringLiteral("tmux attach || tmux"));
    QCOMPARE(r.environment.size(), 2);
    QCOMPARE(r.environment.at(0).first, QByteArray("LC_FERRY"));
    QCOMPARE(r.environment.at(0).second, QByteArray("\xc3\xa9t\xc3\xa9"));
    QCOMPARE(r.environment.at(1).second, QByteArray());
}

void TestSessionConnector::proxyJumpIsReportedOnce()
{
    SessionProfile p = profileFor(QStringLiteral("h.example"));
    p.connection.proxyJump = QStringLiteral("bastion");
    const SessionConnector::Result result = SessionConnector::prepare(p, environment(), QStringLiteral("pw"));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings.first().contains(QLatin1String("bastion")));
    QCOMPARE(result.options.host, QStringLiteral("h.example"));
    QCOMPARE(result.options.password, QStringLiteral("pw"));
}

void TestSessionConnector::environmentForCurrentUserFollowsHome()
{
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(m_home));
    const SessionConnector::Environment e = SessionConnector::Environment::forCurrentUser();
    qputenv("HOME", oldHome);
    QCOMPARE(e.homeDir, m_home);
    QCOMPARE(e.sshDir, m_home + QStringLiteral("/.ssh"));
    QCOMPARE(e.knownHostsFile, m_home + QStringLiteral("/.ssh/known_hosts"));
    QCOMPARE(e.sshConfigFile, m_home + QStringLiteral("/.ssh/config"));
}

QTEST_GUILESS_MAIN(TestSessionConnector)
#include "tst_sessionconnector.moc"
