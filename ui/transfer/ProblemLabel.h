#pragma once

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace ferry {

// Turns label into the line under a field saying what is wrong with it: plain text, wrapped, and in a red
// that stays readable on the window's ground, dark or light. Hidden until there is something to say.
inline void makeProblemLabel(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette colours = label->palette();
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    colours.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(colours);
    label->hide();
}

} // namespace ferry
