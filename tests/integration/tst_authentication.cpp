// Authentication methods against a real OpenSSH sshd: agent, passphrase-protected keys, password,
// keyboard-interactive through PAM, and public key followed by keyboard-interactive.
#include "ScriptedClient.h"
#include "SshAgent.h"
#include "SshdFixture.h"
#include "TestHome.h"

#include <QTest>

using namespace ferry;
using namespace ferry::test;

namespace {

const QString TestUser = QStringLiteral("ferrytest");
const QString TestPassword = QStringLiteral("Ferry-test-pw-1");

} // namespace

class TestAuthentication : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void agentLogin();
    void passphraseKey_data();
    void passphraseKey();
    void wrongPassphraseEveryTime();
    void corruptKeyFileIsReported();
    void passwordLogin();
    void wrongPasswordThenRight();
    void rememberedPasswordIsOfferedOnce();
    void keyboardInteractiveLogin();
    void publicKeyThenKeyboardInteractive();
    void cancelledPromptEndsLogin();

private:
    bool startPamServer(SshdFixture& sshd, const QStringList& extra = {});
    SshdFixture m_sshd;
};

void TestAuthentication::initTestCase()
{
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    QString why;
    // Password and keyboard-interactive logins need a real user with a password (root creates it).
    QVERIFY2(SshdFixture::ensureUser(TestUser, TestPassword, &why),
             qPrintable(QStringLiteral("password and keyboard-interactive tests impossible: ") + why));
}

bool TestAuthentication::startPamServer(SshdFixture& sshd, const QStringList& extra)
{
    SshdFixture::Config config;
    config.usePam = true;
    config.passwordAuthentication = true;
    config.kbdInteractiveAuthentication = true;
    config.extraLines = extra;
    return sshd.start(config);
}

void TestAuthentication::agentLogin()
{
    TestHome home;
    SshAgent agent;
    QString error;
    QVERIFY2(agent.start(&error), qPrintable(error));
    const QString key = home.path() + QStringLiteral("/agent_key");
    QVERIFY(TestHome::generateKey(key, QStringLiteral("ed25519")));
    QVERIFY(m_sshd.authorize(key + QStringLiteral(".pub")));
    QVERIFY2(agent.add(key, &error), qPrintable(error));
    QFile::remove(key); // only the agent holds it now

    ConnectionOptions options = m_sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    options.identityFiles.clear();
    options.useAgent = true;
    options.agentSocket = agent.socketPath();
    ScriptedClient client(options);
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    QCOMPARE(client.connection()->authenticatedWith(), QStringList{QStringLiteral("publickey")});
    QVERIFY(client.prompts.isEmpty());
    QVERIFY(client.connection()->log()->contains(QStringLiteral("agent")));
}

void TestAuthentication::passphraseKey_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("format");
    QTest::newRow("ed25519 openssh") << QStringLiteral("ed25519") << QString();
    QTest::newRow("rsa pem") << QStringLiteral("rsa") << QStringLiteral("PEM");
    QTest::newRow("ecdsa pkcs8") << QStringLiteral("ecdsa") << QStringLiteral("PKCS8");
}

void TestAuthentication::passphraseKey()
{
    QFETCH(QString, type);
    QFETCH(QString, format);
    TestHome home;
    const QString key = home.sshDir() + QStringLiteral("/id_") + type;
    QVERIFY(TestHome::generateKey(key, type, QStringLiteral("correct horse"), format));
    QVERIFY(m_sshd.authorize(key + QStringLiteral(".pub")));
    ConnectionOptions options = m_sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    options.identityFiles = QStringList{key};
    ScriptedClient client(options);
    client.answers << QStringList{QStringLiteral("wrong horse")} << QStringList{QStringLiteral("correct horse")};
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    QCOMPARE(client.prompts.size(), 2);
    QCOMPARE(client.prompts.at(0).kind, AuthPrompt::Kind::Passphrase);
    QCOMPARE(client.prompts.at(0).keyFile, key);
    QCOMPARE(client.prompts.at(0).attempt, 1);
    QCOMPARE(client.prompts.at(1).attempt, 2);
    QVERIFY(!client.prompts.at(0).fields.first().echo);
    QCOMPARE(client.connection()->authenticatedWith(), QStringList{QStringLiteral("publickey")});
}

void TestAuthentication::wrongPassphraseEveryTime()
{
    TestHome home;
    const QString key = home.sshDir() + QStringLiteral("/id_ed25519");
    QVERIFY(TestHome::generateKey(key, QStringLiteral("ed25519"), QStringLiteral("secret")));
    QVERIFY(m_sshd.authorize(key + QStringLiteral(".pub")));
    ConnectionOptions options = m_sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    options.identityFiles = QStringList{key};
    ScriptedClient client(options);
    for (int i = 0; i < 3; ++i) {
        client.answers << QStringList{QStringLiteral("nope")};
    }
    QVERIFY(!client.connectAndWait());
    QCOMPARE(client.prompts.size(), 3);
    QCOMPARE(client.error().kind, ConnectionError::Kind::AuthenticationFailed);
    QVERIFY2(client.error().message.contains(QLatin1String("passphrase")), qPrintable(client.error().message));
    QVERIFY2(client.error().message.contains(QLatin1String("The server accepts: publickey")),
             qPrintable(client.error().message));
}

void TestAuthentication::corruptKeyFileIsReported()
{
    TestHome home;
    const QString key = home.sshDir() + QStringLiteral("/id_broken");
    QFile file(key);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN OPENSSH PRIVATE KEY-----\nnot base64 at all \x01\x02\n");
    file.close();
    ConnectionOptions options = m_sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    options.identityFiles = QStringList{key};
    ScriptedClient client(options);
    QVERIFY(!client.connectAndWait());
    QCOMPARE(client.error().kind, ConnectionError::Kind::AuthenticationFailed);
    QVERIFY2(client.error().message.contains(key), qPrintable(client.error().message));
    QVERIFY(client.prompts.isEmpty());
}

void TestAuthentication::passwordLogin()
{
    TestHome home;
    SshdFixture sshd;
    SshdFixture::Config config;
    config.usePam = true;
    config.passwordAuthentication = true;
    QVERIFY2(sshd.start(config), qPrintable(sshd.errorString()));
    ConnectionOptions options = sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    options.user = TestUser;
    options.identityFiles.clear();
    ScriptedClient client(options);
    client.answers << QStringList{TestPassword};
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    QCOMPARE(client.prompts.size(), 1);
    QCOMPARE(client.prompts.first().kind, AuthPrompt::Kind::Password);
    QCOMPARE(client.connection()->authenticatedWith(), QStringList{QStringLiteral("password")});
    QCOMPARE(client.exec(QStringLiteral("id -un")).out, QByteArray("ferrytest\n"));
}

void TestAuthentication::wrongPasswordThenRight()
{
    TestHome home;
    SshdFixture sshd;
    SshdFixture::Config config;
    config.usePam = true;
    config.passwordAuthentication = true;
    QVERIFY2(sshd.start(config), qPrintable(sshd.errorString()));
    ConnectionOptions options = sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    options.user = TestUser;
    options.identityFiles.clear();
    options.authMethods = QStringList{QStringLiteral("password")};
    ScriptedClient client(options);
    client.answers << QStringList{QStringLiteral("bad")} << QStringList{TestPassword};
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    QCOMPARE(client.prompts.size(), 2);
    QCOMPARE(client.prompts.at(1).attempt, 2);
}

void TestAuthentication::rememberedPasswordIsOfferedOnce()
{
    TestHome home;
    SshdFixture sshd;
    QVERIFY2(startPamServer(sshd), qPrintable(sshd.errorString()));
    ConnectionOptions options = sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    options.user = TestUser;
    options.identityFiles.clear();
    options.password = TestPassword;
    ScriptedClient good(options);
    QVERIFY2(good.connectAndWait(), qPrintable(good.error().message));
    QVERIFY(good.prompts.isEmpty());

    // A stale remembered password: refused once, then the user is asked.
    options.password = QStringLiteral("stale");
    options.authMethods = QStringList{QStringLiteral("password")};
    ScriptedClient stale(options);
    stale.answers << QStringList{TestPassword};
    QVERIFY2(stale.connectAndWait(), qPrintable(stale.error().message));
    QCOMPARE(stale.prompts.size(), 1);
    QCOMPARE(stale.prompts.first().attempt, 2);
}

void TestAuthentication::keyboardInteractiveLogin()
{
    TestHome home;
    SshdFixture sshd;
    QVERIFY2(startPamServer(sshd), qPrintable(sshd.errorString()));
    ConnectionOptions options = sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    options.user = TestUser;
    options.identityFiles.clear();
    ScriptedClient client(options);
    client.answers << QStringList{TestPassword};
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    QCOMPARE(client.prompts.size(), 1);
    QCOMPARE(client.prompts.first().kind, AuthPrompt::Kind::KeyboardInteractive);
    QCOMPARE(client.prompts.first().fields.size(), 1);
    QVERIFY(client.prompts.first().fields.first().text.contains(QLatin1String("assword")));
    QVERIFY(!client.prompts.first().fields.first().echo);
    QCOMPARE(client.connection()->authenticatedWith(), QStringList{QStringLiteral("keyboard-interactive")});
}

void TestAuthentication::publicKeyThenKeyboardInteractive()
{
    TestHome home;
    SshdFixture sshd;
    QVERIFY2(startPamServer(sshd, {QStringLiteral("AuthenticationMethods publickey,keyboard-interactive")}),
             qPrintable(sshd.errorString()));
    // The test user logs in with the fixture's key (AuthorizedKeysFile is shared) and then its password.
    ConnectionOptions options = sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    options.user = TestUser;
    ScriptedClient client(options);
    client.answers << QStringList{TestPassword};
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    QCOMPARE(client.connection()->authenticatedWith(),
             (QStringList{QStringLiteral("publickey"), QStringLiteral("keyboard-interactive")}));
    QCOMPARE(client.prompts.size(), 1);
    QVERIFY(sshd.log().contains(QLatin1String("Partial publickey")) || sshd.log().contains(QLatin1String("partial")));
}

void TestAuthentication::cancelledPromptEndsLogin()
{
    TestHome home;
    SshdFixture sshd;
    QVERIFY2(startPamServer(sshd), qPrintable(sshd.errorString()));
    ConnectionOptions options = sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    options.user = TestUser;
    options.identityFiles.clear();
    ScriptedClient client(options); // no answers: the first prompt is cancelled
    QVERIFY(!client.connectAndWait());
    QCOMPARE(client.error().kind, ConnectionError::Kind::AuthenticationCancelled);
    QCOMPARE(client.prompts.size(), 1);
}

QTEST_GUILESS_MAIN(TestAuthentication)
#include "tst_authentication.moc"
