#include "ConnectionTab.h"

#include "AuthPromptDialog.h"
#include "HostKeyDialog.h"
#include "HostKeyWarningDialog.h"
#include "TerminalView.h"
#include "ssh/RemoteChannel.h"

#include <QLabel>
#include <QPalette>
#include <QVBoxLayout>

#include <utility>

namespace ferry {

namespace {

constexpr int kFallbackColumns = 80;
constexpr int kFallbackRows = 24;

} // namespace

ConnectionTab::ConnectionTab(const ConnectionOptions& options, QWidget* parent)
    : QWidget(parent)
    , m_connection(new Connection(options, this))
    , m_terminal(new TerminalView(this))
    , m_message(new QLabel(this))
{
    m_message->setObjectName(QStringLiteral("messageBar"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAutoFillBackground(true);
    m_message->setMargin(8);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_message);
    layout->addWidget(m_terminal, 1);
    setFocusProxy(m_terminal);

    connect(m_connection, &Connection::stateChanged, this, &ConnectionTab::onStateChanged);
    connect(m_connection, &Connection::connected, this, &ConnectionTab::onConnected);
    connect(m_connection, &Connection::disconnected, this, &ConnectionTab::onDisconnected);
    connect(m_connection, &Connection::hostKeyQuestion, this, &ConnectionTab::onHostKeyQuestion);
    connect(m_connection, &Connection::hostKeyRefused, this, &ConnectionTab::onHostKeyRefused);
    connect(m_connection, &Connection::authPrompt, this, &ConnectionTab::onAuthPrompt);
    connect(m_terminal, &TerminalView::firstOutputReceived, this, &ConnectionTab::firstOutputReceived);
}

ConnectionTab::~ConnectionTab()
{
    // The connection goes first, while the rest of the tab still exists, but unheard: whatever it signals
    // on its way out (the channel closing, the disconnect) must reach neither the terminal nor the window,
    // which may be halfway through its own destruction.
    m_terminal->attach(nullptr);
    dismissQuestions();
    disconnect(m_connection, nullptr, this, nullptr);
    delete m_connection;
}

void ConnectionTab::start()
{
    m_error.clear();
    m_wasConnected = false;
    showMessage(tr("Connecting to %1…").arg(title()), false);
    m_connection->connectToHost();
}

QString ConnectionTab::title() const
{
    return m_connection->options().displayName();
}

QString ConnectionTab::stateText() const
{
    switch (m_connection->state()) {
    case Connection::State::Disconnected:
        if (m_error.isEmpty())
            return tr("Disconnected");
        return m_wasConnected ? tr("Disconnected: %1").arg(m_error) : tr("Connection failed: %1").arg(m_error);
    case Connection::State::Connecting:
        return tr("Connecting…");
    case Connection::State::VerifyingHostKey:
        return tr("Verifying the host key…");
    case Connection::State::Authenticating:
        return tr("Authenticating…");
    case Connection::State::Connected:
        return tr("Connected");
    case Connection::State::Disconnecting:
        return tr("Disconnecting…");
    }
    return QString();
}

QString ConnectionTab::cipherText() const
{
    if (!m_connection->isConnected())
        return QString();
    const AlgorithmInfo algorithms = m_connection->algorithms();
    if (algorithms.cipherClientToServer == algorithms.cipherServerToClient)
        return algorithms.cipherClientToServer;
    return tr("%1 out, %2 in").arg(algorithms.cipherClientToServer, algorithms.cipherServerToClient);
}

QString ConnectionTab::algorithmsText() const
{
    if (!m_connection->isConnected())
        return QString();
    const AlgorithmInfo a = m_connection->algorithms();
    QStringList lines;
    lines << tr("Key exchange: %1").arg(a.keyExchange) << tr("Host key: %1").arg(a.hostKey)
          << tr("Cipher: %1 out, %2 in").arg(a.cipherClientToServer, a.cipherServerToClient)
          << tr("MAC: %1 out, %2 in").arg(a.macClientToServer, a.macServerToClient);
    if (!a.serverBanner.isEmpty())
        lines << tr("Server: %1").arg(a.serverBanner);
    return lines.join(QLatin1Char('\n'));
}

QString ConnectionTab::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void ConnectionTab::onStateChanged(Connection::State state)
{
    switch (state) {
    case Connection::State::VerifyingHostKey:
        showMessage(tr("Verifying the host key of %1…").arg(title()), false);
        break;
    case Connection::State::Authenticating:
        showMessage(tr("Logging in to %1…").arg(title()), false);
        break;
    default:
        break;
    }
    emit statusChanged();
}

void ConnectionTab::onConnected()
{
    m_wasConnected = true;
    hideMessage();
    // The terminal has been laid out while the connection was being made, so its grid is the real one.
    const int columns = m_terminal->columns() > 0 ? m_terminal->columns() : kFallbackColumns;
    const int rows = m_terminal->rows() > 0 ? m_terminal->rows() : kFallbackRows;
    m_shell = m_connection->openChannel(ChannelRequest::shell(columns, rows));
    m_terminal->attach(m_shell);
    connect(m_shell, &RemoteChannel::openFailed, this, [this](const QString& message) {
        showMessage(tr("The server refused to start a shell: %1").arg(message), true);
    });
    connect(m_shell, &RemoteChannel::closed, this, &ConnectionTab::onShellClosed);
    m_terminal->setFocus();
    emit statusChanged();
}

void ConnectionTab::onDisconnected(const ConnectionError& error)
{
    dismissQuestions();
    if (error.isError()) {
        m_error = error.message;
        showMessage(error.message, true);
        emit connectionFailed(error.message);
    } else if (!m_shell) {
        hideMessage();
    }
    emit statusChanged();
}

void ConnectionTab::onHostKeyQuestion(quint64 requestId, const HostKeyInfo& info)
{
    auto* dialog = new HostKeyDialog(info, this);
    connect(dialog, &QDialog::finished, m_connection,
            [this, dialog, requestId] { m_connection->answerHostKey(requestId, dialog->decision()); });
    openQuestion(dialog);
}

void ConnectionTab::onHostKeyRefused(const HostKeyInfo& info)
{
    auto* dialog = new HostKeyWarningDialog(info, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConnectionTab::onAuthPrompt(quint64 requestId, const AuthPrompt& prompt)
{
    auto* dialog = new AuthPromptDialog(prompt, this);
    connect(dialog, &QDialog::finished, m_connection, [this, dialog, requestId](int result) {
        if (result == QDialog::Accepted)
            m_connection->answerPrompt(requestId, dialog->answers());
        else
            m_connection->cancelPrompt(requestId);
    });
    openQuestion(dialog);
}

void ConnectionTab::onShellClosed()
{
    // The shell was this connection's only user; a connection nobody uses is closed.
    if (m_connection->state() != Connection::State::Disconnected)
        m_connection->disconnectFromHost();
}

void ConnectionTab::openQuestion(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_questions.append(dialog);
    dialog->open();
}

void ConnectionTab::dismissQuestions()
{
    // A question the connection no longer waits for (it ended meanwhile) goes away unanswered.
    for (const QPointer<QDialog>& dialog : std::as_const(m_questions)) {
        if (!dialog)
            continue;
        disconnect(dialog, &QDialog::finished, m_connection, nullptr);
        dialog->close();
    }
    m_questions.clear();
}

void ConnectionTab::showMessage(const QString& text, bool isError)
{
    QPalette colors = palette();
    if (isError) {
        colors.setColor(QPalette::Window, QColor(0xfb, 0xe3, 0xe3));
        colors.setColor(QPalette::WindowText, QColor(0x8a, 0x10, 0x10));
    } else {
        colors.setColor(QPalette::Window, colors.color(QPalette::AlternateBase));
    }
    m_message->setPalette(colors);
    m_message->setText(text);
    m_message->show();
}

void ConnectionTab::hideMessage()
{
    m_message->hide();
    m_message->clear();
}

} // namespace ferry
