#pragma once

#include <QString>

namespace ferry {

// Remote shell command lines built from a path the server named, for "Open terminal here". Everything goes in
// POSIX single quotes, where nothing is special but the closing quote itself, so no name can run a command.
// Control characters (a newline ends a command line in an interactive shell, and escape sequences would reach
// the terminal) are refused instead of quoted.
class ShellQuote {
public:
    // 'text' with each ' written as '\''. Empty when text has a control character or a NUL.
    static QString quote(const QString& text);
    // Whether text can be quoted: no NUL, no C0 or C1 control character, no DEL.
    static bool isQuotable(const QString& text);
    // A command that changes to folder and starts the user's login shell there; empty when the folder's name
    // cannot be quoted.
    static QString shellInFolder(const QString& folder);
};

} // namespace ferry
