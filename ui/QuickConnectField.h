#pragma once

#include "profiles/Destination.h"

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace ferry {

// The toolbar's "user@host:port" field. Enter connects; a mistake is explained right next to the field
// rather than in a box, so the user can fix the text where it is.
class QuickConnectField : public QWidget {
    Q_OBJECT
public:
    explicit QuickConnectField(QWidget* parent = nullptr);

    // Reads what was typed (surrounding blanks ignored) with Destination::parse. Returns false with *error
    // set, in words for the user, when the text is not a destination.
    static bool parse(const QString& text, Destination* target, QString* error);

    QLineEdit* lineEdit() const { return m_edit; }
    // The message next to the field; empty while the text is fine.
    QString errorText() const;
    void setErrorText(const QString& text);

signals:
    // Qualified, so queued connections and QSignalSpy find the registered type.
    void connectRequested(const ferry::Destination& target);

private:
    void submit();

    QLineEdit* m_edit = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace ferry

