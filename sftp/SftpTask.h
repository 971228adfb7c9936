#pragma once

#include "SftpEntry.h"
#include "SftpError.h"
#include "SftpServerInfo.h"

#include <QString>
#include <QVariant>
#include <QVector>

namespace ferry {

class SftpChannel;

// What a running task may do: the service gives each task one of these while it runs.
class SftpTaskContext {
public:
    virtual ~SftpTaskContext() = default;

    // The ready SFTP channel the task runs on (the slot it was submitted to). Other tasks may share
    // it: pipeline with channel()->canSend().
    virtual SftpChannel* channel() const = 0;
    virtual const SftpServerInfo& serverInfo() const = 0;

    // Reports to the GUI thread, in order, as queued signals of the task's SftpOperation. Progress is
    // coalesced (at most about twenty a second, the last one always arrives before finished()).
    virtual void progress(qint64 done, qint64 total, const QString& current) = 0;
    virtual void entries(const QVector<SftpEntry>& batch) = 0;
    virtual void warning(const QString& text) = 0;
    virtual void report(const QVariant& value) = 0;
    // Ends the task: exactly once; later calls and reports are ignored. The service deletes the task
    // afterwards (never inside this call) and drops the callbacks of requests it still has in flight.
    virtual void finish(const SftpError& error, const QVariant& result = QVariant()) = 0;
    virtual bool isFinished() const = 0;
    // Asks for another pump() soon, e.g. from a timer of the task's own.
    virtual void wake() = 0;
};

// A unit of SFTP work run by SftpService in the connection's worker thread: a listing, a recursive
// delete, a download or an upload. The contract, for whoever writes one:
//
// - It is constructed in any thread with plain data only (paths, options) and handed over with
//   RemoteFileSystem::run(task, slot), which returns the SftpOperation the GUI side watches. From then
//   on every method is called in the worker thread. If the connection is gone before the task
//   arrives, it is deleted without being started (in whichever thread drops it).
// - Slots: each slot is one SFTP channel of the connection (0 browses; 1 to SftpService::MaxSlots - 1
//   are opened on first use). Tasks on different slots run in parallel; tasks on one slot share its
//   pipeline.
// - start() comes once, when the service is ready and the slot's channel too (context() is set by
//   then). The task issues requests on channel() with itself as owner
//   (channel()->stat(this, path, [this](...) {...})); callbacks come later, from the service's pump,
//   never from inside the request call.
// - pump() comes after every round of replies while the task runs: the place to top up a pipeline
//   (issue requests while channel()->canSend(), e.g. READs of channel()->readLength() bytes). A task
//   waiting for nothing but its replies may ignore it; context()->wake() asks for one more soon.
// - finish() ends it: from then on none of its callbacks runs again, and the service deletes it later
//   (outside its own calls). Handles it still holds should be closed before, with a null owner and
//   callback if the answer does not matter.
// - cancel() asks it to stop: stop issuing requests, close what it opened and finish(SftpError::
//   cancelled()) soon. The default finishes at once.
// - When the connection or the channel ends, every pending callback gets that error once; a task not
//   finished by the end of that round is finished by the service with the same error.
// - Reports (progress, entries, warning, report) reach the operation in order, before finished().
// - Memory: a task keeps a bounded amount of data (a batch of entries, a window of file data), never
//   something proportional to what the server has: report it and let it go.
class SftpTask {
public:
    virtual ~SftpTask() = default;

    void attach(SftpTaskContext* context) { m_context = context; }
    virtual void start() = 0;
    virtual void pump() {}
    virtual void cancel() { m_context->finish(SftpError::cancelled()); }

protected:
    SftpTaskContext* context() const { return m_context; }
    SftpChannel* channel() const { return m_context->channel(); }
    bool finished() const { return m_context->isFinished(); }

private:
    SftpTaskContext* m_context = nullptr;
};

} // namespace ferry
