// The saved-session side of the main window, without a server: the editor and its validation, the tree
// (drag and drop, rename, duplicate, delete, filter), the sessions file (corrupt, newer, export and import),
// the ssh_config import preview, the quick-connect field and the window's remembered geometry.
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "Mnemonics.h"
#include "NoticeBar.h"
#include "QuickConnectField.h"
#include "SessionAuthPage.h"
#include "SessionEditorDialog.h"
#include "SessionFilterModel.h"
#include "SessionTreeDock.h"
#include "SshConfigImportDialog.h"
#include "keys/KeyManagerDialog.h"
#include "keys/KnownHostsDialog.h"
#include "profiles/SessionTreeModel.h"
#include "trust/KeyListModel.h"
#include "trust/KnownHostsModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace ferry;
using namespace ferry::test;

Q_DECLARE_METATYPE(ferry::SessionProfile)

namespace {

constexpr int kTimeoutMs = 5000;

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

SessionProfile makeProfile(const QString& name, const QString& folder, const QString& host)
{
    SessionProfile profile;
    profile.name = name;
    profile.folder = folder;
    profile.host = host;
    profile.user = QStringLiteral("alice");
    return profile;
}

template <typename T> T* waitForChild(QWidget* parent, const QString& name = QString())
{
    T* found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            found = parent->findChild<T*>(name);
            return found && found->isVisible();
        },
        kTimeoutMs);
    return shown ? found : nullptr;
}

} // namespace

class TestSessionManager : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void quickConnectParsing_data();
    void quickConnectParsing();
    void quickConnectFieldShowsErrorsInline();
    void editorValidatesInline();
    void editorKeepsEveryField();
    void newSessionThroughTheWindowIsSaved();
    void corruptSessionsFileIsMovedAsideAndExplained();
    void newerSessionsFileIsMovedAside();
    void partlyReadableSessionsFileSaysWhat();
    void sshConfigImportPreview();
    void dragAndDropMovesASession();
    void renameDuplicateAndFilter();
    void deleteAsksFirstAndSaysWhat();
    void exportAndImportFerrySessions();
    void openSessionByNameReportsUnknownNames();
    void geometryAndDockPersist();
    void toolsMenuOpensKeyAndKnownHostsManagers();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QString sessionsFile() const { return m_dir->filePath(QStringLiteral("config/sessions.json")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSessionManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings().clear();
}

void TestSessionManager::cleanup()
{
    QSettings().clear();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestSessionManager::makeWindow()
{
    auto window = std::make_unique<MainWindow>(sessionsFile());
    SessionConnector::Environment environment;
    environment.sshDir = m_dir->filePath(QStringLiteral("home/.ssh"));
    environment.sshConfigFile = QStringLiteral("none");
    environment.homeDir = m_dir->filePath(QStringLiteral("home"));
    environment.context = SshConfigContext::forCurrentUser();
    environment.context.homeDir = environment.homeDir;
    environment.context.environment.insert(QStringLiteral("HOME"), environment.homeDir);
    window->setSshEnvironment(environment);
    return window;
}

void TestSessionManager::quickConnectParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");

    QTest::newRow("host") << "example.com" << true << ""
                          << "example.com" << -1;
    QTest::newRow("user@host") << "me@example.com" << true << "me"
                               << "example.com" << -1;
    QTest::newRow("user@host:port") << "me@example.com:2222" << true << "me"
                                    << "example.com" << 2222;
    QTest::newRow("spaces around") << "  me@example.com:22 " << true << "me"
                                   << "example.com" << 22;
    QTest::newRow("ipv6 with port") << "me@[::1]:22" << true << "me"
                                    << "::1" << 22;
    QTest::newRow("ipv6 bracketed") << "[fe80::1]" << true << ""
                                    << "fe80::1" << -1;
    QTest::newRow("ipv6 bare") << "root@2001:db8::7" << true << "root"
                               << "2001:db8::7" << -1;
    QTest::newRow("url") << "ssh://me@example.com:2200/" << true << "me"
                         << "example.com" << 2200;
    QTest::newRow("user with @") << "me@corp@example.com" << true << "me@corp"
                                 << "example.com" << -1;
    QTest::newRow("empty") << "" << false << ""
                           << "" << -1;
    QTest::newRow("no user") << "@example.com" << false << ""
                             << "" << -1;
    QTest::newRow("no host") << "me@" << false << ""
                             << "" << -1;
    QTest::newRow("no port") << "me@example.com:" << false << ""
                             << "" << -1;
    QTest::newRow("port zero") << "me@example.com:0" << false << ""
                               << "" << -1;
    QTest::newRow("port too big") << "me@example.com:65536" << false << ""
                                  << "" << -1;
    QTest::newRow("port not a number") << "me@example.com:ssh" << false << ""
                                       << "" << -1;
    QTest::newRow("unclosed bracket") << "me@[::1:22" << false << ""
                                      << "" << -1;
    QTest::newRow("junk after bracket") << "me@[::1]22" << false << ""
                                        << "" << -1;
    QTest::newRow("space inside") << "me@exa mple.com" << false << ""
                                  << "" << -1;
}

void TestSessionManager::quickConnectParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    Destination target;
    QString error;
    QCOMPARE(QuickConnectField::parse(text, &target, &error), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QCOMPARE(target.user, user);
    QCOMPARE(target.host, host);
    QCOMPARE(target.port, port);
}

void TestSessionManager::quickConnectFieldShowsErrorsInline()
{
    QuickConnectField field;
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    QSignalSpy requested(&field, &QuickConnectField::connectRequested);

    QTest::keyClicks(field.lineEdit(), QStringLiteral("me@example.com:99999"));
    QTest::keyClick(field.lineEdit(), Qt::Key_Return);
    QCOMPARE(requested.count(), 0);
    QVERIFY(field.errorText().contains(QLatin1String("99999")));
    QVERIFY(field.findChild<QLabel*>(QStringLiteral("quickConnectError"))->isVisible());

    // Editing the text takes the message away; a good destination connects.
    QTest::keyClick(field.lineEdit(), Qt::Key_Backspace);
    QVERIFY(field.errorText().isEmpty());
    field.lineEdit()->clear();
    QTest::keyClicks(field.lineEdit(), QStringLiteral("me@[::1]:2222"));
    QTest::keyClick(field.lineEdit(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    const auto target = requested.first().first().value<Destination>();
    QCOMPARE(target.host, QStringLiteral("::1"));
    QCOMPARE(target.port, 2222);
    QCOMPARE(target.user, QStringLiteral("me"));
}

void TestSessionManager::editorValidatesInline()
{
    SessionEditorDialog dialog(SessionProfile(), {}, {QStringLiteral("Work/web")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Every page with the tab bar and the buttons: each Alt+letter reaches one control.
    const QStringList clashes = mnemonicClashesOnEveryPage(&dialog);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1String("; "))));
    const auto message = [&dialog](const char* name) {
        auto* label = dialog.findChild<QLabel*>(QLatin1String(name));
        return label && label->isVisible() ? label->text() : QString();
    };

    // A new session is not ready: no name, no host.
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!message("nameMessage").isEmpty());
    QVERIFY(!message("hostMessage").isEmpty());
    QVERIFY(message("portMessage").isEmpty());

    typeInto(&dialog, QStringLiteral("name"), QStringLiteral("web"));
    QVERIFY(message("nameMessage").isEmpty());
    typeInto(&dialog, QStringLiteral("host"), QStringLiteral("web.example.com"));
    QVERIFY(message("hostMessage").isEmpty());
    QVERIFY(dialog.okButton()->isEnabled());

    for (const QString& bad : {QStringLiteral("0"), QStringLiteral("65536"), QStringLiteral("22a"), QString()}) {
        typeInto(&dialog, QStringLiteral("port"), bad);
        QVERIFY2(message("portMessage").contains(QLatin1String("65535")), qPrintable(bad));
        QVERIFY(!dialog.okButton()->isEnabled());
    }
    typeInto(&dialog, QStringLiteral("port"), QStringLiteral("2222"));
    QVERIFY(message("portMessage").isEmpty());
    QVERIFY(dialog.okButton()->isEnabled());

    // The same name in the same folder as another session would make `ferry --session` ambiguous.
    dialog.findChild<QComboBox*>(QStringLiteral("folder"))->setCurrentText(QStringLiteral("Work"));
    QVERIFY(message("nameMessage").contains(QLatin1String("web")));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.findChild<QComboBox*>(QStringLiteral("folder"))->setCurrentText(QStringLiteral("Home"));
    QVERIFY(dialog.okButton()->isEnabled());

    typeInto(&dialog, QStringLiteral("host"), QStringLiteral("bob@web.example.com"));
    QVERIFY(message("hostMessage").contains(QLatin1String("User")));
    typeInto(&dialog, QStringLiteral("host"), QStringLiteral("[2001:db8::1]"));
    QVERIFY(dialog.okButton()->isEnabled());

    dialog.findChild<QCheckBox*>(QStringLiteral("rememberPassword"))->setChecked(true);
    const SessionProfile profile = dialog.profile();
    QCOMPARE(profile.name, QStringLiteral("web"));
    QCOMPARE(profile.folder, QStringLiteral("Home"));
    QCOMPARE(profile.host, QStringLiteral("2001:db8::1"));
    QCOMPARE(profile.port, quint16(2222));
    QVERIFY(profile.auth.rememberPassword);
    QVERIFY(profile.validate().isEmpty());

    // OK does nothing while the dialog is invalid, even by the keyboard.
    typeInto(&dialog, QStringLiteral("host"), QString());
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestSessionManager::editorKeepsEveryField()
{
    SessionProfile original =
        makeProfile(QStringLiteral("db"), QStringLiteral("Work/Databases"), QStringLiteral("db.example.com"));
    original.port = 2200;
    original.auth.identityFiles = QStringList{QStringLiteral("/keys/one"), QStringLiteral("/keys/two")};
    original.auth.useAgent = false;
    original.auth.methodOrder = QStringList{QStringLiteral("password"), QStringLiteral("publickey")};
    original.auth.rememberPassword = true;
    original.connection.connectTimeoutSec = 42;
    original.connection.keepaliveIntervalSec = 30;
    original.connection.compression = true;
    original.connection.useSshConfig = false;
    original.connection.sshConfigHost = QStringLiteral("dbalias");
    original.connection.hostKeyAlgorithms = QStringLiteral("+ssh-dss");
    original.connection.keyExchangeAlgorithms = QStringLiteral("diffie-hellman-group14-sha1");
    original.connection.ciphers = QStringLiteral("aes128-ctr");
    original.connection.macs = QStringLiteral("hmac-sha1");
    original.connection.publicKeyAlgorithms = QStringLiteral("ssh-ed25519");
    original.connection.allowLegacySshRsa = true;
    original.connection.proxyJump = QStringLiteral("jump@bastion:2222");
    original.terminal.fontSize = 13;
    original.terminal.scrollbackLines = 5000;
    original.terminal.terminalType = QStringLiteral("vt220");
    original.terminal.backspace = SessionProfile::BackspaceKey::ControlH;
    original.terminal.remoteCommand = QStringLiteral("tmux attach");
    original.terminal.environment = {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
                                     {QStringLiteral("EDITOR"), QStringLiteral("vi")}};
    original.terminal.onExit = SessionProfile::OnExit::KeepOpen;
    original.terminal.logFile = QStringLiteral("/tmp/db.log");
    original.notes = QStringLiteral("Maintenance window: Sundays.\nAsk Bob first.");

    SessionEditorDialog dialog(original, {QStringLiteral("Work"), QStringLiteral("Work/Databases")}, {});
    QVERIFY(dialog.isValid());
    QCOMPARE(dialog.profile(), original);

    SessionProfile unlimited = original;
    unlimited.terminal.scrollbackLines = -1;
    SessionEditorDialog second(unlimited, {}, {});
    QCOMPARE(second.profile().terminal.scrollbackLines, -1);
}

void TestSessionManager::newSessionThroughTheWindowIsSaved()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    window->sessionDock()->newSessionAction()->trigger();
    auto* editor = waitForChild<SessionEditorDialog>(window.get());
    QVERIFY(editor);
    typeInto(editor, QStringLiteral("name"), QStringLiteral("build box"));
    QTest::keyClicks(editor->findChild<QComboBox*>(QStringLiteral("folder")), QStringLiteral("Lab"));
    typeInto(editor, QStringLiteral("host"), QStringLiteral("build.example.com"));
    typeInto(editor, QStringLiteral("port"), QStringLiteral("2022"));
    typeInto(editor, QStringLiteral("user"), QStringLiteral("ci"));
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(window->sessionStore()->sessions().size(), 1, kTimeoutMs);
    const SessionProfile saved = window->sessionStore()->sessions().constFirst();
    QCOMPARE(saved.path(), QStringLiteral("Lab/build box"));
    QCOMPARE(saved.addressText(), QStringLiteral("ci@build.example.com:2022"));
    // Saved at once, and the new session is the tree's current row.
    SessionStore reread(sessionsFile());
    QCOMPARE(reread.load().status, SessionStore::LoadResult::Status::Loaded);
    QCOMPARE(reread.sessions().size(), 1);
    QCOMPARE(reread.sessions().constFirst(), saved);
    QCOMPARE(window->sessionDock()->currentSourceIndex().data(SessionTreeModel::ProfileIdRole).toUuid(), saved.id);
    QVERIFY(window->sessionDock()->view()->isExpanded(window->sessionDock()->view()->currentIndex().parent()));
}

void TestSessionManager::corruptSessionsFileIsMovedAsideAndExplained()
{
    const QByteArray corrupt("{\"format\": \"ferry-sessions\", \"version\": 1, \"sessions\": [ {\"name\": ");
    writeFile(sessionsFile(), corrupt);

    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    // The original bytes are kept next to the file, and the user reads where.
    const QStringList backups = QDir(QFileInfo(sessionsFile()).absolutePath())
                                    .entryList({QStringLiteral("sessions.json.corrupt-*")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    const QString backup = QFileInfo(sessionsFile()).absolutePath() + QLatin1Char('/') + backups.constFirst();
    QCOMPARE(readFile(backup), corrupt);
    QVERIFY(!QFile::exists(sessionsFile()));
    QVERIFY(window->noticeBar()->isVisible());
    QVERIFY2(window->noticeText().contains(QDir::toNativeSeparators(backup)), qPrintable(window->noticeText()));
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(window->sessionStore()->sessions().size(), 0);

    // The message goes when the user closes it, and new sessions are saved as usual.
    QTest::mouseClick(window->noticeBar()->closeButton(), Qt::LeftButton);
    QVERIFY(!window->noticeBar()->isVisible());
    QVERIFY(window->noticeText().isEmpty());
    window->sessionModel()->addSession(makeProfile(QStringLiteral("new"), QString(), QStringLiteral("h")));
    QVERIFY(QFile::exists(sessionsFile()));
    QCOMPARE(readFile(backup), corrupt);
}

void TestSessionManager::newerSessionsFileIsMovedAside()
{
    const QByteArray newer("{\"format\": \"ferry-sessions\", \"version\": 99, \"sessions\": []}");
    writeFile(sessionsFile(), newer);
    auto window = makeWindow();
    const QStringList backups = QDir(QFileInfo(sessionsFile()).absolutePath())
                                    .entryList({QStringLiteral("sessions.json.newer-version-*")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY(window->noticeText().contains(backups.constFirst()));
    QVERIFY(window->noticeText().contains(QLatin1String("newer")));
}

void TestSessionManager::partlyReadableSessionsFileSaysWhat()
{
    writeFile(sessionsFile(), "{\"format\": \"ferry-sessions\", \"version\": 1, \"sessions\": ["
                              "{\"name\": \"good\", \"host\": \"a.example.com\"},"
                              "{\"name\": \"odd port\", \"host\": \"b.example.com\", \"port\": \"ssh\"}]}");
    auto window = makeWindow();
    // Both sessions are there; the message names the one that lost a setting and where the original is.
    QCOMPARE(window->sessionStore()->sessions().size(), 2);
    QVERIFY2(window->noticeText().contains(QLatin1String("odd port")), qPrintable(window->noticeText()));
    const QStringList backups =
        QDir(QFileInfo(sessionsFile()).absolutePath()).entryList({QStringLiteral("sessions.json.*")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY(window->noticeText().contains(backups.constFirst()));
}

void TestSessionManager::sshConfigImportPreview()
{
    const QString sshDir = m_dir->filePath(QStringLiteral("home/.ssh"));
    // Include at the top: inside a Host block that does not match, OpenSSH reads the file but never
    // matches its blocks.
    writeFile(sshDir + QStringLiteral("/config"), "Include conf.d/*.conf\n"
                                                  "\n"
                                                  "Host web\n"
                                                  "    HostName web.example.com\n"
                                                  "    User deploy\n"
                                                  "    Port 2222\n"
                                                  "    IdentityFile ~/.ssh/web_key\n"
                                                  "\n"
                                                  "Host db\n"
                                                  "    HostName 10.0.0.5\n"
                                                  "    ProxyJump bastion\n"
                                                  "\n"
                                                  "Host *.corp !db\n"
                                                  "    User corp-user\n"
                                                  "\n"
                                                  "Host *\n"
                                                  "    User everyone\n"
                                                  "    Port 2200\n");
    writeFile(sshDir + QStringLiteral("/conf.d/mail.conf"), "Host mail\n    HostName mail.example.com\n");

    auto window = makeWindow();
    window->sessionModel()->addSession(
        makeProfile(QStringLiteral("db"), QStringLiteral("Imported"), QStringLiteral("old-db")));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    SshConfigImportDialog* dialog = window->showSshConfigImport();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QStringList names;
    for (const SshConfigImport::Proposal& proposal : dialog->proposals()) {
        names << proposal.profile.name;
    }
    // Wildcard blocks are defaults, not sessions; Include is followed in file order.
    QCOMPARE(names, (QStringList{QStringLiteral("mail"), QStringLiteral("web"), QStringLiteral("db")}));
    QCOMPARE(dialog->proposals().at(1).profile.addressText(), QStringLiteral("deploy@web.example.com:2222"));
    QCOMPARE(dialog->proposals().at(1).profile.auth.identityFiles, QStringList{sshDir + QStringLiteral("/web_key")});
    QCOMPARE(dialog->proposals().at(0).profile.host, QStringLiteral("mail.example.com"));
    QCOMPARE(dialog->proposals().at(0).profile.port, quint16(2200));
    QCOMPARE(dialog->proposals().at(0).profile.user, QStringLiteral("everyone"));
    QCOMPARE(dialog->proposals().at(2).profile.connection.proxyJump, QStringLiteral("bastion"));
    QVERIFY(dialog->list()->topLevelItem(2)->text(2).contains(QLatin1String("ProxyJump")));

    // In the folder where a "db" exists already, that one is marked; it starts unchecked when the dialog
    // opens on that folder.
    dialog->setFolder(QStringLiteral("Imported"));
    QVERIFY(dialog->list()->topLevelItem(2)->text(2).contains(QLatin1String("already")));
    QVERIFY(!dialog->list()->topLevelItem(1)->text(2).contains(QLatin1String("already")));
    QVERIFY(dialog->isChecked(0));
    QVERIFY(dialog->isChecked(1));

    dialog->setChecked(0, false);
    dialog->setChecked(2, true);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window->sessionStore()->sessions().size(), 3, kTimeoutMs);

    const QVector<SessionProfile> web = window->sessionStore()->findByName(QStringLiteral("Imported/web"));
    QCOMPARE(web.size(), 1);
    QCOMPARE(web.constFirst().host, QStringLiteral("web.example.com"));
    QCOMPARE(web.constFirst().port, quint16(2222));
    QCOMPARE(web.constFirst().user, QStringLiteral("deploy"));
    QVERIFY(web.constFirst().connection.useSshConfig);
    QCOMPARE(web.constFirst().connection.sshConfigHost, QStringLiteral("web"));
    // The clash got a name of its own instead of replacing the session there.
    QCOMPARE(window->sessionStore()->findByName(QStringLiteral("Imported/db")).constFirst().host,
             QStringLiteral("old-db"));
    QCOMPARE(window->sessionStore()->findByName(QStringLiteral("Imported/db (2)")).constFirst().host,
             QStringLiteral("10.0.0.5"));
    QVERIFY(window->sessionStore()->findByName(QStringLiteral("mail")).isEmpty());
    QVERIFY(window->noticeText().contains(QLatin1String("2 session")));
}

void TestSessionManager::dragAndDropMovesASession()
{
    auto window = makeWindow();
    SessionTreeModel* model = window->sessionModel();
    const QUuid id = model->addSession(makeProfile(QStringLiteral("web"), QStringLiteral("A"), QStringLiteral("w")))
                         .data(SessionTreeModel::ProfileIdRole)
                         .toUuid();
    model->addFolder(QModelIndex(), QStringLiteral("B"));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    // What the view does on a drop, through the filter proxy it shows (offscreen there is no real drag).
    QAbstractItemModel* shown = window->sessionDock()->view()->model();
    const QModelIndex dragged = window->sessionDock()->filterModel()->mapFromSource(model->indexForSession(id));
    const QModelIndex target =
        window->sessionDock()->filterModel()->mapFromSource(model->indexForFolder(QStringLiteral("B")));
    std::unique_ptr<QMimeData> data(shown->mimeData({dragged}));
    QVERIFY(data);
    QVERIFY(shown->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    QVERIFY(shown->dropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    // After a move the view removes the rows its selection (which followed the move) points at: that
    // must leave the moved session alone.
    const QModelIndex moved = window->sessionDock()->filterModel()->mapFromSource(model->indexForSession(id));
    QVERIFY(moved.isValid());
    QVERIFY(!shown->removeRows(moved.row(), 1, moved.parent()));
    QVERIFY(window->sessionStore()->contains(id));

    QCOMPARE(window->sessionStore()->session(id).folder, QStringLiteral("B"));
    SessionStore reread(sessionsFile());
    reread.load();
    QCOMPARE(reread.session(id).folder, QStringLiteral("B"));

    // A folder dropped into itself is refused and the user told why.
    const QModelIndex folderB =
        window->sessionDock()->filterModel()->mapFromSource(model->indexForFolder(QStringLiteral("B")));
    std::unique_ptr<QMimeData> folderData(shown->mimeData({folderB}));
    QVERIFY(!shown->dropMimeData(folderData.get(), Qt::MoveAction, -1, -1, folderB));
    QCOMPARE(window->sessionStore()->session(id).folder, QStringLiteral("B"));
}

void TestSessionManager::renameDuplicateAndFilter()
{
    auto window = makeWindow();
    SessionTreeModel* model = window->sessionModel();
    const QUuid web =
        model->addSession(makeProfile(QStringLiteral("web"), QStringLiteral("Work"), QStringLiteral("web.example.com")))
            .data(SessionTreeModel::ProfileIdRole)
            .toUuid();
    SessionProfile dbProfile =
        makeProfile(QStringLiteral("db"), QStringLiteral("Work/Data"), QStringLiteral("10.0.0.5"));
    dbProfile.notes = QStringLiteral("postgres primary");
    const QUuid db = model->addSession(dbProfile).data(SessionTreeModel::ProfileIdRole).toUuid();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    SessionTreeDock* dock = window->sessionDock();
    // Opening is only observed here: these hosts are not to be contacted.
    QObject::disconnect(dock, &SessionTreeDock::openRequested, window.get(), nullptr);

    // F2 renames in place, and the new name is saved.
    QVERIFY(dock->selectSession(web));
    dock->view()->setFocus();
    QTest::keyClick(dock->view(), Qt::Key_F2);
    auto* editor = dock->view()->viewport()->findChild<QLineEdit*>();
    QTRY_VERIFY_WITH_TIMEOUT((editor = dock->view()->viewport()->findChild<QLineEdit*>()) && editor->isVisible(),
                             kTimeoutMs);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("frontend"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->sessionStore()->session(web).name, QStringLiteral("frontend"), kTimeoutMs);

    // Ctrl+D in the tree duplicates the current session.
    QVERIFY(dock->selectSession(web));
    dock->view()->setFocus();
    QTest::keyClick(dock->view(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(window->sessionStore()->sessions().size(), 3);
    const QVector<SessionProfile> copies = window->sessionStore()->findByName(QStringLiteral("frontend (copy)"));
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.constFirst().host, QStringLiteral("web.example.com"));
    QVERIFY(copies.constFirst().id != web);

    // The filter keeps the matches and the folders leading to them, matching notes too.
    QTest::keyClicks(dock->filterEdit(), QStringLiteral("POSTGRES"));
    QAbstractItemModel* shown = dock->view()->model();
    QCOMPARE(shown->rowCount(), 1);
    const QModelIndex work = shown->index(0, 0);
    QCOMPARE(work.data().toString(), QStringLiteral("Work"));
    QCOMPARE(shown->rowCount(work), 1);
    const QModelIndex data = shown->index(0, 0, work);
    QCOMPARE(shown->rowCount(data), 1);
    QCOMPARE(shown->index(0, 0, data).data(SessionTreeModel::ProfileIdRole).toUuid(), db);
    QVERIFY(dock->view()->isExpanded(data));
    // Enter in the filter goes to the first match.
    QSignalSpy open(dock, &SessionTreeDock::openRequested);
    QTest::keyClick(dock->filterEdit(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().value<SessionProfile>().id, db);
    // Escape clears it.
    dock->filterEdit()->setFocus();
    QTest::keyClick(dock->filterEdit(), Qt::Key_Escape);
    QVERIFY(dock->filterEdit()->text().isEmpty());
    QCOMPARE(shown->rowCount(shown->index(0, 0)), 3);
    // Enter on a session in the tree opens it, as a double-click does.
    QVERIFY(dock->selectSession(web));
    dock->view()->setFocus();
    QTest::keyClick(dock->view(), Qt::Key_Return);
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.last().first().value<SessionProfile>().id, web);

    // A new folder goes inside the folder of the current row, and stays although it is empty.
    QVERIFY(dock->selectSession(db));
    dock->newFolderAction()->trigger();
    auto* ask = waitForChild<QInputDialog>(window.get(), QStringLiteral("newFolderDialog"));
    QVERIFY(ask);
    ask->setTextValue(QStringLiteral("Replicas"));
    ask->accept();
    QTRY_VERIFY_WITH_TIMEOUT(window->sessionStore()->hasFolder(QStringLiteral("Work/Data/Replicas")), kTimeoutMs);
    SessionStore reread(sessionsFile());
    reread.load();
    QVERIFY(reread.hasFolder(QStringLiteral("Work/Data/Replicas")));
}

void TestSessionManager::deleteAsksFirstAndSaysWhat()
{
    auto window = makeWindow();
    SessionTreeModel* model = window->sessionModel();
    const QUuid web =
        model->addSession(makeProfile(QStringLiteral("web"), QStringLiteral("Work"), QStringLiteral("web.example.com")))
            .data(SessionTreeModel::ProfileIdRole)
            .toUuid();
    model->addSession(makeProfile(QStringLiteral("db"), QStringLiteral("Work/Data"), QStringLiteral("db")));
    model->addSession(makeProfile(QStringLiteral("home"), QString(), QStringLiteral("home.example.com")));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    SessionTreeDock* dock = window->sessionDock();

    QVERIFY(dock->selectSession(web));
    dock->view()->setFocus();
    QTest::keyClick(dock->view(), Qt::Key_Delete);
    auto* box = waitForChild<QMessageBox>(window.get(), QStringLiteral("confirmDelete"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("\"web\"")));
    QVERIFY(box->text().contains(QLatin1String("alice@web.example.com")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<QMessageBox*>(QStringLiteral("confirmDelete")), kTimeoutMs);
    QCOMPARE(window->sessionStore()->sessions().size(), 3);

    // A folder: the question counts what is inside, subfolders included.
    const QModelIndex work = dock->filterModel()->mapFromSource(model->indexForFolder(QStringLiteral("Work")));
    dock->view()->setCurrentIndex(work);
    dock->deleteAction()->trigger();
    box = waitForChild<QMessageBox>(window.get(), QStringLiteral("confirmDelete"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("\"Work\"")) && box->text().contains(QLatin1String("2 session")),
             qPrintable(box->text()));
    QPushButton* remove = nullptr;
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
            remove = qobject_cast<QPushButton*>(button);
        }
    }
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window->sessionStore()->sessions().size(), 1, kTimeoutMs);
    QCOMPARE(window->sessionStore()->sessions().constFirst().name, QStringLiteral("home"));
    QVERIFY(!window->sessionStore()->hasFolder(QStringLiteral("Work")));
    SessionStore reread(sessionsFile());
    reread.load();
    QCOMPARE(reread.sessions().size(), 1);
}

void TestSessionManager::exportAndImportFerrySessions()
{
    const QString exported = m_dir->filePath(QStringLiteral("exported.json"));
    {
        auto window = makeWindow();
        window->sessionModel()->addSession(
            makeProfile(QStringLiteral("web"), QStringLiteral("Work"), QStringLiteral("web.example.com")));
        window->sessionModel()->addSession(makeProfile(QStringLiteral("db"), QString(), QStringLiteral("db")));
        QString error;
        QVERIFY2(window->exportSessions(exported, &error), qPrintable(error));
        QVERIFY(window->noticeText().contains(QLatin1String("2 session")));
    }
    QVERIFY(QFile::remove(sessionsFile()));

    auto window = makeWindow();
    QCOMPARE(window->sessionStore()->sessions().size(), 0);
    const SessionStore::ImportResult result = window->importSessions(exported);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.added.size(), 2);
    QCOMPARE(window->sessionStore()->findByName(QStringLiteral("Work/web")).size(), 1);
    QVERIFY(window->noticeText().contains(QLatin1String("2 session")));

    // Something that is not a sessions file is refused in words, and nothing changes.
    const QString junk = m_dir->filePath(QStringLiteral("junk.json"));
    writeFile(junk, "[1, 2, 3]");
    QVERIFY(!window->importSessions(junk).ok);
    QCOMPARE(window->sessionStore()->sessions().size(), 2);
    QVERIFY(window->noticeText().contains(QLatin1String("Nothing was imported")));
}

void TestSessionManager::openSessionByNameReportsUnknownNames()
{
    auto window = makeWindow();
    window->sessionModel()->addSession(makeProfile(QStringLiteral("web"), QStringLiteral("A"), QStringLiteral("a")));
    window->sessionModel()->addSession(makeProfile(QStringLiteral("web"), QStringLiteral("B"), QStringLiteral("b")));
    QString error;
    QVERIFY(!window->openSessionByName(QStringLiteral("nothing"), &error));
    QVERIFY(error.contains(QLatin1String("nothing")));
    QVERIFY(!window->openSessionByName(QStringLiteral("web"), &error));
    QVERIFY(error.contains(QLatin1String("A/web")));
    QCOMPARE(window->tabCount(), 0);
}

void TestSessionManager::geometryAndDockPersist()
{
    QSize size;
    {
        auto window = makeWindow();
        window->sessionModel()->addSession(
            makeProfile(QStringLiteral("web"), QStringLiteral("Work"), QStringLiteral("w")));
        window->sessionModel()->addSession(
            makeProfile(QStringLiteral("db"), QStringLiteral("Other"), QStringLiteral("d")));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->resize(917, 613);
        window->addDockWidget(Qt::RightDockWidgetArea, window->sessionDock());
        window->toolBar()->hide();
        window->sessionDock()->view()->collapseAll();
        window->sessionDock()->view()->expand(window->sessionDock()->filterModel()->mapFromSource(
            window->sessionModel()->indexForFolder(QStringLiteral("Other"))));
        QTRY_COMPARE(window->size(), QSize(917, 613));
        size = window->size();
        QVERIFY(window->close());
    }
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_COMPARE(window->size(), size);
    QCOMPARE(window->dockWidgetArea(window->sessionDock()), Qt::RightDockWidgetArea);
    QVERIFY(window->toolBar()->isHidden());
    QCOMPARE(window->sessionDock()->expandedFolders(), QStringList{QStringLiteral("Other")});
}

void TestSessionManager::toolsMenuOpensKeyAndKnownHostsManagers()
{
    // The managers read the window's ssh folder, not the user's real one.
    const QString sshDir = m_dir->filePath(QStringLiteral("home/.ssh"));
    QVERIFY(QDir().mkpath(sshDir));
    QFile knownHosts(QDir(sshDir).filePath(QStringLiteral("known_hosts")));
    QVERIFY(knownHosts.open(QIODevice::WriteOnly));
    knownHosts.write("box.example.com ssh-ed25519 "
                     "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n");
    knownHosts.close();

    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    auto* openKnownHosts = window->findChild<QAction*>(QStringLiteral("openKnownHosts"));
    QVERIFY(openKnownHosts);
    openKnownHosts->trigger();
    auto* hosts = waitForChild<KnownHostsDialog>(window.get());
    QVERIFY(hosts);
    QVERIFY(hosts->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(hosts->model()->rowCount(), 1, kTimeoutMs);

    auto* openKeys = window->findChild<QAction*>(QStringLiteral("openKeyManager"));
    QVERIFY(openKeys);
    openKeys->trigger();
    auto* keys = waitForChild<KeyManagerDialog>(window.get());
    QVERIFY(keys);
    QVERIFY(keys->isVisible());
    // The window's ssh folder holds no key pair: the list is empty rather than showing the user's real keys.
    QCOMPARE(keys->model()->rowCount(), 0);
}

int main(int argc, char* argv[])
{
    // Settings and standard paths of this test only, never the user's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    qRegisterMetaType<SessionProfile>();
    qRegisterMetaType<Destination>();
    QCoreApplication::setOrganizationName(QStringLiteral("ferry-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sessionmanager"));
    TestSessionManager test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sessionmanager.moc"
