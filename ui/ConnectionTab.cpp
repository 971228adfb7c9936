#include "ConnectionTab.h"

#include "AuthPromptDialog.h"
#include "ConnectionLogDialog.h"
#include "HostKeyDialog.h"
#include "HostKeyWarningDialog.h"
#include "KeychainSecretStore.h"
#include "SharedConnection.h"
#include "TabMessageBar.h"
#include "TerminalView.h"
#include "trust/KnownHosts.h"

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
    dismissQuestions();
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
    connect(m_connection, &Connection::hostKeyQuestion, this, &ConnectionTab::onHostKeyQuestion);
    connect(m_connection, &Connection::hostKeyRefused, this, &ConnectionTab::onHostKeyRefused);
    connect(m_connection, &Connection::authPrompt, this, &ConnectionTab::onAuthPrompt);
    connect(m_connection, &Connection::bannerReceived, this, &ConnectionTab::onBanner);
    if (m_logDialog) {
        m_logDialog->setLog(m_connection->log());
    }
}

void ConnectionTab::setSecretStore(SecretStore* store)
{
    if (m_secrets) {
        disconnect(m_secrets, nullptr, this, nullptr);
    }
    if (m_ownSecrets) {
        delete m_secrets;
    }
    m_ownSecrets = false;
    m_secrets = store;
    if (store) {
        connect(store, &SecretStore::fetched, this, &ConnectionTab::onSecretFetched);
        connect(store, &SecretStore::stored, this, &ConnectionTab::onSecretStored);
    }
}

SecretStore* ConnectionTab::secretStore()
{
    if (!m_secrets) {
        setSecretStore(new KeychainSecretStore(this));
        m_ownSecrets = true;
    }
    return m_secrets;
}

QString ConnectionTab::keychainAccount() const
{
    if (!m_settings.keychainAccount.isEmpty()) {
        return m_settings.keychainAccount;
    }
    return QStringLiteral("ferry:") + m_connection->options().displayName();
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
    if (!m_ownSecrets) {
        tab->setSecretStore(m_secrets);
    }
    return tab;
}

void ConnectionTab::beginConnect()
{
    m_driving = true;
    m_wasConnected = false;
    m_typedPassword.clear();
    m_passwordAsked = false;
    m_bar->showMessage(tr("Connecting to %1…").arg(userAtHost()), TabMessageBar::Kind::Progress);
    if (m_settings.rememberPassword) {
        // The remembered password is fetched first, so that the login can offer it without asking.
        m_fetchingSecret = true;
        secretStore()->fetch(keychainAccount());
        return;
    }
    m_connection->connectToHost();
}

void ConnectionTab::onSecretFetched(const QString& account, const QString& secret, bool found, const QString& error)
{
    if (!m_fetchingSecret || account != keychainAccount()) {
        return;
    }
    m_fetchingSecret = false;
    if (!error.isEmpty()) {
        m_connection->log()->append(0, tr("No remembered password: %1").arg(error));
    }
    // Only a connection no other tab holds can be swapped for one that carries the password.
    if (found && secret != m_connection->options().password && m_shared.use_count() == 1) {
        ConnectionOptions options = m_connection->options();
        options.password = secret;
        disconnect(m_connection, nullptr, this, nullptr);
        const bool replaced = m_shared->replaceConnection(options);
        bindConnection();
        if (replaced) {
            m_connection->log()->append(0, tr("Using the password remembered in the keychain"));
        }
    }
    m_connection->connectToHost();
}

void ConnectionTab::onSecretStored(const QString& account, bool ok, const QString& error)
{
    // The store may be shared with other tabs: only the answer to this tab's request is this tab's news.
    if (!m_storePending || account != keychainAccount()) {
        return;
    }
    m_storePending = false;
    const QString message = ok ? tr("The password for %1 is now remembered in the keychain.").arg(userAtHost())
                               : tr("Ferry could not remember the password: %1 It was not stored anywhere.").arg(error);
    m_connection->log()->append(0, message);
    if (!ok) {
        m_bar->showMessage(message, TabMessageBar::Kind::Information);
    }
    emit passwordRememberFinished(ok, message);
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
    switch (m_connection->state()) {
    case Connection::State::Disconnected:
        if (m_error.isEmpty()) {
            return tr("Disconnected");
        }
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
    if (!m_connection->isConnected()) {
        return QString();
    }
    const AlgorithmInfo algorithms = m_connection->algorithms();
    if (algorithms.cipherClientToServer == algorithms.cipherServerToClient) {
        return algorithms.cipherClientToServer;
    }
    return tr("%1 out, %2 in").arg(algorithms.cipherClientToServer, algorithms.cipherServerToClient);
}

QString ConnectionTab::algorithmsText() const
{
    if (!m_connection->isConnected()) {
        return QString();
    }
    const AlgorithmInfo a = m_connection->algorithms();
    QStringList lines;
    lines << tr("Key exchange: %1").arg(a.keyExchange) << tr("Host key: %1").arg(a.hostKey)
          << tr("Cipher: %1 out, %2 in").arg(a.cipherClientToServer, a.cipherServerToClient)
          << tr("MAC: %1 out, %2 in").arg(a.macClientToServer, a.macServerToClient);
    if (!a.serverBanner.isEmpty()) {
        lines << tr("Server: %1").arg(a.serverBanner);
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
    if (!needsCloseConfirmation()) {
        emit closeRequested();
        return;
    }
    if (m_closeConfirmation) {
        m_closeConfirmation->raise();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Close Session"),
                                tr("Close the session to %1?").arg(userAtHost()), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("closeConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("The shell and every program running in it will end."));
    QPushButton* closeButton = box->addButton(tr("&Close Session"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(closeButton);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, closeButton] {
        if (box->clickedButton() == closeButton) {
            emit closeRequested();
        }
    });
    m_closeConfirmation = box;
    box->open();
}

QMessageBox* ConnectionTab::closeConfirmation() const
{
    return m_closeConfirmation;
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
    if (m_driving) {
        m_driving = false;
        rememberPasswordIfAsked();
    }
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

void ConnectionTab::rememberPasswordIfAsked()
{
    const QString password = std::exchange(m_typedPassword, QString());
    if (!m_passwordAsked || !m_settings.rememberPassword) {
        return;
    }
    const QStringList methods = m_connection->authenticatedWith();
    const bool byPassword =
        methods.contains(QLatin1String("password")) || methods.contains(QLatin1String("keyboard-interactive"));
    if (!byPassword) {
        return;
    }
    if (m_rememberTicked && !password.isEmpty()) {
        m_storePending = true;
        secretStore()->store(keychainAccount(), password);
    } else if (!m_rememberTicked) {
        secretStore()->remove(keychainAccount());
    }
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
    dismissQuestions();
    const bool wasDriving = std::exchange(m_driving, false);
    const bool waiting = m_shared->hasUser(this) && !m_shell;
    m_typedPassword.clear();
    m_fetchingSecret = false;
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

void ConnectionTab::onHostKeyQuestion(quint64 requestId, const HostKeyInfo& info)
{
    if (!m_driving) {
        return;
    }
    auto* dialog = new HostKeyDialog(info, this);
    connect(dialog, &QDialog::finished, m_connection,
            [this, dialog, requestId] { m_connection->answerHostKey(requestId, dialog->decision()); });
    openQuestion(dialog);
}

void ConnectionTab::onHostKeyRefused(const HostKeyInfo& info)
{
    if (!m_driving) {
        return;
    }
    if (m_warning) {
        m_warning->close();
    }
    // Not a question the connection waits for: it stays open after the refusal ended the connection.
    auto* dialog = new HostKeyWarningDialog(info, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HostKeyWarningDialog::replaceConfirmed, this, [this, info] { replaceHostKey(info); });
    m_warning = dialog;
    dialog->open();
}

void ConnectionTab::replaceHostKey(const HostKeyInfo& info)
{
    KnownHosts knownHosts(info.knownHostsFile);
    QString error;
    const int removed = knownHosts.removeHostKeys(info.host, info.port, info.keyType, &error);
    if (removed < 0) {
        m_error = error;
        m_bar->showMessage(tr("The old key was not replaced: %1").arg(error), TabMessageBar::Kind::Error);
        return;
    }
    m_connection->log()->append(0,
                                tr("Removed %n old key line(s) of %1 from %2 at the user's request", nullptr, removed)
                                    .arg(KnownHosts::hostPattern(info.host, info.port), info.knownHostsFile));
    reconnect();
}

void ConnectionTab::onAuthPrompt(quint64 requestId, const AuthPrompt& prompt)
{
    if (!m_driving) {
        return;
    }
    auto* dialog = new AuthPromptDialog(prompt, this);
    if (m_settings.rememberPassword) {
        dialog->offerRemember(true);
    }
    connect(dialog, &QDialog::finished, m_connection, [this, dialog, requestId](int result) {
        if (result != QDialog::Accepted) {
            m_connection->cancelPrompt(requestId);
            return;
        }
        const QStringList answers = dialog->answers();
        if (dialog->rememberBox()) {
            m_passwordAsked = true;
            m_rememberTicked = dialog->rememberChecked();
            m_typedPassword = m_rememberTicked ? answers.value(0) : QString();
        }
        m_connection->answerPrompt(requestId, answers);
    });
    openQuestion(dialog);
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
        if (!dialog) {
            continue;
        }
        disconnect(dialog, &QDialog::finished, m_connection, nullptr);
        dialog->close();
    }
    m_questions.clear();
}

} // namespace ferry
