// "Open terminal here" from the SFTP browser: the folder's path reaches the remote shell only inside POSIX
// single quotes, checked against a real sh and against the real sshd with hostile folder names (quotes,
// $(...), backticks), and names with control characters are refused.
#include "BrowserTab.h"
#include "ConnectionTab.h"
#include "GuiTestHelpers.h"
#include "HostKeyDialog.h"
#include "MainWindow.h"
#include "RemoteFileSystem.h"
#include "ShellQuote.h"
#include "SshdFixture.h"
#include "TerminalView.h"
#include "TestHome.h"
#include "browser/DualPaneBrowser.h"
#include "browser/FilePane.h"
#include "browser/PaneView.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

namespace {

constexpr int kTimeoutMs = 20000;

const QStringList& hostileNames()
{
    static const QStringList names = {
        QStringLiteral("it's"),
        QStringLiteral("$(touch pwned)"),
        QStringLiteral("`touch pwned2`"),
        QStringLiteral("a\\b \"c\" ; touch pwned3 &"),
        QStringLiteral("'; touch pwned4; echo '"),
        QStringLiteral("-P"),
        QStringLiteral("ünï cödé *?[x] ~ $HOME"),
    };
    return names;
}

} // namespace

class TestSftpBrowserTerminal : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void quoteSurvivesARealShell_data();
    void quoteSurvivesARealShell();
    void controlCharactersAreRefused();
    void terminalOpensInAHostileFolder();

private:
    SshdFixture m_sshd;
};

void TestSftpBrowserTerminal::initTestCase()
{
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
}

void TestSftpBrowserTerminal::quoteSurvivesARealShell_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : hostileNames()) {
        QTest::newRow(qPrintable(name)) << name;
    }
    QTest::newRow("empty") << QString();
}

void TestSftpBrowserTerminal::quoteSurvivesARealShell()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString quoted = ShellQuote::quote(name);
    QVERIFY(quoted.startsWith(QLatin1Char('\'')) && quoted.endsWith(QLatin1Char('\'')));
    QProcess sh;
    sh.setWorkingDirectory(dir.path());
    sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + quoted});
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), name);
    // Nothing ran: no file appeared.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestSftpBrowserTerminal::controlCharactersAreRefused()
{
    for (const char* name : {"a\nb", "a\rb", "tab\there", "esc\x1b[31m", "del\x7f"}) {
        QVERIFY2(ShellQuote::quote(QString::fromUtf8(name)).isEmpty(), name);
        QVERIFY(ShellQuote::shellInFolder(QStringLiteral("/tmp/") + QString::fromUtf8(name)).isEmpty());
    }
    QVERIFY(ShellQuote::quote(QString(QChar(0x85))).isEmpty());
    QVERIFY(ShellQuote::quote(QString(QChar(0))).isEmpty());
    QCOMPARE(ShellQuote::quote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    QCOMPARE(ShellQuote::shellInFolder(QStringLiteral("/srv/www")),
             QStringLiteral("cd -- '/srv/www' && exec \"${SHELL:-/bin/sh}\" -l"));
}

void TestSftpBrowserTerminal::terminalOpensInAHostileFolder()
{
    TestHome home;
    QVERIFY(home.isValid());
    QVERIFY(QDir().mkpath(home.sshDir()));
    const QString key = home.sshDir() + QStringLiteral("/id_ed25519");
    QVERIFY(QFile::copy(m_sshd.userKeyFile(), key));
    QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner));
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString hostile = work.path() + QStringLiteral("/it's $(touch pwned) `touch pwned2` x");
    QVERIFY(QDir().mkpath(hostile));

    MainWindow window(home.path() + QStringLiteral("/config/sessions.json"));
    SessionConnector::Environment environment;
    environment.homeDir = home.path();
    environment.sshDir = home.sshDir();
    environment.knownHostsFile = home.knownHostsFile();
    environment.sshConfigFile = QStringLiteral("none");
    environment.context = SshConfigContext::forCurrentUser();
    environment.context.homeDir = home.path();
    window.setSshEnvironment(environment);
    window.resize(1600, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    SessionProfile profile;
    profile.id = QUuid::createUuid();
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = m_sshd.port();
    profile.user = m_sshd.loginUser();
    profile.auth.useAgent = false;
    BrowserTab* browser = window.openSftp(profile);
    HostKeyDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = browser->findChild<HostKeyDialog*>()) && dialog->isVisible(), kTimeoutMs);
    QTest::mouseClick(dialog->acceptOnceButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(browser->fileSystem()->isReady(), kTimeoutMs);
    const QString remoteHome = browser->fileSystem()->homePath();

    // From the remote pane's context action, as a user would.
    FilePane* remote = browser->browser()->remotePane();
    remote->navigateTo(hostile);
    QTRY_COMPARE_WITH_TIMEOUT(remote->model()->path(), hostile, kTimeoutMs);
    QAction* here = nullptr;
    for (QAction* action : remote->contextActions()) {
        if (action->objectName() == QLatin1String("openTerminalAction")) {
            here = action;
        }
    }
    QVERIFY(here);
    remote->view()->clearSelection();
    here->trigger();
    ConnectionTab* terminal = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((terminal = window.currentTab()) != nullptr, kTimeoutMs);
    QCOMPARE(terminal->connection(), browser->connection());
    QTRY_VERIFY_WITH_TIMEOUT(terminal->shell() && terminal->shell()->isOpen(), kTimeoutMs);
    typeLine(terminal, QStringLiteral("echo \"AT-$((6*7)):$(pwd | wc -c)\""));
    // pwd prints the folder plus a newline: its byte count proves the shell is in it.
    const QString expected = QStringLiteral("AT-42:%1").arg(hostile.toUtf8().size() + 1);
    QTRY_VERIFY_WITH_TIMEOUT(terminal->terminal()->screenText().contains(expected), kTimeoutMs);
    for (const QString& folder : {hostile, work.path(), remoteHome}) {
        QVERIFY(!QFile::exists(folder + QStringLiteral("/pwned")));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/pwned2")));
    }

    // A folder name with a newline is not passed to a shell at all.
    const int tabs = window.tabCount();
    QVERIFY(!window.openTerminalIn(browser, work.path() + QStringLiteral("/line\nbreak")));
    QCOMPARE(window.tabCount(), tabs);
    QVERIFY(window.noticeText().contains(QStringLiteral("control characters")));
}

QTEST_MAIN(TestSftpBrowserTerminal)
#include "tst_sftpbrowserterminal.moc"
