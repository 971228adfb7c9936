#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ferry {

// Decides whether a remote file can be opened in the editor: text in UTF-8, and small enough that a
// QPlainTextEdit stays responsive. Callers check the size from a stat before downloading anything, then
// the content once it has arrived.
class TextFileCheck {
    Q_DECLARE_TR_FUNCTIONS(TextFileCheck)
public:
    // Past this the editor gets sluggish and the download is rarely what the user meant.
    static constexpr qint64 maxEditableSize = 5 * 1024 * 1024;

    // An empty string when a file of this size can be opened, else the message to show.
    static QString sizeProblem(const QString& fileName, qint64 size);
    // An empty string when the content is editable UTF-8 text, else the message to show.
    static QString contentProblem(const QString& fileName, const QByteArray& content);

    static bool isValidUtf8(const QByteArray& bytes);
};

} // namespace ferry
