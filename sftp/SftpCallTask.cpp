#include "SftpCallTask.h"

namespace ferry {

SftpCallTask::SftpCallTask(Body body)
    : m_body(std::move(body))
{
}

void SftpCallTask::start()
{
    m_body(context(), channel(), this);
}

} // namespace ferry
