#include "TextFileFormat.h"

namespace ferry {

namespace {

const QByteArray utf8ByteOrderMark("\xEF\xBB\xBF");

} // namespace

TextFileFormat TextFileFormat::detect(const QByteArray& content)
{
    TextFileFormat format;
    format.m_byteOrderMark = content.startsWith(utf8ByteOrderMark);
    qsizetype lf = 0;
    qsizetype crlf = 0;
    qsizetype cr = 0;
    for (qsizetype i = 0; i < content.size(); ++i) {
        if (content.at(i) == '\r') {
            if (i + 1 < content.size() && content.at(i + 1) == '\n') {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
        } else if (content.at(i) == '\n') {
            ++lf;
        }
    }
    // The most used style wins; a tie keeps LF, the norm on the servers Ferry talks to.
    if (crlf > lf && crlf >= cr) {
        format.m_lineEnding = LineEnding::CrLf;
    } else if (cr > lf && cr > crlf) {
        format.m_lineEnding = LineEnding::Cr;
    }
    format.m_mixed = int(lf > 0) + int(crlf > 0) + int(cr > 0) > 1;
    return format;
}

QString TextFileFormat::decode(const QByteArray& content) const
{
    const QByteArray body = m_byteOrderMark ? content.mid(utf8ByteOrderMark.size()) : content;
    QString text = QString::fromUtf8(body);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QByteArray TextFileFormat::encode(const QString& text) const
{
    QString written = text;
    if (m_lineEnding == LineEnding::CrLf) {
        written.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    } else if (m_lineEnding == LineEnding::Cr) {
        written.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    }
    QByteArray bytes = written.toUtf8();
    if (m_byteOrderMark) {
        bytes.prepend(utf8ByteOrderMark);
    }
    return bytes;
}

QString TextFileFormat::lineEndingName() const
{
    switch (m_lineEnding) {
    case LineEnding::CrLf:
        return QStringLiteral("CRLF");
    case LineEnding::Cr:
        return QStringLiteral("CR");
    case LineEnding::Lf:
        break;
    }
    return QStringLiteral("LF");
}

} // namespace ferry
