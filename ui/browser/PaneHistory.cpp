#include "browser/PaneHistory.h"

namespace ferry {

namespace {

// Enough for any session; the oldest entries go first.
constexpr int kMaxEntries = 100;

} // namespace

void PaneHistory::visited(const QString& from)
{
    if (!from.isEmpty()) {
        push(m_back, from);
    }
    m_forward.clear();
}

void PaneHistory::wentBack(const QString& from)
{
    if (!m_back.isEmpty()) {
        m_back.removeLast();
    }
    push(m_forward, from);
}

void PaneHistory::wentForward(const QString& from)
{
    if (!m_forward.isEmpty()) {
        m_forward.removeLast();
    }
    push(m_back, from);
}

void PaneHistory::clear()
{
    m_back.clear();
    m_forward.clear();
}

void PaneHistory::push(QStringList& list, const QString& path)
{
    if (path.isEmpty() || (!list.isEmpty() && list.last() == path)) {
        return;
    }
    list.append(path);
    while (list.size() > kMaxEntries) {
        list.removeFirst();
    }
}

} // namespace ferry
