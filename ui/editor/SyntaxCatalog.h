#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QByteArray>
#include <QString>

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

namespace ferry {

// The syntax definitions and themes every editor window shares. Loading the repository reads a few hundred
// definition files, so it happens once, on first use, in the GUI thread.
class SyntaxCatalog {
public:
    static KSyntaxHighlighting::Repository& repository();

    // The definition for a file: by its name first (Makefile, *.py), then by the MIME type guessed from the
    // name and the first bytes (a "#!/bin/sh" script without an extension). Invalid when nothing fits.
    static KSyntaxHighlighting::Definition definitionFor(const QString& fileName, const QByteArray& content);

    // The palette is dark when its window background is: light text on dark ground wants a dark theme.
    static bool isDark(const QPalette& palette);
    static KSyntaxHighlighting::Theme themeFor(const QPalette& palette);
};

} // namespace ferry
