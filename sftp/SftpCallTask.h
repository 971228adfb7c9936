#pragma once

#include "SftpTask.h"

#include <functional>

namespace ferry {

// A task made of a function: for the short operations (stat, mkdir, rename ...) that are one request
// or a few chained ones. The function runs at start(), issues its requests with the task as owner
// (the second argument) and calls context->finish() from the last callback.
class SftpCallTask : public SftpTask {
public:
    using Body = std::function<void(SftpTaskContext* context, SftpChannel* channel, const void* owner)>;
    explicit SftpCallTask(Body body);

    void start() override;

private:
    Body m_body;
};

} // namespace ferry
