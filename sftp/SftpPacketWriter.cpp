#include "SftpPacketWriter.h"

#include <QtEndian>

#include <cstring>

namespace ferry {

SftpPacketWriter::SftpPacketWriter(quint8 type, quint32 id, bool hasId, int reserve)
{
    m_data.reserve(reserve + 9);
    u32(0);
    u8(type);
    if (hasId) {
        u32(id);
    }
}

SftpPacketWriter& SftpPacketWriter::u8(quint8 v)
{
    m_data.append(char(v));
    return *this;
}

SftpPacketWriter& SftpPacketWriter::u32(quint32 v)
{
    char buf[4];
    qToBigEndian<quint32>(v, buf);
    m_data.append(buf, 4);
    return *this;
}

SftpPacketWriter& SftpPacketWriter::u64(quint64 v)
{
    char buf[8];
    qToBigEndian<quint64>(v, buf);
    m_data.append(buf, 8);
    return *this;
}

SftpPacketWriter& SftpPacketWriter::string(const QByteArray& s)
{
    return string(s.constData(), s.size());
}

SftpPacketWriter& SftpPacketWriter::string(const char* data, int length)
{
    u32(quint32(length));
    m_data.append(data, length);
    return *this;
}

QByteArray SftpPacketWriter::take()
{
    qToBigEndian<quint32>(quint32(m_data.size() - 4), m_data.data());
    QByteArray out;
    out.swap(m_data);
    return out;
}

} // namespace ferry
