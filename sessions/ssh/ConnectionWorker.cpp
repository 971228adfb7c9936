#include "ConnectionWorker.h"

#include "Authenticator.h"
#include "WorkerChannel.h"
#include "trust/KnownHosts.h"

#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <fcntl.h>
// ssh_send_keepalive() is declared with the server API but serves clients as well.
#include <libssh/server.h>

namespace ferry {

namespace {

constexpr int ConnectPollMs = 20;
constexpr int MaxPollRounds = 64;
constexpr int MaxPumpRounds = 16;

} // namespace

ConnectionWorker::ConnectionWorker(const ConnectionOptions& options)
    : m_options(options)
{
}

ConnectionWorker::~ConnectionWorker()
{
    if (m_phase != Phase::Closed && m_phase != Phase::Idle) {
        finish(ConnectionError());
    }
    for (ConnectionService* service : std::exchange(m_services, {})) {
        disconnect(service, nullptr, this, nullptr);
        delete service;
    }
    m_auth.reset();
    m_channels.clear();
    if (m_session != nullptr) {
        ssh_free(m_session);
    }
    ssh_set_log_callback(nullptr);
    ssh_set_log_userdata(nullptr);
}

void ConnectionWorker::libsshLog(int priority, const char* function, const char* buffer, void* userdata)
{
    Q_UNUSED(function)
    auto* self = static_cast<ConnectionWorker*>(userdata);
    if (self != nullptr) {
        emit self->logLine(priority, QString::fromUtf8(buffer));
    }
}

void ConnectionWorker::log(const QString& line)
{
    emit logLine(0, line);
}

void ConnectionWorker::setPhase(Phase phase)
{
    if (m_phase == phase) {
        return;
    }
    m_phase = phase;
    emit phaseChanged(int(phase));
}

void ConnectionWorker::setLogVerbosity(int level)
{
    m_options.logVerbosity = level;
    ssh_set_log_level(level);
    if (m_session != nullptr) {
        ssh_options_set(m_session, SSH_OPTIONS_LOG_VERBOSITY, &level);
    }
}

bool ConnectionWorker::applyOptions()
{
    // libssh would fall back to the password database's home; $HOME is what a user (or a test's
    // temporary home) means.
    if (m_options.sshDir.isEmpty()) {
        m_options.sshDir = QDir::homePath() + QStringLiteral("/.ssh");
    }
    if (m_options.knownHostsFile.isEmpty()) {
        m_options.knownHostsFile = m_options.sshDir + QStringLiteral("/known_hosts");
    }
    const QByteArray host = m_options.host.toUtf8();
    const unsigned int port = m_options.port;
    const QByteArray user = m_options.user.toUtf8();
    const QByteArray sshDir = QFile::encodeName(m_options.sshDir);
    const QByteArray knownHosts = QFile::encodeName(m_options.knownHostsFile);
    const int verbosity = m_options.logVerbosity;
    const int nodelay = 1;
    const bool noConfig = false;
    const long timeoutSec = qMax(1, m_options.connectTimeoutMs / 1000);

    bool ok = ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData()) == SSH_OK
              && ssh_options_set(m_session, SSH_OPTIONS_PORT, &port) == SSH_OK
              && ssh_options_set(m_session, SSH_OPTIONS_LOG_VERBOSITY, &verbosity) == SSH_OK
              // libssh reads ~/.ssh/config on its own unless told not to; Ferry parses it itself.
              && ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &noConfig) == SSH_OK
              // Nagle's algorithm made pipelined SFTP 15 to 100 times slower on loopback.
              && ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &nodelay) == SSH_OK
              && ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSec) == SSH_OK
              && ssh_options_set(m_session, SSH_OPTIONS_COMPRESSION, m_options.compression ? "yes" : "no") == SSH_OK;
    if (ok && !m_options.user.isEmpty()) {
        ok = ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData()) == SSH_OK;
    }
    // libssh expands ~ from the password database, not $HOME: every path is set explicitly.
    if (ok) {
        ok = ssh_options_set(m_session, SSH_OPTIONS_SSH_DIR, sshDir.constData()) == SSH_OK
             // Also lets libssh prefer the host key types already known for this host.
             && ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData()) == SSH_OK;
    }
    if (ok && !m_options.agentSocket.isEmpty()) {
        ok = ssh_options_set(m_session, SSH_OPTIONS_IDENTITY_AGENT, QFile::encodeName(m_options.agentSocket).constData())
             == SSH_OK;
    }
    const struct {
        enum ssh_options_e option;
        const QString* value;
    } algorithms[] = {
        {SSH_OPTIONS_HOSTKEYS, &m_options.hostKeyAlgorithms},
        {SSH_OPTIONS_KEY_EXCHANGE, &m_options.keyExchangeAlgorithms},
        {SSH_OPTIONS_CIPHERS_C_S, &m_options.ciphers},
        {SSH_OPTIONS_CIPHERS_S_C, &m_options.ciphers},
        {SSH_OPTIONS_HMAC_C_S, &m_options.macs},
        {SSH_OPTIONS_HMAC_S_C, &m_options.macs},
        {SSH_OPTIONS_PUBLICKEY_ACCEPTED_TYPES, &m_options.publicKeyAlgorithms},
    };
    for (const auto& a : algorithms) {
        if (ok && !a.value->isEmpty()) {
            ok = ssh_options_set(m_session, a.option, a.value->toUtf8().constData()) == SSH_OK;
        }
    }
    if (!ok) {
        finish(ConnectionError::make(ConnectionError::Kind::Other,
                                     tr("The connection settings are not valid: %1")
                                         .arg(QString::fromUtf8(ssh_get_error(m_session)))));
    }
    return ok;
}

void ConnectionWorker::start()
{
    if (m_phase != Phase::Idle) {
        return;
    }
    // libssh's log callback and level are per thread: this thread serves only this connection.
    ssh_set_log_callback(&ConnectionWorker::libsshLog);
    ssh_set_log_userdata(this);
    ssh_set_log_level(m_options.logVerbosity);

    m_session = ssh_new();
    if (m_session == nullptr) {
        finish(ConnectionError::make(ConnectionError::Kind::Other, tr("Out of memory")));
        return;
    }
    ssh_set_counters(m_session, &m_socketCounter, &m_packetCounter);
    setPhase(Phase::Connecting);
    if (!applyOptions()) {
        return;
    }
    ssh_set_blocking(m_session, 0);

    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        finish(ConnectionError::make(
            ConnectionError::Kind::Timeout,
            tr("%1 did not answer within %n second(s).", nullptr, qMax(1, m_options.connectTimeoutMs / 1000))
                .arg(m_options.displayName())));
    });
    m_deadline->start(m_options.connectTimeoutMs);
    // Until the TCP connection is up there is nothing to read; a short timer notices its completion.
    m_connectPoll = new QTimer(this);
    connect(m_connectPoll, &QTimer::timeout, this, &ConnectionWorker::onSocketActivity);
    m_connectPoll->start(ConnectPollMs);

    log(tr("Connecting to %1 port %2").arg(m_options.host).arg(m_options.port));
    stepConnect();
}

void ConnectionWorker::setupNotifiers()
{
    const int fd = ssh_get_fd(m_session);
    if (m_readNotifier != nullptr || fd < 0) {
        return;
    }
    m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &ConnectionWorker::onSocketActivity);
    m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &ConnectionWorker::onSocketActivity);
}

void ConnectionWorker::stepConnect()
{
    const int rc = ssh_connect(m_session);
    if (rc == SSH_AGAIN) {
        setupNotifiers();
        return;
    }
    if (rc != SSH_OK) {
        finish(ConnectionError::fromConnectFailure(m_options.host, m_options.port,
                                                   QString::fromUtf8(ssh_get_error(m_session))));
        return;
    }
    setupNotifiers();
    m_connectPoll->stop();
    // libssh returns the socket to blocking mode after connecting, and could then block in a write.
    const int fd = ssh_get_fd(m_session);
    const int flags = fcntl(fd, F_GETFL, 0);
    if (flags >= 0) {
        fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    }
    verifyHostKey();
}

void ConnectionWorker::verifyHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK) {
        finish(ConnectionError::make(ConnectionError::Kind::ProtocolError, tr("The server sent no usable host key."),
                                     QString::fromUtf8(ssh_get_error(m_session))));
        return;
    }
    char* base64 = nullptr;
    const int rc = ssh_pki_export_pubkey_base64(key, &base64);
    ssh_key_free(key);
    if (rc != SSH_OK || base64 == nullptr) {
        finish(ConnectionError::make(ConnectionError::Kind::ProtocolError, tr("The server's host key is malformed.")));
        return;
    }
    const QByteArray keyBlob = QByteArray::fromBase64(QByteArray(base64));
    ssh_string_free_char(base64);

    m_hostKey = HostKeyInfo();
    m_hostKey.host = m_options.host;
    m_hostKey.port = m_options.port;
    m_hostKey.keyBlob = keyBlob;
    m_hostKey.keyType = KnownHosts::keyTypeOf(keyBlob);
    m_hostKey.fingerprint = KnownHosts::sha256Fingerprint(keyBlob);
    m_hostKey.knownHostsFile = m_options.knownHostsFile;

    KnownHosts knownHosts(m_options.knownHostsFile);
    QString error;
    if (!knownHosts.load(&error)) {
        finish(ConnectionError::make(ConnectionError::Kind::KnownHostsError,
                                     tr("The known hosts file %1 cannot be read (%2). Without it Ferry cannot tell "
                                        "whether the server's key changed, so it did not connect.")
                                         .arg(m_options.knownHostsFile, error)));
        return;
    }
    for (const QString& warning : knownHosts.warnings()) {
        log(warning);
    }
    const KnownHostsMatch match = knownHosts.check(m_options.host, m_options.port, keyBlob);
    for (const KnownHostsEntry& entry : match.entries) {
        m_hostKey.knownLines << tr("line %1: %2").arg(entry.lineNumber).arg(entry.line);
        m_hostKey.knownFingerprints << KnownHosts::sha256Fingerprint(entry.keyBlob);
    }
    const QString who = m_options.displayName();
    switch (match.verdict) {
    case HostKeyVerdict::Known:
        log(tr("Host key %1 %2 matches %3 line %4")
                .arg(m_hostKey.keyType, m_hostKey.fingerprint, m_options.knownHostsFile)
                .arg(match.entries.value(0).lineNumber));
        beginAuthentication();
        return;
    case HostKeyVerdict::Unknown:
    case HostKeyVerdict::OtherTypeKnown:
        m_hostKey.status = match.verdict == HostKeyVerdict::Unknown ? HostKeyInfo::Status::Unknown
                                                                    : HostKeyInfo::Status::OtherTypeKnown;
        m_deadline->stop();
        setPhase(Phase::AwaitingHostKey);
        m_hostKeyRequest = m_nextRequestId++;
        log(tr("Host key %1 %2 is not known; asking").arg(m_hostKey.keyType, m_hostKey.fingerprint));
        emit hostKeyQuestion(m_hostKeyRequest, m_hostKey);
        return;
    case HostKeyVerdict::Changed:
        m_hostKey.status = HostKeyInfo::Status::Changed;
        emit hostKeyRefused(m_hostKey);
        finish(ConnectionError::make(
            ConnectionError::Kind::HostKeyChanged,
            tr("The host key of %1 has changed. Someone may be intercepting the connection (a man-in-the-middle "
               "attack), or the server's key was replaced. Ferry did not log in and sent no password or key.")
                .arg(who)));
        return;
    case HostKeyVerdict::Revoked:
        m_hostKey.status = HostKeyInfo::Status::Revoked;
        emit hostKeyRefused(m_hostKey);
        finish(ConnectionError::make(ConnectionError::Kind::HostKeyRevoked,
                                     tr("The host key of %1 is marked as revoked in %2. Ferry did not log in.")
                                         .arg(who, m_options.knownHostsFile)));
        return;
    }
}

void ConnectionWorker::answerHostKey(quint64 requestId, HostKeyDecision decision)
{
    if (m_phase != Phase::AwaitingHostKey || requestId != m_hostKeyRequest) {
        return;
    }
    if (decision == HostKeyDecision::Reject) {
        finish(ConnectionError::make(ConnectionError::Kind::HostKeyRejected,
                                     tr("The host key of %1 was not accepted, so Ferry did not log in.")
                                         .arg(m_options.displayName())));
        return;
    }
    if (decision == HostKeyDecision::AcceptAndSave) {
        KnownHosts knownHosts(m_options.knownHostsFile);
        QString error;
        if (knownHosts.append(m_options.host, m_options.port, m_hostKey.keyBlob, &error)) {
            log(tr("Saved the host key in %1").arg(m_options.knownHostsFile));
        } else {
            log(tr("Could not save the host key in %1: %2; it is trusted for this connection only.")
                    .arg(m_options.knownHostsFile, error));
        }
    }
    beginAuthentication();
}

void ConnectionWorker::beginAuthentication()
{
    m_deadline->stop();
    m_connectPoll->stop();
    setPhase(Phase::Authenticating);
    Authenticator::Hooks hooks;
    hooks.ask = [this](const AuthPrompt& prompt) {
        setPhase(Phase::AwaitingUser);
        m_promptRequest = m_nextRequestId++;
        emit authPrompt(m_promptRequest, prompt);
    };
    hooks.log = [this](const QString& line) { log(line); };
    m_auth = std::make_unique<Authenticator>(m_session, m_options, std::move(hooks));
    stepAuthentication();
}

void ConnectionWorker::stepAuthentication()
{
    Authenticator::Status status = m_auth->step();
    // A flush that read the server's answer must be followed by another step, or the login stalls.
    while (status == Authenticator::Status::Working && flush()) {
        status = m_auth->step();
    }
    switch (status) {
    case Authenticator::Status::Working:
    case Authenticator::Status::WaitingForUser:
        break;
    case Authenticator::Status::Succeeded:
        becomeReady();
        break;
    case Authenticator::Status::Failed:
        finish(m_auth->error());
        break;
    }
    updateNotifiers();
}

void ConnectionWorker::answerPrompt(quint64 requestId, bool cancelled, const QStringList& answers)
{
    if (m_phase != Phase::AwaitingUser || requestId != m_promptRequest) {
        return;
    }
    setPhase(Phase::Authenticating);
    m_auth->answer(cancelled, answers);
    stepAuthentication();
}

void ConnectionWorker::becomeReady()
{
    if (!m_auth->banner().isEmpty()) {
        emit bannerReceived(m_auth->banner());
    }
    m_event = ssh_event_new();
    ssh_event_add_session(m_event, m_session);
    setPhase(Phase::Ready);

    AlgorithmInfo info;
    info.keyExchange = QString::fromUtf8(ssh_get_kex_algo(m_session));
    info.hostKey = m_hostKey.keyType;
    info.cipherClientToServer = QString::fromUtf8(ssh_get_cipher_out(m_session));
    info.cipherServerToClient = QString::fromUtf8(ssh_get_cipher_in(m_session));
    info.macClientToServer = QString::fromUtf8(ssh_get_hmac_out(m_session));
    info.macServerToClient = QString::fromUtf8(ssh_get_hmac_in(m_session));
    info.compression = m_options.compression ? QStringLiteral("zlib@openssh.com (offered)") : QStringLiteral("none");
    info.serverBanner = QString::fromUtf8(ssh_get_serverbanner(m_session));
    log(tr("Connected: %1, %2, %3").arg(info.keyExchange, info.cipherClientToServer, info.macClientToServer));
    emit connected(info, m_auth->succeededMethods());

    if (m_options.keepaliveIntervalSec > 0) {
        m_keepalive = new QTimer(this);
        connect(m_keepalive, &QTimer::timeout, this, &ConnectionWorker::onKeepaliveTick);
        m_keepalive->start(m_options.keepaliveIntervalSec * 1000);
    }
    const auto waiting = std::exchange(m_waitingChannels, {});
    for (const auto& w : waiting) {
        startChannel(w.first, w.second);
    }
    m_servicesStarted = true;
    for (int i = 0; i < m_services.size(); ++i) {
        m_services.at(i)->start(this);
    }
    pump();
}

void ConnectionWorker::onSocketActivity()
{
    m_activitySinceKeepalive = true;
    switch (m_phase) {
    case Phase::Connecting:
        stepConnect();
        break;
    case Phase::Authenticating:
        stepAuthentication();
        break;
    case Phase::Ready:
        pump();
        break;
    default:
        break;
    }
    updateNotifiers();
}

void ConnectionWorker::pump()
{
    if (m_inPump || m_phase != Phase::Ready) {
        return;
    }
    m_inPump = true;
    bool settled = false;
    for (int round = 0; round < MaxPumpRounds && !settled; ++round) {
        int rc = SSH_OK;
        // Drain everything readable now, not one packet per wake-up.
        for (int i = 0; i < MaxPollRounds && rc == SSH_OK; ++i) {
            rc = ssh_event_dopoll(m_event, 0);
        }
        const uint64_t polled = m_socketCounter.in_bytes;
        const int status = ssh_get_status(m_session);
        if (!ssh_is_connected(m_session) || (status & (SSH_CLOSED | SSH_CLOSED_ERROR))) {
            m_inPump = false;
            finish(ConnectionError::serverClosed(QString::fromUtf8(ssh_get_error(m_session))));
            return;
        }
        stepChannels();
        // By index: a service may retire itself (deleteLater) while the others run.
        for (int i = 0; i < m_services.size(); ++i) {
            m_services.at(i)->pump();
        }
        for (auto it = m_channels.begin(); it != m_channels.end();) {
            it->second->deliver();
            it = it->second->isFinished() ? m_channels.erase(it) : std::next(it);
        }
        flush();
        // A channel's read or write reads the socket too, and may leave what it found in another
        // channel's buffer, which the socket notifier will never report: read anything after the poll,
        // go round again. So does a service that asked for a flush while it ran.
        const bool readAfterPoll = m_socketCounter.in_bytes != polled;
        settled = !std::exchange(m_pumpAgain, false) && !readAfterPoll;
    }
    m_inPump = false;
    if (!settled) {
        // Input is still waiting after many rounds: continue on the next turn so others get theirs.
        QTimer::singleShot(0, this, &ConnectionWorker::pump);
    }
    updateNotifiers();
}

bool ConnectionWorker::flush()
{
    // Any libssh call may read the socket and dispatch what it finds; a flush that read something
    // leaves input the socket notifier will never report again, so the caller goes round once more.
    const uint64_t before = m_socketCounter.in_bytes;
    m_outputPending = ssh_blocking_flush(m_session, 0) == SSH_AGAIN;
    return m_socketCounter.in_bytes != before;
}

void ConnectionWorker::stepChannels()
{
    for (auto& entry : m_channels) {
        entry.second->step();
    }
}

void ConnectionWorker::requestFlush()
{
    // Inside pump() one more round takes the new output; outside, one queued pump serves every request
    // made before it runs (a service sends many per turn).
    if (m_inPump) {
        m_pumpAgain = true;
        return;
    }
    if (!m_pumpQueued) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pumpQueued = false;
                pump();
            },
            Qt::QueuedConnection);
    }
}

void ConnectionWorker::updateNotifiers()
{
    if (m_readNotifier == nullptr || m_phase == Phase::Closed) {
        return;
    }
    // While the user is asked, input stays in the socket: nothing may be processed on their behalf yet.
    const bool reading = m_phase == Phase::Connecting || m_phase == Phase::Authenticating || m_phase == Phase::Ready;
    m_readNotifier->setEnabled(reading);
    // ssh_get_poll_flags() claims pending output when there is none; the last zero-timeout flush tells.
    m_writeNotifier->setEnabled(m_outputPending && (m_phase == Phase::Authenticating || m_phase == Phase::Ready));
}

void ConnectionWorker::onKeepaliveTick()
{
    if (m_phase != Phase::Ready) {
        return;
    }
    m_keepaliveMissed = m_activitySinceKeepalive ? 0 : m_keepaliveMissed + 1;
    m_activitySinceKeepalive = false;
    if (m_keepaliveMissed >= m_options.keepaliveCountMax) {
        finish(ConnectionError::make(ConnectionError::Kind::Timeout,
                                     tr("%1 stopped answering (%n keepalive(s) without a reply).", nullptr,
                                        m_keepaliveMissed)
                                         .arg(m_options.displayName())));
        return;
    }
    // libssh leaves a keepalive's global request pending until its reply is collected by the next
    // call; the first call collects it, the second sends a new one.
    ssh_send_keepalive(m_session);
    ssh_send_keepalive(m_session);
    pump();
}

void ConnectionWorker::openChannel(quint64 id, const ChannelRequest& request)
{
    if (m_phase == Phase::Ready) {
        startChannel(id, request);
        pump();
    } else if (m_phase == Phase::Closed) {
        emit channelOpenFailed(id, tr("The connection is closed."));
    } else {
        m_waitingChannels.append(qMakePair(id, request));
    }
}

void ConnectionWorker::startChannel(quint64 id, const ChannelRequest& request)
{
    auto ch = std::make_unique<WorkerChannel>(id, m_session, request);
    connect(ch.get(), &WorkerChannel::opened, this, &ConnectionWorker::channelOpened);
    connect(ch.get(), &WorkerChannel::openFailed, this, &ConnectionWorker::channelOpenFailed);
    connect(ch.get(), &WorkerChannel::dataReceived, this, &ConnectionWorker::channelData);
    connect(ch.get(), &WorkerChannel::eofReceived, this, &ConnectionWorker::channelEof);
    connect(ch.get(), &WorkerChannel::exitStatusReceived, this, &ConnectionWorker::channelExitStatus);
    connect(ch.get(), &WorkerChannel::exitSignalReceived, this, &ConnectionWorker::channelExitSignal);
    connect(ch.get(), &WorkerChannel::closed, this, &ConnectionWorker::channelClosed);
    m_channels[id] = std::move(ch);
}

WorkerChannel* ConnectionWorker::channel(quint64 id) const
{
    const auto it = m_channels.find(id);
    return it == m_channels.end() ? nullptr : it->second.get();
}

void ConnectionWorker::writeChannel(quint64 id, const QByteArray& data)
{
    if (WorkerChannel* ch = channel(id)) {
        ch->write(data);
        pump();
    }
}

void ConnectionWorker::eofChannel(quint64 id)
{
    if (WorkerChannel* ch = channel(id)) {
        ch->sendEof();
        pump();
    }
}

void ConnectionWorker::resizeChannel(quint64 id, int columns, int rows)
{
    if (WorkerChannel* ch = channel(id)) {
        ch->resize(columns, rows);
        pump();
    }
}

void ConnectionWorker::closeChannel(quint64 id)
{
    for (int i = 0; i < m_waitingChannels.size(); ++i) {
        if (m_waitingChannels.at(i).first == id) {
            m_waitingChannels.remove(i);
            emit channelClosed(id, QString());
            return;
        }
    }
    if (WorkerChannel* ch = channel(id)) {
        ch->close();
        pump();
    }
}

void ConnectionWorker::acknowledgeChannel(quint64 id, qint64 bytes)
{
    if (WorkerChannel* ch = channel(id)) {
        ch->acknowledge(bytes);
        pump();
    }
}

void ConnectionWorker::addService(ConnectionService* service)
{
    m_services.append(service);
    // A service may end before the connection does (its user went away): it deletes itself, later.
    connect(service, &QObject::destroyed, this, [this, service] { removeService(service); });
    if (m_servicesStarted && m_phase == Phase::Ready) {
        service->start(this);
        pump();
    } else if (m_phase == Phase::Closed) {
        service->stop(tr("The connection is closed."));
    }
}

void ConnectionWorker::removeService(ConnectionService* service)
{
    m_services.removeAll(service);
}

void ConnectionWorker::shutdown()
{
    if (m_phase == Phase::Closed) {
        return;
    }
    for (auto& entry : m_channels) {
        entry.second->close();
    }
    finish(ConnectionError());
}

void ConnectionWorker::finish(const ConnectionError& error)
{
    if (m_phase == Phase::Closed) {
        return;
    }
    setPhase(Phase::Closed);
    if (error.isError()) {
        log(error.message + (error.detail.isEmpty() ? QString() : QStringLiteral(" (") + error.detail + QLatin1Char(')')));
    }
    const QString reason = error.isError() ? error.message : tr("The connection was closed.");
    for (auto& entry : m_channels) {
        entry.second->connectionLost(reason);
    }
    // Channels go before ssh_disconnect, which frees libssh's side of them.
    m_channels.clear();
    for (const auto& w : std::exchange(m_waitingChannels, {})) {
        emit channelOpenFailed(w.first, reason);
    }
    for (int i = 0; i < m_services.size(); ++i) {
        m_services.at(i)->stop(reason);
    }
    // finish() can run inside a notifier's or timer's own signal: retire them with deleteLater.
    for (QSocketNotifier* n : {m_readNotifier, m_writeNotifier}) {
        if (n != nullptr) {
            n->setEnabled(false);
            n->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    for (QTimer* t : {m_connectPoll, m_deadline, m_keepalive}) {
        if (t != nullptr) {
            t->stop();
            t->deleteLater();
        }
    }
    m_connectPoll = nullptr;
    m_deadline = nullptr;
    m_keepalive = nullptr;
    if (m_event != nullptr) {
        ssh_event_remove_session(m_event, m_session);
        ssh_event_free(m_event);
        m_event = nullptr;
    }
    if (m_session != nullptr) {
        ssh_disconnect(m_session);
    }
    emit finished(error);
}

} // namespace ferry
