#pragma once

#include "SftpTask.h"

#include <map>

namespace ferry {

// Reads a whole small remote file into memory (for the editor), refusing one above maxBytes before
// reading it and if it grows past that while being read. Reads are pipelined. Reports the file's
// attributes (SftpAttributes, from FSTAT) before finishing; result: the content (QByteArray).
class SftpReadFileTask : public SftpTask {
public:
    SftpReadFileTask(const QByteArray& path, qint64 maxBytes);

    void start() override;
    void pump() override;
    void cancel() override;

private:
    void request(quint64 offset, quint32 length);
    void onData(quint64 offset, quint32 length, const SftpError& error, const QByteArray& data, bool eof);
    void complete();
    void end(const SftpError& error, const QVariant& result = QVariant());

    QByteArray m_path;
    quint64 m_limit;
    QByteArray m_handle;
    std::map<quint64, QByteArray> m_chunks;
    quint64 m_next = 0;
    quint64 m_eofAt = ~quint64(0);
    int m_inFlight = 0;
    bool m_reading = false;
};

} // namespace ferry
