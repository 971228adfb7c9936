#include "TextFileCheck.h"

#include <QLocale>

namespace ferry {

QString TextFileCheck::sizeProblem(const QString& fileName, qint64 size)
{
    if (size <= maxEditableSize) {
        return {};
    }
    const QLocale locale;
    return tr("%1 is too large to edit: it has %2, and the editor opens files of up to %3.")
        .arg(fileName, locale.formattedDataSize(size, 1), locale.formattedDataSize(maxEditableSize, 0));
}

QString TextFileCheck::contentProblem(const QString& fileName, const QByteArray& content)
{
    const QString tooLarge = sizeProblem(fileName, content.size());
    if (!tooLarge.isEmpty()) {
        return tooLarge;
    }
    if (content.contains('\0')) {
        return tr("%1 is not a text file: it contains NUL bytes, which mark binary data. Download it instead.")
            .arg(fileName);
    }
    if (!isValidUtf8(content)) {
        return tr("%1 is not UTF-8 text: it contains bytes that are not valid UTF-8. It may be binary or in "
                  "another encoding; download it instead.")
            .arg(fileName);
    }
    return {};
}

// A strict decoder of our own: QString::fromUtf8 replaces bad sequences silently, and QTextCodec (Qt 5) and
// QStringDecoder (Qt 6) are not both available. Rejects overlong forms, surrogates and code points past
// U+10FFFF, as the Unicode standard requires.
bool TextFileCheck::isValidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned char lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned int minimum = 0;
        unsigned int codePoint = 0;
        if ((lead & 0xE0) == 0xC0) {
            extra = 1;
            minimum = 0x80;
            codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2;
            minimum = 0x800;
            codePoint = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3;
            minimum = 0x10000;
            codePoint = lead & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra) {
            return false;
        }
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80) {
                return false;
            }
            codePoint = (codePoint << 6) | (p[i] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            return false;
        }
        p += extra + 1;
    }
    return true;
}

} // namespace ferry
