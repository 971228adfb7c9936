#pragma once

#include <QMetaType>
#include <QString>

namespace ferry {

// How a file task ended when it did not fail: the result of its SftpOperation. A Conflict carries
// what the user needs to decide (both sizes and times, and whether resuming makes sense).
struct TransferOutcome {
    enum class Kind { Done, Skipped, Conflict };

    Kind kind = Kind::Done;
    QString target;                 // where the file went (differs from the job's target after Rename)
    QString message;                // why it was skipped
    qint64 sourceSize = -1;
    qint64 targetSize = -1;
    qint64 sourceModified = -1;     // seconds since the epoch, -1 when unknown
    qint64 targetModified = -1;
    bool canResume = false;
    qint64 resumedFrom = 0;         // bytes taken over from a partial file
    qint64 transferred = 0;         // bytes that went over the wire this time
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::TransferOutcome)
