#pragma once

#include "CloseConfirmation.h"
#include "TabSettings.h"
#include "browser/PaneModel.h"
#include "ssh/Connection.h"
#include "transfer/TransferConflict.h"

#include <QPointer>
#include <QString>
#include <QUrl>
#include <QWidget>

#include <memory>

class QMessageBox;
class QPushButton;
class QTemporaryDir;

namespace ferry {

class ConflictDialog;
class ConnectionLogDialog;
class ConnectionLogin;
class DualPaneBrowser;
class PermissionsDialog;
class RemoteEditorWindow;
class RemoteFileSystem;
class RemotePaneModel;
class SecretStore;
class SharedConnection;
class TabMessageBar;
class TransferQueue;

// One SFTP tab: the dual-pane browser on a connection, either its own (opened from a saved session, logging
// in with the same dialogs a terminal tab uses) or a terminal tab's ("Open SFTP here": no second login). It
// owns the remote file system, the remote pane and the transfer queue of that connection, answers the
// queue's conflicts one at a time, opens the permissions dialog and the remote editor, and asks the window
// for a terminal in a folder. Bookmarks are kept per session under bookmarkKey, the panes' layout for all
// browser tabs.
class BrowserTab : public QWidget {
    Q_OBJECT
public:
    // bookmarkKey: what the bookmarks are kept under (the session's id; else user@host).
    BrowserTab(std::shared_ptr<SharedConnection> shared, const TabSettings& settings, const QString& bookmarkKey,
               QWidget* parent = nullptr);
    ~BrowserTab() override;

    // Connects (or joins the connection) and opens the SFTP session.
    void start();
    // After a lost connection or a failed SFTP session: connects again where needed, with a new SFTP session.
    void reconnect();

    void setSecretStore(SecretStore* store);
    std::shared_ptr<SharedConnection> sharedConnection() const { return m_shared; }
    Connection* connection() const { return m_connection; }
    const TabSettings& settings() const { return m_settings; }
    DualPaneBrowser* browser() const { return m_browser; }
    RemotePaneModel* remoteModel() const { return m_model; }
    RemoteFileSystem* fileSystem() const { return m_fileSystem; }
    TransferQueue* queue() const { return m_queue; }

    // "SFTP — user@host"
    QString title() const;
    QString userAtHost() const;
    QString stateText() const;
    QString cipherText() const;
    QString algorithmsText() const;
    QString messageText() const;
    QPushButton* reconnectButton() const;
    // True while transfers run or editors are open: closing would stop them.
    bool needsCloseConfirmation() const;
    // Emits closeRequested() at once, or after the user confirmed.
    void requestClose();
    QMessageBox* closeConfirmation() const;
    void showLog();

    // The dialogs on screen, for tests: the conflict being asked, the permissions dialog, the editor windows.
    ConflictDialog* conflictDialog() const;
    PermissionsDialog* permissionsDialog() const;
    QList<RemoteEditorWindow*> editorWindows() const;

    // Queues copies of sourcePaths (of the pane of kind sourceKind) into targetFolder of the other side.
    void transfer(PaneModel::Kind sourceKind, const QStringList& sourcePaths, const QString& targetFolder);
    // Opens a remote text file in an editor window (asynchronously; problems show in the tab).
    void editRemoteFile(const QString& path);
    // What a drag of remote files out to another program does: downloads them to a temporary folder while a
    // progress dialog shows, and returns the local files.
    QList<QUrl> downloadForDrag(const QStringList& remotePaths);

signals:
    void statusChanged();
    void closeRequested();
    // A terminal in folder on this tab's connection.
    void terminalRequested(const QString& folder);
    void passwordRememberFinished(bool ok, const QString& message);

private:
    void bindConnection();
    void startFileSystem();
    void onFileSystemReady();
    void onFileSystemClosed(const QString& message);
    void onConnected();
    void onDisconnected(const ConnectionError& error);
    void onConflict(quint64 jobId);
    void askNextConflict();
    void askPermissions(bool remote, const QStringList& paths, const PaneEntries& entries);
    void queueDownload(const QString& remotePath, const QString& localFolder);
    void openLocalFile(const QString& path);
    void saveBookmarks(const QStringList& paths);
    void showProblem(const QString& text);

    std::shared_ptr<SharedConnection> m_shared;
    Connection* m_connection = nullptr;
    TabSettings m_settings;
    QString m_bookmarkKey;
    ConnectionLogin* m_login = nullptr;
    TabMessageBar* m_bar = nullptr;
    RemoteFileSystem* m_fileSystem = nullptr;
    RemotePaneModel* m_model = nullptr;
    TransferQueue* m_queue = nullptr;
    DualPaneBrowser* m_browser = nullptr;
    QPointer<ConflictDialog> m_conflictDialog;
    QPointer<PermissionsDialog> m_permissionsDialog;
    QPointer<ConnectionLogDialog> m_logDialog;
    CloseConfirmation m_closeConfirmation;
    QList<quint64> m_conflicts;
    std::unique_ptr<QTemporaryDir> m_dragFolder;
    QString m_error;
    QString m_progressText;
    bool m_homeShown = false;
    bool m_wasConnected = false;
};

} // namespace ferry
