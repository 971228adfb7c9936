#include "WalkPace.h"

#include <QTimer>

#include <utility>

namespace ferry {

namespace {

constexpr int PollMs = 20;

} // namespace

WalkPace::WalkPace(std::shared_ptr<TransferControl> control, int maxOutstanding)
    : m_control(std::move(control))
    , m_maxOutstanding(qMax(1, maxOutstanding))
{
}

WalkPace::~WalkPace() = default;

bool WalkPace::held() const
{
    return m_control->stop.load() != TransferControl::Running
           || m_control->outstandingFiles.load() >= m_maxOutstanding;
}

QVariant WalkPace::takeBatch()
{
    if (m_batch.isEmpty()) {
        return QVariant();
    }
    m_files += m_batch.size();
    m_control->outstandingFiles += m_batch.size();
    return QVariant::fromValue(std::exchange(m_batch, QVector<TransferItem>()));
}

void WalkPace::retryLater(std::function<void()> again)
{
    m_again = std::move(again);
    if (!m_timer) {
        m_timer = std::make_unique<QTimer>();
        m_timer->setSingleShot(true);
        QObject::connect(m_timer.get(), &QTimer::timeout, m_timer.get(), [this] { m_again(); });
    }
    if (!m_timer->isActive()) {
        m_timer->start(PollMs);
    }
}

} // namespace ferry
