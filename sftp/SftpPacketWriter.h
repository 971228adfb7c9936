#pragma once

#include <QByteArray>

namespace ferry {

// Builds one SFTP packet: the length prefix is filled in by take(). Requests carry a type and an id;
// INIT has no id (pass hasId false).
class SftpPacketWriter {
public:
    SftpPacketWriter(quint8 type, quint32 id, bool hasId = true, int reserve = 64);

    SftpPacketWriter& u8(quint8 v);
    SftpPacketWriter& u32(quint32 v);
    SftpPacketWriter& u64(quint64 v);
    SftpPacketWriter& string(const QByteArray& s);
    SftpPacketWriter& string(const char* data, int length);

    int size() const { return m_data.size(); }
    // The finished packet, length prefix included; the writer is empty afterwards.
    QByteArray take();

private:
    QByteArray m_data;
};

} // namespace ferry
