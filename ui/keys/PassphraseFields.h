#pragma once

#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace ferry {

// A masked edit for a passphrase a key already has.
QLineEdit* passphraseEdit(const QString& objectName, QWidget* parent);

// A fact about a key (its file, type or comment) as a form's value: plain text, wrapped, selectable.
QLabel* keyFactLabel(const QString& text, QWidget* parent);

// A new passphrase typed twice, as rows of a dialog's form: says whether the two match, and what an empty one
// means, so a dialog can enable its OK button only on a passphrase the user really meant.
class PassphraseFields : public QObject {
    Q_OBJECT
public:
    // Adds the rows to form; the edits are children of form's parent widget.
    PassphraseFields(QFormLayout* form, const QString& label, const QString& emptyMeaning, QWidget* parent);

    QString passphrase() const;
    bool matches() const;
    QLineEdit* firstEdit() const { return m_first; }

signals:
    void changed();

private:
    void update();

    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    QLabel* m_hint = nullptr;
    QString m_emptyMeaning;
};

} // namespace ferry
