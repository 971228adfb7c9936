#pragma once

#include <QString>

namespace ferry {

// One file or folder whose permissions the permissions dialog shows. The mode's permission bits are the
// low twelve (setuid, setgid, sticky, then rwx for owner, group and others); higher bits are ignored.
struct PermissionTarget {
    QString name;
    quint32 mode = 0;
    bool isFolder = false;
    QString owner; // empty when the server did not say
    QString group;
};

} // namespace ferry
