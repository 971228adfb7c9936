// "Remember password" with no keychain to be had (no D-Bus session, so no Secret Service): the login still
// works, the user is told in plain words that the password was not remembered, and no file holds it.
#include "AuthPromptDialog.h"
#include "ConnectionTab.h"
#include "PasswordLogin.h"
#include "TestHome.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ferry;
using namespace ferry::test;

class TestNoKeychain : public QObject {
    Q_OBJECT
private slots:
    void userIsToldAndNothingIsStored();
};

void TestNoKeychain::userIsToldAndNothingIsStored()
{
    constexpr int timeoutMs = 30000;
    SshdFixture sshd;
    QString why;
    QVERIFY2(startPasswordServer(sshd, &why), qPrintable(QStringLiteral("password logins impossible: ") + why));
    TestHome home;
    QVERIFY(QDir().mkpath(home.sshDir()));
    trustServer(sshd, home.sshDir());

    TabSettings settings;
    settings.rememberPassword = true;
    ConnectionTab tab(passwordOptions(sshd, home.sshDir()), settings);
    QSignalSpy remembered(&tab, &ConnectionTab::passwordRememberFinished);
    tab.resize(800, 500);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.start();

    // Without a keychain there is nothing to fetch: the user is asked.
    AuthPromptDialog* prompt = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((prompt = tab.findChild<AuthPromptDialog*>()) && prompt->isVisible(), timeoutMs);
    QVERIFY(prompt->rememberChecked());
    QTest::keyClicks(prompt->fieldEdits().constFirst(), kPassword);
    QTest::keyClick(prompt->fieldEdits().constFirst(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(tab.connection()->isConnected(), timeoutMs);

    QTRY_COMPARE_WITH_TIMEOUT(remembered.count(), 1, timeoutMs);
    QCOMPARE(remembered.first().at(0).toBool(), false);
    const QString message = remembered.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("could not remember the password")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("not stored anywhere")), qPrintable(message));
    QCOMPARE(tab.messageText(), message);
    QVERIFY(tab.connection()->log()->contains(message));

    QStringList scanned;
    const QStringList leaks = filesContaining(home.path(), kPassword, &scanned);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    QVERIFY(scanned.contains(home.knownHostsFile()));
}

int main(int argc, char** argv)
{
    // No session bus: an address nothing listens on, set before anything could connect to the real one.
    QTemporaryDir nowhere;
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(nowhere.filePath(QStringLiteral("no-bus"))));
    QApplication app(argc, argv);
    TestNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nokeychain.moc"
