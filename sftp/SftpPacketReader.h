#pragma once

#include <QByteArray>

namespace ferry {

// Reads the fields of one SFTP packet (or part of one) without ever going past its end. A read that
// does not fit marks the reader failed and returns zero or empty; the caller checks ok() once after a
// group of reads. Counts that announce items are checked with fits() against the bytes actually left
// before anything is allocated for them.
class SftpPacketReader {
public:
    SftpPacketReader() = default;
    // Reads data[offset, offset + length); the bytes are not copied, so data must outlive the reader.
    SftpPacketReader(const QByteArray& data, int offset, int length);
    explicit SftpPacketReader(const QByteArray& data);

    quint8 u8();
    quint32 u32();
    quint64 u64();
    // A length-prefixed string, at most maxLength bytes (the reader fails on a longer one).
    QByteArray string(int maxLength = 0x7fffffff);
    void skip(int count);

    // True when count items of at least minItemSize bytes each can still follow; false (and failed)
    // otherwise, so a huge announced count costs nothing.
    bool fits(quint64 count, int minItemSize);

    bool ok() const { return !m_failed; }
    bool atEnd() const { return m_pos >= m_end; }
    int remaining() const { return m_failed ? 0 : m_end - m_pos; }
    void fail() { m_failed = true; }

private:
    bool take(int count);

    const char* m_data = nullptr;
    int m_pos = 0;
    int m_end = 0;
    bool m_failed = false;
};

} // namespace ferry
