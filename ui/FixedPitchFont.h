#pragma once

#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QString>

namespace ferry {

// The font for fingerprints, keys and file lines, where characters must line up and be told apart.
// Some platforms (offscreen, minimal desktops) answer the fixed-font query with a proportional font;
// fontconfig's generic family is the fallback then.
inline QFont fixedPitchFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(font).fixedPitch()) {
        font.setFamily(QStringLiteral("Monospace"));
        font.setStyleHint(QFont::TypeWriter);
    }
    return font;
}

} // namespace ferry
