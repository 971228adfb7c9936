#pragma once

#include "AlgorithmInfo.h"
#include "AuthPrompt.h"
#include "ChannelRequest.h"
#include "ConnectionError.h"
#include "ConnectionLog.h"
#include "ConnectionOptions.h"
#include "HostKeyInfo.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QThread;

namespace ferry {

class ConnectionService;
class ConnectionWorker;
class RemoteChannel;

// The GUI-thread face of one SSH connection. The ssh_session and its channels live in a
// ConnectionWorker in a thread of its own; this object only queues calls to it and relays its signals,
// so nothing here ever blocks. Questions for the user (host key, passwords, prompts) arrive as signals
// with a request id and are answered with the matching call.
class Connection : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, VerifyingHostKey, Authenticating, Connected, Disconnecting };
    Q_ENUM(State)

    explicit Connection(const ConnectionOptions& options, QObject* parent = nullptr);
    // Disconnects and waits for the worker a bounded time.
    ~Connection() override;

    const ConnectionOptions& options() const { return m_options; }
    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    ConnectionError lastError() const { return m_lastError; }
    AlgorithmInfo algorithms() const { return m_algorithms; }
    QString banner() const { return m_banner; }
    // The authentication methods that succeeded, in order (e.g. "publickey", "keyboard-interactive").
    QStringList authenticatedWith() const { return m_authenticatedWith; }
    ConnectionLog* log() const { return m_log; }
    void setLogVerbosity(int libsshLevel);

    void connectToHost();
    void disconnectFromHost();

    // Opens a channel once connected (requests made earlier wait for the connection). The handle is
    // parented to this connection; delete it to close the channel.
    RemoteChannel* openChannel(const ChannelRequest& request);
    // Hands a higher layer's service to the worker thread; it is deleted there when the connection
    // object goes away.
    void startService(std::unique_ptr<ConnectionService> service);

    void answerHostKey(quint64 requestId, HostKeyDecision decision);
    void answerPrompt(quint64 requestId, const QStringList& answers);
    void cancelPrompt(quint64 requestId);

signals:
    void stateChanged(ferry::Connection::State state);
    void connected();
    // The connection ended: on request (error.kind == None), or because of error.
    void disconnected(const ferry::ConnectionError& error);
    void hostKeyQuestion(quint64 requestId, const ferry::HostKeyInfo& info);
    // A changed or revoked key was refused; the details are for the warning dialog.
    void hostKeyRefused(const ferry::HostKeyInfo& info);
    void authPrompt(quint64 requestId, const ferry::AuthPrompt& prompt);
    void bannerReceived(const QString& banner);

private:
    friend class RemoteChannel;
    void channelWrite(quint64 id, const QByteArray& data);
    void channelEof(quint64 id);
    void channelResize(quint64 id, int columns, int rows);
    void channelClose(quint64 id);
    void channelAcknowledge(quint64 id, qint64 bytes);
    void onWorkerStateChanged(int state);
    void onWorkerFinished(const ferry::ConnectionError& error);
    template<typename F> void toWorker(F&& call);

    ConnectionOptions m_options;
    State m_state = State::Disconnected;
    ConnectionError m_lastError;
    AlgorithmInfo m_algorithms;
    QString m_banner;
    QStringList m_authenticatedWith;
    ConnectionLog* m_log = nullptr;
    QThread* m_thread = nullptr;
    ConnectionWorker* m_worker = nullptr;
    quint64 m_nextChannelId = 1;
    QHash<quint64, QPointer<RemoteChannel>> m_channels;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::Connection::State)
