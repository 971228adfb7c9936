#include "UniqueFileName.h"

#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>

namespace ferry {

namespace {

constexpr int maxCandidates = 100000;

} // namespace

void UniqueFileName::split(const QString& name, QString* base, QString* suffix)
{
    // The MIME database knows compound suffixes (tar.gz) that the last dot alone would cut in two.
    QString found = QMimeDatabase().suffixForFileName(name);
    if (found.isEmpty()) {
        const auto dot = name.lastIndexOf(QLatin1Char('.'));
        if (dot > 0 && dot < name.size() - 1) {
            found = name.mid(dot + 1);
        }
    }
    // A dot file is all base: ".bashrc (1)", not " (1).bashrc".
    if (!found.isEmpty() && name.size() - found.size() - 1 <= 0) {
        found.clear();
    }
    *suffix = found;
    *base = found.isEmpty() ? name : name.left(name.size() - found.size() - 1);
}

QString UniqueFileName::suggest(const QString& name, const std::function<bool(const QString&)>& exists)
{
    QString base;
    QString suffix;
    split(name, &base, &suffix);
    int first = 1;
    static const QRegularExpression counted(QStringLiteral("^(.*) \\((\\d{1,6})\\)$"));
    const QRegularExpressionMatch match = counted.match(base);
    if (match.hasMatch() && !match.captured(1).isEmpty()) {
        base = match.captured(1);
        first = match.captured(2).toInt() + 1;
    }
    const QString dottedSuffix = suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix;
    for (int n = first; n < first + maxCandidates; ++n) {
        const QString candidate = base + QStringLiteral(" (") + QString::number(n) + QLatin1Char(')') + dottedSuffix;
        if (!exists(candidate)) {
            return candidate;
        }
    }
    return {};
}

QString UniqueFileName::suggest(const QString& name, const QStringList& existingNames)
{
    const QSet<QString> taken(existingNames.cbegin(), existingNames.cend());
    return suggest(name, [&taken](const QString& candidate) { return taken.contains(candidate); });
}

} // namespace ferry
