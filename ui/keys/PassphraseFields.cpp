#include "PassphraseFields.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ferry {

QLineEdit* passphraseEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QLabel* keyFactLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

PassphraseFields::PassphraseFields(QFormLayout* form, const QString& label, const QString& emptyMeaning,
                                   QWidget* parent)
    : QObject(parent)
    , m_first(new QLineEdit(parent))
    , m_second(new QLineEdit(parent))
    , m_hint(new QLabel(parent))
    , m_emptyMeaning(emptyMeaning)
{
    m_first->setObjectName(QStringLiteral("passphrase"));
    m_second->setObjectName(QStringLiteral("repeatPassphrase"));
    m_hint->setObjectName(QStringLiteral("passphraseHint"));
    for (QLineEdit* edit : {m_first, m_second}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &PassphraseFields::update);
    }
    m_hint->setWordWrap(true);
    form->addRow(label, m_first);
    form->addRow(tr("Repeat:"), m_second);
    form->addRow(QString(), m_hint);
    update();
}

QString PassphraseFields::passphrase() const
{
    return m_first->text();
}

bool PassphraseFields::matches() const
{
    return m_first->text() == m_second->text();
}

void PassphraseFields::update()
{
    if (!matches()) {
        m_hint->setText(tr("The two passphrases differ."));
    } else if (m_first->text().isEmpty()) {
        m_hint->setText(m_emptyMeaning);
    } else {
        m_hint->setText(tr("The two passphrases match."));
    }
    emit changed();
}

} // namespace ferry
