#pragma once

#include "ConflictAction.h"
#include "FolderTimes.h"
#include "SftpOperation.h"
#include "TransferControl.h"
#include "TransferItem.h"
#include "TransferOutcome.h"

#include <QMetaType>
#include <QPointer>
#include <QString>
#include <QVector>

#include <memory>

namespace ferry {

// One row of the TransferQueue: a file, or a folder whose files become rows of their own as its walk
// finds them (parent is the folder's id). The queue's book-keeping only; the model exposes it by roles.
struct TransferJob {
    enum class State { Queued, Running, Paused, Conflict, Done, Failed, Cancelled, Skipped };

    quint64 id = 0;
    quint64 parent = 0;
    bool folder = false;
    TransferItem item;              // file: what to transfer; folder: its remote and local paths
    QString name;
    State state = State::Queued;
    QString message;
    qint64 size = -1;
    qint64 done = 0;
    qint64 resumedFrom = 0;
    qint64 transferred = 0;
    double speed = 0;
    qint64 doneAtLastTick = 0;
    ConflictAction action = ConflictAction::Ask;
    QString renameTo;
    TransferOutcome conflict;
    std::shared_ptr<TransferControl> control = std::make_shared<TransferControl>();
    QPointer<SftpOperation> operation;
    int slot = 0;
    bool sharesLane = false;        // started as a small file: other small files run on its lane too

    // Folders.
    bool walkDone = false;
    QString walkError;
    int filesFound = 0;
    int filesDone = 0;
    int filesFailed = 0;
    int filesOpen = 0;              // found and not finished yet
    // The folders its walk made or entered, with their source's times (only when attributes are
    // preserved): a few figures per folder, never per file. Set once nothing more is written inside.
    QVector<FolderTimes> folderTimes;
    bool folderTimesDue = false;    // something was written in the tree since they were last set
    QPointer<SftpOperation> folderTimesOperation;

    bool isFinished() const
    {
        return state == State::Done || state == State::Failed || state == State::Cancelled || state == State::Skipped;
    }
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::TransferJob::State)
