#pragma once

#include "AlgorithmInfo.h"
#include "AuthPrompt.h"
#include "ChannelRequest.h"
#include "ConnectionError.h"
#include "ConnectionOptions.h"
#include "ConnectionService.h"
#include "HostKeyInfo.h"

#include <QHash>
#include <QObject>
#include <QVector>

#include <libssh/libssh.h>

#include <map>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace ferry {

class Authenticator;
class WorkerChannel;

// Owns the ssh_session of one connection and everything on it (channels, hosted services) and lives
// in the connection's own thread. It drives non-blocking libssh from that thread's event loop: a
// socket notifier on the session's descriptor, a write notifier armed only while output is pending,
// and timers for the connect deadline and keepalives. Its slots are called queued by Connection.
class ConnectionWorker : public QObject, private ServiceHost {
    Q_OBJECT
public:
    enum class Phase { Idle, Connecting, AwaitingHostKey, Authenticating, AwaitingUser, Ready, Closed };
    Q_ENUM(Phase)

    explicit ConnectionWorker(const ConnectionOptions& options);
    ~ConnectionWorker() override;

    void start();
    void shutdown();
    void answerHostKey(quint64 requestId, HostKeyDecision decision);
    void answerPrompt(quint64 requestId, bool cancelled, const QStringList& answers);
    void openChannel(quint64 id, const ChannelRequest& request);
    void writeChannel(quint64 id, const QByteArray& data);
    void eofChannel(quint64 id);
    void resizeChannel(quint64 id, int columns, int rows);
    void closeChannel(quint64 id);
    void acknowledgeChannel(quint64 id, qint64 bytes);
    void addService(ConnectionService* service);
    // Forgets a service that is being deleted (it connects itself here through QObject::destroyed).
    void removeService(ConnectionService* service);
    void setLogVerbosity(int level);

signals:
    void phaseChanged(int phase);
    void logLine(int level, const QString& text);
    void hostKeyQuestion(quint64 requestId, const ferry::HostKeyInfo& info);
    void hostKeyRefused(const ferry::HostKeyInfo& info);
    void authPrompt(quint64 requestId, const ferry::AuthPrompt& prompt);
    void bannerReceived(const QString& banner);
    void connected(const ferry::AlgorithmInfo& algorithms, const QStringList& methods);
    // Last signal: the connection is over (error.kind None: on request).
    void finished(const ferry::ConnectionError& error);

    void channelOpened(quint64 id);
    void channelOpenFailed(quint64 id, const QString& message);
    void channelData(quint64 id, const QByteArray& data, bool isStderr);
    void channelEof(quint64 id);
    void channelExitStatus(quint64 id, int status);
    void channelExitSignal(quint64 id, const QString& name, bool coreDumped, const QString& message);
    void channelClosed(quint64 id, const QString& error);

private:
    // ServiceHost
    ssh_session_struct* session() const override { return m_session; }
    void requestFlush() override;
    void log(const QString& line) override;

    static void libsshLog(int priority, const char* function, const char* buffer, void* userdata);

    void setPhase(Phase phase);
    bool applyOptions();
    void onSocketActivity();
    void stepConnect();
    void verifyHostKey();
    void beginAuthentication();
    void stepAuthentication();
    void becomeReady();
    void pump();
    void startChannel(quint64 id, const ChannelRequest& request);
    void stepChannels();
    void updateNotifiers();
    bool flush();
    void setupNotifiers();
    void onKeepaliveTick();
    void finish(const ConnectionError& error);
    WorkerChannel* channel(quint64 id) const;

    ConnectionOptions m_options;
    ssh_session m_session = nullptr;
    ssh_event m_event = nullptr;
    Phase m_phase = Phase::Idle;
    QSocketNotifier* m_readNotifier = nullptr;
    QSocketNotifier* m_writeNotifier = nullptr;
    QTimer* m_deadline = nullptr;
    QTimer* m_keepalive = nullptr;
    QTimer* m_connectPoll = nullptr;
    int m_keepaliveMissed = 0;
    bool m_activitySinceKeepalive = false;
    bool m_inPump = false;
    bool m_pumpAgain = false;  // a service asked for a flush while pump() ran
    bool m_pumpQueued = false;
    bool m_outputPending = false;
    ssh_counter_struct m_socketCounter{};
    ssh_counter_struct m_packetCounter{};

    quint64 m_nextRequestId = 1;
    quint64 m_hostKeyRequest = 0;
    HostKeyInfo m_hostKey;
    quint64 m_promptRequest = 0;
    std::unique_ptr<Authenticator> m_auth;

    std::map<quint64, std::unique_ptr<WorkerChannel>> m_channels;
    QVector<QPair<quint64, ChannelRequest>> m_waitingChannels; // asked for before the login finished
    QVector<ConnectionService*> m_services;
    bool m_servicesStarted = false;
};

} // namespace ferry
