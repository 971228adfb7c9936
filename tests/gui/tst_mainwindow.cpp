// The main window against a real sshd: host key questions, the shell in a terminal tab, the status bar,
// pty resizes, and failures shown in the tab rather than in a box that blocks.
#include "ConnectionTab.h"
#include "HostKeyDialog.h"
#include "HostKeyWarningDialog.h"
#include "MainWindow.h"
#include "SshdFixture.h"
#include "TerminalView.h"
#include "TestHome.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

namespace {

constexpr int kTimeoutMs = 20000;

QWidget* terminalDisplay(ConnectionTab* tab)
{
    // Key events go to the emulator's display: the focus proxy of QTermWidget, itself the view's proxy.
    QWidget* term = tab->terminal()->focusProxy();
    return term ? term->focusProxy() : nullptr;
}

void typeLine(ConnectionTab* tab, const QString& line)
{
    QTest::keyClicks(terminalDisplay(tab), line);
    QTest::keyClick(terminalDisplay(tab), Qt::Key_Return);
}

QString fingerprintOf(const QString& publicKeyFile)
{
    // "256 SHA256:... comment (ED25519)"
    return TestHome::runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-E"),
                                                             QStringLiteral("sha256"), QStringLiteral("-f"),
                                                             publicKeyFile})
        .section(QLatin1Char(' '), 1, 1);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void acceptOnceOpensAShell();
    void acceptAndSaveWritesKnownHosts();
    void cancelledHostKeyFailsInTheTab();
    void changedHostKeyShowsTheWarning();
    void refusedConnectionFailsInTheTab();

private:
    HostKeyDialog* waitForHostKeyDialog(ConnectionTab* tab);

    SshdFixture m_sshd;
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // A missing sshd fails here with the fixture's message (install it with scripts/deps).
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
}

void TestMainWindow::init()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QVERIFY(QDir().mkpath(m_home->sshDir()));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_home.reset();
}

HostKeyDialog* TestMainWindow::waitForHostKeyDialog(ConnectionTab* tab)
{
    HostKeyDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = tab->findChild<HostKeyDialog*>()) && dialog->isVisible(); },
                         kTimeoutMs))
        return nullptr;
    return dialog;
}

void TestMainWindow::acceptOnceOpensAShell()
{
    QSignalSpy firstOutput(m_window.get(), &MainWindow::firstRemoteOutput);
    ConnectionTab* tab = m_window->openTerminal(m_sshd.clientOptions(m_home->sshDir(), m_home->knownHostsFile()));
    QCOMPARE(m_window->tabCount(), 1);
    QCOMPARE(m_window->statusHostText(), tab->title());

    HostKeyDialog* dialog = waitForHostKeyDialog(tab);
    QVERIFY(dialog);
    QCOMPARE(dialog->info().fingerprint, fingerprintOf(m_sshd.hostKeyPublicFile()));
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("fingerprint"))->text(), dialog->info().fingerprint);
    QTest::mouseClick(dialog->acceptOnceButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(tab->connection()->isConnected(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(firstOutput.count() == 1, kTimeoutMs);
    QCOMPARE(m_window->statusStateText(), QStringLiteral("Connected"));
    QVERIFY(!m_window->statusCipherText().isEmpty());
    QVERIFY(tab->messageText().isEmpty());
    // Accept Once leaves known_hosts alone.
    QVERIFY(!QFile(m_home->knownHostsFile()).exists() || QFile(m_home->knownHostsFile()).size() == 0);

    typeLine(tab, QStringLiteral("echo ferry-$((6*7))"));
    QTRY_VERIFY_WITH_TIMEOUT(tab->terminal()->screenText().contains(QLatin1String("\nferry-42")), kTimeoutMs);

    // The pty follows the terminal's grid.
    QSignalSpy sizes(tab->terminal(), &TerminalView::terminalSizeChanged);
    m_window->resize(m_window->width() + 160, m_window->height() + 96);
    QTRY_VERIFY_WITH_TIMEOUT(sizes.count() > 0, kTimeoutMs);
    const QString expected = QStringLiteral("size=%1x%2").arg(tab->terminal()->rows()).arg(tab->terminal()->columns());
    typeLine(tab, QStringLiteral("echo size=$(stty size | tr ' ' x)"));
    QTRY_VERIFY2_WITH_TIMEOUT(tab->terminal()->screenText().contains(QLatin1Char('\n') + expected),
                              qPrintable(expected + QLatin1String(" not in:\n") + tab->terminal()->screenText()),
                              kTimeoutMs);

    typeLine(tab, QStringLiteral("exit"));
    QTRY_VERIFY_WITH_TIMEOUT(tab->terminal()->screenText().contains(QLatin1String("[connection closed")), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tab->connection()->state(), Connection::State::Disconnected, kTimeoutMs);
    QVERIFY(tab->errorText().isEmpty());
}

void TestMainWindow::acceptAndSaveWritesKnownHosts()
{
    ConnectionTab* tab = m_window->openTerminal(m_sshd.clientOptions(m_home->sshDir(), m_home->knownHostsFile()));
    HostKeyDialog* dialog = waitForHostKeyDialog(tab);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->acceptAndSaveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tab->connection()->isConnected(), kTimeoutMs);

    int exitCode = -1;
    const QString found = TestHome::runTool(
        QStringLiteral("ssh-keygen"),
        {QStringLiteral("-F"), QStringLiteral("[127.0.0.1]:%1").arg(m_sshd.port()), QStringLiteral("-f"),
         m_home->knownHostsFile()},
        &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(found.contains(QLatin1String("ssh-ed25519")));
}

void TestMainWindow::cancelledHostKeyFailsInTheTab()
{
    const int logStart = m_sshd.log().size();
    QSignalSpy failed(m_window.get(), &MainWindow::connectionFailed);
    ConnectionTab* tab = m_window->openTerminal(m_sshd.clientOptions(m_home->sshDir(), m_home->knownHostsFile()));
    HostKeyDialog* dialog = waitForHostKeyDialog(tab);
    QVERIFY(dialog);
    QVERIFY(dialog->cancelButton()->isDefault());
    QTest::keyClick(dialog, Qt::Key_Escape);

    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tab->connection()->state(), Connection::State::Disconnected, kTimeoutMs);
    QVERIFY(!tab->errorText().isEmpty());
    QCOMPARE(tab->messageText(), tab->errorText());
    QVERIFY(m_window->statusStateText().contains(tab->errorText()));
    QVERIFY(!QApplication::activeModalWidget());
    // Nothing was sent to log in with: the key was never trusted.
    QVERIFY(!m_sshd.log().mid(logStart).contains(QLatin1String("userauth-request")));
}

void TestMainWindow::changedHostKeyShowsTheWarning()
{
    // known_hosts holds another key for this server: what a man in the middle would look like.
    const QString otherKey = m_home->path() + QStringLiteral("/other_host_key");
    QVERIFY(TestHome::generateKey(otherKey, QStringLiteral("ed25519")));
    QFile otherPublic(otherKey + QStringLiteral(".pub"));
    QVERIFY(otherPublic.open(QIODevice::ReadOnly));
    const QByteArray otherLine = otherPublic.readAll().trimmed();
    QFile knownHosts(m_home->knownHostsFile());
    QVERIFY(knownHosts.open(QIODevice::WriteOnly));
    knownHosts.write("[127.0.0.1]:" + QByteArray::number(m_sshd.port()) + ' '
                     + otherLine.left(otherLine.lastIndexOf(' ')) + '\n');
    knownHosts.close();

    QSignalSpy failed(m_window.get(), &MainWindow::connectionFailed);
    ConnectionTab* tab = m_window->openTerminal(m_sshd.clientOptions(m_home->sshDir(), m_home->knownHostsFile()));
    QTRY_VERIFY_WITH_TIMEOUT(tab->findChild<HostKeyWarningDialog*>(), kTimeoutMs);
    const HostKeyWarningDialog* warning = tab->findChild<HostKeyWarningDialog*>();
    QCOMPARE(warning->info().fingerprint, fingerprintOf(m_sshd.hostKeyPublicFile()));
    QVERIFY(warning->info().knownFingerprints.contains(fingerprintOf(otherPublic.fileName())));
    QCOMPARE(warning->findChildren<QPushButton*>().size(), 1);
    QVERIFY(!tab->findChild<HostKeyDialog*>());

    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, kTimeoutMs);
    QVERIFY(!tab->messageText().isEmpty());
    QVERIFY(!tab->connection()->isConnected());
}

void TestMainWindow::refusedConnectionFailsInTheTab()
{
    // A port nobody listens on: bind one, then let it go.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    QSignalSpy failed(m_window.get(), &MainWindow::connectionFailed);
    ConnectionOptions options = m_sshd.clientOptions(m_home->sshDir(), m_home->knownHostsFile());
    options.port = port;
    ConnectionTab* tab = m_window->openTerminal(options);
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, kTimeoutMs);
    QCOMPARE(failed.first().at(0).toString(), tab->errorText());
    QCOMPARE(tab->messageText(), tab->errorText());
    QVERIFY(m_window->statusStateText().contains(tab->errorText()));
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!tab->findChild<QDialog*>());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
