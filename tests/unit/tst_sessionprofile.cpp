#include "profiles/SessionProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using ferry::SessionProfile;

namespace {

// A profile with every field away from its default, so a round trip that drops one is caught.
SessionProfile everyFieldSet()
{
    SessionProfile p;
    p.name = QStringLiteral("Web \u00e9t\u00e9 1");
    p.folder = QStringLiteral("Work/Servers");
    p.host = QStringLiteral("2001:db8::1");
    p.port = 2222;
    p.user = QStringLiteral("deploy");
    p.auth.identityFiles = QStringList{QStringLiteral("~/.ssh/id_work"), QStringLiteral("/keys/second key")};
    p.auth.useAgent = false;
    p.auth.methodOrder = QStringList{QStringLiteral("password"), QStringLiteral("publickey")};
    p.auth.rememberPassword = true;
    p.connection.connectTimeoutSec = 42;
    p.connection.keepaliveIntervalSec = 30;
    p.connection.compression = true;
    p.connection.useSshConfig = false;
    p.connection.sshConfigHost = QStringLiteral("web-alias");
    p.connection.hostKeyAlgorithms = QStringLiteral("ssh-ed25519");
    p.connection.keyExchangeAlgorithms = QStringLiteral("curve25519-sha256");
    p.connection.ciphers = QStringLiteral("aes256-gcm@openssh.com");
    p.connection.macs = QStringLiteral("hmac-sha2-512");
    p.connection.publicKeyAlgorithms = QStringLiteral("+rsa-sha2-512");
    p.connection.allowLegacySshRsa = true;
    p.connection.proxyJump = QStringLiteral("jump@bastion:2200");
    p.terminal.fontFamily = QStringLiteral("DejaVu Sans Mono");
    p.terminal.fontSize = 13;
    p.terminal.colorScheme = QStringLiteral("Solarized");
    p.terminal.scrollbackLines = 50000;
    p.terminal.terminalType = QStringLiteral("vt100");
    p.terminal.backspace = SessionProfile::BackspaceKey::ControlH;
    p.terminal.remoteCommand = QStringLiteral("tmux new -A -s main");
    p.terminal.environment = {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                              {QStringLiteral("EMPTY"), QString()}};
    p.terminal.onExit = SessionProfile::OnExit::KeepOpen;
    p.terminal.logFile = QStringLiteral("/var/log/ferry/web.log");
    p.notes = QStringLiteral("line one\nline \"two\"");
    return p;
}

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestSessionProfile : public QObject {
    Q_OBJECT

private slots:
    void defaultsAreThoseOfANewSession();
    void everyFieldSurvivesARoundTrip();
    void everyEnumValueSurvivesARoundTrip();
    void missingFieldsTakeDefaults();
    void invalidValuesAreReportedAndTheRestIsKept();
    void unknownKeysAreReported();
    void invalidIdGetsAFreshOne();
    void folderIsNormalized();
    void secretAccountAndAddress();
    void validateNamesEachProblem();
    void passwordIsNeverSerialized();
};

void TestSessionProfile::defaultsAreThoseOfANewSession()
{
    const SessionProfile p;
    QVERIFY(!p.id.isNull());
    QVERIFY(SessionProfile().id != p.id);
    QCOMPARE(p.port, quint16(22));
    QCOMPARE(p.auth.methodOrder, (QStringList{QStringLiteral("publickey"), QStringLiteral("keyboard-interactive"),
                                              QStringLiteral("password")}));
    QVERIFY(p.auth.useAgent);
    QVERIFY(!p.auth.rememberPassword);
    QCOMPARE(p.terminal.scrollbackLines, 10000);
    QCOMPARE(p.terminal.terminalType, QStringLiteral("xterm-256color"));
    QCOMPARE(p.terminal.backspace, SessionProfile::BackspaceKey::Delete);
    QCOMPARE(p.terminal.onExit, SessionProfile::OnExit::CloseIfClean);
    QCOMPARE(p.connection.connectTimeoutSec, 15);
    QVERIFY(p.connection.useSshConfig);
    QVERIFY(!p.connection.allowLegacySshRsa);
}

void TestSessionProfile::everyFieldSurvivesARoundTrip()
{
    const SessionProfile original = everyFieldSet();
    // Through bytes, as the file does.
    const QByteArray bytes = QJsonDocument(original.toJson()).toJson();
    QStringList problems;
    const SessionProfile read = SessionProfile::fromJson(QJsonDocument::fromJson(bytes).object(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(read.id, original.id);
    QCOMPARE(read.name, original.name);
    QCOMPARE(read.folder, original.folder);
    QCOMPARE(read.host, original.host);
    QCOMPARE(read.port, original.port);
    QCOMPARE(read.user, original.user);
    QVERIFY(read.auth == original.auth);
    QVERIFY(read.connection == original.connection);
    QCOMPARE(read.terminal.environment.size(), 2);
    QCOMPARE(read.terminal.environment.at(1).name, QStringLiteral("EMPTY"));
    QVERIFY(read.terminal == original.terminal);
    QCOMPARE(read.notes, original.notes);
    QVERIFY(read == original);

    // A round trip of the defaults stays at the defaults, too.
    const SessionProfile plain;
    QVERIFY(SessionProfile::fromJson(plain.toJson()) == plain);
}

void TestSessionProfile::everyEnumValueSurvivesARoundTrip()
{
    for (const auto key : {SessionProfile::BackspaceKey::Delete, SessionProfile::BackspaceKey::ControlH}) {
        for (const auto onExit : {SessionProfile::OnExit::CloseIfClean, SessionProfile::OnExit::AlwaysClose,
                                  SessionProfile::OnExit::KeepOpen}) {
            SessionProfile p;
            p.terminal.backspace = key;
            p.terminal.onExit = onExit;
            QStringList problems;
            const SessionProfile read = SessionProfile::fromJson(p.toJson(), &problems);
            QVERIFY(problems.isEmpty());
            QCOMPARE(read.terminal.backspace, key);
            QCOMPARE(read.terminal.onExit, onExit);
        }
    }
}

void TestSessionProfile::missingFieldsTakeDefaults()
{
    QStringList problems;
    const SessionProfile p = SessionProfile::fromJson(
        parse(R"({"id": "6f1c1f5e-8e3a-4c39-9a43-1b2fb5e0c001", "name": "tiny", "host": "example.org"})"), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(p.id, QUuid::fromString(QStringLiteral("6f1c1f5e-8e3a-4c39-9a43-1b2fb5e0c001")));
    QCOMPARE(p.name, QStringLiteral("tiny"));
    QCOMPARE(p.host, QStringLiteral("example.org"));
    SessionProfile expected(p.id);
    expected.name = p.name;
    expected.host = p.host;
    QVERIFY(p == expected);
}

void TestSessionProfile::invalidValuesAreReportedAndTheRestIsKept()
{
    QStringList problems;
    const SessionProfile p = SessionProfile::fromJson(parse(R"({
        "name": "broken", "host": "h.example", "port": 70000, "user": 5,
        "authentication": {"useAgent": "yes", "methodOrder": ["password", "gssapi-with-mic", "password"],
                           "identityFiles": ["~/.ssh/a", 3]},
        "connection": {"connectTimeoutSec": 0, "keepaliveIntervalSec": 2.5, "compression": true},
        "terminal": {"scrollbackLines": 1234, "backspace": "meta", "onExit": "keep-open",
                     "environment": [{"name": "A", "value": "1"}, {"value": "nameless"}, "x"]}
    })"),
                                                      &problems);
    QCOMPARE(p.name, QStringLiteral("broken"));
    QCOMPARE(p.host, QStringLiteral("h.example"));
    QCOMPARE(p.port, quint16(22));
    QCOMPARE(p.user, QString());
    QVERIFY(p.auth.useAgent);
    QCOMPARE(p.auth.methodOrder, QStringList{QStringLiteral("password")});
    QCOMPARE(p.auth.identityFiles, QStringList{QStringLiteral("~/.ssh/a")});
    QCOMPARE(p.connection.connectTimeoutSec, 15);
    QCOMPARE(p.connection.keepaliveIntervalSec, 0);
    QVERIFY(p.connection.compression);
    QCOMPARE(p.terminal.scrollbackLines, 1234);
    QCOMPARE(p.terminal.backspace, SessionProfile::BackspaceKey::Delete);
    QCOMPARE(p.terminal.onExit, SessionProfile::OnExit::KeepOpen);
    QCOMPARE(p.terminal.environment.size(), 1);

    const QString all = problems.join(QLatin1Char('\n'));
    QVERIFY2(problems.size() >= 10, qPrintable(all));
    for (const char* word : {"port", "70000", "user", "useAgent", "gssapi-with-mic", "identityFiles",
                             "connectTimeoutSec", "keepaliveIntervalSec", "meta", "environment variable"}) {
        QVERIFY2(all.contains(QLatin1String(word)), word);
    }
    for (const QString& problem : problems) {
        QVERIFY2(problem.contains(QLatin1String("\"broken\"")), qPrintable(problem)); // names the session
    }
}

void TestSessionProfile::unknownKeysAreReported()
{
    QStringList problems;
    const SessionProfile p = SessionProfile::fromJson(
        parse(R"({"name": "n", "host": "h", "colour": "red", "terminal": {"blink": true, "fontSize": 11}})"),
        &problems);
    QCOMPARE(p.terminal.fontSize, 11);
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.join(QLatin1Char(' ')).contains(QLatin1String("colour")));
    QVERIFY(problems.join(QLatin1Char(' ')).contains(QLatin1String("blink")));
}

void TestSessionProfile::invalidIdGetsAFreshOne()
{
    QStringList problems;
    const SessionProfile bad = SessionProfile::fromJson(parse(R"({"id": "not-a-uuid", "name": "x"})"), &problems);
    QVERIFY(!bad.id.isNull());
    QCOMPARE(problems.size(), 1);
    problems.clear();
    const SessionProfile missing = SessionProfile::fromJson(parse(R"({"name": "x"})"), &problems);
    QVERIFY(!missing.id.isNull());
    QVERIFY(problems.isEmpty());
}

void TestSessionProfile::folderIsNormalized()
{
    QCOMPARE(SessionProfile::normalizedFolder(QStringLiteral(" Work //Servers/ ")), QStringLiteral("Work/Servers"));
    QCOMPARE(SessionProfile::normalizedFolder(QStringLiteral("/")), QString());
    const SessionProfile p = SessionProfile::fromJson(parse(R"({"name": "x", "folder": "/a//b/"})"));
    QCOMPARE(p.folder, QStringLiteral("a/b"));
    QCOMPARE(p.path(), QStringLiteral("a/b/x"));
}

void TestSessionProfile::secretAccountAndAddress()
{
    SessionProfile p(QUuid::fromString(QStringLiteral("{6f1c1f5e-8e3a-4c39-9a43-1b2fb5e0c001}")));
    QCOMPARE(p.secretAccount(), QStringLiteral("ferry:6f1c1f5e-8e3a-4c39-9a43-1b2fb5e0c001"));
    p.host = QStringLiteral("example.org");
    QCOMPARE(p.addressText(), QStringLiteral("example.org:22"));
    p.user = QStringLiteral("me");
    p.host = QStringLiteral("::1");
    p.port = 2200;
    QCOMPARE(p.addressText(), QStringLiteral("me@[::1]:2200"));
}

void TestSessionProfile::validateNamesEachProblem()
{
    SessionProfile p;
    p.name = QStringLiteral("ok");
    p.host = QStringLiteral("example.org");
    QVERIFY(p.validate().isEmpty());
    p.host = QStringLiteral("  ");
    p.port = 0;
    QCOMPARE(p.validate().size(), 2);
    p.host = QStringLiteral("me@example.org");
    p.port = 22;
    QCOMPARE(p.validate().size(), 1);
    p.host = QStringLiteral("example.org");
    p.auth.methodOrder.clear();
    p.terminal.environment = {{QStringLiteral("A=B"), QStringLiteral("c")}};
    QCOMPARE(p.validate().size(), 2);
}

void TestSessionProfile::passwordIsNeverSerialized()
{
    SessionProfile p = everyFieldSet();
    const QByteArray json = QJsonDocument(p.toJson()).toJson();
    QVERIFY(!json.toLower().contains("\"password\":"));
    QVERIFY(json.contains("\"rememberPassword\": true"));
}

QTEST_GUILESS_MAIN(TestSessionProfile)
#include "tst_sessionprofile.moc"
