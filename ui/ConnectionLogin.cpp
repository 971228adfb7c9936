#include "ConnectionLogin.h"

#include "AuthPromptDialog.h"
#include "HostKeyDialog.h"
#include "HostKeyWarningDialog.h"
#include "KeychainSecretStore.h"
#include "SharedConnection.h"
#include "trust/KnownHosts.h"

#include <utility>

namespace ferry {

ConnectionLogin::ConnectionLogin(std::weak_ptr<SharedConnection> shared, const TabSettings& settings,
                                 QWidget* dialogParent)
    : QObject(dialogParent)
    , m_shared(std::move(shared))
    , m_settings(settings)
    , m_parent(dialogParent)
{
    bind();
}

ConnectionLogin::~ConnectionLogin()
{
    dismissQuestions();
    if (m_ownSecrets) {
        delete m_secrets;
    }
}

Connection* ConnectionLogin::connection() const
{
    const std::shared_ptr<SharedConnection> shared = m_shared.lock();
    return shared ? shared->connection() : nullptr;
}

void ConnectionLogin::bind()
{
    if (m_bound) {
        disconnect(m_bound, nullptr, this, nullptr);
    }
    m_bound = connection();
    if (!m_bound) {
        return;
    }
    connect(m_bound, &Connection::connected, this, &ConnectionLogin::onConnected);
    connect(m_bound, &Connection::disconnected, this, &ConnectionLogin::onDisconnected);
    connect(m_bound, &Connection::hostKeyQuestion, this, &ConnectionLogin::onHostKeyQuestion);
    connect(m_bound, &Connection::hostKeyRefused, this, &ConnectionLogin::onHostKeyRefused);
    connect(m_bound, &Connection::authPrompt, this, &ConnectionLogin::onAuthPrompt);
}

void ConnectionLogin::setSecretStore(SecretStore* store)
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
        connect(store, &SecretStore::fetched, this, &ConnectionLogin::onSecretFetched);
        connect(store, &SecretStore::stored, this, &ConnectionLogin::onSecretStored);
    }
}

SecretStore* ConnectionLogin::secretStore()
{
    if (!m_secrets) {
        setSecretStore(new KeychainSecretStore());
        m_ownSecrets = true;
    }
    return m_secrets;
}

QString ConnectionLogin::keychainAccount() const
{
    if (!m_settings.keychainAccount.isEmpty()) {
        return m_settings.keychainAccount;
    }
    Connection* c = connection();
    return c ? QStringLiteral("ferry:") + c->options().displayName() : QString();
}

void ConnectionLogin::start()
{
    if (m_bound != connection()) {
        bind();
    }
    if (!m_bound) {
        return;
    }
    m_driving = true;
    m_typedPassword.clear();
    m_passwordAsked = false;
    if (m_settings.rememberPassword) {
        // The remembered password is fetched first, so that the login can offer it without asking.
        m_fetchingSecret = true;
        secretStore()->fetch(keychainAccount());
        return;
    }
    m_bound->connectToHost();
}

void ConnectionLogin::finish()
{
    dismissQuestions();
    m_driving = false;
    m_fetchingSecret = false;
    m_typedPassword.clear();
}

void ConnectionLogin::onSecretFetched(const QString& account, const QString& secret, bool found, const QString& error)
{
    if (!m_fetchingSecret || account != keychainAccount() || !m_bound) {
        return;
    }
    m_fetchingSecret = false;
    if (!error.isEmpty()) {
        m_bound->log()->append(0, tr("No remembered password: %1").arg(error));
    }
    const std::shared_ptr<SharedConnection> shared = m_shared.lock();
    // Only a connection nobody else holds can be swapped for one that carries the password (the lock above
    // is the one extra owner).
    if (shared && found && secret != m_bound->options().password && shared.use_count() == 2) {
        ConnectionOptions options = m_bound->options();
        options.password = secret;
        emit aboutToReplaceConnection();
        disconnect(m_bound, nullptr, this, nullptr);
        if (shared->replaceConnection(options)) {
            bind();
            m_bound->log()->append(0, tr("Using the password remembered in the keychain"));
        } else {
            bind();
        }
        emit connectionReplaced();
    }
    m_bound->connectToHost();
}

void ConnectionLogin::onSecretStored(const QString& account, bool ok, const QString& error)
{
    // The store may be shared with other tabs: only the answer to this request is this login's news.
    if (!m_storePending || account != keychainAccount()) {
        return;
    }
    m_storePending = false;
    const QString who = m_bound ? m_bound->options().displayName() : QString();
    const QString message = ok ? tr("The password for %1 is now remembered in the keychain.").arg(who)
                               : tr("Ferry could not remember the password: %1 It was not stored anywhere.").arg(error);
    if (m_bound) {
        m_bound->log()->append(0, message);
    }
    emit passwordRememberFinished(ok, message);
}

void ConnectionLogin::onConnected()
{
    if (std::exchange(m_driving, false)) {
        rememberPasswordIfAsked();
    }
}

void ConnectionLogin::onDisconnected()
{
    dismissQuestions();
    m_driving = false;
    m_typedPassword.clear();
    m_fetchingSecret = false;
}

void ConnectionLogin::rememberPasswordIfAsked()
{
    const QString password = std::exchange(m_typedPassword, QString());
    if (!m_passwordAsked || !m_settings.rememberPassword || !m_bound) {
        return;
    }
    const QStringList methods = m_bound->authenticatedWith();
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

void ConnectionLogin::onHostKeyQuestion(quint64 requestId, const HostKeyInfo& info)
{
    if (!m_driving) {
        return;
    }
    auto* dialog = new HostKeyDialog(info, m_parent);
    QPointer<Connection> target = m_bound;
    connect(dialog, &QDialog::finished, m_bound, [target, dialog, requestId] {
        if (target) {
            target->answerHostKey(requestId, dialog->decision());
        }
    });
    openQuestion(dialog);
}

void ConnectionLogin::onHostKeyRefused(const HostKeyInfo& info)
{
    if (!m_driving) {
        return;
    }
    if (m_warning) {
        m_warning->close();
    }
    // Not a question the connection waits for: it stays open after the refusal ended the connection.
    auto* dialog = new HostKeyWarningDialog(info, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HostKeyWarningDialog::replaceConfirmed, this, [this, info] { replaceHostKey(info); });
    m_warning = dialog;
    dialog->open();
}

void ConnectionLogin::replaceHostKey(const HostKeyInfo& info)
{
    KnownHosts knownHosts(info.knownHostsFile);
    QString error;
    const int removed = knownHosts.removeHostKeys(info.host, info.port, info.keyType, &error);
    if (removed < 0) {
        emit problem(tr("The old key was not replaced: %1").arg(error));
        return;
    }
    if (m_bound) {
        m_bound->log()->append(0, tr("Removed %n old key line(s) of %1 from %2 at the user's request", nullptr, removed)
                                      .arg(KnownHosts::hostPattern(info.host, info.port), info.knownHostsFile));
    }
    emit reconnectRequested();
}

void ConnectionLogin::onAuthPrompt(quint64 requestId, const AuthPrompt& prompt)
{
    if (!m_driving) {
        return;
    }
    auto* dialog = new AuthPromptDialog(prompt, m_parent);
    if (m_settings.rememberPassword) {
        dialog->offerRemember(true);
    }
    QPointer<Connection> target = m_bound;
    connect(dialog, &QDialog::finished, m_bound, [this, target, dialog, requestId](int result) {
        if (!target) {
            return;
        }
        if (result != QDialog::Accepted) {
            target->cancelPrompt(requestId);
            return;
        }
        const QStringList answers = dialog->answers();
        if (dialog->rememberBox()) {
            m_passwordAsked = true;
            m_rememberTicked = dialog->rememberChecked();
            m_typedPassword = m_rememberTicked ? answers.value(0) : QString();
        }
        target->answerPrompt(requestId, answers);
    });
    openQuestion(dialog);
}

void ConnectionLogin::openQuestion(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_questions.append(dialog);
    dialog->open();
}

void ConnectionLogin::dismissQuestions()
{
    // A question the connection no longer waits for (it ended meanwhile) goes away unanswered.
    for (const QPointer<QDialog>& dialog : std::as_const(m_questions)) {
        if (!dialog) {
            continue;
        }
        disconnect(dialog, &QDialog::finished, nullptr, nullptr);
        dialog->close();
    }
    m_questions.clear();
}

QString ConnectionLogin::cipherText(const Connection& connection)
{
    if (!connection.isConnected()) {
        return QString();
    }
    const AlgorithmInfo algorithms = connection.algorithms();
    if (algorithms.cipherClientToServer == algorithms.cipherServerToClient) {
        return algorithms.cipherClientToServer;
    }
    return tr("%1 out, %2 in").arg(algorithms.cipherClientToServer, algorithms.cipherServerToClient);
}

QStringList ConnectionLogin::algorithmLines(const Connection& connection)
{
    if (!connection.isConnected()) {
        return {};
    }
    const AlgorithmInfo a = connection.algorithms();
    return {tr("Key exchange: %1").arg(a.keyExchange), tr("Host key: %1").arg(a.hostKey),
            tr("Cipher: %1 out, %2 in").arg(a.cipherClientToServer, a.cipherServerToClient),
            tr("MAC: %1 out, %2 in").arg(a.macClientToServer, a.macServerToClient)};
}

QString ConnectionLogin::stateText(const Connection& connection, const QString& error, bool wasConnected)
{
    switch (connection.state()) {
    case Connection::State::Disconnected:
        if (error.isEmpty()) {
            return tr("Disconnected");
        }
        return wasConnected ? tr("Disconnected: %1").arg(error) : tr("Connection failed: %1").arg(error);
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

} // namespace ferry
