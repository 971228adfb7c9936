// The SFTP browser tab logs in with the dialogs a terminal tab uses (they are one shared class): a password
// prompt offering "Remember password", the password kept in the secret store after the login, and a later
// browser tab on the same session logging in with it without asking.
#include "AuthPromptDialog.h"
#include "BrowserTab.h"
#include "PasswordLogin.h"
#include "RemoteFileSystem.h"
#include "SharedConnection.h"
#include "TestHome.h"
#include "browser/DualPaneBrowser.h"
#include "browser/FilePane.h"
#include "profiles/SecretStore.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ferry;
using namespace ferry::test;

namespace {

constexpr int kTimeoutMs = 30000;

// A keychain in memory that answers on the next event-loop turn, as the real one does.
class MemorySecretStore : public SecretStore {
public:
    using SecretStore::SecretStore;

    void store(const QString& account, const QString& secret) override
    {
        m_secrets.insert(account, secret);
        QMetaObject::invokeMethod(
            this, [this, account] { emit stored(account, true, QString()); }, Qt::QueuedConnection);
    }
    void fetch(const QString& account) override
    {
        ++m_fetches;
        QMetaObject::invokeMethod(
            this,
            [this, account] {
                emit fetched(account, m_secrets.value(account), m_secrets.contains(account), QString());
            },
            Qt::QueuedConnection);
    }
    void remove(const QString& account) override
    {
        m_secrets.remove(account);
        QMetaObject::invokeMethod(
            this, [this, account] { emit removed(account, true, QString()); }, Qt::QueuedConnection);
    }

    QHash<QString, QString> m_secrets;
    int m_fetches = 0;
};

} // namespace

class TestSftpBrowserLogin : public QObject {
    Q_OBJECT
private slots:
    void passwordAskedRememberedAndReused();
};

void TestSftpBrowserLogin::passwordAskedRememberedAndReused()
{
    SshdFixture sshd;
    QString why;
    QVERIFY2(startPasswordServer(sshd, &why), qPrintable(QStringLiteral("password logins impossible: ") + why));
    TestHome home;
    QVERIFY(QDir().mkpath(home.sshDir()));
    trustServer(sshd, home.sshDir());
    QSettings().clear();
    MemorySecretStore secrets;

    TabSettings settings;
    settings.rememberPassword = true;
    settings.keychainAccount = QStringLiteral("ferry-session:test");
    {
        BrowserTab tab(std::make_shared<SharedConnection>(passwordOptions(sshd, home.sshDir())), settings,
                       QStringLiteral("test"));
        tab.setSecretStore(&secrets);
        QSignalSpy remembered(&tab, &BrowserTab::passwordRememberFinished);
        tab.resize(1000, 600);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.start();

        AuthPromptDialog* prompt = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((prompt = tab.findChild<AuthPromptDialog*>()) && prompt->isVisible(), kTimeoutMs);
        QVERIFY(prompt->rememberBox());
        QVERIFY(prompt->rememberChecked());
        QTest::keyClicks(prompt->fieldEdits().constFirst(), kPassword);
        QTest::keyClick(prompt->fieldEdits().constFirst(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(tab.fileSystem()->isReady(), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(remembered.count(), 1, kTimeoutMs);
        QCOMPARE(remembered.first().at(0).toBool(), true);
        QCOMPARE(secrets.m_secrets.value(settings.keychainAccount), kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(tab.browser()->remotePane()->model()->path(), tab.fileSystem()->homePath(),
                                  kTimeoutMs);
    }

    // The next time, the remembered password logs in: no prompt.
    const int fetches = secrets.m_fetches;
    BrowserTab again(std::make_shared<SharedConnection>(passwordOptions(sshd, home.sshDir())), settings,
                     QStringLiteral("test"));
    again.setSecretStore(&secrets);
    again.show();
    again.start();
    QTRY_VERIFY_WITH_TIMEOUT(again.fileSystem()->isReady(), kTimeoutMs);
    QCOMPARE(secrets.m_fetches, fetches + 1);
    QVERIFY(!again.findChild<AuthPromptDialog*>());
    QVERIFY(again.connection()->authenticatedWith().contains(QStringLiteral("password")));
}

QTEST_MAIN(TestSftpBrowserLogin)
#include "tst_sftpbrowserlogin.moc"
