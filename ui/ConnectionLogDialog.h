#pragma once

#include "ssh/ConnectionLog.h"

#include <QDialog>
#include <QPointer>
#include <QString>

class QPlainTextEdit;
class QPushButton;

namespace ferry {

// The connection's log for troubleshooting: Ferry's steps and libssh's messages, timestamped, growing as
// new lines arrive. The text can be copied to the clipboard or saved to a file. Non-modal: it can stay open
// next to the terminal while the user reconnects.
class ConnectionLogDialog : public QDialog {
    Q_OBJECT
public:
    ConnectionLogDialog(ConnectionLog* log, const QString& title, QWidget* parent = nullptr);

    // Shows another log (the tab's connection was replaced); the text starts over with it.
    void setLog(ConnectionLog* log);
    QString text() const;
    // Writes the text atomically; false with *error in plain words on failure.
    bool saveTo(const QString& path, QString* error = nullptr) const;

    QPushButton* copyButton() const { return m_copy; }
    QPushButton* saveButton() const { return m_save; }

private:
    void appendLine(const ConnectionLog::Line& line);
    void copyAll();
    void askWhereToSave();
    static QString format(const ConnectionLog::Line& line);

    QPointer<ConnectionLog> m_log;
    QPlainTextEdit* m_view = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace ferry
