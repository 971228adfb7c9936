#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace ferry {

// Names for a file that must not replace one already there: "report (1).pdf", "backup (2).tar.gz". Plain
// QtCore, so the transfer engine can use it as well as the conflict dialog.
class UniqueFileName {
public:
    // The first of "base (1).ext", "base (2).ext", ... for which exists() is false. A name that already ends
    // in " (n)" goes on counting from n. Empty if none of the first hundred thousand candidates is free.
    static QString suggest(const QString& name, const std::function<bool(const QString&)>& exists);
    // The same against a list of the names in the target folder (compared exactly, as on POSIX).
    static QString suggest(const QString& name, const QStringList& existingNames);

    // The name split where a counter goes: "backup.tar.gz" gives "backup" and "tar.gz", ".bashrc" gives
    // ".bashrc" and nothing.
    static void split(const QString& name, QString* base, QString* suffix);
};

} // namespace ferry
