#pragma once

#include "TransferControl.h"

#include <functional>
#include <memory>

class QTimer;

namespace ferry {

// How a folder walk keeps pace with the transfers of the files it finds: it holds while the job is
// paused or stopped, or while maxOutstanding of its files are still unfinished, and looks again after a
// short while (the queue that finishes them lives in another thread and does not call back). Lives in
// the worker thread with its walk.
class WalkPace {
public:
    WalkPace(std::shared_ptr<TransferControl> control, int maxOutstanding);
    ~WalkPace();
    WalkPace(const WalkPace&) = delete;
    WalkPace& operator=(const WalkPace&) = delete;

    bool held() const;
    // Files reported to the queue, unfinished until it says otherwise.
    void handedOver(int files);
    // Calls again once, a short while from now, unless a call is already due.
    void retryLater(std::function<void()> again);

private:
    std::shared_ptr<TransferControl> m_control;
    int m_maxOutstanding;
    std::function<void()> m_again;
    std::unique_ptr<QTimer> m_timer;
};

} // namespace ferry
