#pragma once

#include <QString>
#include <QStringList>

namespace ferry {

// Back and forward of one pane, as in a web browser: going somewhere new forgets the forward list.
class PaneHistory {
public:
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    QString backTarget() const { return m_back.isEmpty() ? QString() : m_back.last(); }
    QString forwardTarget() const { return m_forward.isEmpty() ? QString() : m_forward.last(); }

    // The pane left `from` for a folder chosen some other way than back or forward.
    void visited(const QString& from);
    // The pane left `from` for backTarget() / forwardTarget().
    void wentBack(const QString& from);
    void wentForward(const QString& from);
    void clear();

private:
    static void push(QStringList& list, const QString& path);

    QStringList m_back;
    QStringList m_forward;
};

} // namespace ferry
