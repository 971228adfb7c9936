#pragma once

#include "CloseConfirmation.h"
#include "TabSettings.h"
#include "ssh/Connection.h"
#include "ssh/RemoteChannel.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>

class QDialog;
class QMessageBox;
class QPushButton;

namespace ferry {

class ConnectionLogDialog;
class ConnectionLogin;
class SecretStore;
class SharedConnection;
class TabMessageBar;
class TerminalView;

// One terminal tab: a shell on a connection, in a terminal that keeps its scrollback across reconnections.
// It answers the connection's questions with dialogs that do not block (host key, passwords), shows how far
// the connection got, how the shell ended or that the connection was lost in a message bar above the
// terminal, and offers Reconnect there. Several tabs may share one connection ("Duplicate tab"); the one that
// started the connection answers its questions.
//
// The tab never removes itself from its window: closeRequested() asks the window to do it.
class ConnectionTab : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionTab(const ConnectionOptions& options, QWidget* parent = nullptr);
    ConnectionTab(const ConnectionOptions& options, const TabSettings& settings, QWidget* parent = nullptr);
    // Another tab on an existing connection; see duplicate().
    ConnectionTab(std::shared_ptr<SharedConnection> shared, const TabSettings& settings, QWidget* parent = nullptr);
    ~ConnectionTab() override;

    // Connects (or joins the connection when another tab already did) and opens the shell.
    void start();
    // After a lost connection, a failure or the shell's end: connects again when needed and opens a new shell
    // in the same terminal, below what it showed so far.
    void reconnect();
    // A new tab, not yet started, for another shell on this tab's connection: no second login.
    ConnectionTab* duplicate(QWidget* parent = nullptr) const;

    const TabSettings& settings() const { return m_settings; }
    std::shared_ptr<SharedConnection> sharedConnection() const { return m_shared; }
    // Where remembered passwords go; by default the OS keychain. Not owned.
    void setSecretStore(SecretStore* store);

    Connection* connection() const { return m_connection; }
    TerminalView* terminal() const { return m_terminal; }
    RemoteChannel* shell() const { return m_shell; }

    // The title the remote program set (the xterm title sequence), else userAtHost().
    QString title() const;
    // user@host[:port]
    QString userAtHost() const;
    // What the connection is doing, or why it failed, in a few words for the status bar.
    QString stateText() const;
    // The negotiated cipher; empty until connected.
    QString cipherText() const;
    // Key exchange, host key, ciphers and MACs, for a tooltip.
    QString algorithmsText() const;
    // Why the connection failed or was lost; empty otherwise.
    QString errorText() const { return m_error; }
    // The text of the message bar above the terminal; empty while it is hidden.
    QString messageText() const;
    // The message bar's Reconnect button (hidden unless there is something to reconnect).
    QPushButton* reconnectButton() const;

    // The terminal rang its bell while the tab was not in front; cleared when the tab is shown.
    bool hasBellMark() const { return m_bellMark; }
    void clearBellMark();

    // True while a shell runs (or is being opened): closing would end it.
    bool needsCloseConfirmation() const;
    // Emits closeRequested() at once, or after the user confirmed when a shell is running.
    void requestClose();
    // The question requestClose() asked, while it is open.
    QMessageBox* closeConfirmation() const;

    // Opens (or raises) the connection log window.
    void showLog();
    ConnectionLogDialog* logDialog() const;

signals:
    void statusChanged();
    void firstOutputReceived();
    void connectionFailed(const QString& message);
    void titleChanged(const QString& title);
    void bellMarkChanged(bool marked);
    // The window should remove and delete this tab: the shell ended and the settings say so, or the user
    // confirmed closing it.
    void closeRequested();
    // A password the user asked to remember went to the keychain (ok), or could not (message says why).
    void passwordRememberFinished(bool ok, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void bindConnection();
    void beginConnect();
    void onStateChanged(Connection::State state);
    void onConnected();
    void onDisconnected(const ConnectionError& error);
    void onBanner(const QString& banner);
    void openShell();
    void onShellClosed(RemoteChannel* shell, bool opened);
    void onRemoteTitle(const QString& remoteTitle);
    void onBell();

    std::shared_ptr<SharedConnection> m_shared;
    Connection* m_connection = nullptr;
    TabSettings m_settings;
    TerminalView* m_terminal = nullptr;
    TabMessageBar* m_bar = nullptr;
    QPointer<RemoteChannel> m_shell;
    // The host key and password dialogs, the keychain: shared with the SFTP browser tab.
    ConnectionLogin* m_login = nullptr;
    CloseConfirmation m_closeConfirmation;
    QPointer<ConnectionLogDialog> m_logDialog;
    QString m_error;
    QString m_remoteTitle;
    // This tab started the current connection attempt and answers its questions.
    bool m_driving = false;
    bool m_wasConnected = false;
    bool m_connectionLost = false;
    bool m_bellMark = false;
};

} // namespace ferry
