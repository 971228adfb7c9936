#pragma once

#include "SftpEntry.h"
#include "SftpError.h"
#include "SftpServerInfo.h"
#include "ssh/ConnectionService.h"

#include <QElapsedTimer>
#include <QVariant>
#include <QVector>

#include <map>
#include <memory>

class QTimer;

namespace ferry {

class SftpChannel;
class SftpTask;

// The SFTP engine of one connection, hosted in its worker thread (see ConnectionService): it owns the
// SFTP channels of the connection, numbered by slot (slot 0 is opened at once and serves browsing;
// further slots are opened when a task asks for them, e.g. one per parallel transfer), and runs
// SftpTasks on them. Everything here runs in the worker thread; the GUI thread reaches it through
// RemoteFileSystem, which queues calls and receives the signals below.
class SftpService : public ConnectionService {
    Q_OBJECT
public:
    static constexpr int MaxSlots = 8;

    explicit SftpService(QObject* parent = nullptr);
    ~SftpService() override;

    void start(ServiceHost* host) override;
    void pump() override;
    void stop(const QString& reason) override;

    // Takes the task; it starts once the slot's channel is ready.
    void submit(quint64 id, std::unique_ptr<SftpTask> task, int slot);
    void cancel(quint64 id);
    // The GUI side went away: end every task and channel quietly, then delete this service.
    void shutdown();

signals:
    void ready(const ferry::SftpServerInfo& info);
    void closed(const ferry::SftpError& error);
    void taskProgress(quint64 id, qint64 done, qint64 total, const QString& current);
    void taskEntries(quint64 id, const QVector<ferry::SftpEntry>& entries);
    void taskWarning(quint64 id, const QString& text);
    void taskReport(quint64 id, const QVariant& value);
    void taskFinished(quint64 id, const ferry::SftpError& error, const QVariant& result);

private:
    class Running;

    SftpChannel* channelFor(int slot);
    void onChannelReady(SftpChannel* channel);
    void onChannelClosed(SftpChannel* channel, const SftpError& error);
    void startWaiting();
    void reap();
    void endEverything(const SftpError& error, bool quiet);
    void flushProgress();
    void schedulePump();

    ServiceHost* m_host = nullptr;
    bool m_stopped = false;
    bool m_inPump = false;
    bool m_pumpAgain = false;
    bool m_readyEmitted = false;
    SftpError m_closeError;
    SftpServerInfo m_info;
    std::map<int, std::unique_ptr<SftpChannel>> m_channels;
    std::map<quint64, std::unique_ptr<Running>> m_tasks;
    QTimer* m_progressTimer = nullptr;
};

} // namespace ferry
