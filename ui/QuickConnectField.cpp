#include "QuickConnectField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>

#include <utility>

namespace ferry {

namespace {

bool readPort(const QString& text, int* port)
{
    if (text.isEmpty() || text.size() > 5) {
        return false;
    }
    for (const QChar c : text) {
        if (!c.isDigit() || c.unicode() > 0x7f) {
            return false;
        }
    }
    const int value = text.toInt();
    if (value < 1 || value > 65535) {
        return false;
    }
    *port = value;
    return true;
}

} // namespace

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

bool QuickConnectField::parse(const QString& input, QuickConnectTarget* target, QString* error)
{
    *target = QuickConnectTarget();
    QString text = input.trimmed();
    const QLatin1String scheme("ssh://");
    if (text.startsWith(scheme, Qt::CaseInsensitive)) {
        text = text.mid(scheme.size());
        if (text.endsWith(QLatin1Char('/'))) {
            text.chop(1);
        }
    }
    if (text.isEmpty()) {
        *error = tr("Type where to connect, for example user@example.com or user@example.com:2222.");
        return false;
    }
    for (const QChar c : std::as_const(text)) {
        if (c.isSpace()) {
            *error = tr("A destination has no spaces in it.");
            return false;
        }
    }

    QString rest = text;
    const int at = text.lastIndexOf(QLatin1Char('@'));
    if (at == 0) {
        *error = tr("There is no user name before the '@'.");
        return false;
    }
    if (at > 0) {
        target->user = text.left(at);
        rest = text.mid(at + 1);
    }

    QString portText;
    bool portWritten = false;
    if (rest.startsWith(QLatin1Char('['))) {
        const int close = rest.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = tr("The '[' before the address is never closed with ']'.");
            return false;
        }
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':'))) {
            *error = tr("Only ':' and a port may follow the ']'.");
            return false;
        }
        target->host = rest.mid(1, close - 1);
        portWritten = !after.isEmpty();
        portText = after.mid(1);
    } else if (rest.count(QLatin1Char(':')) == 1) {
        const int colon = rest.indexOf(QLatin1Char(':'));
        target->host = rest.left(colon);
        portWritten = true;
        portText = rest.mid(colon + 1);
    } else {
        // No colon, or several: an IPv6 address written without a port.
        target->host = rest;
    }

    if (target->host.isEmpty()) {
        *error = tr("There is no host name.");
        return false;
    }
    if (target->host.contains(QLatin1Char('/')) || target->host.contains(QLatin1Char('[')) ||
        target->host.contains(QLatin1Char(']'))) {
        *error = tr("\"%1\" is not a host name.").arg(target->host);
        return false;
    }
    if (portWritten && !readPort(portText, &target->port)) {
        *error = portText.isEmpty() ? tr("There is no port after the ':'.")
                                    : tr("\"%1\" is not a port: use a number from 1 to 65535.").arg(portText);
        target->port = -1;
        return false;
    }
    return true;
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
    QuickConnectTarget target;
    QString error;
    if (!parse(m_edit->text(), &target, &error)) {
        setErrorText(error);
        return;
    }
    setErrorText(QString());
    emit connectRequested(target);
}

} // namespace ferry
