#pragma once

#include "TransferControl.h"
#include "TransferItem.h"

#include <QVariant>
#include <QVector>

#include <functional>
#include <memory>

class QTimer;

namespace ferry {

// How a folder walk hands the files it finds to the queue and keeps pace with their transfers: files go
// in batches, and the walk holds while the job is paused or stopped, or while maxOutstanding of its files
// are still unfinished, looking again after a short while (the queue that finishes them lives in another
// thread and does not call back). Lives in the worker thread with its walk.
class WalkPace {
public:
    WalkPace(std::shared_ptr<TransferControl> control, int maxOutstanding);
    ~WalkPace();
    WalkPace(const WalkPace&) = delete;
    WalkPace& operator=(const WalkPace&) = delete;

    bool held() const;
    void found(const TransferItem& file) { m_batch.append(file); }
    // The files found since the last call, as the QVector<TransferItem> the queue takes, and counted as
    // unfinished until it says otherwise; an invalid QVariant when there are none.
    QVariant takeBatch();
    qint64 filesFound() const { return m_files; }
    // Calls again once, a short while from now, unless a call is already due.
    void retryLater(std::function<void()> again);

private:
    std::shared_ptr<TransferControl> m_control;
    int m_maxOutstanding;
    QVector<TransferItem> m_batch;
    qint64 m_files = 0;
    std::function<void()> m_again;
    std::unique_ptr<QTimer> m_timer;
};

} // namespace ferry
