#include "PuttyImportDialog.h"

#include "KeyGenerateDialog.h"
#include "PassphraseFields.h"
#include "trust/PuttyKeyFile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry {

PuttyImportDialog::PuttyImportDialog(const QString& ppkPath, const PuttyKeyFile& key, const QString& folder,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ppkPath(ppkPath)
    , m_folder(folder)
{
    setWindowTitle(tr("Import PuTTY Key"));
    setObjectName(QStringLiteral("puttyImportDialog"));
    auto* form = new QFormLayout;
    const QStringList facts{ppkPath, tr("%1, PuTTY format version %2").arg(key.algorithm()).arg(key.version()),
                            key.comment()};
    const QStringList names{tr("PuTTY key:"), tr("Type:"), tr("Comment:")};
    for (int i = 0; i < facts.size(); ++i) {
        form->addRow(names.at(i), keyFactLabel(facts.at(i), this));
    }
    if (key.isEncrypted()) {
        m_ppkPassphrase = passphraseEdit(QStringLiteral("ppkPassphrase"), this);
        form->addRow(tr("PuTTY key &passphrase:"), m_ppkPassphrase);
    }
    m_new = new PassphraseFields(form, tr("&New passphrase:"),
                                 tr("Without a passphrase, anyone who gets a copy of the file can use the key."), this);
    const QString baseName = QFileInfo(ppkPath).completeBaseName();
    m_fileName = new QLineEdit(
        KeyGenerateDialog::freeKeyName(folder, baseName.isEmpty() ? QStringLiteral("id_imported") : baseName), this);
    m_fileName->setObjectName(QStringLiteral("fileName"));
    form->addRow(tr("&File name:"), m_fileName);
    m_fileHint = new QLabel(this);
    m_fileHint->setWordWrap(true);
    form->addRow(QString(), m_fileHint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &PassphraseFields::changed, this, &PuttyImportDialog::validate);
    connect(m_fileName, &QLineEdit::textChanged, this, &PuttyImportDialog::validate);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    validate();
    setMinimumWidth(560);
}

QString PuttyImportDialog::ppkPassphrase() const
{
    return m_ppkPassphrase ? m_ppkPassphrase->text() : QString();
}

QString PuttyImportDialog::newPassphrase() const
{
    return m_new->passphrase();
}

QString PuttyImportDialog::targetPath() const
{
    return QDir(m_folder).filePath(m_fileName->text().trimmed());
}

void PuttyImportDialog::validate()
{
    const QString problem = KeyGenerateDialog::fileNameProblem(m_folder, m_fileName->text().trimmed());
    m_fileHint->setText(problem.isEmpty()
                            ? tr("In %1, with the public key beside it.").arg(QDir::toNativeSeparators(m_folder))
                            : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && m_new->matches());
}

} // namespace ferry
