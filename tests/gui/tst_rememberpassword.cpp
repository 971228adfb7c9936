// "Remember password" through a real Secret Service. run-with-keyring.sh starts this program inside a private
// D-Bus session with an unlocked GNOME Keyring and a throw-away HOME: the password typed once goes to the
// keyring, the next connection logs in without asking, and no file under that HOME holds the password.
#include "AuthPromptDialog.h"
#include "ConnectionTab.h"
#include "KeychainSecretStore.h"
#include "PasswordLogin.h"

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace ferry;
using namespace ferry::test;

namespace {

constexpr int kTimeoutMs = 30000;

} // namespace

class TestRememberPassword : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void rememberedPasswordLogsInWithoutAsking();
    void untickedRememberStoresNothing();

private:
    std::unique_ptr<ConnectionTab> openTab(const TabSettings& settings);
    AuthPromptDialog* waitForPrompt(ConnectionTab* tab);
    bool keychainHolds(const QString& account, QString* secret);

    SshdFixture m_sshd;
    QString m_home;
};

void TestRememberPassword::initTestCase()
{
    m_home = qEnvironmentVariable("FERRY_KEYRING_HOME");
    QVERIFY2(!m_home.isEmpty() && m_home == QDir::homePath(),
             "run this test through tests/gui/run-with-keyring.sh (ctest does)");
    QString why;
    QVERIFY2(startPasswordServer(m_sshd, &why), qPrintable(QStringLiteral("password logins impossible: ") + why));
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/.ssh")));
    trustServer(m_sshd, m_home + QStringLiteral("/.ssh"));
}

std::unique_ptr<ConnectionTab> TestRememberPassword::openTab(const TabSettings& settings)
{
    auto tab = std::make_unique<ConnectionTab>(passwordOptions(m_sshd, m_home + QStringLiteral("/.ssh")), settings);
    tab->resize(800, 500);
    tab->show();
    if (!QTest::qWaitForWindowExposed(tab.get())) {
        return nullptr;
    }
    tab->start();
    return tab;
}

AuthPromptDialog* TestRememberPassword::waitForPrompt(ConnectionTab* tab)
{
    AuthPromptDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = tab->findChild<AuthPromptDialog*>()) && dialog->isVisible(); },
                         kTimeoutMs)) {
        return nullptr;
    }
    return dialog;
}

bool TestRememberPassword::keychainHolds(const QString& account, QString* secret)
{
    KeychainSecretStore store;
    QSignalSpy fetched(&store, &SecretStore::fetched);
    store.fetch(account);
    if (!fetched.wait(kTimeoutMs)) {
        return false;
    }
    *secret = fetched.first().at(1).toString();
    return fetched.first().at(2).toBool();
}

void TestRememberPassword::rememberedPasswordLogsInWithoutAsking()
{
    TabSettings settings;
    settings.rememberPassword = true;
    settings.keychainAccount = QStringLiteral("ferry:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const int logStart = m_sshd.log().size();

    auto first = openTab(settings);
    QVERIFY(first);
    QSignalSpy remembered(first.get(), &ConnectionTab::passwordRememberFinished);
    AuthPromptDialog* prompt = waitForPrompt(first.get());
    QVERIFY(prompt);
    QVERIFY(prompt->rememberBox());
    QVERIFY(prompt->rememberChecked());
    QTest::keyClicks(prompt->fieldEdits().constFirst(), kPassword);
    QTest::keyClick(prompt->fieldEdits().constFirst(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(first->connection()->isConnected(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(remembered.count(), 1, kTimeoutMs);
    QVERIFY2(remembered.first().at(0).toBool(), qPrintable(remembered.first().at(1).toString()));
    QVERIFY(first->messageText().isEmpty());

    QString secret;
    QVERIFY(keychainHolds(settings.keychainAccount, &secret));
    QCOMPARE(secret, kPassword);
    first.reset();

    // The next connection takes the password from the keychain: no question, and the server took it.
    auto second = openTab(settings);
    QVERIFY(second);
    QTRY_VERIFY_WITH_TIMEOUT(second->connection()->isConnected(), kTimeoutMs);
    QVERIFY(second->findChildren<AuthPromptDialog*>().isEmpty());
    QCOMPARE(second->connection()->authenticatedWith(), QStringList{QStringLiteral("password")});
    QTRY_COMPARE_WITH_TIMEOUT(m_sshd.log().mid(logStart).count(QLatin1String("Accepted password for ")), 2, kTimeoutMs);
    second.reset();

    // The keyring stores it encrypted; no file under HOME, the keyring's own included, shows it.
    QStringList scanned;
    const QStringList leaks = filesContaining(m_home, kPassword, &scanned);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    QVERIFY2(scanned.contains(m_home + QStringLiteral("/.local/share/keyrings/login.keyring")),
             qPrintable(scanned.join(QLatin1Char('\n'))));
    QVERIFY(scanned.contains(m_home + QStringLiteral("/.ssh/known_hosts")));
}

void TestRememberPassword::untickedRememberStoresNothing()
{
    TabSettings settings;
    settings.rememberPassword = true;
    settings.keychainAccount = QStringLiteral("ferry:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto tab = openTab(settings);
    QVERIFY(tab);
    QSignalSpy remembered(tab.get(), &ConnectionTab::passwordRememberFinished);
    AuthPromptDialog* prompt = waitForPrompt(tab.get());
    QVERIFY(prompt);
    prompt->rememberBox()->setChecked(false);
    QTest::keyClicks(prompt->fieldEdits().constFirst(), kPassword);
    QTest::keyClick(prompt->fieldEdits().constFirst(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(tab->connection()->isConnected(), kTimeoutMs);
    QString secret;
    QVERIFY(!keychainHolds(settings.keychainAccount, &secret));
    QCOMPARE(remembered.count(), 0);

    // And a session that does not remember passwords offers no check box at all.
    auto plain = openTab(TabSettings());
    QVERIFY(plain);
    prompt = waitForPrompt(plain.get());
    QVERIFY(prompt);
    QVERIFY(!prompt->rememberBox());
}

QTEST_MAIN(TestRememberPassword)
#include "tst_rememberpassword.moc"
