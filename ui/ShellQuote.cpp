#include "ShellQuote.h"

namespace ferry {

bool ShellQuote::isQuotable(const QString& text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0)) {
            return false;
        }
    }
    return true;
}

QString ShellQuote::quote(const QString& text)
{
    if (!isQuotable(text)) {
        return QString();
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ShellQuote::shellInFolder(const QString& folder)
{
    const QString quoted = quote(folder);
    if (quoted.isEmpty()) {
        return QString();
    }
    // "--" so a folder called "-P" is not an option; exec so the tab's shell is the login shell itself and its
    // exit ends the channel. $SHELL is expanded by the remote shell, which set it from the password database.
    return QLatin1String("cd -- ") + quoted + QLatin1String(" && exec \"${SHELL:-/bin/sh}\" -l");
}

} // namespace ferry
