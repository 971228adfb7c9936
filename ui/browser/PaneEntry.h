#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace ferry {

// One row of a pane: a file, folder or symbolic link as its file system describes it. Remote values come from
// the server as they are; the pane only displays them.
struct PaneEntry {
    QString name;
    bool isDir = false;
    bool isSymlink = false;
    QString linkTarget;           // as the link says it, possibly relative; empty when not a link
    bool linkTargetIsDir = false; // a link to a folder opens like a folder
    qint64 size = 0;
    QDateTime modified;
    quint32 permissions = 0; // POSIX mode bits (07777); meaningful only when hasPermissions
    bool hasPermissions = false;
    QString owner;
    QString group;

    // What the user can open and descend into: a folder or a link to one.
    bool isFolder() const { return isDir || (isSymlink && linkTargetIsDir); }
};

using PaneEntries = QVector<PaneEntry>;

} // namespace ferry

Q_DECLARE_METATYPE(ferry::PaneEntry)
Q_DECLARE_METATYPE(ferry::PaneEntries)
