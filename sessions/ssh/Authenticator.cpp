#include "Authenticator.h"

#include "trust/KeyCertificate.h"
#include "trust/PrivateKeyFile.h"

#include <QFile>
#include <QFileInfo>

#include <memory>

namespace ferry {

namespace {

void wipe(QByteArray& secret)
{
    secret.fill('\0');
    secret.clear();
}

} // namespace

Authenticator::Authenticator(ssh_session session, const ConnectionOptions& options, Hooks hooks)
    : m_session(session)
    , m_options(options)
    , m_hooks(std::move(hooks))
{
}

Authenticator::~Authenticator()
{
    ssh_key_free(m_publicKey);
}

Authenticator::Status Authenticator::step()
{
    if (!m_started) {
        m_started = true;
        startNone();
    }
    while (m_status == Status::Working && m_pending) {
        const int rc = m_pending();
        if (rc == SSH_AUTH_AGAIN) {
            return m_status;
        }
        Then then = std::move(m_then);
        m_pending = nullptr;
        m_then = nullptr;
        then(rc);
    }
    return m_status;
}

void Authenticator::answer(bool cancelled, const QStringList& answers)
{
    if (m_status != Status::WaitingForUser || !m_onAnswer) {
        return;
    }
    auto then = std::move(m_onAnswer);
    m_onAnswer = nullptr;
    m_status = Status::Working;
    then(cancelled, answers);
}

void Authenticator::call(Call c, Then then)
{
    m_pending = std::move(c);
    m_then = std::move(then);
}

void Authenticator::askUser(const AuthPrompt& prompt, std::function<void(bool, const QStringList&)> then)
{
    m_status = Status::WaitingForUser;
    m_onAnswer = std::move(then);
    m_hooks.ask(prompt);
}

QString Authenticator::userAtHost() const
{
    return m_options.user + QLatin1Char('@') + m_options.host;
}

void Authenticator::startNone()
{
    call([this] { return ssh_userauth_none(m_session, nullptr); },
         [this](int rc) {
             if (char* banner = ssh_get_issue_banner(m_session)) {
                 m_banner = QString::fromUtf8(banner);
                 ssh_string_free_char(banner);
             }
             if (rc == SSH_AUTH_SUCCESS) {
                 handleResult(rc, QStringLiteral("none"));
                 return;
             }
             if (rc == SSH_AUTH_ERROR) {
                 fail(ConnectionError::Kind::ProtocolError,
                      tr("The server broke off the login: %1").arg(QString::fromUtf8(ssh_get_error(m_session))));
                 return;
             }
             refreshAllowed();
             for (const QString& method : m_options.authMethods) {
                 if (method == QLatin1String("publickey")) {
                     const bool agentThere = !m_options.agentSocket.isEmpty() || qEnvironmentVariableIsSet("SSH_AUTH_SOCK");
                     if (m_options.useAgent && agentThere) {
                         m_attempts.push_back({AttemptKind::Agent, QString()});
                     }
                     for (const QString& key : m_options.identityFiles) {
                         if (QFileInfo::exists(key)) {
                             m_attempts.push_back({AttemptKind::KeyFile, key});
                         }
                     }
                 } else if (method == QLatin1String("keyboard-interactive")) {
                     m_attempts.push_back({AttemptKind::KeyboardInteractive, QString()});
                 } else if (method == QLatin1String("password")) {
                     m_attempts.push_back({AttemptKind::Password, QString()});
                 }
             }
             m_hooks.log(tr("The server accepts: %1").arg(allowedText()));
             nextAttempt();
         });
}

void Authenticator::refreshAllowed()
{
    m_allowed = ssh_userauth_list(m_session, nullptr);
}

bool Authenticator::allowed(AttemptKind kind) const
{
    switch (kind) {
    case AttemptKind::Agent:
    case AttemptKind::KeyFile:
        return m_allowed & SSH_AUTH_METHOD_PUBLICKEY;
    case AttemptKind::KeyboardInteractive:
        return m_allowed & SSH_AUTH_METHOD_INTERACTIVE;
    case AttemptKind::Password:
        return m_allowed & SSH_AUTH_METHOD_PASSWORD;
    }
    return false;
}

QString Authenticator::allowedText() const
{
    QStringList names;
    if (m_allowed & SSH_AUTH_METHOD_PUBLICKEY) {
        names << QStringLiteral("publickey");
    }
    if (m_allowed & SSH_AUTH_METHOD_INTERACTIVE) {
        names << QStringLiteral("keyboard-interactive");
    }
    if (m_allowed & SSH_AUTH_METHOD_PASSWORD) {
        names << QStringLiteral("password");
    }
    if (m_allowed & SSH_AUTH_METHOD_HOSTBASED) {
        names << QStringLiteral("hostbased");
    }
    if (m_allowed & SSH_AUTH_METHOD_GSSAPI_MIC) {
        names << QStringLiteral("gssapi-with-mic");
    }
    return names.isEmpty() ? tr("(none)") : names.join(QStringLiteral(", "));
}

void Authenticator::nextAttempt()
{
    while (!m_attempts.empty() && !allowed(m_attempts.front().kind)) {
        m_attempts.pop_front();
    }
    if (m_attempts.empty()) {
        QString message = tr("Authentication failed for %1. Tried: %2. The server accepts: %3.")
                              .arg(userAtHost(), m_tried.isEmpty() ? tr("nothing Ferry could offer")
                                                                   : m_tried.join(QStringLiteral(", ")),
                                   allowedText());
        if (!m_problems.isEmpty()) {
            message += QLatin1Char(' ') + m_problems.join(QLatin1Char(' '));
        }
        fail(ConnectionError::Kind::AuthenticationFailed, message);
        return;
    }
    const Attempt attempt = m_attempts.front();
    m_attempts.pop_front();
    switch (attempt.kind) {
    case AttemptKind::Agent:
        tryAgent();
        break;
    case AttemptKind::KeyFile:
        tryKeyFile(attempt.keyFile, !attempt.withoutCertificate);
        break;
    case AttemptKind::KeyboardInteractive:
        tryKeyboardInteractive();
        break;
    case AttemptKind::Password:
        tryPassword(1);
        break;
    }
}

void Authenticator::handleResult(int rc, const QString& method)
{
    switch (rc) {
    case SSH_AUTH_SUCCESS:
        m_succeeded << method;
        m_hooks.log(tr("Authenticated with %1").arg(method));
        m_status = Status::Succeeded;
        return;
    case SSH_AUTH_PARTIAL:
        m_succeeded << method;
        refreshAllowed();
        m_hooks.log(tr("%1 accepted; the server asks for more: %2").arg(method, allowedText()));
        nextAttempt();
        return;
    case SSH_AUTH_ERROR:
        fail(ConnectionError::Kind::ProtocolError,
             tr("The login failed during %1: %2").arg(method, QString::fromUtf8(ssh_get_error(m_session))));
        return;
    default:
        m_hooks.log(tr("%1 was refused").arg(method));
        nextAttempt();
        return;
    }
}

void Authenticator::tryAgent()
{
    m_tried << tr("agent");
    m_hooks.log(tr("Trying the keys of the SSH agent"));
    call([this] { return ssh_userauth_agent(m_session, nullptr); },
         [this](int rc) {
             if (rc == SSH_AUTH_ERROR) {
                 // No agent, or it did not answer: not the server's fault, so go on with the next method.
                 m_hooks.log(tr("The SSH agent could not be used: %1").arg(QString::fromUtf8(ssh_get_error(m_session))));
                 nextAttempt();
                 return;
             }
             handleResult(rc, QStringLiteral("publickey"));
         });
}

void Authenticator::tryKeyFile(const QString& path, bool useCertificate)
{
    if (useCertificate) {
        m_tried << tr("key %1").arg(QFileInfo(path).fileName());
    }
    ssh_key_free(m_publicKey);
    m_publicKey = nullptr;
    if (useCertificate) {
        QString why;
        m_publicKey = KeyCertificate::importCertificate(path, &why);
        if (!why.isEmpty()) {
            m_hooks.log(why);
        }
        if (m_publicKey != nullptr) {
            offerKey(path, true);
            return;
        }
    }
    const QByteArray pubPath = QFile::encodeName(path + QStringLiteral(".pub"));
    if (ssh_pki_import_pubkey_file(pubPath.constData(), &m_publicKey) != SSH_OK) {
        // OpenSSH-format private keys carry their public half unencrypted.
        m_publicKey = nullptr;
        if (ssh_pki_import_pubkey_file(QFile::encodeName(path).constData(), &m_publicKey) != SSH_OK) {
            m_publicKey = nullptr;
        }
    }
    if (m_publicKey == nullptr) {
        loadPrivateKey(path, 1, false);
        return;
    }
    offerKey(path, false);
}

void Authenticator::offerKey(const QString& path, bool certificate)
{
    const QString certificatePath = path + QStringLiteral("-cert.pub");
    m_hooks.log(certificate ? tr("Offering certificate %1").arg(certificatePath) : tr("Offering key %1").arg(path));
    call([this] { return ssh_userauth_try_publickey(m_session, nullptr, m_publicKey); },
         [this, path, certificate, certificatePath](int rc) {
             ssh_key_free(m_publicKey);
             m_publicKey = nullptr;
             if (rc == SSH_AUTH_SUCCESS) {
                 loadPrivateKey(path, 1, certificate);
             } else if (rc == SSH_AUTH_ERROR) {
                 handleResult(rc, QStringLiteral("publickey"));
             } else if (certificate) {
                 // Like OpenSSH: a certificate the server does not take leaves the key itself to try.
                 m_hooks.log(tr("The server does not accept certificate %1").arg(certificatePath));
                 tryKeyFile(path, false);
             } else {
                 m_hooks.log(tr("The server does not accept key %1").arg(path));
                 nextAttempt();
             }
         });
}

void Authenticator::loadPrivateKey(const QString& path, int attempt, bool useCertificate)
{
    QString why;
    const PrivateKeyFile::Protection protection = PrivateKeyFile::protection(path, &why);
    if (protection == PrivateKeyFile::Protection::Unreadable) {
        m_problems << tr("Key %1 could not be used: %2.").arg(path, why);
        nextAttempt();
        return;
    }
    if (protection == PrivateKeyFile::Protection::Plain) {
        ssh_key key = nullptr;
        if (ssh_pki_import_privkey_file(QFile::encodeName(path).constData(), nullptr, nullptr, nullptr, &key) != SSH_OK) {
            m_problems << tr("Key %1 is not a private key Ferry can read.").arg(path);
            nextAttempt();
            return;
        }
        authenticateWithKey(path, key, useCertificate);
        return;
    }
    AuthPrompt prompt;
    prompt.kind = AuthPrompt::Kind::Passphrase;
    prompt.userAtHost = userAtHost();
    prompt.keyFile = path;
    prompt.attempt = attempt;
    prompt.fields << AuthPrompt::Field{tr("Passphrase for key %1:").arg(path), false};
    askUser(prompt, [this, path, attempt, useCertificate](bool cancelled, const QStringList& answers) {
        if (cancelled || answers.isEmpty()) {
            m_problems << tr("No passphrase was given for key %1.").arg(path);
            nextAttempt();
            return;
        }
        QByteArray passphrase = answers.first().toUtf8();
        ssh_key key = nullptr;
        const int rc = ssh_pki_import_privkey_file(QFile::encodeName(path).constData(), passphrase.constData(),
                                                   nullptr, nullptr, &key);
        wipe(passphrase);
        if (rc == SSH_OK) {
            authenticateWithKey(path, key, useCertificate);
            return;
        }
        m_hooks.log(tr("Wrong passphrase for key %1").arg(path));
        if (attempt < m_options.maxPassphraseAttempts) {
            loadPrivateKey(path, attempt + 1, useCertificate);
            return;
        }
        m_problems << tr("The passphrase for key %1 was wrong %n time(s).", nullptr, attempt).arg(path);
        nextAttempt();
    });
}

void Authenticator::authenticateWithKey(const QString& path, ssh_key privateKey, bool useCertificate)
{
    bool certified = false;
    if (useCertificate) {
        QString why;
        certified = KeyCertificate::attach(path, privateKey, &why);
        if (certified) {
            m_hooks.log(tr("Using certificate %1").arg(path + QStringLiteral("-cert.pub")));
        } else if (!why.isEmpty()) {
            m_hooks.log(why);
        }
    }
    m_hooks.log(tr("Signing in with key %1").arg(path));
    call([this, privateKey] { return ssh_userauth_publickey(m_session, nullptr, privateKey); },
         [this, privateKey, path, certified](int rc) {
             ssh_key_free(privateKey);
             if (certified && rc == SSH_AUTH_DENIED) {
                 m_attempts.push_front({AttemptKind::KeyFile, path, true});
             }
             handleResult(rc, QStringLiteral("publickey"));
         });
}

void Authenticator::tryKeyboardInteractive()
{
    m_tried << QStringLiteral("keyboard-interactive");
    m_hooks.log(tr("Trying keyboard-interactive"));
    keyboardInteractiveRound();
}

void Authenticator::keyboardInteractiveRound()
{
    call([this] { return ssh_userauth_kbdint(m_session, nullptr, nullptr); },
         [this](int rc) {
             if (rc != SSH_AUTH_INFO) {
                 handleResult(rc, QStringLiteral("keyboard-interactive"));
                 return;
             }
             answerKeyboardInteractive();
         });
}

void Authenticator::answerKeyboardInteractive()
{
    const int count = ssh_userauth_kbdint_getnprompts(m_session);
    if (count <= 0) {
        // Servers send empty rounds (PAM does, to finish); they are answered with nothing.
        keyboardInteractiveRound();
        return;
    }
    AuthPrompt prompt;
    prompt.kind = AuthPrompt::Kind::KeyboardInteractive;
    prompt.userAtHost = userAtHost();
    prompt.name = QString::fromUtf8(ssh_userauth_kbdint_getname(m_session));
    prompt.instruction = QString::fromUtf8(ssh_userauth_kbdint_getinstruction(m_session));
    for (int i = 0; i < count; ++i) {
        char echo = 0;
        const char* text = ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo);
        prompt.fields << AuthPrompt::Field{QString::fromUtf8(text), echo != 0};
    }
    // The usual PAM round, one hidden "Password:" prompt, takes a remembered password once.
    if (count == 1 && !prompt.fields.first().echo && prompt.fields.first().text.contains(QLatin1String("assword"))
        && !m_options.password.isEmpty() && !m_storedPasswordUsed) {
        m_storedPasswordUsed = true;
        m_hooks.log(tr("Answering the password prompt with the remembered password"));
        QByteArray value = m_options.password.toUtf8();
        ssh_userauth_kbdint_setanswer(m_session, 0, value.constData());
        wipe(value);
        keyboardInteractiveRound();
        return;
    }
    askUser(prompt, [this, count](bool cancelled, const QStringList& answers) {
        if (cancelled) {
            fail(ConnectionError::Kind::AuthenticationCancelled, tr("The login was cancelled."));
            return;
        }
        for (int i = 0; i < count; ++i) {
            QByteArray value = answers.value(i).toUtf8();
            ssh_userauth_kbdint_setanswer(m_session, unsigned(i), value.constData());
            wipe(value);
        }
        keyboardInteractiveRound();
    });
}

void Authenticator::tryPassword(int attempt)
{
    if (attempt == 1) {
        m_tried << QStringLiteral("password");
    }
    const auto send = [this, attempt](const QString& text) {
        auto password = std::make_shared<QByteArray>(text.toUtf8());
        call([this, password] { return ssh_userauth_password(m_session, nullptr, password->constData()); },
             [this, password, attempt](int rc) {
                 wipe(*password);
                 if (rc == SSH_AUTH_DENIED && attempt < m_options.maxPasswordAttempts) {
                     refreshAllowed();
                     if (allowed(AttemptKind::Password)) {
                         m_hooks.log(tr("Wrong password"));
                         tryPassword(attempt + 1);
                         return;
                     }
                 }
                 handleResult(rc, QStringLiteral("password"));
             });
    };
    if (attempt == 1 && !m_options.password.isEmpty() && !m_storedPasswordUsed) {
        m_storedPasswordUsed = true;
        m_hooks.log(tr("Trying the remembered password"));
        send(m_options.password);
        return;
    }
    AuthPrompt prompt;
    prompt.kind = AuthPrompt::Kind::Password;
    prompt.userAtHost = userAtHost();
    prompt.attempt = attempt;
    prompt.fields << AuthPrompt::Field{tr("Password for %1:").arg(userAtHost()), false};
    askUser(prompt, [this, send](bool cancelled, const QStringList& answers) {
        if (cancelled || answers.isEmpty()) {
            fail(ConnectionError::Kind::AuthenticationCancelled, tr("The login was cancelled."));
            return;
        }
        send(answers.first());
    });
}

void Authenticator::fail(ConnectionError::Kind kind, const QString& message)
{
    m_status = Status::Failed;
    m_pending = nullptr;
    m_then = nullptr;
    m_error = ConnectionError::make(kind, message, QString::fromUtf8(ssh_get_error(m_session)));
}

} // namespace ferry
