#pragma once

#include <QtGlobal>

namespace ferry {

// What the permissions dialog asks to do: bits to set and bits to clear, so that with several items
// selected the bits the user did not touch stay as each item has them.
struct PermissionChange {
    quint32 set = 0;
    quint32 clear = 0;
    // Apply to everything inside the selected folders as well.
    bool recursive = false;

    quint32 applyTo(quint32 mode) const { return (mode & ~clear) | set; }
    bool changes(quint32 mode) const { return applyTo(mode) != mode; }
};

} // namespace ferry
