// The main window against a real sshd: a session made in the editor and opened from the tree, quick
// connect, host key questions, the shell in a terminal tab, the status bar, pty resizes, the window's
// shortcuts while the terminal has the keyboard, and failures shown in the tab rather than in a box that
// blocks.
#include "GuiTestHelpers.h"
#include "ConnectionTab.h"
#include "HostKeyDialog.h"
#include "HostKeyWarningDialog.h"
#include "MainWindow.h"
#include "QuickConnectField.h"
#include "SessionEditorDialog.h"
#include "SessionFilterModel.h"
#include "SessionTreeDock.h"
#include "SshdFixture.h"
#include "TerminalView.h"
#include "TestHome.h"
#include "profiles/SessionTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ferry;
using namespace ferry::test;

namespace {

constexpr int kTimeoutMs = 20000;

QString fingerprintOf(const QString& publicKeyFile)
{
    // "256 SHA256:... comment (ED25519)"
    return TestHome::runTool(QStringLiteral("ssh-keygen"),
                             {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                              QStringLiteral("-f"), publicKeyFile})
        .section(QLatin1Char(' '), 1, 1);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sessionFromTheEditorOpensAShell();
    void quickConnectOpensATab();
    void shortcutsWorkWhileTheTerminalHasTheKeys();
    void openSessionByName();
    void acceptOnceOpensAShell();
    void acceptAndSaveWritesKnownHosts();
    void cancelledHostKeyFailsInTheTab();
    void changedHostKeyShowsTheWarning();
    void refusedConnectionFailsInTheTab();

private:
    HostKeyDialog* waitForHostKeyDialog(ConnectionTab* tab);
    SessionProfile sandboxProfile(const QString& name) const;
    bool acceptOnceAndWaitForShell(ConnectionTab* tab);

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
    // The server's user key as the client's default key, found the way a real ~/.ssh/id_ed25519 is.
    QVERIFY(QFile::copy(m_sshd.userKeyFile(), m_home->sshDir() + QStringLiteral("/id_ed25519")));
    QVERIFY(
        QFile::setPermissions(m_home->sshDir() + QStringLiteral("/id_ed25519"), QFile::ReadOwner | QFile::WriteOwner));
    m_window = std::make_unique<MainWindow>(m_home->path() + QStringLiteral("/config/sessions.json"));
    SessionConnector::Environment environment;
    environment.homeDir = m_home->path();
    environment.sshDir = m_home->sshDir();
    environment.knownHostsFile = m_home->knownHostsFile();
    environment.sshConfigFile = QStringLiteral("none");
    environment.context = SshConfigContext::forCurrentUser();
    environment.context.homeDir = m_home->path();
    m_window->setSshEnvironment(environment);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Shortcuts and focus need the window to be the active one.
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
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
                         kTimeoutMs)) {
        return nullptr;
    }
    return dialog;
}

SessionProfile TestMainWindow::sandboxProfile(const QString& name) const
{
    SessionProfile profile;
    profile.name = name;
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = m_sshd.port();
    profile.user = m_sshd.loginUser();
    profile.auth.useAgent = false;
    return profile;
}

bool TestMainWindow::acceptOnceAndWaitForShell(ConnectionTab* tab)
{
    HostKeyDialog* dialog = waitForHostKeyDialog(tab);
    if (!dialog) {
        return false;
    }
    QTest::mouseClick(dialog->acceptOnceButton(), Qt::LeftButton);
    // A window manager gives the keyboard back to the window when the dialog closes; offscreen, the test does.
    QApplication::setActiveWindow(m_window.get());
    return QTest::qWaitFor([tab] { return tab->shell() && tab->shell()->isOpen(); }, kTimeoutMs);
}

void TestMainWindow::sessionFromTheEditorOpensAShell()
{
    // Session > New Session…: the editor, filled in by typing.
    m_window->sessionDock()->newSessionAction()->trigger();
    SessionEditorDialog* editor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((editor = m_window->findChild<SessionEditorDialog*>()) && editor->isVisible(), kTimeoutMs);
    typeInto(editor, QStringLiteral("name"), QStringLiteral("Test server"));
    QTest::keyClicks(editor->findChild<QComboBox*>(QStringLiteral("folder")), QStringLiteral("Lab"));
    typeInto(editor, QStringLiteral("host"), QStringLiteral("127.0.0.1"));
    typeInto(editor, QStringLiteral("port"), QString::number(m_sshd.port()));
    typeInto(editor, QStringLiteral("user"), m_sshd.loginUser());
    QVERIFY(editor->okButton()->isEnabled());
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->sessionStore()->sessions().size(), 1, kTimeoutMs);

    // A double-click on it in the tree opens a terminal tab.
    const SessionProfile saved = m_window->sessionStore()->sessions().constFirst();
    QTreeView* tree = m_window->sessionDock()->view();
    const QModelIndex row =
        m_window->sessionDock()->filterModel()->mapFromSource(m_window->sessionModel()->indexForSession(saved.id));
    QVERIFY(row.isValid());
    tree->scrollTo(row);
    const QPoint center = tree->visualRect(row).center();
    QVERIFY(tree->viewport()->rect().contains(center));
    // The first click of a double-click is a click (QTest's double-click event alone is not).
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, center);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, center);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tabCount(), 1, kTimeoutMs);
    ConnectionTab* tab = m_window->currentTab();
    QCOMPARE(tab->connection()->options().port, m_sshd.port());
    QCOMPARE(tab->connection()->options().knownHostsFile, m_home->knownHostsFile());

    QVERIFY(acceptOnceAndWaitForShell(tab));
    QTRY_VERIFY_WITH_TIMEOUT(!tab->terminal()->screenText().trimmed().isEmpty(), kTimeoutMs);
    QCOMPARE(m_window->statusHostText(),
             m_sshd.loginUser() + QStringLiteral("@127.0.0.1:") + QString::number(m_sshd.port()));
    QVERIFY(!m_window->statusCipherText().isEmpty());

    typeLine(tab, QStringLiteral("echo ferry-$((6*7))"));
    QTRY_VERIFY_WITH_TIMEOUT(tab->terminal()->screenText().contains(QLatin1String("\nferry-42")), kTimeoutMs);
}

void TestMainWindow::quickConnectOpensATab()
{
    QuickConnectField* field = m_window->quickConnectField();
    QTest::keyClicks(field->lineEdit(), m_sshd.loginUser() + QStringLiteral("@127.0.0.1:99999"));
    QTest::keyClick(field->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_window->tabCount(), 0);
    QVERIFY(!field->errorText().isEmpty());

    field->lineEdit()->clear();
    QTest::keyClicks(field->lineEdit(),
                     m_sshd.loginUser() + QStringLiteral("@127.0.0.1:") + QString::number(m_sshd.port()));
    QTest::keyClick(field->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_window->tabCount(), 1);
    QVERIFY(field->errorText().isEmpty());
    ConnectionTab* tab = m_window->currentTab();
    QVERIFY(acceptOnceAndWaitForShell(tab));
    typeLine(tab, QStringLiteral("echo quick-$((6*7))"));
    QTRY_VERIFY_WITH_TIMEOUT(tab->terminal()->screenText().contains(QLatin1String("\nquick-42")), kTimeoutMs);
    // Nothing was saved: a quick connection is not a session.
    QCOMPARE(m_window->sessionStore()->sessions().size(), 0);
}

void TestMainWindow::shortcutsWorkWhileTheTerminalHasTheKeys()
{
    const QModelIndex added = m_window->sessionModel()->addSession(sandboxProfile(QStringLiteral("sandbox")));
    QVERIFY(m_window->sessionDock()->selectSession(added.data(SessionTreeModel::ProfileIdRole).toUuid()));
    m_window->sessionDock()->openAction()->trigger();
    QCOMPARE(m_window->tabCount(), 1);
    ConnectionTab* first = m_window->currentTab();
    QVERIFY(acceptOnceAndWaitForShell(first));
    QTRY_VERIFY_WITH_TIMEOUT(terminalDisplay(first)->hasFocus(), kTimeoutMs);

    // Ctrl+Shift+T: the selected session again, typed into the terminal.
    QTest::keyClick(terminalDisplay(first), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->tabCount(), 2);
    ConnectionTab* second = m_window->currentTab();
    QVERIFY(second != first);
    QVERIFY(acceptOnceAndWaitForShell(second));

    // Ctrl+PgUp and Ctrl+PgDown move between tabs.
    QTRY_VERIFY_WITH_TIMEOUT(terminalDisplay(second)->hasFocus(), kTimeoutMs);
    QTest::keyClick(terminalDisplay(second), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_window->currentTab(), first);
    QTest::keyClick(terminalDisplay(first), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_window->currentTab(), second);

    // Ctrl+W is the shell's (delete a word), not Ferry's.
    typeLine(second, QStringLiteral("echo one two"));
    QTest::keyClicks(terminalDisplay(second), QStringLiteral("echo kept-$((6*7)) gone"));
    QTest::keyClick(terminalDisplay(second), Qt::Key_W, Qt::ControlModifier);
    QTest::keyClick(terminalDisplay(second), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(second->terminal()->screenText().contains(QLatin1String("\nkept-42\n")), kTimeoutMs);
    QCOMPARE(m_window->tabCount(), 2);

    // Ctrl+Shift+W closes the tab, after asking since its shell is running.
    QTest::keyClick(terminalDisplay(second), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(second->closeConfirmation() && second->closeConfirmation()->isVisible(), kTimeoutMs);
    QMessageBox* confirm = second->closeConfirmation();
    QAbstractButton* yes = nullptr;
    for (QAbstractButton* button : confirm->buttons()) {
        const QMessageBox::ButtonRole role = confirm->buttonRole(button);
        if (role == QMessageBox::AcceptRole || role == QMessageBox::YesRole || role == QMessageBox::DestructiveRole) {
            yes = button;
        }
    }
    QVERIFY(yes);
    QTest::mouseClick(yes, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tabCount(), 1, kTimeoutMs);
    QCOMPARE(m_window->currentTab(), first);

    // Closing the window with a live shell asks too; Cancel keeps everything.
    QVERIFY(!m_window->close());
    QMessageBox* quit = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (quit = m_window->findChild<QMessageBox*>(QStringLiteral("confirmQuit"))) && quit->isVisible(), kTimeoutMs);
    QCOMPARE(quit->defaultButton(), quit->button(QMessageBox::Cancel));
    QTest::keyClick(quit, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<QMessageBox*>(QStringLiteral("confirmQuit")), kTimeoutMs);
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->tabCount(), 1);

    // Ctrl+Shift+D: another shell on the same connection, with no second login.
    QApplication::setActiveWindow(m_window.get());
    QTRY_VERIFY_WITH_TIMEOUT(terminalDisplay(first)->hasFocus(), kTimeoutMs);
    QTest::keyClick(terminalDisplay(first), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->tabCount(), 2);
    ConnectionTab* copy = m_window->currentTab();
    QVERIFY(copy != first);
    QCOMPARE(copy->sharedConnection(), first->sharedConnection());
    QCOMPARE(copy->terminal()->scrollbackLines(), first->terminal()->scrollbackLines());
    QTRY_VERIFY_WITH_TIMEOUT(copy->shell() && copy->shell()->isOpen(), kTimeoutMs);
    QVERIFY(!copy->findChild<HostKeyDialog*>());
}

void TestMainWindow::openSessionByName()
{
    // What `ferry --session "Local sandbox"` does once the window exists.
    SessionProfile profile = sandboxProfile(QStringLiteral("Local sandbox"));
    profile.terminal.terminalType = QStringLiteral("vt220");
    profile.terminal.scrollbackLines = 1234;
    m_window->sessionModel()->addSession(profile);
    QString error;
    ConnectionTab* tab = m_window->openSessionByName(QStringLiteral("Local sandbox"), &error);
    QVERIFY2(tab, qPrintable(error));
    QCOMPARE(m_window->sessionDock()->currentSourceIndex().data().toString(), QStringLiteral("Local sandbox"));
    // The session's terminal settings reach the terminal and the server.
    QCOMPARE(tab->terminal()->scrollbackLines(), 1234);
    QVERIFY(acceptOnceAndWaitForShell(tab));
    typeLine(tab, QStringLiteral("echo named-$((6*7))-$TERM"));
    QTRY_VERIFY_WITH_TIMEOUT(tab->terminal()->screenText().contains(QLatin1String("\nnamed-42-vt220")), kTimeoutMs);
}

void TestMainWindow::acceptOnceOpensAShell()
{
    QSignalSpy firstOutput(m_window.get(), &MainWindow::firstRemoteOutput);
    ConnectionTab* tab = m_window->openTerminal(m_sshd.clientOptions(m_home->sshDir(), m_home->knownHostsFile()));
    QCOMPARE(m_window->tabCount(), 1);
    QCOMPARE(m_window->statusHostText(), tab->userAtHost());

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

    // A clean exit closes the tab (the default of a new session), and the window shows its placeholder.
    typeLine(tab, QStringLiteral("exit"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tabCount(), 0, kTimeoutMs);
    QCOMPARE(m_window->statusStateText(), QStringLiteral("Not connected"));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("placeholder"))->isVisible());
}

void TestMainWindow::acceptAndSaveWritesKnownHosts()
{
    ConnectionTab* tab = m_window->openTerminal(m_sshd.clientOptions(m_home->sshDir(), m_home->knownHostsFile()));
    HostKeyDialog* dialog = waitForHostKeyDialog(tab);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->acceptAndSaveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tab->connection()->isConnected(), kTimeoutMs);

    int exitCode = -1;
    const QString found = TestHome::runTool(QStringLiteral("ssh-keygen"),
                                            {QStringLiteral("-F"), QStringLiteral("[127.0.0.1]:%1").arg(m_sshd.port()),
                                             QStringLiteral("-f"), m_home->knownHostsFile()},
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
    knownHosts.write("[127.0.0.1]:" + QByteArray::number(m_sshd.port()) + ' ' +
                     otherLine.left(otherLine.lastIndexOf(' ')) + '\n');
    knownHosts.close();

    QSignalSpy failed(m_window.get(), &MainWindow::connectionFailed);
    ConnectionTab* tab = m_window->openTerminal(m_sshd.clientOptions(m_home->sshDir(), m_home->knownHostsFile()));
    QTRY_VERIFY_WITH_TIMEOUT(tab->findChild<HostKeyWarningDialog*>(), kTimeoutMs);
    const HostKeyWarningDialog* warning = tab->findChild<HostKeyWarningDialog*>();
    QCOMPARE(warning->info().fingerprint, fingerprintOf(m_sshd.hostKeyPublicFile()));
    QVERIFY(warning->info().knownFingerprints.contains(fingerprintOf(otherPublic.fileName())));
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

int main(int argc, char* argv[])
{
    // Settings and standard paths of this test only, never the user's; no agent of the user's either.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    qunsetenv("SSH_AUTH_SOCK");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ferry-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mainwindow.moc"
