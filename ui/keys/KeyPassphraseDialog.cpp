#include "KeyPassphraseDialog.h"

#include "PassphraseFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry {

KeyPassphraseDialog::KeyPassphraseDialog(const QString& keyPath, bool encrypted, QWidget* parent)
    : QDialog(parent)
    , m_keyPath(keyPath)
{
    setWindowTitle(tr("Change Passphrase"));
    setObjectName(QStringLiteral("changePassphraseDialog"));
    auto* form = new QFormLayout;
    form->addRow(tr("Key:"), keyFactLabel(keyPath, this));
    if (encrypted) {
        m_old = passphraseEdit(QStringLiteral("oldPassphrase"), this);
        form->addRow(tr("&Current passphrase:"), m_old);
    }
    m_new = new PassphraseFields(
        form, tr("&New passphrase:"),
        tr("An empty passphrase removes it: anyone who gets a copy of the file can use the key."), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &PassphraseFields::changed, this, &KeyPassphraseDialog::validate);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    validate();
    setMinimumWidth(440);
}

QString KeyPassphraseDialog::oldPassphrase() const
{
    return m_old ? m_old->text() : QString();
}

QString KeyPassphraseDialog::newPassphrase() const
{
    return m_new->passphrase();
}

void KeyPassphraseDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_new->matches());
}

} // namespace ferry
