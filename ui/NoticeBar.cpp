#include "NoticeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QToolButton>

namespace ferry {

NoticeBar::NoticeBar(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    // File names and messages from the store are shown as they are, never read as rich text.
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_close->setObjectName(QStringLiteral("noticeClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &NoticeBar::dismiss);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 4, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void NoticeBar::showNotice(const QString& message, Kind kind)
{
    QPalette colors = palette();
    if (kind == Kind::Warning) {
        colors.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xcd));
        colors.setColor(QPalette::WindowText, QColor(0x5c, 0x45, 0x00));
    } else {
        colors = QPalette();
        colors.setColor(QPalette::Window, colors.color(QPalette::AlternateBase));
    }
    setPalette(colors);
    m_label->setPalette(colors);
    const QString shown = text();
    m_label->setText(shown.isEmpty() ? message : shown + QStringLiteral("\n\n") + message);
    show();
}

QString NoticeBar::text() const
{
    return isVisibleTo(parentWidget()) ? m_label->text() : QString();
}

void NoticeBar::dismiss()
{
    hide();
    m_label->clear();
    emit closed();
}

} // namespace ferry
