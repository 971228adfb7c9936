#pragma once

#include <QMetaType>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace ferry {

// Where a quick connection goes, as typed: nothing is filled in from defaults yet.
struct QuickConnectTarget {
    QString user; // empty: not typed
    QString host;
    int port = -1; // -1: not typed
};

// The toolbar's "user@host:port" field. Enter connects; a mistake is explained right next to the field
// rather than in a box, so the user can fix the text where it is.
class QuickConnectField : public QWidget {
    Q_OBJECT
public:
    explicit QuickConnectField(QWidget* parent = nullptr);

    // Reads "[ssh://][user@]host[:port]", an IPv6 address with a port written "[addr]:port". Returns false
    // with *error set, in words for the user, when the text is not a destination.
    static bool parse(const QString& text, QuickConnectTarget* target, QString* error);

    QLineEdit* lineEdit() const { return m_edit; }
    // The message next to the field; empty while the text is fine.
    QString errorText() const;
    void setErrorText(const QString& text);

signals:
    // Qualified, so queued connections and QSignalSpy find the registered type.
    void connectRequested(const ferry::QuickConnectTarget& target);

private:
    void submit();

    QLineEdit* m_edit = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::QuickConnectTarget)
