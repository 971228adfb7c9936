#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

namespace ferry {

class Connection;
class RemoteChannel;

// Appends a public key to ~/.ssh/authorized_keys on a server, over a connection that is already logged in,
// with ssh-copy-id's semantics: ~/.ssh (0700) and authorized_keys (0600) are made if missing, a key that is
// already there is not added again, and the file's path is reported. The remote command is a fixed string;
// the key travels on the command's stdin, so nothing the user or a key file says is ever parsed by a shell.
class AuthorizedKeyInstaller : public QObject {
    Q_OBJECT
public:
    enum class Outcome { Pending, Added, AlreadyPresent, Failed };
    Q_ENUM(Outcome)

    explicit AuthorizedKeyInstaller(Connection* connection, QObject* parent = nullptr);
    ~AuthorizedKeyInstaller() override;

    // Installs a public key line ("type base64 [comment]", as in a .pub file). finished() follows, also when
    // the line is refused at once (then from the event loop).
    void install(const QString& publicKeyLine);

    Outcome outcome() const { return m_outcome; }
    bool isFinished() const { return m_outcome != Outcome::Pending; }
    // The remote file, as the server's shell spelled it ("/home/me/.ssh/authorized_keys").
    QString remotePath() const { return m_remotePath; }
    QString errorString() const { return m_error; }
    // A sentence for the user: where the key went, or that it was already there.
    QString message() const;

    // The command run on the server (fixed: no part of it comes from the key or the user).
    static QString remoteCommand();
    // The line written to authorized_keys for a .pub line, or empty with *error when it is not a public key.
    static QByteArray authorizedLine(const QString& publicKeyLine, QByteArray* keyPart, QString* error);

    static constexpr int MaxOutput = 64 * 1024;

signals:
    void finished();

private:
    void onClosed();
    void fail(const QString& message);

    QPointer<Connection> m_connection;
    QPointer<RemoteChannel> m_channel;
    QByteArray m_output;
    QByteArray m_errors;
    Outcome m_outcome = Outcome::Pending;
    QString m_remotePath;
    QString m_error;
};

} // namespace ferry
