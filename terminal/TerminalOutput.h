#pragma once

#include "ssh/RemoteChannel.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <deque>

namespace ferry {

class PtyFeeder;

// Output on its way into the terminal's pty, in order. What arrives within one event-loop turn is written
// in one piece, and never with a blocking write (see PtyFeeder). Bytes that came from a channel are
// acknowledged to it (RemoteChannel::acknowledge) only once the pty has taken them, so with the channel in
// manual acknowledgement mode the server waits while the terminal is behind, and no more than the
// connection's read-ahead ever waits here.
class TerminalOutput : public QObject {
    Q_OBJECT
public:
    // Does not take ownership of ptyFd.
    explicit TerminalOutput(int ptyFd, QObject* parent = nullptr);
    ~TerminalOutput() override;

    // Queues bytes for the pty. channel, if any, is acknowledged for them once the pty has taken them.
    void write(const QByteArray& bytes, RemoteChannel* channel = nullptr);
    // Acknowledges at once everything of channel still queued or not yet acknowledged, for a channel the
    // terminal lets go of: its bytes are still shown, but it no longer waits for them.
    void release(RemoteChannel* channel);
    // Bytes queued that the pty has not taken yet.
    qint64 pendingBytes() const;

private:
    struct Span {
        qint64 bytes = 0;
        QPointer<RemoteChannel> channel; // null for bytes of our own
    };

    void writeBatch();
    void onPtyConsumed(qint64 bytes);
    void credit(RemoteChannel* channel, qint64 bytes);
    void acknowledgeDue();

    PtyFeeder* m_feeder = nullptr;
    QByteArray m_batch;
    bool m_batchScheduled = false;
    std::deque<Span> m_spans;
    QPointer<RemoteChannel> m_dueChannel;
    qint64 m_due = 0; // bytes of m_dueChannel the pty took that are not acknowledged yet
};

} // namespace ferry
