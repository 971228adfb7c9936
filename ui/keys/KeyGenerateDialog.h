#pragma once

#include "trust/KeyOperations.h"

#include <QDialog>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ferry {

class PassphraseFields;

// Asks what key to generate: algorithm (Ed25519 by default), comment (user@host by default), passphrase
// typed twice, and a file name in the ssh folder that does not overwrite anything.
class KeyGenerateDialog : public QDialog {
    Q_OBJECT
public:
    KeyGenerateDialog(const QString& folder, QWidget* parent = nullptr);

    KeyGenerationRequest request() const;

    // name in folder, or name_2, name_3... so that neither the key nor its .pub exists yet.
    static QString freeKeyName(const QString& folder, const QString& name);
    // "user@host", the comment ssh-keygen gives by default.
    static QString defaultComment();
    // Empty when name can be a key file in the ssh folder, else why not.
    static QString fileNameProblem(const QString& folder, const QString& name);

private:
    void onAlgorithmChanged();
    void validate();

    QString m_folder;
    QComboBox* m_algorithm = nullptr;
    QLineEdit* m_comment = nullptr;
    QLineEdit* m_fileName = nullptr;
    QLabel* m_fileHint = nullptr;
    PassphraseFields* m_passphrase = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_fileNameEdited = false;
};

} // namespace ferry
