#pragma once

#include "browser/PaneModel.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ferry {

// Files dropped on a pane from somewhere else: the other pane of the browser (sourcePaneId is that pane's id) or
// the desktop (sourcePaneId empty, sourceKind Local, the files' local paths). Drops inside one pane are moves the
// pane does by itself and never come out as a PaneDrop.
struct PaneDrop {
    QString sourcePaneId;
    PaneModel::Kind sourceKind = PaneModel::Kind::Local;
    QStringList sourcePaths;
    QString targetFolder; // a path of the pane dropped on
    Qt::DropAction action = Qt::CopyAction;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::PaneDrop)
