#include "Connection.h"

#include "ConnectionService.h"
#include "ConnectionWorker.h"
#include "RemoteChannel.h"

#include <QThread>

#include <libssh/libssh.h>

#include <mutex>

namespace ferry {

namespace {

constexpr unsigned long WorkerShutdownWaitMs = 5000;

void registerTypesOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        ssh_init();
        qRegisterMetaType<ferry::HostKeyInfo>();
        qRegisterMetaType<ferry::HostKeyDecision>();
        qRegisterMetaType<ferry::AuthPrompt>();
        qRegisterMetaType<ferry::AlgorithmInfo>();
        qRegisterMetaType<ferry::ConnectionError>();
        qRegisterMetaType<ferry::Connection::State>();
        qRegisterMetaType<ferry::ChannelRequest>();
    });
}

Connection::State stateForPhase(ConnectionWorker::Phase phase)
{
    switch (phase) {
    case ConnectionWorker::Phase::Connecting:
        return Connection::State::Connecting;
    case ConnectionWorker::Phase::AwaitingHostKey:
        return Connection::State::VerifyingHostKey;
    case ConnectionWorker::Phase::Authenticating:
    case ConnectionWorker::Phase::AwaitingUser:
        return Connection::State::Authenticating;
    case ConnectionWorker::Phase::Ready:
        return Connection::State::Connected;
    case ConnectionWorker::Phase::Idle:
    case ConnectionWorker::Phase::Closed:
        break;
    }
    return Connection::State::Disconnected;
}

} // namespace

Connection::Connection(const ConnectionOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_log(new ConnectionLog(5000, this))
{
    registerTypesOnce();
}

Connection::~Connection()
{
    for (const auto& ch : qAsConst(m_channels)) {
        if (ch) {
            ch->m_connection = nullptr;
        }
    }
    if (m_worker == nullptr) {
        return;
    }
    ConnectionWorker* worker = m_worker;
    QThread* thread = m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    disconnect(worker, nullptr, this, nullptr);
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->shutdown();
            delete worker;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    if (thread->wait(WorkerShutdownWaitMs)) {
        delete thread;
    } else {
        // Stuck in a blocking system call (a slow DNS lookup): let it end on its own rather than crash.
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    }
}

template<typename F>
void Connection::toWorker(F&& call)
{
    if (m_worker != nullptr) {
        QMetaObject::invokeMethod(m_worker, std::forward<F>(call), Qt::QueuedConnection);
    }
}

void Connection::setLogVerbosity(int libsshLevel)
{
    m_options.logVerbosity = libsshLevel;
    ConnectionWorker* w = m_worker;
    toWorker([w, libsshLevel] { w->setLogVerbosity(libsshLevel); });
}

void Connection::connectToHost()
{
    if (m_worker != nullptr) {
        return;
    }
    m_lastError = ConnectionError();
    m_authenticatedWith.clear();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("ssh:") + m_options.host);
    m_worker = new ConnectionWorker(m_options);
    m_worker->moveToThread(m_thread);
    ConnectionWorker* w = m_worker;

    connect(w, &ConnectionWorker::phaseChanged, this, &Connection::onWorkerStateChanged);
    connect(w, &ConnectionWorker::logLine, m_log, &ConnectionLog::append);
    connect(w, &ConnectionWorker::hostKeyQuestion, this, &Connection::hostKeyQuestion);
    connect(w, &ConnectionWorker::hostKeyRefused, this, &Connection::hostKeyRefused);
    connect(w, &ConnectionWorker::authPrompt, this, &Connection::authPrompt);
    connect(w, &ConnectionWorker::bannerReceived, this, [this](const QString& banner) {
        m_banner = banner;
        emit bannerReceived(banner);
    });
    connect(w, &ConnectionWorker::connected, this, [this](const AlgorithmInfo& info, const QStringList& methods) {
        m_algorithms = info;
        m_authenticatedWith = methods;
        emit connected();
    });
    connect(w, &ConnectionWorker::finished, this, &Connection::onWorkerFinished);

    connect(w, &ConnectionWorker::channelOpened, this, [this](quint64 id) {
        if (RemoteChannel* ch = m_channels.value(id)) {
            ch->markOpened();
        }
    });
    connect(w, &ConnectionWorker::channelOpenFailed, this, [this](quint64 id, const QString& message) {
        if (RemoteChannel* ch = m_channels.take(id)) {
            ch->markOpenFailed(message);
        }
    });
    connect(w, &ConnectionWorker::channelData, this, [this](quint64 id, const QByteArray& data, bool isStderr) {
        QPointer<RemoteChannel> ch = m_channels.value(id);
        if (ch) {
            if (isStderr) {
                emit ch->stderrReceived(data);
            } else {
                emit ch->stdoutReceived(data);
            }
        }
        // Tells the worker the bytes left its buffers, so it reads more from the server.
        if (!ch || !ch->manualAcknowledge()) {
            channelAcknowledge(id, data.size());
        }
    });
    connect(w, &ConnectionWorker::channelEof, this, [this](quint64 id) {
        if (RemoteChannel* ch = m_channels.value(id)) {
            emit ch->eofReceived();
        }
    });
    connect(w, &ConnectionWorker::channelExitStatus, this, [this](quint64 id, int status) {
        if (RemoteChannel* ch = m_channels.value(id)) {
            ch->markExitStatus(status);
        }
    });
    connect(w, &ConnectionWorker::channelExitSignal, this,
            [this](quint64 id, const QString& name, bool core, const QString& message) {
                if (RemoteChannel* ch = m_channels.value(id)) {
                    ch->markExitSignal(name, core, message);
                }
            });
    connect(w, &ConnectionWorker::channelClosed, this, [this](quint64 id, const QString& error) {
        if (RemoteChannel* ch = m_channels.take(id)) {
            ch->markClosed(error);
        }
    });

    m_thread->start();
    m_state = State::Connecting;
    emit stateChanged(m_state);
    toWorker([w] { w->start(); });
}

void Connection::disconnectFromHost()
{
    if (m_worker == nullptr) {
        return;
    }
    m_state = State::Disconnecting;
    emit stateChanged(m_state);
    ConnectionWorker* w = m_worker;
    toWorker([w] { w->shutdown(); });
}

void Connection::onWorkerStateChanged(int phase)
{
    const State state = stateForPhase(ConnectionWorker::Phase(phase));
    if (state == m_state || state == State::Disconnected) {
        return; // the end is reported by onWorkerFinished, after the channels
    }
    m_state = state;
    emit stateChanged(m_state);
}

void Connection::onWorkerFinished(const ConnectionError& error)
{
    m_lastError = error;
    const auto channels = std::exchange(m_channels, {});
    for (RemoteChannel* ch : channels) {
        if (ch) {
            ch->markClosed(error.isError() ? error.message : tr("The connection was closed."));
        }
    }
    // The worker is done: free it and its thread without waiting here.
    ConnectionWorker* worker = m_worker;
    QThread* thread = m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    disconnect(worker, nullptr, this, nullptr);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            delete worker;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);

    m_state = State::Disconnected;
    emit stateChanged(m_state);
    emit disconnected(error);
}

RemoteChannel* Connection::openChannel(const ChannelRequest& request)
{
    const quint64 id = m_nextChannelId++;
    auto* ch = new RemoteChannel(this, id);
    if (m_worker == nullptr) {
        QMetaObject::invokeMethod(
            ch, [ch] { ch->markOpenFailed(tr("The connection is closed.")); }, Qt::QueuedConnection);
        return ch;
    }
    m_channels.insert(id, ch);
    ConnectionWorker* w = m_worker;
    toWorker([w, id, request] { w->openChannel(id, request); });
    return ch;
}

void Connection::startService(std::unique_ptr<ConnectionService> service)
{
    if (m_worker == nullptr) {
        return;
    }
    ConnectionService* s = service.release();
    s->setParent(nullptr);
    s->moveToThread(m_thread);
    ConnectionWorker* w = m_worker;
    toWorker([w, s] { w->addService(s); });
}

void Connection::answerHostKey(quint64 requestId, HostKeyDecision decision)
{
    ConnectionWorker* w = m_worker;
    toWorker([w, requestId, decision] { w->answerHostKey(requestId, decision); });
}

void Connection::answerPrompt(quint64 requestId, const QStringList& answers)
{
    ConnectionWorker* w = m_worker;
    toWorker([w, requestId, answers] { w->answerPrompt(requestId, false, answers); });
}

void Connection::cancelPrompt(quint64 requestId)
{
    ConnectionWorker* w = m_worker;
    toWorker([w, requestId] { w->answerPrompt(requestId, true, QStringList()); });
}

void Connection::channelWrite(quint64 id, const QByteArray& data)
{
    ConnectionWorker* w = m_worker;
    toWorker([w, id, data] { w->writeChannel(id, data); });
}

void Connection::channelEof(quint64 id)
{
    ConnectionWorker* w = m_worker;
    toWorker([w, id] { w->eofChannel(id); });
}

void Connection::channelResize(quint64 id, int columns, int rows)
{
    ConnectionWorker* w = m_worker;
    toWorker([w, id, columns, rows] { w->resizeChannel(id, columns, rows); });
}

void Connection::channelAcknowledge(quint64 id, qint64 bytes)
{
    ConnectionWorker* w = m_worker;
    toWorker([w, id, bytes] { w->acknowledgeChannel(id, bytes); });
}

void Connection::channelClose(quint64 id)
{
    m_channels.remove(id);
    ConnectionWorker* w = m_worker;
    toWorker([w, id] { w->closeChannel(id); });
}

} // namespace ferry
