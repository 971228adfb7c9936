#pragma once

#include <QElapsedTimer>
#include <QMutex>

#include <atomic>

namespace ferry {

// A token bucket shared by every transfer of a queue: the queue sets the rate from the GUI thread, the
// tasks take tokens in the worker thread before each request. A taker may overdraw the bucket by one
// request (so a packet is never split to fit); the debt delays the next one.
class BandwidthLimiter {
public:
    // Bytes per second; 0 means no limit.
    void setRate(qint64 bytesPerSecond);
    qint64 rate() const { return m_rate.load(); }

    // True when bytes may go now (and they are counted). False: retry after waitMs().
    bool take(qint64 bytes);
    int waitMs();

private:
    void refill(qint64 rate);

    std::atomic<qint64> m_rate{0};
    QMutex m_mutex;
    QElapsedTimer m_clock;
    qint64 m_tokens = 0;
    qint64 m_lastNs = 0;
};

} // namespace ferry
