// The SFTP browser tab in the main window against a real sshd: opened from a saved session (host key
// accepted), navigation by double-click and Backspace, a desktop file dropped on the remote pane, F5
// downloads, the editor's open-edit-save round trip, a conflict answered in the dialog, permissions applied
// on the server, the transfer dock, and "Open SFTP here" on a terminal's connection without a second login.
#include "BrowserTab.h"
#include "ConnectionTab.h"
#include "GuiTestHelpers.h"
#include "HostKeyDialog.h"
#include "MainWindow.h"
#include "Mnemonics.h"
#include "RemoteFileSystem.h"
#include "SessionTreeDock.h"
#include "SharedConnection.h"
#include "SshdFixture.h"
#include "TerminalView.h"
#include "TestHome.h"
#include "browser/DualPaneBrowser.h"
#include "browser/FilePane.h"
#include "browser/PaneNavigationBar.h"
#include "browser/PaneSortProxy.h"
#include "browser/PaneView.h"
#include "browser/RemotePaneModel.h"
#include "editor/CodeEditor.h"
#include "editor/RemoteEditorWindow.h"
#include "profiles/SessionTreeModel.h"
#include "transfer/ConflictDialog.h"
#include "transfer/PermissionsDialog.h"
#include "transfer/TransferDock.h"
#include "transfer/TransferQueue.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

#include <sys/stat.h>

using namespace ferry;
using namespace ferry::test;

namespace {

constexpr int kTimeoutMs = 20000;

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& content, int mode = 0644)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        return false;
    }
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

int modeOf(const QString& path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QModelIndex rowNamed(FilePane* pane, const QString& name)
{
    const int row = pane->model()->rowOf(name);
    return row < 0 ? QModelIndex() : pane->proxy()->mapFromSource(pane->model()->index(row, 0));
}

// Selects the row called name once it has arrived; false when it never does.
bool selectOnly(FilePane* pane, const QString& name)
{
    if (!QTest::qWaitFor([pane, &name] { return rowNamed(pane, name).isValid(); }, kTimeoutMs)) {
        return false;
    }
    const QModelIndex index = rowNamed(pane, name);
    pane->view()->setFocus();
    pane->view()->setCurrentIndex(index);
    pane->view()->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

QAction* paneAction(FilePane* pane, const QString& name)
{
    for (QAction* action : pane->contextActions()) {
        if (action->objectName() == name) {
            return action;
        }
    }
    return nullptr;
}

} // namespace

class TestSftpBrowser : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openFromSessionAndNavigate();
    void fileOperationsOnTheServer();
    void desktopFileDroppedOnTheRemotePaneArrives();
    void f5DownloadsTheSelectedRemoteFile();
    void editorRoundTripKeepsTheMode();
    void conflictAnsweredThroughTheDialog();
    void permissionsChangeAppliedOnTheServer();
    void dragOutDownloadsToATemporaryFolder();
    void openSftpHereSharesTheTerminalConnection();
    void bookmarksAndLayoutKeptPerSession();
    void lostConnectionOffersReconnect();
    void windowScreenshots();

private:
    SessionProfile sandboxProfile() const;
    BrowserTab* openBrowser();
    bool acceptHostKey(BrowserTab* tab);
    void load(FilePane* pane, const QString& path);

    SshdFixture m_sshd;
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_remote;
    QString m_local;
    QUuid m_sessionId;
};

void TestSftpBrowser::initTestCase()
{
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
}

void TestSftpBrowser::init()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QVERIFY(QDir().mkpath(m_home->sshDir()));
    const QString key = m_home->sshDir() + QStringLiteral("/id_ed25519");
    QVERIFY(QFile::copy(m_sshd.userKeyFile(), key));
    QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner));
    // The server runs as this user on this machine: its files are these.
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    m_remote = QDir(m_work->path()).filePath(QStringLiteral("server"));
    m_local = QDir(m_work->path()).filePath(QStringLiteral("desktop"));
    QVERIFY(QDir().mkpath(m_remote + QStringLiteral("/sub folder/inner")));
    QVERIFY(QDir().mkpath(m_local));

    // Qt finds the settings file once per process: each test starts from empty settings (layout, bookmarks).
    QSettings().clear();
    m_sessionId = QUuid::createUuid();
    m_window = std::make_unique<MainWindow>(m_home->path() + QStringLiteral("/config/sessions.json"));
    SessionConnector::Environment environment;
    environment.homeDir = m_home->path();
    environment.sshDir = m_home->sshDir();
    environment.knownHostsFile = m_home->knownHostsFile();
    environment.sshConfigFile = QStringLiteral("none");
    environment.context = SshConfigContext::forCurrentUser();
    environment.context.homeDir = m_home->path();
    m_window->setSshEnvironment(environment);
    m_window->resize(1300, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
}

void TestSftpBrowser::cleanup()
{
    m_window.reset();
    m_home.reset();
    m_work.reset();
}

SessionProfile TestSftpBrowser::sandboxProfile() const
{
    SessionProfile profile;
    profile.id = m_sessionId;
    profile.name = QStringLiteral("sandbox");
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = m_sshd.port();
    profile.user = m_sshd.loginUser();
    profile.auth.useAgent = false;
    return profile;
}

void TestSftpBrowser::load(FilePane* pane, const QString& path)
{
    pane->navigateTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->path(), path, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->model()->isLoading(), kTimeoutMs);
}

BrowserTab* TestSftpBrowser::openBrowser()
{
    BrowserTab* tab = m_window->openSftp(sandboxProfile());
    if (!tab || !acceptHostKey(tab)) {
        return nullptr;
    }
    FilePane* local = tab->browser()->localPane();
    local->navigateTo(m_local);
    if (!QTest::qWaitFor([local, this] { return local->model()->path() == m_local && !local->model()->isLoading(); },
                         kTimeoutMs)) {
        return nullptr;
    }
    return tab;
}

bool TestSftpBrowser::acceptHostKey(BrowserTab* tab)
{
    HostKeyDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = tab->findChild<HostKeyDialog*>()) && dialog->isVisible(); },
                         kTimeoutMs)) {
        return false;
    }
    QTest::mouseClick(dialog->acceptOnceButton(), Qt::LeftButton);
    QApplication::setActiveWindow(m_window.get());
    return QTest::qWaitFor([tab] { return tab->fileSystem() && tab->fileSystem()->isReady(); }, kTimeoutMs);
}

void TestSftpBrowser::openFromSessionAndNavigate()
{
    BrowserTab* tab = openBrowser();
    QVERIFY(tab);
    QCOMPARE(m_window->tabWidget()->tabText(m_window->tabWidget()->indexOf(tab)),
             QStringLiteral("SFTP — %1").arg(tab->userAtHost()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusStateText(), QStringLiteral("Connected"), kTimeoutMs);
    QCOMPARE(m_window->statusHostText(), tab->userAtHost());
    QVERIFY(!m_window->statusCipherText().isEmpty());
    QVERIFY(m_window->transferDock()->isVisible());
    QCOMPARE(m_window->transferDock()->queue(), tab->queue());
    // Menus, panes and the transfer dock together: every Alt+letter reaches one control.
    QVERIFY2(mnemonicClashes(m_window.get()).isEmpty(), qPrintable(mnemonicClashes(m_window.get()).join(QLatin1Char('\n'))));

    FilePane* remote = tab->browser()->remotePane();
    // The home folder comes first, the server's own.
    QTRY_COMPARE_WITH_TIMEOUT(remote->model()->path(), tab->fileSystem()->homePath(), kTimeoutMs);
    load(remote, m_remote);

    // A double-click opens a folder; Backspace goes back up with the folder left selected.
    const QModelIndex sub = rowNamed(remote, QStringLiteral("sub folder"));
    QVERIFY(sub.isValid());
    const QPoint center = remote->view()->visualRect(sub).center();
    QTest::mouseClick(remote->view()->viewport(), Qt::LeftButton, Qt::NoModifier, center);
    QTest::mouseDClick(remote->view()->viewport(), Qt::LeftButton, Qt::NoModifier, center);
    QTRY_COMPARE_WITH_TIMEOUT(remote->model()->path(), m_remote + QStringLiteral("/sub folder"), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(remote, QStringLiteral("inner")).isValid(), kTimeoutMs);
    remote->view()->setFocus();
    QTest::keyClick(remote->view(), Qt::Key_Backspace);
    QTRY_COMPARE_WITH_TIMEOUT(remote->model()->path(), m_remote, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(remote->selectedPaths(), QStringList{m_remote + QStringLiteral("/sub folder")},
                              kTimeoutMs);
}

void TestSftpBrowser::fileOperationsOnTheServer()
{
    QVERIFY(QDir().mkpath(m_remote + QStringLiteral("/old tree/a/b")));
    for (int i = 0; i < 50; ++i) {
        QVERIFY(writeFile(m_remote + QStringLiteral("/old tree/a/b/f%1.txt").arg(i), "x"));
    }
    QVERIFY(writeFile(m_remote + QStringLiteral("/target.txt"), "target"));
    QVERIFY(QFile::link(QStringLiteral("target.txt"), m_remote + QStringLiteral("/link")));
    QVERIFY(QFile::link(QStringLiteral("sub folder"), m_remote + QStringLiteral("/folder link")));
    BrowserTab* tab = openBrowser();
    QVERIFY(tab);
    FilePane* remote = tab->browser()->remotePane();
    load(remote, m_remote);
    RemotePaneModel* model = tab->remoteModel();

    // Links show where they point; a link to a folder opens like one. Owners come from the server.
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(QStringLiteral("folder link")) >= 0, kTimeoutMs);
    const PaneEntry link = model->entry(model->rowOf(QStringLiteral("link")));
    QVERIFY(link.isSymlink);
    QCOMPARE(link.linkTarget, QStringLiteral("target.txt"));
    QVERIFY(model->entry(model->rowOf(QStringLiteral("folder link"))).isFolder());
    QCOMPARE(model->entry(model->rowOf(QStringLiteral("target.txt"))).owner, m_sshd.loginUser());

    QSignalSpy finished(model, &PaneModel::operationFinished);
    model->makeDirectory(m_remote + QStringLiteral("/new folder"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QVERIFY(QFileInfo(m_remote + QStringLiteral("/new folder")).isDir());
    model->rename(m_remote + QStringLiteral("/target.txt"), m_remote + QStringLiteral("/new folder/moved.txt"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kTimeoutMs);
    QCOMPARE(readFile(m_remote + QStringLiteral("/new folder/moved.txt")), QByteArray("target"));

    // A rename onto an existing name is refused and says so.
    QSignalSpy failed(model, &PaneModel::operationFailed);
    model->rename(m_remote + QStringLiteral("/new folder"), m_remote + QStringLiteral("/sub folder"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, kTimeoutMs);
    QCOMPARE(failed.count(), 1);
    QVERIFY(QFileInfo(m_remote + QStringLiteral("/new folder")).isDir());

    // A folder goes with everything in it, with progress on the way; a link goes, never what it points to.
    QSignalSpy progress(model, &RemotePaneModel::operationProgress);
    model->remove({m_remote + QStringLiteral("/old tree"), m_remote + QStringLiteral("/folder link")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, kTimeoutMs);
    QVERIFY(!QFileInfo::exists(m_remote + QStringLiteral("/old tree")));
    QVERIFY(!QFileInfo(m_remote + QStringLiteral("/folder link")).isSymLink());
    QVERIFY(QFileInfo(m_remote + QStringLiteral("/sub folder/inner")).isDir());
    QVERIFY(!progress.isEmpty());
    QVERIFY(progress.constLast().constFirst().toString().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(QStringLiteral("old tree")) < 0, kTimeoutMs);
}

void TestSftpBrowser::desktopFileDroppedOnTheRemotePaneArrives()
{
    const QByteArray content = QByteArray("dropped from the desktop\n").repeated(5000);
    const QString source = m_local + QStringLiteral("/from desktop ünïcode.txt");
    QVERIFY(writeFile(source, content));
    BrowserTab* tab = openBrowser();
    QVERIFY(tab);
    FilePane* remote = tab->browser()->remotePane();
    load(remote, m_remote);

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(source)});
    QWidget* viewport = remote->view()->viewport();
    const QPoint empty(20, viewport->height() - 5);
    QDragEnterEvent enter(empty, Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(empty, Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(empty, Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(drop.dropAction(), Qt::CopyAction);

    const QString arrived = m_remote + QStringLiteral("/from desktop ünïcode.txt");
    QTRY_COMPARE_WITH_TIMEOUT(readFile(arrived), content, kTimeoutMs);
    // The pane shows what arrived, and the dock says it is done.
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(remote, QStringLiteral("from desktop ünïcode.txt")).isValid(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tab->queue()->rowCount(), 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tab->queue()->state(tab->queue()->jobAt(0)), TransferQueue::State::Done, kTimeoutMs);
    QVERIFY(m_window->transferDock()->totalsText().contains(QLocale().formattedDataSize(content.size())));
}

void TestSftpBrowser::f5DownloadsTheSelectedRemoteFile()
{
    QByteArray content;
    for (int i = 0; i < 200000; ++i) {
        content.append(char(i * 7 + i / 251));
    }
    QVERIFY(writeFile(m_remote + QStringLiteral("/data.bin"), content));
    BrowserTab* tab = openBrowser();
    QVERIFY(tab);
    FilePane* remote = tab->browser()->remotePane();
    load(remote, m_remote);
    QVERIFY(selectOnly(remote, QStringLiteral("data.bin")));
    QTest::keyClick(remote->view(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(readFile(m_local + QStringLiteral("/data.bin")), content, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(tab->browser()->localPane(), QStringLiteral("data.bin")).isValid(), kTimeoutMs);
    QVERIFY(!QFile::exists(m_local + QStringLiteral("/data.bin.ferrypart")));
}

void TestSftpBrowser::editorRoundTripKeepsTheMode()
{
    const QString path = m_remote + QStringLiteral("/notes.conf");
    QVERIFY(writeFile(path, "first line\n", 0640));
    QVERIFY(writeFile(m_remote + QStringLiteral("/binary.dat"), QByteArray("\x00\x01\x02\xff", 4)));
    BrowserTab* tab = openBrowser();
    QVERIFY(tab);
    FilePane* remote = tab->browser()->remotePane();
    load(remote, m_remote);

    // A binary file is refused with the check's message; no window opens.
    tab->editRemoteFile(m_remote + QStringLiteral("/binary.dat"));
    QTRY_VERIFY_WITH_TIMEOUT(tab->messageText().contains(QStringLiteral("binary.dat")), kTimeoutMs);
    QVERIFY(tab->editorWindows().isEmpty());

    QVERIFY(selectOnly(remote, QStringLiteral("notes.conf")));
    paneAction(remote, QStringLiteral("editAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(tab->editorWindows().size(), 1, kTimeoutMs);
    RemoteEditorWindow* editor = tab->editorWindows().constFirst();
    QVERIFY(editor->windowTitle().contains(tab->userAtHost()));
    QCOMPARE(editor->editor()->toPlainText(), QStringLiteral("first line\n"));
    editor->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor->editor(), QStringLiteral("second line"));
    editor->save();
    QTRY_COMPARE_WITH_TIMEOUT(readFile(path), QByteArray("first line\nsecond line"), kTimeoutMs);
    QCOMPARE(modeOf(path), 0640);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving(), kTimeoutMs);

    // Changed on the server meanwhile: the window asks instead of overwriting.
    QVERIFY(writeFile(path, "someone else's edit\n", 0640));
    QTest::keyClicks(editor->editor(), QStringLiteral("!"));
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(editor->question() != nullptr, kTimeoutMs);
    QCOMPARE(readFile(path), QByteArray("someone else's edit\n"));
    editor->question()->reject();
}

void TestSftpBrowser::conflictAnsweredThroughTheDialog()
{
    QVERIFY(writeFile(m_remote + QStringLiteral("/same.txt"), "old on the server\n"));
    QVERIFY(writeFile(m_local + QStringLiteral("/same.txt"), "new from the desktop\n"));
    QVERIFY(writeFile(m_remote + QStringLiteral("/keep.txt"), "server copy\n"));
    QVERIFY(writeFile(m_local + QStringLiteral("/keep.txt"), "local copy\n"));
    BrowserTab* tab = openBrowser();
    QVERIFY(tab);
    load(tab->browser()->remotePane(), m_remote);
    FilePane* local = tab->browser()->localPane();
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(local, QStringLiteral("same.txt")).isValid(), kTimeoutMs);

    QVERIFY(selectOnly(local, QStringLiteral("same.txt")));
    QTest::keyClick(local->view(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(tab->conflictDialog() && tab->conflictDialog()->isVisible(), kTimeoutMs);
    QTest::mouseClick(tab->conflictDialog()->button(ConflictAction::Overwrite), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(readFile(m_remote + QStringLiteral("/same.txt")), QByteArray("new from the desktop\n"),
                              kTimeoutMs);

    // Cancel in the dialog cancels that file's transfer and leaves the target as it was.
    QVERIFY(selectOnly(local, QStringLiteral("keep.txt")));
    QTest::keyClick(local->view(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(tab->conflictDialog() && tab->conflictDialog()->isVisible(), kTimeoutMs);
    QTest::mouseClick(tab->conflictDialog()->cancelButton(), Qt::LeftButton);
    TransferQueue* queue = tab->queue();
    QTRY_VERIFY_WITH_TIMEOUT(queue->rowCount() == 2 && queue->state(queue->jobAt(1)) == TransferQueue::State::Cancelled,
                             kTimeoutMs);
    QCOMPARE(readFile(m_remote + QStringLiteral("/keep.txt")), QByteArray("server copy\n"));
    QVERIFY(!QFile::exists(m_remote + QStringLiteral("/keep.txt.ferrypart")));
}

void TestSftpBrowser::permissionsChangeAppliedOnTheServer()
{
    QVERIFY(writeFile(m_remote + QStringLiteral("/script.sh"), "#!/bin/sh\n", 0644));
    QVERIFY(writeFile(m_remote + QStringLiteral("/sub folder/inner/deep.txt"), "deep\n", 0664));
    BrowserTab* tab = openBrowser();
    QVERIFY(tab);
    FilePane* remote = tab->browser()->remotePane();
    load(remote, m_remote);

    QVERIFY(selectOnly(remote, QStringLiteral("script.sh")));
    paneAction(remote, QStringLiteral("permissionsAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(tab->permissionsDialog() && tab->permissionsDialog()->isVisible(), kTimeoutMs);
    QLineEdit* octal = tab->permissionsDialog()->octalField();
    octal->selectAll();
    QTest::keyClicks(octal, QStringLiteral("750"));
    QTest::mouseClick(tab->permissionsDialog()->okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(modeOf(m_remote + QStringLiteral("/script.sh")), 0750, kTimeoutMs);

    // Recursive: "others lose read" is applied to each item's own mode, down the tree; files do not take the
    // folder's execute bits.
    const QString sub = m_remote + QStringLiteral("/sub folder");
    const int subMode = modeOf(sub);
    const int innerMode = modeOf(sub + QStringLiteral("/inner"));
    QVERIFY((subMode & 04) && (innerMode & 04));
    QVERIFY(selectOnly(remote, QStringLiteral("sub folder")));
    paneAction(remote, QStringLiteral("permissionsAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(tab->permissionsDialog() && tab->permissionsDialog()->isVisible(), kTimeoutMs);
    PermissionsDialog* dialog = tab->permissionsDialog();
    dialog->bitBox(04)->setChecked(false);
    dialog->recursiveBox()->setChecked(true);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(modeOf(sub + QStringLiteral("/inner/deep.txt")), 0660, kTimeoutMs);
    QCOMPARE(modeOf(sub), subMode & ~04);
    QCOMPARE(modeOf(sub + QStringLiteral("/inner")), innerMode & ~04);
}

void TestSftpBrowser::dragOutDownloadsToATemporaryFolder()
{
    QVERIFY(writeFile(m_remote + QStringLiteral("/dragged.txt"), "out to the desktop\n"));
    BrowserTab* tab = openBrowser();
    QVERIFY(tab);
    FilePane* remote = tab->browser()->remotePane();
    load(remote, m_remote);
    // Offscreen a drag returns at once: the drop target's question for the URLs is asked here instead.
    std::unique_ptr<QMimeData> data(remote->createDragData({m_remote + QStringLiteral("/dragged.txt")}));
    const QList<QUrl> urls = data->urls();
    QCOMPARE(urls.size(), 1);
    QVERIFY(!urls.constFirst().toLocalFile().startsWith(m_remote));
    QCOMPARE(readFile(urls.constFirst().toLocalFile()), QByteArray("out to the desktop\n"));
}

void TestSftpBrowser::openSftpHereSharesTheTerminalConnection()
{
    const int logStart = m_sshd.log().size();
    ConnectionTab* terminal = m_window->openSession(sandboxProfile());
    HostKeyDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = terminal->findChild<HostKeyDialog*>()) && dialog->isVisible(), kTimeoutMs);
    QTest::mouseClick(dialog->acceptOnceButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(terminal->shell() && terminal->shell()->isOpen(), kTimeoutMs);

    m_window->findChild<QAction*>(QStringLiteral("openSftpHere"))->trigger();
    BrowserTab* browser = m_window->currentBrowserTab();
    QVERIFY(browser);
    QCOMPARE(browser->sharedConnection(), terminal->sharedConnection());
    QCOMPARE(browser->connection(), terminal->connection());
    QTRY_VERIFY_WITH_TIMEOUT(browser->fileSystem()->isReady(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(browser->browser()->remotePane()->model()->path(), browser->fileSystem()->homePath(),
                              kTimeoutMs);
    // No second host key question, and one login on the server.
    QVERIFY(!browser->findChild<HostKeyDialog*>());
    QCOMPARE(m_sshd.log().mid(logStart).count(QLatin1String("Accepted publickey")), 1);

    // Closing the terminal leaves the browser's connection up.
    m_window->tabWidget()->setCurrentWidget(terminal);
    terminal->requestClose();
    QTRY_VERIFY_WITH_TIMEOUT(terminal->closeConfirmation(), kTimeoutMs);
    const auto buttons = terminal->closeConfirmation()->buttons();
    for (QAbstractButton* button : buttons) {
        if (terminal->closeConfirmation()->buttonRole(button) == QMessageBox::AcceptRole) {
            QTest::mouseClick(button, Qt::LeftButton);
            break;
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tabCount(), 1, kTimeoutMs);
    QVERIFY(browser->connection()->isConnected());
    load(browser->browser()->remotePane(), m_remote);
}

void TestSftpBrowser::bookmarksAndLayoutKeptPerSession()
{
    QPointer<BrowserTab> tab = openBrowser();
    QVERIFY(tab);
    FilePane* remote = tab->browser()->remotePane();
    load(remote, m_remote);
    remote->navigationBar()->bookmarkAction()->trigger();
    QCOMPARE(remote->bookmarks(), QStringList{m_remote});
    tab->browser()->splitter()->setSizes({300, 700});
    const QList<int> sizes = tab->browser()->splitter()->sizes();
    tab->requestClose();
    QTRY_VERIFY_WITH_TIMEOUT(!tab, kTimeoutMs);

    BrowserTab* again = openBrowser();
    QVERIFY(again);
    QCOMPARE(again->browser()->remotePane()->bookmarks(), QStringList{m_remote});
    QCOMPARE(again->browser()->splitter()->sizes(), sizes);

    // "Open SFTP here" from a terminal of the same session shows them too.
    ConnectionTab* terminal = m_window->openSession(sandboxProfile());
    HostKeyDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = terminal->findChild<HostKeyDialog*>()) && dialog->isVisible(), kTimeoutMs);
    QTest::mouseClick(dialog->acceptOnceButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(terminal->shell() && terminal->shell()->isOpen(), kTimeoutMs);
    BrowserTab* here = m_window->openSftpHere(terminal);
    QCOMPARE(here->browser()->remotePane()->bookmarks(), QStringList{m_remote});

    // Another session keeps bookmarks of its own.
    m_sessionId = QUuid::createUuid();
    BrowserTab* other = openBrowser();
    QVERIFY(other);
    QVERIFY(other->browser()->remotePane()->bookmarks().isEmpty());
}

void TestSftpBrowser::lostConnectionOffersReconnect()
{
    QVERIFY(writeFile(m_remote + QStringLiteral("/after.txt"), "after the reconnection\n"));
    BrowserTab* tab = openBrowser();
    QVERIFY(tab);
    FilePane* remote = tab->browser()->remotePane();
    load(remote, m_remote);

    QVERIFY(m_sshd.killConnections() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(tab->messageText().contains(QStringLiteral("was lost")), kTimeoutMs);
    QVERIFY(tab->reconnectButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusStateText().startsWith(QStringLiteral("Disconnected")), kTimeoutMs);

    QTest::mouseClick(tab->reconnectButton(), Qt::LeftButton);
    QVERIFY(acceptHostKey(tab));
    QTRY_VERIFY_WITH_TIMEOUT(tab->messageText().isEmpty(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusStateText(), QStringLiteral("Connected"), kTimeoutMs);
    // The pane and the queue work on the new connection.
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(remote, QStringLiteral("after.txt")).isValid(), kTimeoutMs);
    QVERIFY(selectOnly(remote, QStringLiteral("after.txt")));
    QTest::keyClick(remote->view(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(readFile(m_local + QStringLiteral("/after.txt")), QByteArray("after the reconnection\n"),
                              kTimeoutMs);
}

// The window with a terminal tab and a browser tab on its connection whose dock shows a running and a finished
// transfer: the columns must give the names the spare width. With FERRY_SCREENSHOT_DIR set (scripts/screenshots,
// under Xvfb) the picture is saved there as sftp-browser.png.
void TestSftpBrowser::windowScreenshots()
{
    QVERIFY(QDir().mkpath(m_remote + QStringLiteral("/www/assets")));
    QVERIFY(QDir().mkpath(m_remote + QStringLiteral("/backups")));
    QVERIFY(writeFile(m_remote + QStringLiteral("/www/index.html"), QByteArray(4200, 'h')));
    QVERIFY(writeFile(m_remote + QStringLiteral("/deploy.sh"), "#!/bin/sh\n", 0755));
    QVERIFY(writeFile(m_remote + QStringLiteral("/nginx.conf"), QByteArray(2900, 'n'), 0640));
    QVERIFY(writeFile(m_remote + QStringLiteral("/release notes 2026.md"), QByteArray(18000, 'r')));
    QVERIFY(writeFile(m_local + QStringLiteral("/photo-2026-05-01.jpg"), QByteArray(350000, 'p')));
    QVERIFY(writeFile(m_local + QStringLiteral("/report.pdf"), QByteArray(120000, 'p')));
    QFile big(m_local + QStringLiteral("/site-backup.tar.gz"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(qint64(256) * 1024 * 1024));
    big.close();

    m_window->resize(1280, 800);
    // A sessions panel as a user's would look.
    SessionProfile web = sandboxProfile();
    web.id = QUuid::createUuid();
    web.name = QStringLiteral("web server");
    web.folder = QStringLiteral("Production");
    SessionProfile sandbox = sandboxProfile();
    sandbox.folder = QStringLiteral("Lab");
    m_window->sessionModel()->addSessions({sandbox, web});
    m_window->sessionDock()->view()->expandAll();
    m_window->sessionDock()->selectSession(sandbox.id);

    ConnectionTab* terminal = m_window->openSession(sandbox);
    HostKeyDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = terminal->findChild<HostKeyDialog*>()) && dialog->isVisible(), kTimeoutMs);
    QTest::mouseClick(dialog->acceptOnceButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(terminal->shell() && terminal->shell()->isOpen(), kTimeoutMs);
    typeLine(terminal, QStringLiteral("echo \"Ferry $((6*7))\""));
    QTRY_VERIFY_WITH_TIMEOUT(terminal->terminal()->screenText().contains(QStringLiteral("Ferry 42")), kTimeoutMs);

    BrowserTab* tab = m_window->openSftpHere(terminal);
    QTRY_VERIFY_WITH_TIMEOUT(tab->fileSystem()->isReady(), kTimeoutMs);
    FilePane* remote = tab->browser()->remotePane();
    FilePane* local = tab->browser()->localPane();
    load(remote, m_remote);
    load(local, m_local);
    m_window->transferDock()->bandwidthBox()->setValue(8 * 1024);
    tab->transfer(PaneModel::Kind::Remote, {m_remote + QStringLiteral("/nginx.conf")}, m_local);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_local + QStringLiteral("/nginx.conf")), kTimeoutMs);
    tab->transfer(PaneModel::Kind::Local, {big.fileName()}, m_remote);
    TransferQueue* queue = tab->queue();
    QTRY_VERIFY_WITH_TIMEOUT(queue->rowCount() == 2 &&
                                 queue->data(queue->index(1, 0), TransferQueue::BytesDoneRole).toLongLong() >
                                     4 * 1024 * 1024,
                             kTimeoutMs);
    QVERIFY(selectOnly(remote, QStringLiteral("release notes 2026.md")));
    QTRY_VERIFY_WITH_TIMEOUT(queue->speed() > 0 && queue->eta() > 0, kTimeoutMs);
    const QImage browserShot = m_window->grab().toImage();
    QVERIFY(!browserShot.isNull());

    const QString out = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
    if (!out.isEmpty()) {
        QVERIFY(browserShot.save(QDir(out).filePath(QStringLiteral("sftp-browser.png"))));
    }
    // The names get the spare width, in the panes and in the dock.
    for (FilePane* pane : {local, remote}) {
        const QHeaderView* header = pane->view()->header();
        for (int column = 1; column < header->count(); ++column) {
            QVERIFY2(header->sectionSize(0) >= header->sectionSize(column), qPrintable(QString::number(column)));
        }
    }
    const QHeaderView* dockHeader = m_window->transferDock()->view()->header();
    QVERIFY(dockHeader->sectionSize(TransferQueue::NameColumn) >= dockHeader->sectionSize(TransferQueue::StateColumn));
    QVERIFY(m_window->transferDock()->totalsText().contains(QStringLiteral("/s")));

    // Closing the tab while a transfer runs asks first.
    tab->requestClose();
    QTRY_VERIFY_WITH_TIMEOUT(tab->closeConfirmation() && tab->closeConfirmation()->isVisible(), kTimeoutMs);
    tab->closeConfirmation()->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!tab->closeConfirmation(), kTimeoutMs);
    QCOMPARE(m_window->currentBrowserTab(), tab);
    QVERIFY(queue->isBusy());

    queue->cancelAll();
    QTRY_VERIFY_WITH_TIMEOUT(!queue->isBusy(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(m_remote + QStringLiteral("/site-backup.tar.gz.ferrypart")), kTimeoutMs);
}

QTEST_MAIN(TestSftpBrowser)
#include "tst_sftpbrowser.moc"
