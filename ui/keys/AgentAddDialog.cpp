#include "AgentAddDialog.h"

#include "PassphraseFields.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ferry {

AgentAddDialog::AgentAddDialog(const QString& keyPath, bool encrypted, QWidget* parent)
    : QDialog(parent)
    , m_keyPath(keyPath)
{
    setWindowTitle(tr("Add Key to Agent"));
    setObjectName(QStringLiteral("agentAddDialog"));
    auto* form = new QFormLayout;
    form->addRow(tr("Key:"), keyFactLabel(keyPath, this));
    if (encrypted) {
        m_passphrase = passphraseEdit(QStringLiteral("passphrase"), this);
        form->addRow(tr("&Passphrase:"), m_passphrase);
    }
    m_limited = new QCheckBox(tr("&Remove it from the agent after"), this);
    m_limited->setObjectName(QStringLiteral("limitLifetime"));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("lifetimeMinutes"));
    m_minutes->setRange(1, 7 * 24 * 60);
    m_minutes->setValue(60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setEnabled(false);
    connect(m_limited, &QCheckBox::toggled, m_minutes, &QWidget::setEnabled);
    auto* lifetime = new QHBoxLayout;
    lifetime->addWidget(m_limited);
    lifetime->addWidget(m_minutes);
    lifetime->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lifetime);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString AgentAddDialog::passphrase() const
{
    return m_passphrase ? m_passphrase->text() : QString();
}

int AgentAddDialog::lifetimeSeconds() const
{
    return m_limited->isChecked() ? m_minutes->value() * 60 : 0;
}

} // namespace ferry
