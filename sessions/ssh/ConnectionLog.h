#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QVector>

namespace ferry {

// The per-connection log a user reads to troubleshoot: Ferry's own steps and libssh's messages,
// timestamped, capped so a chatty session cannot grow it without bound.
class ConnectionLog : public QObject {
    Q_OBJECT
public:
    struct Line {
        QDateTime time;
        int level = 0;               // libssh's SSH_LOG_* scale; 0 for Ferry's own lines
        QString text;
    };

    explicit ConnectionLog(int capacity = 5000, QObject* parent = nullptr);

    void append(int level, const QString& text);
    QVector<Line> lines() const;
    QString toText() const;          // one "hh:mm:ss.zzz text" line each
    int capacity() const { return m_capacity; }
    bool contains(const QString& needle) const;

signals:
    void lineAdded(const ferry::ConnectionLog::Line& line);

private:
    QVector<Line> m_lines;           // ring buffer
    int m_first = 0;
    int m_capacity;
};

} // namespace ferry
