#include "ConnectionTab.h"

#include "ConnectionLogDialog.h"
#include "ConnectionLogin.h"
#include "SharedConnection.h"
#include "TabMessageBar.h"
#include "TerminalView.h"

#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace ferry {

namespace {

constexpr int kFallbackColumns = 80;
constexpr int kFallbackRows = 24;

// The pre-login banner as terminal output: the server chose the text but not its escape sequences, so every
// control character except tab and newline is dropped (as OpenSSH's client does), and lines end in CRLF for
// the raw pty.
QByteArray bannerForTerminal(const QString& banner)
{
    QString text;
    text.reserve(banner.size() + 16);
    for (const QChar c : banner) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') || (!c.isNull() && c.category() != QChar::Other_Control)) {
            text.append(c);
        }
    }
    if (!text.endsWith(QLatin1Char('\n'))) {
        text.append(QLatin1Char('\n'));
    }
    return text.toUtf8().replace("\n", "\r\n");
}

} // namespace

ConnectionTab::ConnectionTab(const ConnectionOptions& options, QWidget* parent)
    : ConnectionTab(options, TabSettings(), parent)
{
}

ConnectionTab::ConnectionTab(const ConnectionOptions& options, const TabSettings& settings, QWidget* parent)
    : ConnectionTab(std::make_shared<SharedConnection>(options), settings, parent)
{
}

ConnectionTab::ConnectionTab(std::shared_ptr<SharedConnection> shared, const TabSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_shared(std::move(shared))
    , m_settings(settings)
    , m_terminal(new TerminalView(this))
    , m_bar(new TabMessageBar(this))
{
    m_login = new ConnectionLogin(m_shared, m_settings, this);
    connect(m_login, &ConnectionLogin::aboutToReplaceConnection, this,
            [this] { disconnect(m_connection, nullptr, this, nullptr); });
    connect(m_login, &ConnectionLogin::connectionReplaced, this, &ConnectionTab::bindConnection);
    connect(m_login, &ConnectionLogin::reconnectRequested, this, &ConnectionTab::reconnect);
    connect(m_login, &ConnectionLogin::problem, this, [this](const QString& message) {
        m_error = message;
        m_bar->showMessage(message, TabMessageBar::Kind::Error);
    });
    connect(m_login, &ConnectionLogin::passwordRememberFinished, this, [this](bool ok, const QString& message) {
        if (!ok) {
            m_bar->showMessage(message, TabMessageBar::Kind::Information);
        }
        emit passwordRememberFinished(ok, message);
    });
    connect(m_bar, &TabMessageBar::actionClicked, this, &ConnectionTab::reconnect);
    connect(m_bar, &TabMessageBar::logRequested, this, &ConnectionTab::showLog);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_terminal, 1);
    setFocusProxy(m_terminal);

    connect(m_terminal, &TerminalView::firstOutputReceived, this, &ConnectionTab::firstOutputReceived);
    connect(m_terminal, &TerminalView::titleChanged, this, &ConnectionTab::onRemoteTitle);
    connect(m_terminal, &TerminalView::bell, this, &ConnectionTab::onBell);
    connect(m_terminal, &TerminalView::logFailed, this, [this](const QString& message) {
        m_bar->showMessage(tr("The session log stopped: %1").arg(message), TabMessageBar::Kind::Error);
    });
    bindConnection();
    if (!m_settings.logFile.isEmpty()) {
        QString error;
        if (!m_terminal->startLogging(m_settings.logFile, true, &error)) {
            m_bar->showMessage(tr("The session is not logged: %1").arg(error), TabMessageBar::Kind::Error);
        }
    }
}

ConnectionTab::~ConnectionTab()
{
    // Whatever the connection signals from here on (this shell closing, the disconnect) must reach neither
    // this tab nor its window, which may be halfway through its own destruction.
    m_terminal->attach(nullptr);
    delete m_login;
    m_login = nullptr;
    disconnect(m_connection, nullptr, this, nullptr);
    // Deleting the handle closes this tab's shell; other tabs' shells on the connection go on.
    delete m_shell.data();
    // A login this tab was answering cannot go on without it.
    if (m_driving && m_connection->state() != Connection::State::Connected) {
        m_connection->disconnectFromHost();
    }
    m_shared->removeUser(this);
    // The last tab to let go deletes the connection.
    m_shared.reset();
}

void ConnectionTab::bindConnection()
{
    m_connection = m_shared->connection();
    connect(m_connection, &Connection::stateChanged, this, &ConnectionTab::onStateChanged);
    connect(m_connection, &Connection::connected, this, &ConnectionTab::onConnected);
    connect(m_connection, &Connection::disconnected, this, &ConnectionTab::onDisconnected);
    connect(m_connection, &Connection::bannerReceived, this, &ConnectionTab::onBanner);
    if (m_logDialog) {
        m_logDialog->setLog(m_connection->log());
    }
}

void ConnectionTab::start()
{
    m_error.clear();
    m_connectionLost = false;
    m_shared->addUser(this);
    switch (m_connection->state()) {
    case Connection::State::Connected:
        m_bar->dismiss();
        openShell();
        break;
    case Connection::State::Disconnected:
        beginConnect();
        break;
    default:
        // Another tab is connecting; the shell opens once it is done.
        m_bar->showMessage(tr("Connecting to %1…").arg(userAtHost()), TabMessageBar::Kind::Progress);
        break;
    }
    emit statusChanged();
}

void ConnectionTab::reconnect()
{
    if (m_shell && m_shell->state() != RemoteChannel::State::Closed) {
        return;
    }
    start();
}

ConnectionTab* ConnectionTab::duplicate(QWidget* parent) const
{
    auto* tab = new ConnectionTab(m_shared, m_settings, parent);
    if (SecretStore* store = m_login->givenSecretStore()) {
        tab->setSecretStore(store);
    }
    return tab;
}

void ConnectionTab::setSecretStore(SecretStore* store)
{
    m_login->setSecretStore(store);
}

void ConnectionTab::beginConnect()
{
    m_driving = true;
    m_wasConnected = false;
    m_bar->showMessage(tr("Connecting to %1…").arg(userAtHost()), TabMessageBar::Kind::Progress);
    m_login->start();
}

QString ConnectionTab::title() const
{
    return m_remoteTitle.isEmpty() ? userAtHost() : m_remoteTitle;
}

QString ConnectionTab::userAtHost() const
{
    return m_connection->options().displayName();
}

QString ConnectionTab::stateText() const
{
    return ConnectionLogin::stateText(*m_connection, m_error, m_wasConnected);
}

QString ConnectionTab::cipherText() const
{
    return ConnectionLogin::cipherText(*m_connection);
}

QString ConnectionTab::algorithmsText() const
{
    QStringList lines = ConnectionLogin::algorithmLines(*m_connection);
    if (lines.isEmpty()) {
        return QString();
    }
    const QString banner = m_connection->algorithms().serverBanner;
    if (!banner.isEmpty()) {
        lines << tr("Server: %1").arg(banner);
    }
    return lines.join(QLatin1Char('\n'));
}

QString ConnectionTab::messageText() const
{
    return m_bar->text();
}

QPushButton* ConnectionTab::reconnectButton() const
{
    return m_bar->actionButton();
}

void ConnectionTab::clearBellMark()
{
    if (!m_bellMark) {
        return;
    }
    m_bellMark = false;
    emit bellMarkChanged(false);
}

bool ConnectionTab::needsCloseConfirmation() const
{
    return m_shell && m_shell->state() != RemoteChannel::State::Closed;
}

void ConnectionTab::requestClose()
{
    m_closeConfirmation.request(this, needsCloseConfirmation(),
                                {tr("Close Session"), tr("Close the session to %1?").arg(userAtHost()),
                                 tr("The shell and every program running in it will end."), tr("&Close Session")},
                                [this] { emit closeRequested(); });
}

QMessageBox* ConnectionTab::closeConfirmation() const
{
    return m_closeConfirmation.box();
}

ConnectionLogDialog* ConnectionTab::logDialog() const
{
    return m_logDialog;
}

void ConnectionTab::showLog()
{
    if (!m_logDialog) {
        m_logDialog = new ConnectionLogDialog(m_connection->log(), userAtHost(), this);
        m_logDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_logDialog->show();
    m_logDialog->raise();
    m_logDialog->activateWindow();
}

void ConnectionTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    clearBellMark();
}

void ConnectionTab::onStateChanged(Connection::State state)
{
    if (m_driving) {
        switch (state) {
        case Connection::State::VerifyingHostKey:
            m_bar->showMessage(tr("Verifying the host key of %1…").arg(userAtHost()), TabMessageBar::Kind::Progress);
            break;
        case Connection::State::Authenticating:
            m_bar->showMessage(tr("Logging in to %1…").arg(userAtHost()), TabMessageBar::Kind::Progress);
            break;
        default:
            break;
        }
    }
    emit statusChanged();
}

void ConnectionTab::onConnected()
{
    m_driving = false;
    if (!m_shared->hasUser(this)) {
        emit statusChanged();
        return;
    }
    m_wasConnected = true;
    m_connectionLost = false;
    m_bar->dismiss();
    if (!m_shell) {
        openShell();
    }
    emit statusChanged();
}

void ConnectionTab::openShell()
{
    ChannelRequest request = m_settings.shell;
    request.kind = ChannelRequest::Kind::Shell;
    // The terminal has been laid out while the connection was being made, so its grid is the real one.
    request.columns = m_terminal->columns() > 0 ? m_terminal->columns() : kFallbackColumns;
    request.rows = m_terminal->rows() > 0 ? m_terminal->rows() : kFallbackRows;
    RemoteChannel* shell = m_connection->openChannel(request);
    m_shell = shell;
    m_terminal->attach(shell);
    auto opened = std::make_shared<bool>(false);
    connect(shell, &RemoteChannel::opened, this, [opened] { *opened = true; });
    connect(shell, &RemoteChannel::closed, this, [this, shell, opened] { onShellClosed(shell, *opened); });
    m_terminal->setFocus();
}

void ConnectionTab::onShellClosed(RemoteChannel* shell, bool opened)
{
    if (shell != m_shell) {
        return;
    }
    m_shell = nullptr;
    shell->deleteLater();
    const QString reason = shell->errorString();
    const int status = shell->exitStatus();
    const QString signalName = shell->exitSignal();

    if (!opened) {
        m_terminal->showStatusLine(tr("[no shell: %1]").arg(reason));
        m_error = reason;
        m_bar->showMessage(tr("The server did not start a shell: %1").arg(reason), TabMessageBar::Kind::Error,
                           tr("&Reconnect"));
        m_shared->removeUser(this);
        emit statusChanged();
        return;
    }
    if (!reason.isEmpty()) {
        // The connection ended under the shell. How it ended arrives with the disconnect, right after.
        m_connectionLost = true;
        m_terminal->showStatusLine(tr("[connection lost: %1]").arg(reason));
        m_error = reason;
        m_bar->showMessage(tr("The connection to %1 was lost: %2").arg(userAtHost(), reason),
                           TabMessageBar::Kind::Error, tr("&Reconnect"));
        m_shared->removeUser(this);
        emit statusChanged();
        return;
    }

    m_shared->removeUser(this);
    const bool clean = status == 0 && signalName.isEmpty();
    QString text;
    if (!signalName.isEmpty()) {
        text = tr("The shell was ended by signal %1.").arg(signalName);
        m_terminal->showStatusLine(tr("[ended by signal %1]").arg(signalName));
    } else if (status >= 0) {
        text = tr("The shell exited with status %1.").arg(status);
        m_terminal->showStatusLine(tr("[exit status %1]").arg(status));
    } else {
        text = tr("The shell ended without an exit status.");
        m_terminal->showStatusLine(tr("[shell ended]"));
    }
    m_bar->showMessage(text, clean ? TabMessageBar::Kind::Information : TabMessageBar::Kind::Error,
                       tr("&Restart Session"));
    emit statusChanged();
    if (m_settings.onExit == TabSettings::OnExit::AlwaysClose ||
        (m_settings.onExit == TabSettings::OnExit::CloseIfClean && clean)) {
        emit closeRequested();
    }
}

void ConnectionTab::onDisconnected(const ConnectionError& error)
{
    m_login->finish();
    const bool wasDriving = std::exchange(m_driving, false);
    const bool waiting = m_shared->hasUser(this) && !m_shell;
    if (error.isError() && m_connectionLost) {
        m_error = error.message;
        m_bar->showMessage(tr("The connection to %1 was lost: %2").arg(userAtHost(), error.message),
                           TabMessageBar::Kind::Error, tr("&Reconnect"));
        emit connectionFailed(error.message);
    } else if (error.isError() && (wasDriving || waiting)) {
        m_error = error.message;
        m_bar->showMessage(error.message, TabMessageBar::Kind::Error, tr("&Reconnect"));
        emit connectionFailed(error.message);
    } else if (waiting) {
        m_bar->dismiss();
    }
    if (waiting) {
        m_shared->removeUser(this);
    }
    emit statusChanged();
}

void ConnectionTab::onBanner(const QString& banner)
{
    // A tab joining a connection has seen no login, so it shows no banner either.
    if (m_driving && !banner.isEmpty()) {
        m_terminal->feed(bannerForTerminal(banner));
    }
}

void ConnectionTab::onRemoteTitle(const QString& remoteTitle)
{
    if (remoteTitle == m_remoteTitle) {
        return;
    }
    m_remoteTitle = remoteTitle;
    emit titleChanged(title());
}

void ConnectionTab::onBell()
{
    // A bell in the tab the user is looking at needs no mark.
    if (m_bellMark || (isVisible() && window()->isActiveWindow())) {
        return;
    }
    m_bellMark = true;
    emit bellMarkChanged(true);
}

} // namespace ferry
