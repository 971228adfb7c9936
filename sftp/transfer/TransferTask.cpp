#include "TransferTask.h"

#include <QFileInfo>
#include <QTimer>

namespace ferry {

TransferTask::TransferTask(Setup setup)
    : m_setup(std::move(setup))
{
    if (!m_setup.control) {
        m_setup.control = std::make_shared<TransferControl>();
    }
    if (!m_setup.limiter) {
        m_setup.limiter = std::make_shared<BandwidthLimiter>();
    }
    const QString source = m_setup.item.direction == TransferItem::Direction::Download
                               ? QString::fromUtf8(m_setup.item.remotePath)
                               : m_setup.item.localPath;
    m_displayName = source.mid(source.lastIndexOf(QLatin1Char('/')) + 1);
}

TransferTask::~TransferTask() = default;

void TransferTask::cancel()
{
    if (finished()) {
        return;
    }
    const bool pausing = m_setup.control->stop.load() == TransferControl::Pause;
    if (pausing || options().keepPartialOnCancel) {
        closeAll();
    } else {
        dropPartial();
    }
    context()->finish(SftpError::cancelled());
}

QString TransferTask::numberedName(const QString& fileName, int n)
{
    // The suffix is what follows the first dot that is not the leading one (".bashrc" has none).
    const int dot = fileName.indexOf(QLatin1Char('.'), 1);
    const QString base = dot > 0 ? fileName.left(dot) : fileName;
    const QString suffix = dot > 0 ? fileName.mid(dot) : QString();
    return base + QStringLiteral(" (%1)").arg(n) + suffix;
}

TransferTask::Decision TransferTask::decide(qint64 sourceSize, qint64 sourceModified, qint64 targetSize,
                                            qint64 targetModified) const
{
    switch (m_setup.action) {
    case ConflictAction::Ask:
        return Decision::Ask;
    case ConflictAction::Overwrite:
        return Decision::Proceed;
    case ConflictAction::OverwriteIfNewer:
        return sourceModified > targetModified ? Decision::Proceed : Decision::Skip;
    case ConflictAction::Skip:
        return Decision::Skip;
    case ConflictAction::Resume:
        return targetSize <= sourceSize ? Decision::Resume : Decision::Fail;
    case ConflictAction::Rename:
        return Decision::Rename;
    }
    return Decision::Ask;
}

void TransferTask::askUser(qint64 sourceSize, qint64 sourceModified, qint64 targetSize, qint64 targetModified,
                           bool canResume)
{
    m_outcome.sourceSize = sourceSize;
    m_outcome.sourceModified = sourceModified;
    m_outcome.targetSize = targetSize;
    m_outcome.targetModified = targetModified;
    m_outcome.canResume = canResume;
    succeed(TransferOutcome::Kind::Conflict);
}

bool TransferTask::throttle(qint64 bytes)
{
    if (m_setup.limiter->take(bytes)) {
        return true;
    }
    if (!m_throttleTimer) {
        // Made here, in the worker thread, so its events come to the thread the task runs in.
        m_throttleTimer = std::make_unique<QTimer>();
        m_throttleTimer->setSingleShot(true);
        QObject::connect(m_throttleTimer.get(), &QTimer::timeout, m_throttleTimer.get(), [this] {
            if (!finished()) {
                pump();
                context()->wake();
            }
        });
    }
    if (!m_throttleTimer->isActive()) {
        m_throttleTimer->start(m_setup.limiter->waitMs());
    }
    return false;
}

void TransferTask::reportProgress(qint64 done, qint64 total)
{
    context()->progress(done, total, m_displayName);
}

void TransferTask::succeed(TransferOutcome::Kind kind, const QString& message)
{
    if (finished()) {
        return;
    }
    closeAll();
    m_outcome.kind = kind;
    m_outcome.message = message;
    context()->finish(SftpError(), QVariant::fromValue(m_outcome));
}

void TransferTask::fail(const SftpError& error)
{
    if (finished()) {
        return;
    }
    closeAll();
    context()->finish(error);
}

} // namespace ferry
