#pragma once

#include <atomic>

namespace ferry {

// What the GUI thread tells a job's tasks while they run in the worker thread: why the task is being
// stopped (read by the task's cancel()), whether a folder walk must hold, and how many files a walk has
// handed over that are not finished yet (its back-pressure: the walk waits above a cap).
struct TransferControl {
    enum Stop { Running = 0, Pause = 1, Cancel = 2 };

    std::atomic<int> stop{Running};
    std::atomic<int> outstandingFiles{0};
};

} // namespace ferry
