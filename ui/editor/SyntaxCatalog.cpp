#include "SyntaxCatalog.h"

#include <KSyntaxHighlighting/Repository>

#include <QMimeDatabase>
#include <QMimeType>
#include <QPalette>

namespace ferry {

KSyntaxHighlighting::Repository& SyntaxCatalog::repository()
{
    static KSyntaxHighlighting::Repository shared;
    return shared;
}

KSyntaxHighlighting::Definition SyntaxCatalog::definitionFor(const QString& fileName, const QByteArray& content)
{
    KSyntaxHighlighting::Repository& repo = repository();
    KSyntaxHighlighting::Definition byName = repo.definitionForFileName(fileName);
    if (byName.isValid()) {
        return byName;
    }
    const QMimeType mime = QMimeDatabase().mimeTypeForFileNameAndData(fileName, content);
    KSyntaxHighlighting::Definition byMime = repo.definitionForMimeType(mime.name());
    if (byMime.isValid()) {
        return byMime;
    }
    // A MIME type no definition names may still be a kind of one that does (text/x-c++src is text/x-csrc).
    const QStringList ancestors = mime.allAncestors();
    for (const QString& ancestor : ancestors) {
        if (ancestor == QLatin1String("text/plain")) {
            continue;
        }
        KSyntaxHighlighting::Definition byAncestor = repo.definitionForMimeType(ancestor);
        if (byAncestor.isValid()) {
            return byAncestor;
        }
    }
    return {};
}

bool SyntaxCatalog::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

KSyntaxHighlighting::Theme SyntaxCatalog::themeFor(const QPalette& palette)
{
    return repository().defaultTheme(isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                     : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace ferry
