#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ferry {

class PassphraseFields;
class PuttyKeyFile;

// Asks how to import a PuTTY key already read: its passphrase (when encrypted), the new key's passphrase
// typed twice, and the new key's file name in the ssh folder (never an existing one).
class PuttyImportDialog : public QDialog {
    Q_OBJECT
public:
    PuttyImportDialog(const QString& ppkPath, const PuttyKeyFile& key, const QString& folder,
                      QWidget* parent = nullptr);

    QString ppkPath() const { return m_ppkPath; }
    QString ppkPassphrase() const;
    QString newPassphrase() const;
    QString targetPath() const;

private:
    void validate();

    QString m_ppkPath;
    QString m_folder;
    QLineEdit* m_ppkPassphrase = nullptr;
    PassphraseFields* m_new = nullptr;
    QLineEdit* m_fileName = nullptr;
    QLabel* m_fileHint = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace ferry
