#pragma once

#include "profiles/SessionConnector.h"
#include "profiles/SessionProfile.h"
#include "profiles/SessionStore.h"

#include <QMainWindow>
#include <QPointer>
#include <QVector>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace ferry {

class BrowserTab;
class ConnectionTab;
class NoticeBar;
class QuickConnectField;
class SecretStore;
class SessionTreeDock;
class SessionTreeModel;
class SshConfigImportDialog;
class TransferDock;
struct ConnectionOptions;
struct Destination;
struct TabSettings;

// Ferry's main window: the saved sessions in a dock on the left, one tab per terminal in the centre, a
// quick-connect field in the toolbar and a status bar saying what the current tab's connection is doing,
// to whom and with which cipher. Window geometry, dock layout and the folders left open are kept in
// QSettings (the application's organization and name decide where).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Sessions from SessionStore::defaultPath() (QStandardPaths::AppConfigLocation/sessions.json).
    explicit MainWindow(QWidget* parent = nullptr);
    // Sessions from another file, for tests and sandboxes. A file that cannot be read is moved aside by
    // the store and the user is told in the notice bar.
    explicit MainWindow(const QString& sessionsFile, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Where the OpenSSH files are (ssh dir, known_hosts, ssh_config) for sessions and quick connections.
    // By default the current user's; the command line (-F, --known-hosts, --ssh-dir) may change it.
    void setSshEnvironment(const SessionConnector::Environment& environment);
    const SessionConnector::Environment& sshEnvironment() const { return m_environment; }
    // Where tabs remember passwords and where the passwords of deleted sessions are forgotten; not owned.
    // Unset: each tab uses the OS keychain.
    void setSecretStore(SecretStore* store);

    // Opens a tab, connects it and makes it current. The tab owns the connection.
    ConnectionTab* openTerminal(const ConnectionOptions& options);
    ConnectionTab* openTerminal(const ConnectionOptions& options, const TabSettings& settings);
    // A saved session in a new tab: the profile through SessionConnector, ssh_config included.
    ConnectionTab* openSession(const SessionProfile& profile);
    // A saved session in a new SFTP browser tab, logging in as a terminal tab would.
    BrowserTab* openSftp(const SessionProfile& profile);
    // An SFTP browser tab on the connection of a terminal tab: no second login.
    BrowserTab* openSftpHere(ConnectionTab* tab);
    // A terminal tab on a browser tab's connection, starting in folder; nullptr (and a notice) when the folder's
    // name cannot be passed to a shell safely.
    ConnectionTab* openTerminalIn(BrowserTab* tab, const QString& folder);
    // `ferry --session NAME`: a session by its name or folder/name path. nullptr with *error (plain words)
    // when there is none or the name is ambiguous.
    ConnectionTab* openSessionByName(const QString& name, QString* error = nullptr);
    // What the quick-connect field does on Enter: like `ssh [user@]host [-p port]`, ssh_config included.
    ConnectionTab* quickConnect(const Destination& target);

    // Ferry's own JSON. Both say what happened in the notice bar too.
    SessionStore::ImportResult importSessions(const QString& path);
    bool exportSessions(const QString& path, QString* error = nullptr);
    // The import preview for an OpenSSH client configuration (default: ~/.ssh/config of the ssh
    // environment). Accepting it adds the checked hosts. Not modal to the application; deletes itself.
    SshConfigImportDialog* showSshConfigImport(const QString& configFile = QString());

    SessionStore* sessionStore() const { return m_store.get(); }
    SessionTreeModel* sessionModel() const { return m_model.get(); }
    SessionTreeDock* sessionDock() const { return m_dock; }
    QuickConnectField* quickConnectField() const { return m_quickConnect; }
    QToolBar* toolBar() const { return m_toolBar; }
    // What the notice bar above the tabs says; empty while it is closed.
    QString noticeText() const;
    NoticeBar* noticeBar() const { return m_notice; }

    // The terminal tab in front, or at index; nullptr for a browser tab.
    ConnectionTab* currentTab() const;
    ConnectionTab* tabAt(int index) const;
    BrowserTab* currentBrowserTab() const;
    BrowserTab* browserTabAt(int index) const;
    TransferDock* transferDock() const { return m_transferDock; }
    int tabCount() const;
    QTabWidget* tabWidget() const { return m_tabs; }
    QString statusStateText() const;
    QString statusHostText() const;
    QString statusCipherText() const;

    // QSettings keys; saved when the window closes, restored when it is made.
    void saveSettings() const;
    void restoreSettings();

signals:
    // The first remote output in any tab since the window was created.
    void firstRemoteOutput();
    void connectionFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createCentralArea();
    void createStatusBar();
    void createActions();
    void createMenus();
    void createToolBar();
    void loadSessions();
    ConnectionTab* addTab(ConnectionTab* tab);
    BrowserTab* addBrowserTab(BrowserTab* tab);
    TabSettings sessionSettings(const SessionProfile& profile, const SessionConnector::Result& prepared);
    void closeTab(int index);
    void removeTab(QWidget* tab);
    void switchTab(int delta);
    void updateStatus();
    void updateTabActions();
    void updateTabLabel(ConnectionTab* tab);
    void updateBrowserTabLabel(BrowserTab* tab);
    void forgetPasswords(const QVector<SessionProfile>& profiles);
    void chooseSessionsToImport();
    void chooseExportFile();
    void showAbout();
    // MainWindowTools.cpp: the key manager and the known hosts manager, non-modal.
    void openKeyManager();
    void openKnownHosts();

    SessionConnector::Environment m_environment;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<SessionTreeModel> m_model;
    SessionTreeDock* m_dock = nullptr;
    TransferDock* m_transferDock = nullptr;
    NoticeBar* m_notice = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTabWidget* m_tabs = nullptr;
    QToolBar* m_toolBar = nullptr;
    QuickConnectField* m_quickConnect = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_hostLabel = nullptr;
    QLabel* m_cipherLabel = nullptr;
    QPointer<SecretStore> m_secrets;

    QAction* m_importSshConfig = nullptr;
    QAction* m_importSessions = nullptr;
    QAction* m_exportSessions = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_closeTab = nullptr;
    QAction* m_duplicateTab = nullptr;
    QAction* m_reconnect = nullptr;
    QAction* m_showLog = nullptr;
    QAction* m_openSftpHere = nullptr;
    QAction* m_nextTab = nullptr;
    QAction* m_previousTab = nullptr;
    QAction* m_focusQuickConnect = nullptr;
    QAction* m_focusFilter = nullptr;
    QAction* m_about = nullptr;

    bool m_outputSeen = false;
    bool m_closeConfirmed = false;
};

} // namespace ferry
