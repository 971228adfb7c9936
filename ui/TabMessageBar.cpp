#include "TabMessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>

namespace ferry {

TabMessageBar::TabMessageBar(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_log(new QPushButton(tr("Show &Log"), this))
{
    setObjectName(QStringLiteral("messageBar"));
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    // Server and libssh messages are shown as they are, never as rich text.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("reconnectButton"));
    m_log->setObjectName(QStringLiteral("showLogButton"));
    // Keys typed into the terminal must never press these by accident.
    m_action->setFocusPolicy(Qt::TabFocus);
    m_log->setFocusPolicy(Qt::TabFocus);
    connect(m_action, &QPushButton::clicked, this, &TabMessageBar::actionClicked);
    connect(m_log, &QPushButton::clicked, this, &TabMessageBar::logRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_log);
    layout->addWidget(m_action);
    hide();
}

void TabMessageBar::showMessage(const QString& text, Kind kind, const QString& actionText)
{
    QPalette colors = parentWidget() ? parentWidget()->palette() : palette();
    if (kind == Kind::Error) {
        colors.setColor(QPalette::Window, QColor(0xfb, 0xe3, 0xe3));
        colors.setColor(QPalette::WindowText, QColor(0x8a, 0x10, 0x10));
    } else {
        colors.setColor(QPalette::Window, colors.color(QPalette::AlternateBase));
    }
    setPalette(colors);
    m_text->setText(text);
    m_action->setVisible(!actionText.isEmpty());
    if (!actionText.isEmpty()) {
        m_action->setText(actionText);
    }
    m_log->setVisible(kind == Kind::Error);
    show();
}

void TabMessageBar::dismiss()
{
    hide();
    m_text->clear();
}

QString TabMessageBar::text() const
{
    return parentWidget() && !isVisibleTo(parentWidget()) ? QString() : m_text->text();
}

} // namespace ferry
