#pragma once

#include "AuthPrompt.h"
#include "ConnectionError.h"
#include "ConnectionOptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <libssh/libssh.h>

#include <deque>
#include <functional>

namespace ferry {

// Walks the authentication methods in the profile's order, among those the server allows, without
// ever blocking: each libssh call that answers SSH_AUTH_AGAIN is repeated on the next socket event,
// and each question for the user suspends the walk until answer() is called. Partial success (a key,
// then a one-time code) continues with what the server still asks for.
class Authenticator {
    Q_DECLARE_TR_FUNCTIONS(Authenticator)
public:
    enum class Status { Working, WaitingForUser, Succeeded, Failed };

    struct Hooks {
        std::function<void(const AuthPrompt&)> ask;
        std::function<void(const QString&)> log;
    };

    Authenticator(ssh_session session, const ConnectionOptions& options, Hooks hooks);
    ~Authenticator();

    Status step();
    // cancelled: the user closed the dialog; the connection ends.
    void answer(bool cancelled, const QStringList& answers);

    ConnectionError error() const { return m_error; }
    QStringList succeededMethods() const { return m_succeeded; }
    QString banner() const { return m_banner; }

private:
    enum class AttemptKind { Agent, KeyFile, KeyboardInteractive, Password };
    struct Attempt {
        AttemptKind kind;
        QString keyFile;
        // Set when the key's certificate was refused: the bare key is offered next, as OpenSSH does.
        bool withoutCertificate = false;
    };

    using Call = std::function<int()>;
    using Then = std::function<void(int)>;

    void call(Call c, Then then);
    void askUser(const AuthPrompt& prompt, std::function<void(bool, const QStringList&)> then);
    void startNone();
    void refreshAllowed();
    void nextAttempt();
    void handleResult(int rc, const QString& method);
    void tryAgent();
    void tryKeyFile(const QString& path, bool useCertificate);
    void offerKey(const QString& path, bool certificate);
    void loadPrivateKey(const QString& path, int attempt, bool useCertificate);
    void authenticateWithKey(const QString& path, ssh_key privateKey, bool useCertificate);
    void tryKeyboardInteractive();
    void keyboardInteractiveRound();
    void answerKeyboardInteractive();
    void tryPassword(int attempt);
    void fail(ConnectionError::Kind kind, const QString& message);
    bool allowed(AttemptKind kind) const;
    QString allowedText() const;
    QString userAtHost() const;

    ssh_session m_session;
    ConnectionOptions m_options;
    Hooks m_hooks;
    Status m_status = Status::Working;
    ConnectionError m_error;

    Call m_pending;
    Then m_then;
    std::function<void(bool, const QStringList&)> m_onAnswer;

    int m_allowed = 0;               // SSH_AUTH_METHOD_* bits
    std::deque<Attempt> m_attempts;
    QStringList m_tried;
    QStringList m_succeeded;
    QStringList m_problems;          // key files that could not be used, and why
    QString m_banner;
    ssh_key m_publicKey = nullptr;
    bool m_started = false;
    bool m_storedPasswordUsed = false;
};

} // namespace ferry
