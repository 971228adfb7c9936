#pragma once

#include "SftpAttributes.h"

#include <QMetaType>
#include <QString>
#include <QVector>

namespace ferry {

// One entry of a remote folder as the browser shows it. name is the UTF-8 reading of rawName (the
// exact bytes the server sent, which are what requests must use for names that are not UTF-8).
struct SftpEntry {
    QString name;
    QByteArray rawName;
    QString path; // folder path + '/' + name
    QByteArray rawPath;
    SftpAttributes attributes; // lstat: a symlink is described as itself
    QString owner;             // from the server's long listing when it has one, else the uid
    QString group;
    QString symlinkTarget; // for symlinks: where the link points (as the server stores it)
    bool linkTargetIsDirectory = false;
    bool linkIsBroken = false; // the target does not exist (or cannot be seen)

    bool isDirectory() const { return attributes.isDirectory(); }
    bool isSymlink() const { return attributes.isSymlink(); }
    bool isRegular() const { return attributes.isRegular(); }
    // A folder for navigation: a folder, or a symlink to one.
    bool opensAsDirectory() const { return isDirectory() || (isSymlink() && linkTargetIsDirectory); }

    // Why a name from a server must not be used as one path component: empty, ".", "..", or containing
    // '/', NUL or control characters. An empty string when it is fine.
    static QString nameProblem(const QByteArray& rawName);
    // Owner and group fields of an "ls -l" style long name, if it has that shape.
    static bool parseLongName(const QByteArray& longName, QString* owner, QString* group);
    // dir + '/' + name without doubling the slash.
    static QByteArray joinPath(const QByteArray& dir, const QByteArray& name);
    static QString joinPath(const QString& dir, const QString& name);
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::SftpEntry)
Q_DECLARE_METATYPE(QVector<ferry::SftpEntry>)
