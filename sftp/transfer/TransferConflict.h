#pragma once

#include "TransferItem.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ferry {

// What the conflict dialog shows when a transfer's target exists: both sides' size and modification
// time, and whether resuming makes sense (a partial file, or a target smaller than the source).
struct TransferConflict {
    quint64 jobId = 0;
    TransferItem::Direction direction = TransferItem::Direction::Download;
    QString source;
    QString target;
    qint64 sourceSize = -1;
    qint64 targetSize = -1;
    QDateTime sourceModified;
    QDateTime targetModified;
    bool canResume = false;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::TransferConflict)
