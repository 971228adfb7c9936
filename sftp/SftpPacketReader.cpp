#include "SftpPacketReader.h"

#include <QtEndian>

namespace ferry {

SftpPacketReader::SftpPacketReader(const QByteArray& data, int offset, int length)
    : m_data(data.constData())
    , m_pos(offset)
    , m_end(offset + length)
{
    if (offset < 0 || length < 0 || offset > data.size() || length > data.size() - offset) {
        m_failed = true;
        m_end = m_pos = 0;
    }
}

SftpPacketReader::SftpPacketReader(const QByteArray& data)
    : SftpPacketReader(data, 0, data.size())
{
}

bool SftpPacketReader::take(int count)
{
    if (m_failed || count < 0 || count > m_end - m_pos) {
        m_failed = true;
        return false;
    }
    return true;
}

quint8 SftpPacketReader::u8()
{
    if (!take(1)) {
        return 0;
    }
    return quint8(m_data[m_pos++]);
}

quint32 SftpPacketReader::u32()
{
    if (!take(4)) {
        return 0;
    }
    const quint32 v = qFromBigEndian<quint32>(m_data + m_pos);
    m_pos += 4;
    return v;
}

quint64 SftpPacketReader::u64()
{
    if (!take(8)) {
        return 0;
    }
    const quint64 v = qFromBigEndian<quint64>(m_data + m_pos);
    m_pos += 8;
    return v;
}

QByteArray SftpPacketReader::string(int maxLength)
{
    const quint32 length = u32();
    if (m_failed || length > quint32(maxLength) || !take(int(qMin<quint32>(length, 0x7fffffff)))) {
        m_failed = true;
        return QByteArray();
    }
    QByteArray s(m_data + m_pos, int(length));
    m_pos += int(length);
    return s;
}

void SftpPacketReader::skip(int count)
{
    if (take(count)) {
        m_pos += count;
    }
}

bool SftpPacketReader::fits(quint64 count, int minItemSize)
{
    if (m_failed || minItemSize <= 0 || count > quint64(m_end - m_pos) / quint64(minItemSize)) {
        m_failed = true;
        return false;
    }
    return true;
}

} // namespace ferry
