#include "SessionLog.h"

#include <QFileInfo>

namespace ferry {

namespace {

constexpr int kFlushIntervalMs = 1000;

} // namespace

SessionLog::SessionLog(QObject* parent)
    : QObject(parent)
{
    m_flushTimer.setInterval(kFlushIntervalMs);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &SessionLog::flush);
}

SessionLog::~SessionLog()
{
    if (m_file.isOpen()) {
        m_file.flush();
        m_file.close();
    }
}

bool SessionLog::open(const QString& path, Mode mode)
{
    close();
    m_error.clear();
    if (path.isEmpty()) {
        m_error = tr("No log file name given.");
        return false;
    }
    const bool existed = QFileInfo::exists(path);
    m_file.setFileName(path);
    const QIODevice::OpenMode openMode =
        QIODevice::WriteOnly | (mode == Mode::Append ? QIODevice::Append : QIODevice::Truncate);
    if (!m_file.open(openMode)) {
        m_error = tr("Cannot open the log file %1: %2").arg(path, m_file.errorString());
        return false;
    }
    if (!existed) {
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return true;
}

void SessionLog::close()
{
    if (!m_file.isOpen()) {
        return;
    }
    m_flushTimer.stop();
    if (!m_file.flush()) {
        fail();
        return;
    }
    m_file.close();
}

void SessionLog::write(const QByteArray& bytes)
{
    if (!m_file.isOpen() || bytes.isEmpty()) {
        return;
    }
    if (m_file.write(bytes) != bytes.size()) {
        fail();
        return;
    }
    if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

void SessionLog::flush()
{
    if (m_file.isOpen() && !m_file.flush()) {
        fail();
    }
}

void SessionLog::fail()
{
    m_error = tr("Writing the log file %1 failed: %2").arg(m_file.fileName(), m_file.errorString());
    m_flushTimer.stop();
    // What is still buffered cannot be written either; closing without another flush attempt drops it.
    m_file.close();
    emit failed(m_error);
}

} // namespace ferry
