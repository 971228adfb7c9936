#pragma once

#include "BandwidthLimiter.h"
#include "ConflictAction.h"
#include "SftpTask.h"
#include "TransferControl.h"
#include "TransferItem.h"
#include "TransferOptions.h"
#include "TransferOutcome.h"

#include <QCoreApplication>

#include <memory>

class QTimer;

namespace ferry {

// What the download and upload of one file share: the conflict decision, the bandwidth limit, progress,
// and how the task ends. A task ends with an error (the partial file is kept, so a retry resumes), with
// a TransferOutcome as result (done, skipped, or a conflict to ask the user about), or cancelled:
// paused tasks keep their .ferrypart, cancelled ones remove it unless the options keep it.
class TransferTask : public SftpTask {
    Q_DECLARE_TR_FUNCTIONS(TransferTask)
public:
    struct Setup {
        TransferItem item;
        TransferOptions options;
        ConflictAction action = ConflictAction::Ask;
        QString renameTo;                 // for ConflictAction::Rename; empty: a free "name (n)"
        std::shared_ptr<TransferControl> control;
        std::shared_ptr<BandwidthLimiter> limiter;
    };

    static constexpr int MaxRequestsInFlight = 32;
    static constexpr char PartialSuffix[] = ".ferrypart";

    explicit TransferTask(Setup setup);
    ~TransferTask() override;

    void cancel() override;

    // "name (n).ext" for the n-th try of ConflictAction::Rename.
    static QString numberedName(const QString& fileName, int n);

protected:
    enum class Decision { Proceed, Skip, Ask, Resume, Rename, Fail };
    // What to do about an existing target of targetSize bytes (times in seconds since the epoch).
    Decision decide(qint64 sourceSize, qint64 sourceModified, qint64 targetSize, qint64 targetModified) const;
    void askUser(qint64 sourceSize, qint64 sourceModified, qint64 targetSize, qint64 targetModified,
                 bool canResume);

    // False when the bandwidth limit says wait: a pump() comes when it may go on.
    bool throttle(qint64 bytes);
    void reportProgress(qint64 done, qint64 total);

    void succeed(TransferOutcome::Kind kind, const QString& message = QString());
    void fail(const SftpError& error);

    // Close what is open; dropPartial() also removes the partial file (a cancel that keeps nothing).
    virtual void closeAll() = 0;
    virtual void dropPartial() = 0;

    const TransferItem& item() const { return m_setup.item; }
    const TransferOptions& options() const { return m_setup.options; }
    Setup m_setup;
    TransferOutcome m_outcome;
    QString m_displayName;

private:
    std::unique_ptr<QTimer> m_throttleTimer;
};

} // namespace ferry
