#include "AgentClient.h"

#include "KnownHosts.h"
#include "SshWire.h"

#include <QLocalSocket>
#include <QTimer>

namespace ferry {

namespace {

// The agent protocol's message numbers (draft-miller-ssh-agent).
constexpr quint8 AgentFailure = 5;
constexpr quint8 AgentSuccess = 6;
constexpr quint8 RequestIdentities = 11;
constexpr quint8 IdentitiesAnswer = 12;
constexpr quint8 RemoveIdentity = 18;
constexpr quint8 RemoveAllIdentities = 19;

} // namespace

QString AgentIdentity::keyType() const
{
    return KnownHosts::keyTypeOf(keyBlob);
}

QString AgentIdentity::fingerprint() const
{
    return KnownHosts::sha256Fingerprint(keyBlob);
}

AgentClient::AgentClient(const QString& socketPath, QObject* parent)
    : QObject(parent)
    , m_socketPath(socketPath)
{
    qRegisterMetaType<ferry::AgentIdentity>();
    qRegisterMetaType<QList<ferry::AgentIdentity>>();
}

AgentClient::~AgentClient() = default;

QString AgentClient::socketPath() const
{
    return m_socketPath.isEmpty() ? QString::fromLocal8Bit(qgetenv("SSH_AUTH_SOCK")) : m_socketPath;
}

void AgentClient::listIdentities()
{
    enqueue({Kind::List, QByteArray(1, static_cast<char>(RequestIdentities)), {}});
}

void AgentClient::removeIdentity(const QByteArray& keyBlob)
{
    SshWireWriter message;
    message.writeByte(RemoveIdentity);
    message.writeString(keyBlob);
    enqueue({Kind::Remove, message.data(), keyBlob});
}

void AgentClient::removeAllIdentities()
{
    enqueue({Kind::RemoveAll, QByteArray(1, static_cast<char>(RemoveAllIdentities)), {}});
}

void AgentClient::enqueue(const Request& request)
{
    m_queue.append(request);
    if (m_socket == nullptr) {
        // Answers always come from the event loop, also for a missing agent.
        QTimer::singleShot(0, this, &AgentClient::startNext);
    }
}

void AgentClient::startNext()
{
    if (m_socket != nullptr || m_queue.isEmpty()) {
        return;
    }
    const QString path = socketPath();
    if (path.isEmpty()) {
        finishRequest(tr("No SSH agent is running: SSH_AUTH_SOCK is not set."), {});
        return;
    }
    m_buffer.clear();
    m_socket = new QLocalSocket(this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { finishRequest(tr("The SSH agent did not answer."), {}); });
    connect(m_socket, &QLocalSocket::readyRead, this, &AgentClient::onReadyRead);
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this, path](QLocalSocket::LocalSocketError) {
        finishRequest(tr("The SSH agent at %1 cannot be reached: %2").arg(path, m_socket->errorString()), {});
    });
    connect(m_socket, &QLocalSocket::connected, this, [this] {
        SshWireWriter packet;
        packet.writeString(m_queue.constFirst().message);
        m_socket->write(packet.data());
    });
    m_timer->start(TimeoutMs);
    m_socket->connectToServer(path);
}

void AgentClient::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (m_buffer.size() < 4) {
        return;
    }
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (length == 0 || length > MaxReply) {
        finishRequest(tr("The SSH agent sent an invalid answer."), {});
        return;
    }
    if (static_cast<quint64>(m_buffer.size()) < 4 + static_cast<quint64>(length)) {
        return;
    }
    finishRequest({}, m_buffer.mid(4, static_cast<qsizetype>(length)));
}

void AgentClient::finishRequest(const QString& error, const QByteArray& reply)
{
    if (m_socket == nullptr && m_queue.isEmpty()) {
        return;
    }
    if (m_socket != nullptr) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_timer != nullptr) {
        m_timer->stop();
        m_timer->deleteLater();
        m_timer = nullptr;
    }
    m_buffer.clear();
    const Request request = m_queue.takeFirst();
    if (!error.isEmpty()) {
        emit failed(error);
    } else {
        handleReply(request, reply);
    }
    if (!m_queue.isEmpty()) {
        QTimer::singleShot(0, this, &AgentClient::startNext);
    }
}

void AgentClient::handleReply(const Request& request, const QByteArray& reply)
{
    SshWireReader reader(reply);
    const quint8 type = reader.readByte();
    if (request.kind != Kind::List) {
        if (type == AgentSuccess) {
            if (request.kind == Kind::Remove) {
                emit identityRemoved(request.keyBlob);
            } else {
                emit allIdentitiesRemoved();
            }
        } else if (type == AgentFailure && request.kind == Kind::Remove) {
            emit failed(tr("The SSH agent does not hold that key (any more)."));
        } else {
            emit failed(tr("The SSH agent refused to remove the keys."));
        }
        return;
    }
    if (type != IdentitiesAnswer) {
        emit failed(tr("The SSH agent refused to list its keys."));
        return;
    }
    const quint32 count = reader.readUint32();
    QList<AgentIdentity> identities;
    // Each identity takes at least 8 bytes: a count larger than that is a lie, not a reason to allocate.
    for (quint32 i = 0; reader.ok() && i < count && reader.remaining() >= 8; ++i) {
        AgentIdentity identity;
        identity.keyBlob = reader.readString();
        identity.comment = QString::fromUtf8(reader.readString());
        if (reader.ok()) {
            identities.append(identity);
        }
    }
    if (!reader.ok() || static_cast<quint32>(identities.size()) != count) {
        emit failed(tr("The SSH agent sent an invalid list of keys."));
        return;
    }
    m_identities = identities;
    emit identitiesListed(identities);
}

} // namespace ferry
