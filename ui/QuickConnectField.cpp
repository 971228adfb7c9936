#include "QuickConnectField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>

#include <utility>

namespace ferry {

QuickConnectField::QuickConnectField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("quickConnectEdit"));
    m_edit->setPlaceholderText(tr("user@host:port"));
    m_edit->setToolTip(tr("Quick connect: type user@host or user@host:port and press Enter.\n"
                          "Write an IPv6 address with a port as user@[::1]:22."));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28);

    m_error->setObjectName(QStringLiteral("quickConnectError"));
    m_error->setTextFormat(Qt::PlainText);
    QPalette colors = m_error->palette();
    colors.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(colors);
    m_error->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::returnPressed, this, &QuickConnectField::submit);
    // A message about text that is no longer there would only confuse.
    connect(m_edit, &QLineEdit::textEdited, this, [this] { setErrorText(QString()); });
}

bool QuickConnectField::parse(const QString& input, Destination* target, QString* error)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        *target = Destination();
        *error = tr("Type where to connect, for example user@example.com or user@example.com:2222.");
        return false;
    }
    return Destination::parse(text, target, error);
}

QString QuickConnectField::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void QuickConnectField::setErrorText(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void QuickConnectField::submit()
{
    Destination target;
    QString error;
    if (!parse(m_edit->text(), &target, &error)) {
        setErrorText(error);
        return;
    }
    setErrorText(QString());
    emit connectRequested(target);
}

} // namespace ferry
