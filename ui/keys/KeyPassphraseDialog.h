#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLineEdit;

namespace ferry {

class PassphraseFields;

// Asks for a key's current passphrase (only when it has one) and the new one, typed twice; an empty new
// passphrase removes it.
class KeyPassphraseDialog : public QDialog {
    Q_OBJECT
public:
    KeyPassphraseDialog(const QString& keyPath, bool encrypted, QWidget* parent = nullptr);

    QString keyPath() const { return m_keyPath; }
    QString oldPassphrase() const;
    QString newPassphrase() const;

private:
    void validate();

    QString m_keyPath;
    QLineEdit* m_old = nullptr;
    PassphraseFields* m_new = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace ferry
