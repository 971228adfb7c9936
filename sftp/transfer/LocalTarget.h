#pragma once

#include <QCoreApplication>
#include <QString>

namespace ferry {

// The rules that keep a download inside its target folder whatever the server sends, and the modes Ferry
// is willing to create from a server's figures. Plain functions of paths: used by the folder walk and
// the download task in the worker thread, and by the queue when it names a target.
class LocalTarget {
    Q_DECLARE_TR_FUNCTIONS(LocalTarget)
public:
    // Why a name from a server must not become one local path component (empty, ".", "..", '/', '\\',
    // NUL, control characters); empty when it is fine.
    static QString nameProblem(const QByteArray& rawName);
    // Why path must not be written: it is not below root, or the folder that holds it leads out of root
    // through a symlink (or does not exist). Empty when it is fine.
    static QString containmentProblem(const QString& root, const QString& path);
    // Makes the folder path (its parent must exist, inside root). An existing real folder is fine; a
    // symlink or a file in its place is refused. created says whether it is new.
    static QString makeFolder(const QString& root, const QString& path, quint32 mode, bool* created);

    // At most 0777: never setuid, setgid or sticky from a server, and the owner can always read the file
    // (and enter and write a folder, or the transfer could not fill it).
    static quint32 safeFileMode(quint32 mode);
    static quint32 safeFolderMode(quint32 mode);

    // A server's name made safe to show: control characters escaped, length bounded.
    static QString printable(const QByteArray& raw);
};

} // namespace ferry
