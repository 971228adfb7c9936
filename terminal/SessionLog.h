#pragma once

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QString>
#include <QTimer>

namespace ferry {

// A record of what a terminal received, byte for byte as it came from the server (escape sequences
// included), in the manner of PuTTY's session log and script(1).
//
// Writes go into QFile's buffer and reach the disk when it fills or, at the latest, a second later, so
// the GUI thread never waits on the disk for more than one buffered write. The file is a log, not a
// document: it is appended to as the session runs rather than replaced atomically, so a crash keeps
// everything up to the last flush. A new file is readable by its owner only, since a session shows
// whatever the user works on.
class SessionLog : public QObject {
    Q_OBJECT
public:
    enum class Mode { Append, Truncate };
    Q_ENUM(Mode)

    explicit SessionLog(QObject* parent = nullptr);
    // Flushes and closes.
    ~SessionLog() override;

    // Closes any log already open first. On failure returns false and errorString() says why.
    bool open(const QString& path, Mode mode = Mode::Append);
    // Flushes what is buffered and closes; a flush failure is reported through failed().
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString fileName() const { return m_file.fileName(); }
    QString errorString() const { return m_error; }

    void write(const QByteArray& bytes);

signals:
    // Writing failed (disk full, file system gone): the log has been closed and stays closed.
    void failed(const QString& message);

private:
    void flush();
    void fail();

    QFile m_file;
    QTimer m_flushTimer;
    QString m_error;
};

} // namespace ferry
