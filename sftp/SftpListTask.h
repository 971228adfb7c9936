#pragma once

#include "SftpChannel.h"
#include "SftpTask.h"

#include <QElapsedTimer>

namespace ferry {

// Lists one remote folder and streams it in batches (SftpTaskContext::entries): a batch goes out every
// batchSize entries or batchMs milliseconds, so a folder of 100,000 entries shows progressively while
// the task holds no more than about two batches. Symlinks get their target and whether it is a folder.
// Names that cannot be used safely are left out with a warning each; "." and ".." are skipped.
// Result: the number of entries listed (qint64).
class SftpListTask : public SftpTask {
public:
    explicit SftpListTask(const QByteArray& path, int batchSize = 500, int batchMs = 40);

    void start() override;
    void pump() override;
    void cancel() override;

private:
    void onNames(const SftpError& error, const QVector<SftpChannel::Name>& names, bool eof);
    void resolveLink(int index);
    void readMore();
    void flush(bool force);
    void end(const SftpError& error);

    QByteArray m_path;
    QString m_displayPath;
    int m_batchSize;
    int m_batchMs;
    QByteArray m_handle;
    QVector<SftpEntry> m_batch;
    QElapsedTimer m_sinceFlush;
    int m_readdirsInFlight = 0;
    int m_unresolved = 0;
    quint64 m_generation = 0;
    bool m_eof = false;
    qint64 m_listed = 0;
};

} // namespace ferry
