// A terminal tab against a real sshd: the changed-key warning and replacing the key, how the tab ends with
// its shell, a dropped connection and Reconnect, a duplicate tab on the same connection, closing with a
// live shell, the pre-login banner and the connection log.
#include "GuiTestHelpers.h"
#include "ConnectionLogDialog.h"
#include "ConnectionTab.h"
#include "HostKeyDialog.h"
#include "HostKeyWarningDialog.h"
#include "SshdFixture.h"
#include "TerminalView.h"
#include "TestHome.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ferry;
using namespace ferry::test;

namespace {

constexpr int kTimeoutMs = 20000;

// Output such as that of `echo NAME-$((6*7))`: proof that the shell ran the command, since the typed command
// line shows only the unexpanded text. Not necessarily at the start of a line: what is typed before the shell
// is ready is echoed by the pty, and the prompt and output then follow on the same line.
bool shows(ConnectionTab* tab, const QString& text)
{
    return tab->terminal()->screenText().contains(text);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

class TestConnectionTab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void changedKeyBlocksLoginAndReplaceNeedsConfirmation();
    void shellExit_data();
    void shellExit();
    void droppedConnectionOffersReconnect();
    void duplicateTabSharesTheConnection();
    void closingALiveShellAsksFirst();
    void bannerShownBeforeThePrompt();
    void logViewerFollowsTheConnection();
    void remoteTitleNamesTheTab();
    void bellMarksATabInTheBackground();

private:
    ConnectionTab* openTab(const TabSettings& settings = TabSettings(), const ConnectionOptions* options = nullptr);
    bool waitForShell(ConnectionTab* tab, const QString& marker);
    QByteArray serverKnownHostsLine() const;
    void trustServer();

    SshdFixture m_sshd;
    std::unique_ptr<TestHome> m_home;
    std::vector<std::unique_ptr<ConnectionTab>> m_tabs;
};

void TestConnectionTab::initTestCase()
{
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
}

void TestConnectionTab::init()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QVERIFY(QDir().mkpath(m_home->sshDir()));
}

void TestConnectionTab::cleanup()
{
    m_tabs.clear();
    m_home.reset();
}

QByteArray TestConnectionTab::serverKnownHostsLine() const
{
    const QList<QByteArray> fields = readFile(m_sshd.hostKeyPublicFile()).trimmed().split(' ');
    return "[127.0.0.1]:" + QByteArray::number(m_sshd.port()) + ' ' + fields.value(0) + ' ' + fields.value(1) + '\n';
}

void TestConnectionTab::trustServer()
{
    QVERIFY(writeFile(m_home->knownHostsFile(), serverKnownHostsLine()));
}

ConnectionTab* TestConnectionTab::openTab(const TabSettings& settings, const ConnectionOptions* options)
{
    const ConnectionOptions defaults = m_sshd.clientOptions(m_home->sshDir(), m_home->knownHostsFile());
    // A plain sh in place of the login shell (the tab's "remote command"): the test user's own startup files
    // are the machine's business and may take their time, and what is tested here does not depend on them.
    TabSettings plain = settings;
    if (plain.shell.command.isEmpty()) {
        plain.shell.command = QStringLiteral("/bin/sh");
    }
    auto* tab = new ConnectionTab(options ? *options : defaults, plain, nullptr);
    m_tabs.emplace_back(tab);
    tab->resize(900, 560);
    tab->show();
    if (!QTest::qWaitForWindowExposed(tab)) {
        return nullptr;
    }
    tab->start();
    return tab;
}

bool TestConnectionTab::waitForShell(ConnectionTab* tab, const QString& marker)
{
    // The shell is ready once it has run a command.
    if (!QTest::qWaitFor([tab] { return tab->shell() && tab->shell()->isOpen(); }, kTimeoutMs)) {
        return false;
    }
    typeLine(tab, QStringLiteral("echo %1-$((6*7))").arg(marker));
    if (QTest::qWaitFor([&] { return shows(tab, marker + QStringLiteral("-42")); }, kTimeoutMs)) {
        return true;
    }
    qWarning("no %s-42 on the screen (%lld bytes pending):\n%s", qPrintable(marker),
             tab->terminal()->pendingOutputBytes(), qPrintable(tab->terminal()->screenText()));
    return false;
}

void TestConnectionTab::changedKeyBlocksLoginAndReplaceNeedsConfirmation()
{
    // known_hosts holds another key for this server, between lines that must survive byte for byte.
    const QString otherKey = m_home->path() + QStringLiteral("/other_host_key");
    QVERIFY(TestHome::generateKey(otherKey, QStringLiteral("ed25519")));
    const QList<QByteArray> other = readFile(otherKey + QStringLiteral(".pub")).trimmed().split(' ');
    const QByteArray head = "# managed by hand\r\nexample.org " + other.at(0) + ' ' + other.at(1) + "  kept\n";
    const QByteArray tail = "\n[127.0.0.2]:" + QByteArray::number(m_sshd.port()) + " ssh-rsa AAAAB3NzaC1yc2E=\n";
    const QByteArray before =
        head + "[127.0.0.1]:" + QByteArray::number(m_sshd.port()) + ' ' + other.at(0) + ' ' + other.at(1) + '\n' + tail;
    QVERIFY(writeFile(m_home->knownHostsFile(), before));

    const int logStart = m_sshd.log().size();
    ConnectionTab* tab = openTab();
    QVERIFY(tab);
    QSignalSpy failed(tab, &ConnectionTab::connectionFailed);
    QTRY_VERIFY_WITH_TIMEOUT(tab->findChild<HostKeyWarningDialog*>(), kTimeoutMs);
    HostKeyWarningDialog* warning = tab->findChild<HostKeyWarningDialog*>();
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tab->connection()->state(), Connection::State::Disconnected, kTimeoutMs);
    QVERIFY(!tab->findChild<HostKeyDialog*>());
    // The login never started: the server saw no key and no password.
    QVERIFY(!m_sshd.log().mid(logStart).contains(QLatin1String("Accepted")));
    QVERIFY(!m_sshd.log().mid(logStart).contains(QLatin1String("Failed")));

    // No: known_hosts stays exactly as it was and nothing reconnects.
    QTest::mouseClick(warning->replaceButton(), Qt::LeftButton);
    QMessageBox* question = warning->confirmation();
    QVERIFY(question);
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::No));
    QTest::mouseClick(question->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(!warning->confirmation());
    // Whatever No had queued would run now.
    QCoreApplication::processEvents();
    QCOMPARE(readFile(m_home->knownHostsFile()), before);
    QCOMPARE(tab->connection()->state(), Connection::State::Disconnected);
    QVERIFY(warning->isVisible());

    // Yes: the old line goes, the others stay, and the reconnection asks about the key as for a new host.
    QTest::mouseClick(warning->replaceButton(), Qt::LeftButton);
    question = warning->confirmation();
    QVERIFY(question);
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QCOMPARE(readFile(m_home->knownHostsFile()), head + tail);
    HostKeyDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = tab->findChild<HostKeyDialog*>()) && dialog->isVisible(), kTimeoutMs);
    QCOMPARE(dialog->info().status, HostKeyInfo::Status::Unknown);
    QTest::mouseClick(dialog->acceptAndSaveButton(), Qt::LeftButton);
    QVERIFY(waitForShell(tab, QStringLiteral("replaced")));
    QCOMPARE(readFile(m_home->knownHostsFile()), head + tail + serverKnownHostsLine());
}

void TestConnectionTab::shellExit_data()
{
    QTest::addColumn<int>("onExit");
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("statusLine");
    const int ifClean = int(TabSettings::OnExit::CloseIfClean);
    QTest::newRow("clean exit closes") << ifClean << QStringLiteral("exit") << true
                                       << QStringLiteral("exited with status 0") << QStringLiteral("[exit status 0]");
    QTest::newRow("failure stays") << ifClean << QStringLiteral("exit 3") << false
                                   << QStringLiteral("exited with status 3") << QStringLiteral("[exit status 3]");
    QTest::newRow("signal stays") << ifClean << QStringLiteral("kill -KILL $$") << false
                                  << QStringLiteral("ended by signal KILL") << QStringLiteral("[ended by signal KILL]");
    QTest::newRow("kept open") << int(TabSettings::OnExit::KeepOpen) << QStringLiteral("exit") << false
                               << QStringLiteral("exited with status 0") << QStringLiteral("[exit status 0]");
    QTest::newRow("always closes") << int(TabSettings::OnExit::AlwaysClose) << QStringLiteral("exit 5") << true
                                   << QStringLiteral("exited with status 5") << QStringLiteral("[exit status 5]");
}

void TestConnectionTab::shellExit()
{
    QFETCH(int, onExit);
    QFETCH(QString, command);
    QFETCH(bool, closes);
    QFETCH(QString, message);
    QFETCH(QString, statusLine);
    trustServer();
    TabSettings settings;
    settings.onExit = TabSettings::OnExit(onExit);
    ConnectionTab* tab = openTab(settings);
    QVERIFY(tab);
    QSignalSpy closeRequested(tab, &ConnectionTab::closeRequested);
    QVERIFY(waitForShell(tab, QStringLiteral("before")));

    typeLine(tab, command);
    QTRY_VERIFY_WITH_TIMEOUT(tab->messageText().contains(message), kTimeoutMs);
    QCOMPARE(closeRequested.count(), closes ? 1 : 0);
    // The only shell is gone, so is the connection; the terminal keeps what it showed.
    QTRY_COMPARE_WITH_TIMEOUT(tab->connection()->state(), Connection::State::Disconnected, kTimeoutMs);
    QVERIFY(tab->errorText().isEmpty());
    QVERIFY(shows(tab, QStringLiteral("before-42")));
    QTRY_VERIFY_WITH_TIMEOUT(shows(tab, statusLine), kTimeoutMs);
    QVERIFY(!tab->needsCloseConfirmation());
    if (closes) {
        return;
    }

    // A kept tab can start over: a new login and shell in the same terminal.
    QVERIFY(tab->reconnectButton()->isVisible());
    QTest::mouseClick(tab->reconnectButton(), Qt::LeftButton);
    QVERIFY(waitForShell(tab, QStringLiteral("restarted")));
    QVERIFY(shows(tab, QStringLiteral("before-42")));
    QVERIFY(tab->messageText().isEmpty());
}

void TestConnectionTab::droppedConnectionOffersReconnect()
{
    trustServer();
    // The session log, if the settings ask for one, goes on across the reconnection.
    TabSettings settings;
    settings.logFile = m_home->path() + QStringLiteral("/session.log");
    ConnectionTab* tab = openTab(settings);
    QVERIFY(tab);
    QSignalSpy closeRequested(tab, &ConnectionTab::closeRequested);
    QVERIFY(waitForShell(tab, QStringLiteral("before")));

    QVERIFY(m_sshd.killConnections() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(tab->messageText().contains(QLatin1String("was lost")), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tab->connection()->state(), Connection::State::Disconnected, kTimeoutMs);
    QVERIFY(!tab->errorText().isEmpty());
    QVERIFY(tab->reconnectButton()->isVisible());
    QCOMPARE(closeRequested.count(), 0);
    QVERIFY(shows(tab, QStringLiteral("before-42")));
    QTRY_VERIFY_WITH_TIMEOUT(shows(tab, QStringLiteral("[connection lost: ")), kTimeoutMs);

    QTest::mouseClick(tab->reconnectButton(), Qt::LeftButton);
    QVERIFY(waitForShell(tab, QStringLiteral("after")));
    QVERIFY(shows(tab, QStringLiteral("before-42")));
    QVERIFY(tab->messageText().isEmpty());
    QVERIFY(tab->errorText().isEmpty());
    // The log has the bytes as received: the shell's output lines end in CRLF.
    QTRY_VERIFY_WITH_TIMEOUT(readFile(settings.logFile).contains("after-42\r\n"), kTimeoutMs);
    QVERIFY(readFile(settings.logFile).contains("before-42\r\n"));
}

void TestConnectionTab::duplicateTabSharesTheConnection()
{
    trustServer();
    const int logStart = m_sshd.log().size();
    ConnectionTab* first = openTab();
    QVERIFY(first);
    QVERIFY(waitForShell(first, QStringLiteral("first")));

    auto* second = first->duplicate();
    m_tabs.emplace_back(second);
    second->resize(900, 560);
    second->show();
    QVERIFY(QTest::qWaitForWindowExposed(second));
    second->start();
    QVERIFY(waitForShell(second, QStringLiteral("second")));
    QCOMPARE(second->connection(), first->connection());
    QVERIFY(second->shell() != first->shell());
    // Two shells, one login.
    QCOMPARE(m_sshd.log().mid(logStart).count(QLatin1String("Accepted publickey")), 1);

    // Closing one tab leaves the other's shell running on the connection.
    QPointer<Connection> connection = first->connection();
    m_tabs.front().reset();
    QVERIFY(connection && connection->isConnected());
    QVERIFY(waitForShell(second, QStringLiteral("still")));

    // Closing the last one disconnects.
    m_tabs.back().reset();
    QVERIFY(!connection);
    QTRY_VERIFY_WITH_TIMEOUT(m_sshd.log().mid(logStart).contains(QLatin1String("Disconnected from user")), kTimeoutMs);
    QCOMPARE(m_sshd.log().mid(logStart).count(QLatin1String("Accepted publickey")), 1);
}

void TestConnectionTab::closingALiveShellAsksFirst()
{
    trustServer();
    TabSettings settings;
    settings.onExit = TabSettings::OnExit::KeepOpen;
    ConnectionTab* tab = openTab(settings);
    QVERIFY(tab);
    QSignalSpy closeRequested(tab, &ConnectionTab::closeRequested);
    QVERIFY(waitForShell(tab, QStringLiteral("live")));
    QVERIFY(tab->needsCloseConfirmation());

    tab->requestClose();
    QMessageBox* question = tab->closeConfirmation();
    QVERIFY(question);
    QVERIFY(QTest::qWaitForWindowExposed(question));
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!tab->closeConfirmation());
    QCOMPARE(closeRequested.count(), 0);
    QVERIFY(tab->shell() && tab->shell()->isOpen());

    tab->requestClose();
    question = tab->closeConfirmation();
    QVERIFY(question);
    QTest::keyClick(question, Qt::Key_Return);
    QCOMPARE(closeRequested.count(), 1);

    // Once the shell has ended there is nothing to lose: no question.
    typeLine(tab, QStringLiteral("exit"));
    QTRY_VERIFY_WITH_TIMEOUT(!tab->needsCloseConfirmation(), kTimeoutMs);
    tab->requestClose();
    QVERIFY(!tab->closeConfirmation());
    QCOMPARE(closeRequested.count(), 2);
}

void TestConnectionTab::bannerShownBeforeThePrompt()
{
    const QString bannerFile = m_home->path() + QStringLiteral("/banner");
    // The escape sequence would turn the text red; the tab shows the server's words, not its control codes.
    QVERIFY(writeFile(bannerFile, "Authorised use only.\n\x1b[31mSecond line\n"));
    SshdFixture sshd;
    SshdFixture::Config config;
    config.extraLines = QStringList{QStringLiteral("Banner ") + bannerFile};
    QVERIFY2(sshd.start(config), qPrintable(sshd.errorString()));
    const ConnectionOptions options = sshd.clientOptions(m_home->sshDir(), m_home->knownHostsFile());
    const QList<QByteArray> fields = readFile(sshd.hostKeyPublicFile()).trimmed().split(' ');
    QVERIFY(writeFile(m_home->knownHostsFile(), "[127.0.0.1]:" + QByteArray::number(sshd.port()) + ' ' +
                                                    fields.value(0) + ' ' + fields.value(1) + '\n'));

    ConnectionTab* tab = openTab(TabSettings(), &options);
    QVERIFY(tab);
    QVERIFY(waitForShell(tab, QStringLiteral("after-banner")));
    const QString screen = tab->terminal()->screenText();
    const int banner = screen.indexOf(QLatin1String("Authorised use only.\n"));
    QVERIFY2(banner >= 0, qPrintable(screen));
    QVERIFY(screen.indexOf(QLatin1String("\n[31mSecond line")) > banner);
    QVERIFY(screen.indexOf(QLatin1String("after-banner-42")) > banner);
}

void TestConnectionTab::logViewerFollowsTheConnection()
{
    trustServer();
    TabSettings settings;
    settings.onExit = TabSettings::OnExit::KeepOpen;
    ConnectionTab* tab = openTab(settings);
    QVERIFY(tab);
    QVERIFY(waitForShell(tab, QStringLiteral("logged")));

    tab->showLog();
    ConnectionLogDialog* log = tab->logDialog();
    QVERIFY(log);
    QVERIFY(QTest::qWaitForWindowExposed(log));
    QVERIFY2(log->text().contains(QStringLiteral("Connecting to 127.0.0.1 port %1").arg(m_sshd.port())),
             qPrintable(log->text()));
    QVERIFY(log->text().contains(QLatin1String("Connected: ")));
    const int before = log->text().size();

    // New lines appear while the window is open.
    QVERIFY(m_sshd.killConnections() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(tab->messageText().contains(QLatin1String("was lost")), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(log->text().size() > before, kTimeoutMs);
    QCOMPARE(log->text().trimmed(), tab->connection()->log()->toText().trimmed());
    // The message bar of a failure leads to the log too.
    QVERIFY(tab->findChild<QPushButton*>(QStringLiteral("showLogButton"))->isVisible());
}

void TestConnectionTab::remoteTitleNamesTheTab()
{
    trustServer();
    ConnectionTab* tab = openTab();
    QVERIFY(tab);
    QSignalSpy titles(tab, &ConnectionTab::titleChanged);
    QCOMPARE(tab->title(), tab->userAtHost());
    QVERIFY(waitForShell(tab, QStringLiteral("titled")));

    typeLine(tab, QStringLiteral("printf '\\033]0;%s\\007' \"build $((40+2))\""));
    QTRY_VERIFY_WITH_TIMEOUT(!titles.isEmpty(), kTimeoutMs);
    QCOMPARE(titles.last().at(0).toString(), QStringLiteral("build 42"));
    QCOMPARE(tab->title(), QStringLiteral("build 42"));
    QCOMPARE(tab->userAtHost(), QStringLiteral("%1@127.0.0.1:%2").arg(m_sshd.loginUser()).arg(m_sshd.port()));
}

void TestConnectionTab::bellMarksATabInTheBackground()
{
    trustServer();
    ConnectionTab* tab = openTab();
    QVERIFY(tab);
    QSignalSpy marks(tab, &ConnectionTab::bellMarkChanged);
    QVERIFY(waitForShell(tab, QStringLiteral("ringing")));

    // Another tab in front: this one is hidden, as a QTabWidget hides the tabs not shown.
    tab->hide();
    typeLine(tab, QStringLiteral("printf 'ding\\007\\n'"));
    QTRY_VERIFY_WITH_TIMEOUT(tab->hasBellMark(), kTimeoutMs);
    QCOMPARE(marks.count(), 1);
    QCOMPARE(marks.first().at(0).toBool(), true);

    // Coming to the front clears it.
    tab->show();
    QVERIFY(!tab->hasBellMark());
    QCOMPARE(marks.count(), 2);
    QCOMPARE(marks.last().at(0).toBool(), false);
}

QTEST_MAIN(TestConnectionTab)
#include "tst_connectiontab.moc"
