#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

class QLocalSocket;
class QTimer;

namespace ferry {

struct AgentIdentity {
    QByteArray keyBlob; // the public key (or certificate) blob as the agent holds it
    QString comment;    // usually the key file's path or comment

    QString keyType() const;     // "ssh-ed25519", "ssh-ed25519-cert-v01@openssh.com", ...
    QString fingerprint() const; // SHA256:..., as ssh-add -l prints it
    bool isCertificate() const { return keyType().contains(QLatin1String("-cert-v01@openssh.com")); }
};

// Lists and removes the identities of the ssh-agent at SSH_AUTH_SOCK (or a given socket) by speaking the
// agent protocol itself, without blocking: requests queue and are answered by signals. Adding identities needs
// the private key in the clear, which is ssh-add's business: see KeyOperations::addToAgent.
class AgentClient : public QObject {
    Q_OBJECT
public:
    // socketPath empty: $SSH_AUTH_SOCK at the time of each request.
    explicit AgentClient(const QString& socketPath = QString(), QObject* parent = nullptr);
    ~AgentClient() override;

    QString socketPath() const;
    bool isBusy() const { return m_socket != nullptr || !m_queue.isEmpty(); }
    // The identities of the last successful listIdentities().
    QList<AgentIdentity> identities() const { return m_identities; }

    void listIdentities();
    void removeIdentity(const QByteArray& keyBlob);
    void removeAllIdentities();

    // The agent's replies are at most this large (OpenSSH's own limit).
    static constexpr quint32 MaxReply = 256 * 1024;
    static constexpr int TimeoutMs = 10000;

signals:
    void identitiesListed(const QList<ferry::AgentIdentity>& identities);
    void identityRemoved(const QByteArray& keyBlob);
    void allIdentitiesRemoved();
    // A request failed: no agent, it refused, or it answered nonsense.
    void failed(const QString& message);

private:
    enum class Kind { List, Remove, RemoveAll };
    struct Request {
        Kind kind;
        QByteArray message; // type byte and payload, without the length
        QByteArray keyBlob;
    };
    void enqueue(const Request& request);
    void startNext();
    void onReadyRead();
    void finishRequest(const QString& error, const QByteArray& reply);
    void handleReply(const Request& request, const QByteArray& reply);

    QString m_socketPath;
    QList<Request> m_queue;
    QLocalSocket* m_socket = nullptr;
    QTimer* m_timer = nullptr;
    QByteArray m_buffer;
    QList<AgentIdentity> m_identities;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::AgentIdentity)
