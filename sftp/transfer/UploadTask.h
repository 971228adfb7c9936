#pragma once

#include "TransferTask.h"

#include <QFile>

namespace ferry {

// Uploads one local file (or recreates one symlink) in the worker thread: WRITEs of the server's write
// length, up to MaxRequestsInFlight in flight, read from the local file as they go (never the whole file
// in memory), into <target>.ferrypart on the server. Then mode (masked to 0777) and times by FSETSTAT,
// fsync@openssh.com if asked, CLOSE, and posix-rename@openssh.com over the target (atomic). Servers
// without posix-rename get a plain RENAME, after removing an existing target first: for that moment
// the target does not exist.
class UploadTask : public TransferTask {
    Q_DECLARE_TR_FUNCTIONS(UploadTask)

public:
    explicit UploadTask(Setup setup);
    ~UploadTask() override;

    void start() override;
    void pump() override;

protected:
    void closeAll() override;
    void dropPartial() override;

private:
    void recreateSymlink(const QByteArray& linkText);
    void checkTarget(const QByteArray& target, bool renamed);
    void decideOn(bool renamed);
    void findFreeName(int n);
    void takeOverTarget();
    void openPartial(qint64 resumeFrom);
    void issueWrites();
    void finishWriting();
    void renameWhenClosed();
    void renameIntoPlace();
    void onStepFailed(const SftpError& error);

    QFile m_file;
    qint64 m_size = 0;
    qint64 m_modified = 0;
    qint64 m_accessed = 0;
    quint32 m_mode = 0644;
    QByteArray m_target;
    QByteArray m_partial;
    QByteArray m_handle;
    // What the checks of the target found.
    int m_checksLeft = 0;
    SftpError m_targetError;
    SftpAttributes m_targetAttributes;
    SftpError m_partialError;
    SftpAttributes m_partialAttributes;

    bool m_writing = false;
    qint64 m_sent = 0;
    qint64 m_acknowledged = 0;
    int m_inFlight = 0;
    bool m_closed = false;    // the CLOSE after the last WRITE was answered
    bool m_renaming = false;
    SftpError m_stepError;
};

} // namespace ferry
