#pragma once

#include <QByteArray>
#include <QString>

namespace ferry {

// How a text file was written, so the editor can save it back byte for byte where the user changed
// nothing: the line ending style, a UTF-8 byte order mark, and whether the endings were mixed (which one
// style cannot reproduce). The editor works on text with "\n" line endings only.
class TextFileFormat {
public:
    enum class LineEnding { Lf, CrLf, Cr };

    // The format of content, which must have passed TextFileCheck.
    static TextFileFormat detect(const QByteArray& content);

    // content as the editor's text: the byte order mark removed, every line ending a "\n".
    QString decode(const QByteArray& content) const;
    // The editor's text back to bytes in this format.
    QByteArray encode(const QString& text) const;

    LineEnding lineEnding() const { return m_lineEnding; }
    bool hasByteOrderMark() const { return m_byteOrderMark; }
    // The file mixed line ending styles; saving writes every line with lineEnding().
    bool hasMixedLineEndings() const { return m_mixed; }
    // A short name for the status bar: "LF", "CRLF" or "CR".
    QString lineEndingName() const;

private:
    LineEnding m_lineEnding = LineEnding::Lf;
    bool m_byteOrderMark = false;
    bool m_mixed = false;
};

} // namespace ferry
