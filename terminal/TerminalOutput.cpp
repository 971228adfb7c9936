#include "TerminalOutput.h"

#include "PtyFeeder.h"

#include <utility>

namespace ferry {

namespace {

// Taken bytes are acknowledged in steps of this size while output streams, and all at once when the pty
// has caught up: one queued call to the connection's thread per step instead of one per write.
constexpr qint64 kAcknowledgeStep = 128 * 1024;

} // namespace

TerminalOutput::TerminalOutput(int ptyFd, QObject* parent)
    : QObject(parent)
    , m_feeder(new PtyFeeder(ptyFd, this))
{
    connect(m_feeder, &PtyFeeder::consumed, this, &TerminalOutput::onPtyConsumed);
}

TerminalOutput::~TerminalOutput() = default;

void TerminalOutput::write(const QByteArray& bytes, RemoteChannel* channel)
{
    if (bytes.isEmpty()) {
        return;
    }
    m_batch += bytes;
    if (!m_spans.empty() && m_spans.back().channel == channel) {
        m_spans.back().bytes += bytes.size();
    } else {
        m_spans.push_back({bytes.size(), channel});
    }
    if (!m_batchScheduled) {
        m_batchScheduled = true;
        // Posted behind the events already queued, so output the connection delivered in the same turn
        // joins this batch.
        QMetaObject::invokeMethod(this, &TerminalOutput::writeBatch, Qt::QueuedConnection);
    }
}

void TerminalOutput::release(RemoteChannel* channel)
{
    if (!channel) {
        return;
    }
    qint64 bytes = 0;
    if (m_dueChannel == channel) {
        bytes += std::exchange(m_due, 0);
        m_dueChannel = nullptr;
    }
    for (Span& span : m_spans) {
        if (span.channel == channel) {
            bytes += span.bytes;
            span.channel = nullptr;
        }
    }
    channel->acknowledge(bytes);
}

qint64 TerminalOutput::pendingBytes() const
{
    return m_batch.size() + m_feeder->pendingBytes();
}

void TerminalOutput::writeBatch()
{
    m_batchScheduled = false;
    m_feeder->write(std::exchange(m_batch, QByteArray()));
}

void TerminalOutput::onPtyConsumed(qint64 bytes)
{
    while (bytes > 0 && !m_spans.empty()) {
        Span& span = m_spans.front();
        const qint64 taken = qMin(bytes, span.bytes);
        if (span.channel) {
            credit(span.channel, taken);
        }
        span.bytes -= taken;
        bytes -= taken;
        if (span.bytes == 0) {
            m_spans.pop_front();
        }
    }
    if (m_due >= kAcknowledgeStep || pendingBytes() == 0) {
        acknowledgeDue();
    }
}

void TerminalOutput::credit(RemoteChannel* channel, qint64 bytes)
{
    if (channel != m_dueChannel) {
        acknowledgeDue();
        m_dueChannel = channel;
    }
    m_due += bytes;
}

void TerminalOutput::acknowledgeDue()
{
    const qint64 bytes = std::exchange(m_due, 0);
    if (m_dueChannel && bytes > 0) {
        m_dueChannel->acknowledge(bytes);
    }
}

} // namespace ferry
