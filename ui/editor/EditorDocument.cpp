#include "EditorDocument.h"

namespace ferry {

QString EditorDocument::fileName() const
{
    const QString full = path();
    const auto slash = full.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? full : full.mid(slash + 1);
}

} // namespace ferry
