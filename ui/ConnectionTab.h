#pragma once

#include "ssh/Connection.h"
#include "ssh/RemoteChannel.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QDialog;
class QLabel;

namespace ferry {

class TerminalView;

// One tab of the main window: a connection and the terminal on its shell. It answers the connection's
// questions with dialogs that do not block (host key, passwords), shows how far the connection got in
// a message bar above the terminal and, once connected, opens the shell sized to the terminal.
class ConnectionTab : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionTab(const ConnectionOptions& options, QWidget* parent = nullptr);
    ~ConnectionTab() override;

    void start();

    Connection* connection() const { return m_connection; }
    TerminalView* terminal() const { return m_terminal; }
    RemoteChannel* shell() const { return m_shell; }

    // user@host[:port]
    QString title() const;
    // What the connection is doing, or why it failed, in a few words for the status bar.
    QString stateText() const;
    // The negotiated cipher; empty until connected.
    QString cipherText() const;
    // Key exchange, host key, ciphers and MACs, for a tooltip.
    QString algorithmsText() const;
    // Why the connection failed or ended abnormally; empty otherwise.
    QString errorText() const { return m_error; }
    // The text of the message bar above the terminal; empty while it is hidden.
    QString messageText() const;

signals:
    void statusChanged();
    void firstOutputReceived();
    void connectionFailed(const QString& message);

private:
    void onStateChanged(Connection::State state);
    void onConnected();
    void onDisconnected(const ConnectionError& error);
    void onHostKeyQuestion(quint64 requestId, const HostKeyInfo& info);
    void onHostKeyRefused(const HostKeyInfo& info);
    void onAuthPrompt(quint64 requestId, const AuthPrompt& prompt);
    void onShellClosed();
    void openQuestion(QDialog* dialog);
    void dismissQuestions();
    void showMessage(const QString& text, bool isError);
    void hideMessage();

    Connection* m_connection = nullptr;
    TerminalView* m_terminal = nullptr;
    QLabel* m_message = nullptr;
    QPointer<RemoteChannel> m_shell;
    QList<QPointer<QDialog>> m_questions;
    QString m_error;
    bool m_wasConnected = false;
};

} // namespace ferry
