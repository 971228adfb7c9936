#pragma once

#include "TransferTask.h"

#include <map>

namespace ferry {

// Downloads one remote file (or recreates one symlink) in the worker thread. Up to MaxRequestsInFlight
// READs are in flight; replies may come in any order and are written to <target>.ferrypart in order
// (so a partial file is always a clean prefix that a later run can resume), holding at most the
// replies in flight. When the server says end of file, the mode (masked, see LocalTarget) and times
// are set and the partial file is renamed over the target. The folder that holds the target must be
// inside the item's localRoot once symlinks are resolved, and the partial file is opened without
// following a symlink, so a server cannot steer a write elsewhere.
class DownloadTask : public TransferTask {
    Q_DECLARE_TR_FUNCTIONS(DownloadTask)

public:
    explicit DownloadTask(Setup setup);
    ~DownloadTask() override;

    void start() override;
    void pump() override;

protected:
    void closeAll() override;
    void dropPartial() override;

private:
    void onSource(const SftpError& error, const SftpAttributes& attributes);
    void recreateSymlink();
    void prepareTarget(const QString& target, bool renamed);
    void openPartial(qint64 resumeFrom);
    void issueReads();
    void read(quint64 offset, quint32 length);
    void onData(quint64 offset, quint32 length, const SftpError& error, const QByteArray& data, bool eof);
    bool writeWaiting();
    void complete();
    SftpError localError(const QString& what) const;

    SftpAttributes m_source;
    qint64 m_sourceSize = 0;
    QString m_target;
    QString m_partial;
    int m_fd = -1;
    QByteArray m_handle;
    bool m_reading = false;
    quint64 m_nextRequest = 0;
    quint64 m_known = 0;        // the size as far as the server has shown it
    quint64 m_written = 0;
    quint64 m_eofAt = 0;
    bool m_eof = false;
    int m_inFlight = 0;
    std::map<quint64, QByteArray> m_waiting;
};

} // namespace ferry
