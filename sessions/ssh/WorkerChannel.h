#pragma once

#include "ChannelRequest.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

namespace ferry {

// One channel of a connection, on the worker side: owns the libssh channel, walks it through
// open → pty → env → shell/exec without blocking, buffers output to the server until the window
// allows it, and batches what arrives so the GUI gets one signal per event-loop turn.
class WorkerChannel : public QObject {
    Q_OBJECT
public:
    WorkerChannel(quint64 id, ssh_session session, const ChannelRequest& request, QObject* parent = nullptr);
    ~WorkerChannel() override;

    quint64 id() const { return m_id; }
    // Advances opening, writes what the window allows, reads what the GUI has room for. Returns true
    // when output is left that waits for the socket or window.
    bool step();
    // Emits what arrived since the last call, then eof / exit / closed as they happened.
    void deliver();
    bool isFinished() const { return m_finished; }

    void write(const QByteArray& data);
    void sendEof();
    void resize(int columns, int rows);
    void close();
    void acknowledge(qint64 bytes);
    void connectionLost(const QString& reason);

    // Received bytes the GUI has not acknowledged yet; above this the channel stops reading and the
    // SSH window makes the server wait.
    static constexpr qint64 MaxUnacknowledged = 8 * 1024 * 1024;

signals:
    void opened(quint64 id);
    void openFailed(quint64 id, const QString& message);
    void dataReceived(quint64 id, const QByteArray& data, bool isStderr);
    void eofReceived(quint64 id);
    void exitStatusReceived(quint64 id, int status);
    void exitSignalReceived(quint64 id, const QString& name, bool coreDumped, const QString& message);
    void closed(quint64 id, const QString& error);

private:
    enum class Phase { Opening, Pty, Env, Start, Open, Closed };

    static int onData(ssh_session, ssh_channel, void* data, uint32_t len, int isStderr, void* self);
    static void onEof(ssh_session, ssh_channel, void* self);
    static void onClose(ssh_session, ssh_channel, void* self);
    static void onExitStatus(ssh_session, ssh_channel, int status, void* self);
    static void onExitSignal(ssh_session, ssh_channel, const char* signal, int core, const char* errmsg,
                             const char* lang, void* self);

    void advanceOpening();
    void fail(const QString& message);
    void flushOutput();
    void readBuffered();
    qint64 readBudget() const;
    void finish(const QString& error);

    quint64 m_id;
    ssh_session m_session;
    ssh_channel m_channel = nullptr;
    ssh_channel_callbacks_struct m_callbacks;
    ChannelRequest m_request;
    Phase m_phase = Phase::Opening;
    int m_envIndex = 0;

    QByteArray m_out;
    bool m_eofPending = false;       // send EOF once m_out is written
    bool m_eofSent = false;
    bool m_resizePending = false;

    QByteArray m_stdoutIn;
    QByteArray m_stderrIn;
    qint64 m_unacknowledged = 0;
    bool m_stalled = false;          // data waits in libssh's buffer for room
    bool m_openedPending = false;
    bool m_remoteEof = false;
    bool m_remoteEofReported = false;
    int m_exitStatus = -1;
    bool m_exitStatusReported = true;
    QString m_exitSignal;
    bool m_exitCore = false;
    QString m_exitMessage;
    bool m_exitSignalReported = true;
    bool m_remoteClosed = false;
    bool m_finished = false;
    QString m_closeError;
};

} // namespace ferry
