#include "SftpService.h"

#include "SftpChannel.h"
#include "SftpProtocol.h"
#include "SftpTask.h"

#include <QTimer>

#include <libssh/libssh.h>

#include <algorithm>

namespace ferry {

namespace {

constexpr int ProgressIntervalMs = 50;
constexpr int MaxPumpRounds = 16;

} // namespace

// The context of one submitted task, and its place in the service's books.
class SftpService::Running : public SftpTaskContext {
public:
    Running(SftpService* service, quint64 id, std::unique_ptr<SftpTask> task, int slot)
        : m_service(service)
        , m_id(id)
        , m_slot(slot)
        , m_task(std::move(task))
    {
        m_task->attach(this);
    }

    SftpChannel* channel() const override { return m_channel; }
    const SftpServerInfo& serverInfo() const override { return m_service->m_info; }

    void progress(qint64 done, qint64 total, const QString& current) override
    {
        if (m_finished) {
            return;
        }
        m_done = done;
        m_total = total;
        m_current = current;
        m_progressPending = true;
        if (m_progressClock.isValid() && m_progressClock.elapsed() >= ProgressIntervalMs) {
            flushProgress();
        } else if (!m_service->m_progressTimer->isActive()) {
            m_service->m_progressTimer->start();
        }
    }

    void entries(const QVector<SftpEntry>& batch) override
    {
        if (!m_finished && !batch.isEmpty()) {
            emit m_service->taskEntries(m_id, batch);
        }
    }

    void warning(const QString& text) override
    {
        if (!m_finished) {
            emit m_service->taskWarning(m_id, text);
        }
    }

    void report(const QVariant& value) override
    {
        if (!m_finished) {
            emit m_service->taskReport(m_id, value);
        }
    }

    void finish(const SftpError& error, const QVariant& result) override
    {
        if (m_finished) {
            return;
        }
        flushProgress();
        m_finished = true;
        // No callback of a finished task runs again, even before the task is deleted.
        for (auto& entry : m_service->m_channels) {
            entry.second->abandon(m_task.get());
        }
        emit m_service->taskFinished(m_id, error, result);
        m_service->schedulePump();
    }

    bool isFinished() const override { return m_finished; }
    void wake() override { m_service->schedulePump(); }

    void flushProgress()
    {
        if (!m_progressPending) {
            return;
        }
        m_progressPending = false;
        m_progressClock.start();
        emit m_service->taskProgress(m_id, m_done, m_total, m_current);
    }

    SftpService* m_service;
    quint64 m_id;
    int m_slot;
    std::unique_ptr<SftpTask> m_task;
    SftpChannel* m_channel = nullptr;
    bool m_started = false;
    bool m_finished = false;
    bool m_progressPending = false;
    qint64 m_done = 0;
    qint64 m_total = -1;
    QString m_current;
    QElapsedTimer m_progressClock;
};

SftpService::SftpService(QObject* parent)
    : ConnectionService(parent)
    , m_progressTimer(new QTimer(this))
{
    m_progressTimer->setInterval(ProgressIntervalMs);
    m_progressTimer->setSingleShot(true);
    connect(m_progressTimer, &QTimer::timeout, this, &SftpService::flushProgress);
}

SftpService::~SftpService()
{
    // Tasks first: they may hold pointers to channels.
    m_tasks.clear();
    m_channels.clear();
}

void SftpService::start(ServiceHost* host)
{
    if (m_stopped) {
        return;
    }
    m_host = host;
    channelFor(0);
    for (auto& entry : m_tasks) {
        channelFor(entry.second->m_slot);
    }
}

SftpChannel* SftpService::channelFor(int slot)
{
    auto it = m_channels.find(slot);
    if (it != m_channels.end()) {
        return it->second.get();
    }
    if (m_host == nullptr) {
        return nullptr;
    }
    auto channel = std::make_unique<SftpChannel>(m_host, slot);
    SftpChannel* ch = channel.get();
    ch->onReady = [this, ch] { onChannelReady(ch); };
    ch->onClosed = [this, ch](const SftpError& error) { onChannelClosed(ch, error); };
    m_channels[slot] = std::move(channel);
    schedulePump();
    return ch;
}

void SftpService::onChannelReady(SftpChannel* channel)
{
    m_host->log(tr("SFTP channel %1 ready (version %2, %n extension(s), reads of %3 bytes, writes of %4 bytes)", nullptr,
                   int(channel->serverInfo().extensions.size()))
                    .arg(channel->slot())
                    .arg(channel->serverInfo().version)
                    .arg(channel->readLength())
                    .arg(channel->writeLength()));
    if (channel->slot() != 0 || m_readyEmitted) {
        return;
    }
    m_info = channel->serverInfo();
    char* user = nullptr;
    if (ssh_options_get(m_host->session(), SSH_OPTIONS_USER, &user) == SSH_OK && user != nullptr) {
        m_info.userName = QByteArray(user);
        ssh_string_free_char(user);
    }
    auto done = [this](const SftpError& error, const QByteArray& path) {
        if (error.isError() && error.kind != SftpError::Kind::Status && error.kind != SftpError::Kind::Refused) {
            return; // the channel ended; closed() says why
        }
        m_info.homeDirectory = QString::fromUtf8(path);
        m_readyEmitted = true;
        emit ready(m_info);
    };
    if (channel->hasExtension(sftp::ext::HomeDirectory)) {
        channel->homeDirectory(this, m_info.userName,
                               [this, channel, done](const SftpError& error, const QByteArray& path) {
                                   if (error.kind == SftpError::Kind::Status) {
                                       channel->realpath(this, ".", done);
                                   } else {
                                       done(error, path);
                                   }
                               });
    } else {
        channel->realpath(this, ".", done);
    }
}

void SftpService::onChannelClosed(SftpChannel* channel, const SftpError& error)
{
    if (channel->slot() == 0) {
        endEverything(error, false);
        return;
    }
    for (auto& entry : m_tasks) {
        if (entry.second->m_channel == channel) {
            entry.second->finish(error, QVariant());
        }
    }
}

void SftpService::submit(quint64 id, std::unique_ptr<SftpTask> task, int slot)
{
    auto running = std::make_unique<Running>(this, id, std::move(task), qBound(0, slot, MaxSlots - 1));
    Running* r = running.get();
    m_tasks[id] = std::move(running);
    if (m_stopped) {
        r->finish(m_closeError, QVariant());
        reap();
        return;
    }
    channelFor(r->m_slot);
    schedulePump();
}

void SftpService::cancel(quint64 id)
{
    auto it = m_tasks.find(id);
    if (it == m_tasks.end() || it->second->m_finished) {
        return;
    }
    Running* r = it->second.get();
    if (!r->m_started) {
        r->finish(SftpError::cancelled(), QVariant());
    } else {
        r->m_task->cancel();
    }
    schedulePump();
}

void SftpService::startWaiting()
{
    if (!m_readyEmitted) {
        return;
    }
    for (auto& entry : m_tasks) {
        Running* r = entry.second.get();
        if (r->m_started || r->m_finished) {
            continue;
        }
        SftpChannel* ch = channelFor(r->m_slot);
        if (ch == nullptr || !ch->isReady()) {
            continue;
        }
        r->m_channel = ch;
        r->m_started = true;
        // The first progress report waits like the others: a file done within the interval costs the
        // GUI thread one report and the end, not three wake-ups.
        r->m_progressClock.start();
        r->m_task->start();
    }
}

void SftpService::pump()
{
    if (m_stopped || m_host == nullptr || m_inPump) {
        return;
    }
    m_inPump = true;
    bool again = true;
    for (int round = 0; round < MaxPumpRounds && again && !m_stopped; ++round) {
        again = std::exchange(m_pumpAgain, false);
        for (auto& entry : m_channels) {
            again = entry.second->pump() || again;
        }
        startWaiting();
        for (auto& entry : m_tasks) {
            Running* r = entry.second.get();
            if (r->m_started && !r->m_finished) {
                r->m_task->pump();
            }
        }
        for (auto& entry : m_channels) {
            entry.second->flushOutput();
            again = again || entry.second->hasDeferredWork();
        }
        again = again || m_pumpAgain;
    }
    m_inPump = false;
    reap();
    if (again && !m_stopped) {
        // Still busy after many rounds: the rest comes on the next turn, so the terminal gets its share.
        schedulePump();
    }
}

void SftpService::schedulePump()
{
    if (m_host == nullptr || m_stopped) {
        return;
    }
    if (m_inPump) {
        // pump() goes round once more: a task that finished makes room for one that waits.
        m_pumpAgain = true;
        return;
    }
    // The host pumps on its next turn (at once: no timer between a reply and the next request).
    m_host->requestFlush();
}

void SftpService::reap()
{
    if (m_inPump) {
        return;
    }
    for (auto it = m_tasks.begin(); it != m_tasks.end();) {
        Running* r = it->second.get();
        if (!r->m_finished) {
            ++it;
            continue;
        }
        for (auto& entry : m_channels) {
            entry.second->abandon(r->m_task.get());
        }
        it = m_tasks.erase(it);
    }
    // A closed extra channel is replaced by a new one when a task asks for its slot again.
    for (auto it = m_channels.begin(); it != m_channels.end();) {
        const bool inUse = std::any_of(m_tasks.begin(), m_tasks.end(),
                                       [&](const auto& t) { return t.second->m_channel == it->second.get(); });
        it = it->first != 0 && it->second->isClosed() && !inUse ? m_channels.erase(it) : std::next(it);
    }
    if (!m_stopped) {
        for (auto& entry : m_tasks) {
            if (!entry.second->m_started) {
                channelFor(entry.second->m_slot);
            }
        }
    }
}

void SftpService::flushProgress()
{
    for (auto& entry : m_tasks) {
        entry.second->flushProgress();
    }
}

void SftpService::endEverything(const SftpError& error, bool quiet)
{
    if (m_stopped) {
        return;
    }
    m_stopped = true;
    m_closeError = error;
    for (auto& entry : m_channels) {
        entry.second->fail(error);
    }
    // Callbacks told of the end may have asked for more; those get the same error now.
    for (int round = 0; round < 8; ++round) {
        bool any = false;
        for (auto& entry : m_channels) {
            if (entry.second->hasDeferredWork()) {
                any = true;
                entry.second->pump();
            }
        }
        if (!any) {
            break;
        }
    }
    for (auto& entry : m_tasks) {
        entry.second->finish(error, QVariant());
    }
    reap();
    if (!quiet) {
        emit closed(error);
    }
}

void SftpService::stop(const QString& reason)
{
    endEverything(SftpError::channelClosed(reason), false);
    reap();
    // libssh frees its side of every channel when the connection goes: ours must go first.
    m_channels.clear();
    m_host = nullptr;
}

void SftpService::shutdown()
{
    endEverything(SftpError::cancelled(), true);
    m_tasks.clear();
    m_channels.clear();
    if (m_host != nullptr) {
        m_host->requestFlush();
    }
    m_host = nullptr;
    deleteLater();
}

} // namespace ferry
