#include "PtyFeeder.h"

#include <QSocketNotifier>
#include <QtGlobal>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace ferry {

PtyFeeder::PtyFeeder(int fd, QObject* parent)
    : QObject(parent)
    , m_fd(fd)
{
    if (m_fd < 0) {
        return;
    }
    const int flags = ::fcntl(m_fd, F_GETFL);
    if (flags < 0 || ::fcntl(m_fd, F_SETFL, flags | O_NONBLOCK) < 0) {
        qWarning("ferry: cannot make the terminal pty non-blocking: %s", std::strerror(errno));
    }
    m_writable = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_writable->setEnabled(false);
    connect(m_writable, &QSocketNotifier::activated, this, &PtyFeeder::flush);
}

PtyFeeder::~PtyFeeder() = default;

void PtyFeeder::write(const QByteArray& bytes)
{
    if (m_fd < 0 || bytes.isEmpty()) {
        return;
    }
    m_chunks.push_back(bytes);
    m_pending += bytes.size();
    // While the notifier is armed the pty is known to be full; writing again now would only fail.
    if (!m_writable->isEnabled()) {
        flush();
    }
}

void PtyFeeder::flush()
{
    const qint64 pendingBefore = m_pending;
    drain();
    if (m_pending < pendingBefore) {
        emit consumed(pendingBefore - m_pending);
    }
}

void PtyFeeder::drain()
{
    while (!m_chunks.empty()) {
        const QByteArray& head = m_chunks.front();
        const ssize_t written = ::write(m_fd, head.constData() + m_headOffset, size_t(head.size() - m_headOffset));
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                m_writable->setEnabled(true);
                return;
            }
            // The pty is gone (the widget is being torn down): what is left can never be shown.
            qWarning("ferry: writing to the terminal pty failed: %s", std::strerror(errno));
            m_chunks.clear();
            m_headOffset = 0;
            m_pending = 0;
            break;
        }
        m_headOffset += written;
        m_pending -= written;
        if (m_headOffset == head.size()) {
            m_chunks.pop_front();
            m_headOffset = 0;
        }
    }
    m_writable->setEnabled(false);
}

} // namespace ferry
