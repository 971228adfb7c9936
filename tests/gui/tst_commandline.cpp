#include "CommandLine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using ferry::CommandLine;

class TestCommandLine : public QObject {
    Q_OBJECT
private slots:
    void init();
    void defaultsComeFromTheSshDirectory();
    void scriptStyleInvocation();
    void optionsBeatTheDestination();
    void destinations_data();
    void destinations();
    void errors_data();
    void errors();
    void sshUrls_data();
    void sshUrls();
    void sshUrlErrors_data();
    void sshUrlErrors();
    void sshUrlPasswordIsNotEchoed();
    void optionsBeatTheUrl();
    void savedSession();
    void savedSessionErrors_data();
    void savedSessionErrors();
    void helpAndVersion();
    void noDestinationOpensAnEmptyWindow();
    void sshConfigAppliesUnderTheCommandLine();

private:
    CommandLine::Result parse(const QStringList& arguments)
    {
        return CommandLine::parse(QStringList{QStringLiteral("ferry")} + arguments, m_home->path(),
                                  QStringLiteral("localuser"));
    }

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCommandLine::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestCommandLine::defaultsComeFromTheSshDirectory()
{
    const QString sshDir = m_home->filePath(QStringLiteral(".ssh"));
    QVERIFY(QDir().mkpath(sshDir));
    for (const char* name : {"id_rsa", "id_ed25519"}) {
        QFile key(sshDir + QLatin1Char('/') + QLatin1String(name));
        QVERIFY(key.open(QIODevice::WriteOnly));
    }

    const CommandLine::Result result = parse({QStringLiteral("example.org")});
    QCOMPARE(result.action, CommandLine::Action::Run);
    QVERIFY(result.hasDestination);
    QCOMPARE(result.options.host, QStringLiteral("example.org"));
    QCOMPARE(result.options.port, quint16(22));
    QCOMPARE(result.options.user, QStringLiteral("localuser"));
    QCOMPARE(result.options.sshDir, sshDir);
    QCOMPARE(result.options.knownHostsFile, sshDir + QStringLiteral("/known_hosts"));
    // In OpenSSH's order, only those that exist.
    QCOMPARE(result.options.identityFiles,
             QStringList({sshDir + QStringLiteral("/id_rsa"), sshDir + QStringLiteral("/id_ed25519")}));
    QVERIFY(result.screenshotPath.isEmpty());
}

void TestCommandLine::scriptStyleInvocation()
{
    const CommandLine::Result result =
        parse({QStringLiteral("-p"), QStringLiteral("40222"), QStringLiteral("-l"), QStringLiteral("tester"),
               QStringLiteral("-i"), QStringLiteral("/keys/a"), QStringLiteral("-i"), QStringLiteral("/keys/b"),
               QStringLiteral("--known-hosts"), QStringLiteral("/sandbox/known_hosts"), QStringLiteral("--ssh-dir"),
               QStringLiteral("/sandbox/ssh"), QStringLiteral("127.0.0.1"), QStringLiteral("--screenshot"),
               QStringLiteral("/out/shot.png"), QStringLiteral("--quit-after-screenshot")});
    QCOMPARE(result.action, CommandLine::Action::Run);
    QCOMPARE(result.options.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(result.options.port, quint16(40222));
    QCOMPARE(result.options.user, QStringLiteral("tester"));
    QCOMPARE(result.options.identityFiles, QStringList({QStringLiteral("/keys/a"), QStringLiteral("/keys/b")}));
    QCOMPARE(result.options.knownHostsFile, QStringLiteral("/sandbox/known_hosts"));
    QCOMPARE(result.options.sshDir, QStringLiteral("/sandbox/ssh"));
    QCOMPARE(result.screenshotPath, QStringLiteral("/out/shot.png"));
    QVERIFY(result.quitAfterScreenshot);
}

void TestCommandLine::optionsBeatTheDestination()
{
    const CommandLine::Result result =
        parse({QStringLiteral("-l"), QStringLiteral("bob"), QStringLiteral("-p2200"), QStringLiteral("alice@host:2222"),
               QStringLiteral("--known-hosts=~/kh")});
    QCOMPARE(result.action, CommandLine::Action::Run);
    QCOMPARE(result.options.user, QStringLiteral("bob"));
    QCOMPARE(result.options.port, quint16(2200));
    QCOMPARE(result.options.knownHostsFile, m_home->filePath(QStringLiteral("kh")));
}

void TestCommandLine::destinations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("host") << "example.org" << "localuser" << "example.org" << 22;
    QTest::newRow("user@host") << "alice@example.org" << "alice" << "example.org" << 22;
    QTest::newRow("host:port") << "example.org:2222" << "localuser" << "example.org" << 2222;
    QTest::newRow("user@host:port") << "alice@10.0.0.1:2022" << "alice" << "10.0.0.1" << 2022;
    QTest::newRow("user with @") << "alice@corp@jump.example.org" << "alice@corp" << "jump.example.org" << 22;
    QTest::newRow("ipv6") << "::1" << "localuser" << "::1" << 22;
    QTest::newRow("[ipv6]:port") << "alice@[fe80::1]:2222" << "alice" << "fe80::1" << 2222;
    QTest::newRow("[ipv6]") << "[::1]" << "localuser" << "::1" << 22;
}

void TestCommandLine::destinations()
{
    QFETCH(QString, text);
    const CommandLine::Result result = parse({text});
    QVERIFY2(result.action == CommandLine::Action::Run, qPrintable(result.error));
    QTEST(result.options.user, "user");
    QTEST(result.options.host, "host");
    QTEST(int(result.options.port), "port");
}

void TestCommandLine::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("host")};
    QTest::newRow("unknown short option") << QStringList{QStringLiteral("-Z"), QStringLiteral("host")};
    QTest::newRow("missing value") << QStringList{QStringLiteral("host"), QStringLiteral("-p")};
    QTest::newRow("port not a number")
        << QStringList{QStringLiteral("-p"), QStringLiteral("ssh"), QStringLiteral("host")};
    QTest::newRow("port zero") << QStringList{QStringLiteral("host:0")};
    QTest::newRow("port too large") << QStringList{QStringLiteral("host:65536")};
    QTest::newRow("empty port") << QStringList{QStringLiteral("host:")};
    QTest::newRow("no user before @") << QStringList{QStringLiteral("@host")};
    QTest::newRow("no host") << QStringList{QStringLiteral("alice@")};
    QTest::newRow("bad brackets") << QStringList{QStringLiteral("[::1")};
    QTest::newRow("two destinations") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("quit without screenshot")
        << QStringList{QStringLiteral("--quit-after-screenshot"), QStringLiteral("a")};
    QTest::newRow("port without destination") << QStringList{QStringLiteral("-p"), QStringLiteral("22")};
}

void TestCommandLine::errors()
{
    QFETCH(QStringList, arguments);
    const CommandLine::Result result = parse(arguments);
    QCOMPARE(result.action, CommandLine::Action::Error);
    QVERIFY(!result.error.isEmpty());
}

void TestCommandLine::sshUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("host") << "ssh://example.org" << "localuser" << "example.org" << 22;
    QTest::newRow("user@host:port") << "ssh://alice@example.org:2222" << "alice" << "example.org" << 2222;
    QTest::newRow("[ipv6]:port") << "ssh://[::1]:2222" << "localuser" << "::1" << 2222;
    QTest::newRow("user@[ipv6]") << "ssh://alice@[fe80::1]" << "alice" << "fe80::1" << 22;
    QTest::newRow("percent-encoded @ in user")
        << "ssh://alice%40corp@jump.example.org" << "alice@corp" << "jump.example.org" << 22;
    QTest::newRow("percent-encoded UTF-8 user") << "ssh://j%C3%BCrgen@host" << QStringLiteral("j\u00fcrgen") << "host"
                                               << 22;
    QTest::newRow("trailing slash") << "ssh://alice@host:2200/" << "alice" << "host" << 2200;
    QTest::newRow("upper-case scheme") << "SSH://host" << "localuser" << "host" << 22;
}

void TestCommandLine::sshUrls()
{
    QFETCH(QString, text);
    const CommandLine::Result result = parse({text});
    QVERIFY2(result.action == CommandLine::Action::Run, qPrintable(result.error));
    QVERIFY(result.hasDestination);
    QTEST(result.options.user, "user");
    QTEST(result.options.host, "host");
    QTEST(int(result.options.port), "port");
}

void TestCommandLine::sshUrlErrors_data()
{
    QTest::addColumn<QString>("text");
    // What the message must name so the user sees what was wrong.
    QTest::addColumn<QString>("mentions");
    QTest::newRow("sftp scheme") << "sftp://host" << "sftp://";
    QTest::newRow("http scheme") << "http://host/" << "http://";
    QTest::newRow("path") << "ssh://host/etc/passwd" << "ssh://host/etc/passwd";
    QTest::newRow("query") << "ssh://host?cmd=ls" << "ssh://host?cmd=ls";
    QTest::newRow("fragment") << "ssh://host#x" << "ssh://host#x";
    QTest::newRow("connection parameters") << "ssh://alice;fingerprint=ssh-ed25519-AAAA@host" << ";";
    QTest::newRow("no host") << "ssh://" << "ssh://";
    QTest::newRow("user but no host") << "ssh://alice@" << "ssh://alice@";
    QTest::newRow("port zero") << "ssh://host:0" << "ssh://host:0";
    QTest::newRow("port too large") << "ssh://host:65536" << "ssh://host:65536";
    QTest::newRow("port not a number") << "ssh://host:ssh" << "ssh://host:ssh";
    QTest::newRow("@ but no user") << "ssh://@host" << "ssh://@host";
    QTest::newRow("unencoded @ in user") << "ssh://alice@corp@host" << "%40";
    QTest::newRow("unclosed bracket") << "ssh://[::1:22" << "ssh://[::1:22";
    QTest::newRow("space in host") << "ssh://exa mple.org" << "ssh://exa mple.org";
}

void TestCommandLine::sshUrlErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const CommandLine::Result result = parse({text});
    QCOMPARE(result.action, CommandLine::Action::Error);
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
}

void TestCommandLine::sshUrlPasswordIsNotEchoed()
{
    const CommandLine::Result result = parse({QStringLiteral("ssh://alice:s3cret@host")});
    QCOMPARE(result.action, CommandLine::Action::Error);
    QVERIFY2(result.error.contains(QLatin1String("password")), qPrintable(result.error));
    QVERIFY2(!result.error.contains(QLatin1String("s3cret")), qPrintable(result.error));
}

void TestCommandLine::optionsBeatTheUrl()
{
    const CommandLine::Result result = parse({QStringLiteral("-p"), QStringLiteral("2200"), QStringLiteral("-l"),
                                              QStringLiteral("bob"), QStringLiteral("ssh://alice@host:2222")});
    QCOMPARE(result.action, CommandLine::Action::Run);
    QCOMPARE(result.options.user, QStringLiteral("bob"));
    QCOMPARE(result.options.port, quint16(2200));
}

void TestCommandLine::savedSession()
{
    const CommandLine::Result result = parse({QStringLiteral("--session"), QStringLiteral("Local sandbox")});
    QCOMPARE(result.action, CommandLine::Action::Run);
    QCOMPARE(result.sessionName, QStringLiteral("Local sandbox"));
    QVERIFY(!result.hasDestination);

    QCOMPARE(parse({QStringLiteral("--session=web/prod")}).sessionName, QStringLiteral("web/prod"));
    QVERIFY(parse({QStringLiteral("host")}).sessionName.isEmpty());
}

void TestCommandLine::savedSessionErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("with a destination")
        << QStringList{QStringLiteral("--session"), QStringLiteral("web"), QStringLiteral("alice@host")} << "--session";
    QTest::newRow("with a URL")
        << QStringList{QStringLiteral("ssh://host"), QStringLiteral("--session"), QStringLiteral("web")} << "--session";
    QTest::newRow("with -p") << QStringList{QStringLiteral("--session"), QStringLiteral("web"), QStringLiteral("-p"),
                                            QStringLiteral("22")}
                             << "-p";
    QTest::newRow("empty name") << QStringList{QStringLiteral("--session=")} << "--session";
    QTest::newRow("blank name") << QStringList{QStringLiteral("--session"), QStringLiteral("  ")} << "--session";
    QTest::newRow("no name") << QStringList{QStringLiteral("--session")} << "session";
}

void TestCommandLine::savedSessionErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CommandLine::Result result = parse(arguments);
    QCOMPARE(result.action, CommandLine::Action::Error);
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
}

void TestCommandLine::helpAndVersion()
{
    const CommandLine::Result help = parse({QStringLiteral("--help")});
    QCOMPARE(help.action, CommandLine::Action::ShowHelp);
    for (const char* option : {"--port", "--login", "--identity", "--session", "--known-hosts", "--ssh-dir",
                               "--screenshot", "--quit-after-screenshot", "--version", "ssh://"}) {
        QVERIFY2(help.helpText.contains(QLatin1String(option)), option);
    }
    QCOMPARE(parse({QStringLiteral("--version")}).action, CommandLine::Action::ShowVersion);
}

void TestCommandLine::noDestinationOpensAnEmptyWindow()
{
    const CommandLine::Result result = parse({});
    QCOMPARE(result.action, CommandLine::Action::Run);
    QVERIFY(!result.hasDestination);
}

void TestCommandLine::sshConfigAppliesUnderTheCommandLine()
{
    const QString sshDir = m_home->filePath(QStringLiteral(".ssh"));
    QVERIFY(QDir().mkpath(sshDir));
    QFile config(sshDir + QStringLiteral("/config"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("Host box\n  HostName box.example.org\n  Port 2201\n  User boxuser\n"
                 "  IdentityFile ~/.ssh/box_key\n  ServerAliveInterval 15\n  ConnectTimeout 7\n"
                 "Host *\n  Port 2299\n  Compression yes\n");
    config.close();

    CommandLine::Result r = parse({QStringLiteral("box")});
    QCOMPARE(r.action, CommandLine::Action::Run);
    QCOMPARE(r.options.host, QStringLiteral("box.example.org"));
    QCOMPARE(r.options.port, quint16(2201));
    QCOMPARE(r.options.user, QStringLiteral("boxuser"));
    QCOMPARE(r.options.identityFiles, QStringList{sshDir + QStringLiteral("/box_key")});
    QCOMPARE(r.options.keepaliveIntervalSec, 15);
    QCOMPARE(r.options.connectTimeoutMs, 7000);
    QVERIFY(r.options.compression);

    // The command line wins, as with ssh.
    r = parse({QStringLiteral("-p"), QStringLiteral("2022"), QStringLiteral("-i"), QStringLiteral("/k/first"),
               QStringLiteral("other@box")});
    QCOMPARE(r.options.port, quint16(2022));
    QCOMPARE(r.options.user, QStringLiteral("other"));
    QCOMPARE(r.options.identityFiles, (QStringList{QStringLiteral("/k/first"), sshDir + QStringLiteral("/box_key")}));

    // Wildcard defaults apply to hosts without a block of their own; -F none reads nothing.
    r = parse({QStringLiteral("elsewhere")});
    QCOMPARE(r.options.host, QStringLiteral("elsewhere"));
    QCOMPARE(r.options.port, quint16(2299));
    r = parse({QStringLiteral("-F"), QStringLiteral("none"), QStringLiteral("box")});
    QCOMPARE(r.options.host, QStringLiteral("box"));
    QCOMPARE(r.options.port, quint16(22));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
