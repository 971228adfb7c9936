#pragma once

#include "FixedPitchFont.h"

#include <QLabel>
#include <QString>

namespace ferry {

// Labels of the connection dialogs. Plain text only: host names, prompts and fingerprints come from
// servers and must never be read as rich text.
inline QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A value the user may want to copy (a fingerprint, a known_hosts line), in a fixed-pitch font.
inline QLabel* valueLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFont(fixedPitchFont());
    return label;
}

} // namespace ferry
