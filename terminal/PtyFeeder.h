#pragma once

#include <QByteArray>
#include <QObject>

#include <deque>

class QSocketNotifier;

namespace ferry {

// Writes bytes into the slave side of a pty without ever blocking the calling thread.
//
// QTermWidget reads the pty's master in the GUI thread, so a blocking write of more than the pty buffer
// (about 64 KiB) from that same thread would wait for a reader that can never run. The descriptor is
// switched to non-blocking mode; what the pty cannot take now is queued and written when the descriptor
// becomes writable again, in order.
class PtyFeeder : public QObject {
    Q_OBJECT
public:
    // Does not take ownership of fd. A negative fd makes every write a no-op.
    explicit PtyFeeder(int fd, QObject* parent = nullptr);
    ~PtyFeeder() override;

    void write(const QByteArray& bytes);
    // Bytes accepted by write() that the pty has not taken yet.
    qint64 pendingBytes() const { return m_pending; }

signals:
    // Bytes that left the queue, in the order they were accepted: taken by the pty, or dropped after the pty
    // failed for good. Emitted once per write() or writable notification that moved any; may be emitted from
    // within write().
    void consumed(qint64 bytes);

private:
    void flush();
    void drain();

    int m_fd = -1;
    QSocketNotifier* m_writable = nullptr;
    std::deque<QByteArray> m_chunks;
    qsizetype m_headOffset = 0; // bytes of m_chunks.front() already written
    qint64 m_pending = 0;
};

} // namespace ferry
