#include "PublicKeyDialog.h"

#include "FixedPitchFont.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry {

PublicKeyDialog::PublicKeyDialog(const QString& keyPath, const QString& publicKeyLine, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Public Key"));
    setObjectName(QStringLiteral("publicKeyDialog"));
    auto* label = new QLabel(tr("The public key of %1, in OpenSSH format:").arg(keyPath), this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    m_text = new QPlainTextEdit(publicKeyLine, this);
    m_text->setObjectName(QStringLiteral("publicKey"));
    m_text->setReadOnly(true);
    m_text->setFont(fixedPitchFont());
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAnywhere);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copy"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(text());
        m_copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(560, 200);
}

QString PublicKeyDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace ferry
