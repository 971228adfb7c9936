// "Install on server" through the key manager against a real sshd: the key lands in the login's
// ~/.ssh/authorized_keys (made 0700/0600), a second install says it is already there, a fresh login with only that
// key then succeeds, also in a terminal tab; and a session that cannot connect is said plainly.
#include "../unit/tst_keyhelpers.h"

#include "AuthPromptDialog.h"
#include "ConnectionTab.h"
#include "GuiTestHelpers.h"
#include "HostKeyDialog.h"
#include "ScriptedClient.h"
#include "SshdFixture.h"
#include "TerminalView.h"
#include "TestHome.h"
#include "keys/InstallConnector.h"
#include "keys/InstallKeyDialog.h"
#include "keys/KeyManagerDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

class TestKeyManagerInstall : public QObject {
    Q_OBJECT
private slots:
    void installThenLogin();
    void installAsksTheHostKeyQuestion();

private:
    bool startServer();
    QString remoteKeys() const { return m_remoteHome.filePath(QStringLiteral(".ssh/authorized_keys")); }
    InstallKeyDialog* openInstall(KeyManagerDialog* manager, const QString& key);

    SshdFixture m_sshd;
    QTemporaryDir m_remoteHome;
};

InstallKeyDialog* TestKeyManagerInstall::openInstall(KeyManagerDialog* manager, const QString& key)
{
    if (!manager->selectKey(key)) {
        return nullptr;
    }
    QTest::mouseClick(manager->findChild<QPushButton*>(QStringLiteral("install")), Qt::LeftButton);
    return qobject_cast<InstallKeyDialog*>(manager->subDialog());
}

bool TestKeyManagerInstall::startServer()
{
    // The login's HOME is a temporary folder (sshd's SetEnv), so installing never touches the real home; the
    // fixture's own authorized_keys lets the session in to begin with.
    QDir(m_remoteHome.path()).removeRecursively();
    QDir().mkpath(m_remoteHome.path());
    QFile::setPermissions(m_remoteHome.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    SshdFixture::Config config;
    config.extraLines << QStringLiteral("SetEnv HOME=%1").arg(m_remoteHome.path())
                      << QStringLiteral("AuthorizedKeysFile %1 %2/authorized_keys").arg(remoteKeys(), m_sshd.dir());
    return m_sshd.start(config);
}

void TestKeyManagerInstall::installThenLogin()
{
    QVERIFY2(startServer(), qPrintable(m_sshd.errorString()));

    TestHome home;
    const QString key = home.sshDir() + QStringLiteral("/id_laptop");
    QVERIFY(TestHome::generateKey(key, QStringLiteral("ed25519"), QStringLiteral("laptop pass")));

    SessionProfile server;
    server.name = QStringLiteral("fixture");
    server.host = QStringLiteral("127.0.0.1");
    server.port = m_sshd.port();
    server.user = m_sshd.loginUser();
    SessionProfile nowhere = server;
    nowhere.name = QStringLiteral("nowhere");
    nowhere.port = 1; // nothing listens on loopback port 1

    KeyManagerSettings settings;
    settings.sshDir = home.sshDir();
    settings.agentSocket = home.path() + QStringLiteral("/no-agent.sock");
    settings.sessions = {nowhere, server};
    int made = 0;
    settings.connectionFactory = [&](const SessionProfile& profile) {
        ++made;
        ConnectionOptions options = m_sshd.clientOptions(home.sshDir(), home.knownHostsFile());
        options.port = profile.port;
        options.connectTimeoutMs = 5000;
        auto* connection = new Connection(options);
        QObject::connect(connection, &Connection::hostKeyQuestion, connection,
                         [connection](quint64 id) { connection->answerHostKey(id, HostKeyDecision::AcceptOnce); });
        return connection;
    };
    KeyManagerDialog manager(settings);
    manager.show();
    QVERIFY(QTest::qWaitForWindowExposed(&manager));

    InstallKeyDialog* install = openInstall(&manager, key);
    QVERIFY(install);
    QVERIFY(QTest::qWaitForWindowExposed(install));
    QCOMPARE(install->sessionChooser()->count(), 2);

    // A session that cannot connect: said, nothing else happens.
    QSignalSpy finished(install, &InstallKeyDialog::installFinished);
    install->sessionChooser()->setCurrentIndex(0);
    QTest::mouseClick(install->installButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), false);
    QVERIFY2(install->resultText().contains(QLatin1String("connection failed")), qPrintable(install->resultText()));
    QVERIFY(!QFile::exists(remoteKeys()));

    install->sessionChooser()->setCurrentIndex(1);
    QTest::mouseClick(install->installButton(), Qt::LeftButton);
    QVERIFY(install->isBusy());
    QVERIFY(!install->installButton()->isEnabled());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    QVERIFY2(install->resultText().contains(remoteKeys()), qPrintable(install->resultText()));
    QCOMPARE(modeOf(m_remoteHome.filePath(QStringLiteral(".ssh"))), 0700);
    QCOMPARE(modeOf(remoteKeys()), 0600);
    QCOMPARE(readAllOf(remoteKeys()), readAllOf(key + QStringLiteral(".pub")));
    if (!qEnvironmentVariableIsEmpty("FERRY_KEYS_SCREENSHOTS")) {
        install->grab().save(qEnvironmentVariable("FERRY_KEYS_SCREENSHOTS") + QStringLiteral("/keys-install.png"));
    }

    // Again: nothing added, and it says so.
    QTest::mouseClick(install->installButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    QVERIFY2(install->resultText().contains(QLatin1String("already")), qPrintable(install->resultText()));
    QCOMPARE(readAllOf(remoteKeys()), readAllOf(key + QStringLiteral(".pub")));
    QCOMPARE(made, 3);

    // A fresh login with only the new key.
    ConnectionOptions options = m_sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    options.identityFiles = QStringList{key};
    ScriptedClient fresh(options);
    fresh.answers << QStringList{QStringLiteral("laptop pass")};
    QVERIFY2(fresh.connectAndWait(), qPrintable(fresh.error().message));
    QCOMPARE(fresh.connection()->authenticatedWith(), QStringList{QStringLiteral("publickey")});
    QCOMPARE(fresh.prompts.size(), 1);

    // And as a person connects: a terminal tab with only the new key, its passphrase asked in the window's
    // dialog, then a shell that answers.
    ConnectionTab tab(options);
    tab.resize(800, 500);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.start();
    HostKeyDialog* hostKey = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((hostKey = tab.findChild<HostKeyDialog*>()) && hostKey->isVisible(), 30000);
    QTest::mouseClick(hostKey->acceptOnceButton(), Qt::LeftButton);
    AuthPromptDialog* passphrase = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((passphrase = tab.findChild<AuthPromptDialog*>()) && passphrase->isVisible(), 30000);
    QTest::keyClicks(passphrase->fieldEdits().constFirst(), QStringLiteral("laptop pass"));
    QTest::keyClick(passphrase->fieldEdits().constFirst(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(tab.shell() && tab.shell()->isOpen(), 30000);
    QCOMPARE(tab.connection()->authenticatedWith(), QStringList{QStringLiteral("publickey")});
    typeLine(&tab, QStringLiteral("echo ferry-$((6*7))"));
    QTRY_VERIFY_WITH_TIMEOUT(tab.terminal()->screenText().contains(QLatin1String("\nferry-42")), 30000);
}

// The connections the window gives the key manager: made from the session by SessionConnector, with the host key
// question shown over the install dialog.
void TestKeyManagerInstall::installAsksTheHostKeyQuestion()
{
    QVERIFY2(startServer(), qPrintable(m_sshd.errorString()));
    TestHome home;
    const QString key = home.sshDir() + QStringLiteral("/id_desktop");
    QVERIFY(TestHome::generateKey(key, QStringLiteral("ecdsa")));

    SessionProfile server;
    server.name = QStringLiteral("fixture");
    server.host = QStringLiteral("127.0.0.1");
    server.port = m_sshd.port();
    server.user = m_sshd.loginUser();
    server.auth.identityFiles = QStringList{m_sshd.userKeyFile()};
    server.auth.useAgent = false;
    server.connection.useSshConfig = false;
    SessionConnector::Environment environment;
    environment.sshDir = home.sshDir();
    environment.knownHostsFile = home.knownHostsFile();
    environment.sshConfigFile = QStringLiteral("none");
    environment.homeDir = home.path();

    KeyManagerSettings settings;
    settings.sshDir = home.sshDir();
    settings.agentSocket = home.path() + QStringLiteral("/no-agent.sock");
    settings.sessions = {server};
    settings.connectionFactory = InstallConnector::factory(environment, nullptr);
    KeyManagerDialog window(settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    InstallKeyDialog* install = openInstall(&window, key);
    QVERIFY(install);
    QVERIFY(QTest::qWaitForWindowExposed(install));
    QSignalSpy finished(install, &InstallKeyDialog::installFinished);
    QTest::mouseClick(install->installButton(), Qt::LeftButton);

    HostKeyDialog* question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((question = install->findChild<HostKeyDialog*>()) != nullptr, 20000);
    QVERIFY(QTest::qWaitForWindowExposed(question));
    QTest::mouseClick(question->acceptOnceButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY2(install->resultText().contains(remoteKeys()), qPrintable(install->resultText()));
    QCOMPARE(readAllOf(remoteKeys()), readAllOf(key + QStringLiteral(".pub")));
}

int main(int argc, char* argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ferry-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keymanagerinstall"));
    TestKeyManagerInstall test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keymanagerinstall.moc"
