#include "BandwidthLimiter.h"

#include <QMutexLocker>

namespace ferry {

namespace {

// A quarter of a second of burst: short enough that a limit holds over a few seconds, long enough
// that the bucket is not empty between two timer wake-ups.
qint64 capacity(qint64 rate)
{
    return qBound(qint64(32 * 1024), rate / 4, qint64(16 * 1024 * 1024));
}

} // namespace

void BandwidthLimiter::setRate(qint64 bytesPerSecond)
{
    QMutexLocker lock(&m_mutex);
    const qint64 rate = qMax<qint64>(0, bytesPerSecond);
    m_rate.store(rate);
    m_clock.start();
    m_lastNs = 0;
    m_tokens = capacity(rate);
}

void BandwidthLimiter::refill(qint64 rate)
{
    if (!m_clock.isValid()) {
        m_clock.start();
        m_lastNs = 0;
        m_tokens = capacity(rate);
        return;
    }
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 elapsed = now - m_lastNs;
    m_lastNs = now;
    m_tokens = qMin(capacity(rate), m_tokens + qint64(double(elapsed) * double(rate) / 1e9));
}

bool BandwidthLimiter::take(qint64 bytes)
{
    const qint64 rate = m_rate.load();
    if (rate <= 0) {
        return true;
    }
    QMutexLocker lock(&m_mutex);
    refill(rate);
    if (m_tokens <= 0) {
        return false;
    }
    m_tokens -= bytes;
    return true;
}

int BandwidthLimiter::waitMs()
{
    const qint64 rate = m_rate.load();
    if (rate <= 0) {
        return 0;
    }
    QMutexLocker lock(&m_mutex);
    refill(rate);
    if (m_tokens > 0) {
        return 0;
    }
    return int(qBound(qint64(1), (1 - m_tokens) * 1000 / rate + 1, qint64(1000)));
}

} // namespace ferry
