#include "AuthPromptDialog.h"

#include "DialogLabels.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry {

AuthPromptDialog::AuthPromptDialog(const AuthPrompt& prompt, QWidget* parent)
    : QDialog(parent)
    , m_prompt(prompt)
{
    QString heading;
    switch (prompt.kind) {
    case AuthPrompt::Kind::Password:
        setWindowTitle(tr("Password"));
        heading = tr("Password for %1").arg(prompt.userAtHost);
        break;
    case AuthPrompt::Kind::Passphrase:
        setWindowTitle(tr("Key Passphrase"));
        heading = tr("Passphrase for the key %1").arg(prompt.keyFile);
        break;
    case AuthPrompt::Kind::KeyboardInteractive:
        setWindowTitle(prompt.name.isEmpty() ? tr("Authentication") : prompt.name);
        heading = tr("%1 asks:").arg(prompt.userAtHost);
        break;
    }

    auto* layout = new QVBoxLayout(this);
    auto* headingLabel = wrappedLabel(heading, this);
    headingLabel->setObjectName(QStringLiteral("heading"));
    QFont headingFont = headingLabel->font();
    headingFont.setBold(true);
    headingLabel->setFont(headingFont);
    layout->addWidget(headingLabel);

    if (prompt.kind == AuthPrompt::Kind::Passphrase && !prompt.userAtHost.isEmpty()) {
        layout->addWidget(wrappedLabel(tr("The key is needed to log in to %1.").arg(prompt.userAtHost), this));
    }
    if (prompt.kind == AuthPrompt::Kind::KeyboardInteractive && !prompt.name.isEmpty()) {
        auto* name = wrappedLabel(prompt.name, this);
        name->setObjectName(QStringLiteral("name"));
        layout->addWidget(name);
    }
    if (!prompt.instruction.isEmpty()) {
        auto* instruction = wrappedLabel(prompt.instruction, this);
        instruction->setObjectName(QStringLiteral("instruction"));
        layout->addWidget(instruction);
    }
    if (prompt.attempt > 1) {
        const QString text = prompt.kind == AuthPrompt::Kind::Passphrase
                                 ? tr("That passphrase did not unlock the key. Please try again.")
                                 : tr("The server did not accept that. Please try again.");
        auto* retry = wrappedLabel(text, this);
        retry->setObjectName(QStringLiteral("tryAgain"));
        QPalette retryPalette = retry->palette();
        retryPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
        retry->setPalette(retryPalette);
        layout->addWidget(retry);
    }

    // A password or passphrase question may arrive without a field of its own; it still needs one.
    QList<AuthPrompt::Field> fields = prompt.fields;
    if (fields.isEmpty() && prompt.kind != AuthPrompt::Kind::KeyboardInteractive) {
        fields.append(AuthPrompt::Field{
            prompt.kind == AuthPrompt::Kind::Passphrase ? tr("Passphrase:") : tr("Password:"), false});
    }
    auto* form = new QFormLayout;
    for (int i = 0; i < fields.size(); ++i) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("field%1").arg(i));
        edit->setEchoMode(fields.at(i).echo ? QLineEdit::Normal : QLineEdit::Password);
        if (!fields.at(i).echo) {
            edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        }
        form->addRow(fields.at(i).text.trimmed(), edit);
        m_edits.append(edit);
    }
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log In"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (!m_edits.isEmpty()) {
        m_edits.constFirst()->setFocus();
    }
    setMinimumWidth(420);
}

bool AuthPromptDialog::asksForPassword(const AuthPrompt& prompt)
{
    if (prompt.kind == AuthPrompt::Kind::Password) {
        return true;
    }
    // The same test the authenticator uses to answer such a round with a remembered password.
    return prompt.kind == AuthPrompt::Kind::KeyboardInteractive && prompt.fields.size() == 1 &&
           !prompt.fields.constFirst().echo && prompt.fields.constFirst().text.contains(QLatin1String("assword"));
}

void AuthPromptDialog::offerRemember(bool checked)
{
    if (!asksForPassword(m_prompt)) {
        return;
    }
    if (!m_remember) {
        m_remember = new QCheckBox(tr("&Remember password"), this);
        m_remember->setObjectName(QStringLiteral("rememberPassword"));
        m_remember->setToolTip(tr("Keeps the password in your system's keychain once the login succeeds. Ferry "
                                  "never writes it to a file of its own."));
        auto* box = qobject_cast<QVBoxLayout*>(layout());
        // Right above the buttons, below the fields.
        box->insertWidget(box->count() - 1, m_remember);
    }
    m_remember->setChecked(checked);
}

bool AuthPromptDialog::rememberChecked() const
{
    return m_remember && m_remember->isChecked();
}

QStringList AuthPromptDialog::answers() const
{
    QStringList result;
    result.reserve(m_edits.size());
    for (const QLineEdit* edit : m_edits) {
        result.append(edit->text());
    }
    return result;
}

} // namespace ferry
