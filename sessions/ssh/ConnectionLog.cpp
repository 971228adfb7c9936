#include "ConnectionLog.h"

namespace ferry {

ConnectionLog::ConnectionLog(int capacity, QObject* parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
{
}

void ConnectionLog::append(int level, const QString& text)
{
    Line line{QDateTime::currentDateTime(), level, text};
    if (m_lines.size() < m_capacity) {
        m_lines.append(line);
    } else {
        m_lines[m_first] = line;
        m_first = (m_first + 1) % m_capacity;
    }
    emit lineAdded(line);
}

QVector<ConnectionLog::Line> ConnectionLog::lines() const
{
    QVector<Line> ordered;
    ordered.reserve(m_lines.size());
    for (int i = 0; i < m_lines.size(); ++i) {
        ordered.append(m_lines.at((m_first + i) % m_lines.size()));
    }
    return ordered;
}

QString ConnectionLog::toText() const
{
    QString text;
    for (const Line& line : lines()) {
        text += line.time.toString(QStringLiteral("hh:mm:ss.zzz ")) + line.text + QLatin1Char('\n');
    }
    return text;
}

bool ConnectionLog::contains(const QString& needle) const
{
    for (const Line& line : m_lines) {
        if (line.text.contains(needle)) {
            return true;
        }
    }
    return false;
}

} // namespace ferry
