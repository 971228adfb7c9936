#pragma once

#include <QByteArray>
#include <QtEndian>

namespace ferry {

// Reads the SSH wire encoding (RFC 4251: uint32, string, mpint) from untrusted bytes. Every read is
// bounds-checked; after the first failure every further read fails too, so a parser can read a whole
// structure and check ok() once.
class SshWireReader {
public:
    explicit SshWireReader(const QByteArray& data)
        : m_data(data)
    {
    }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    qsizetype remaining() const { return m_data.size() - m_pos; }

    quint32 readUint32()
    {
        if (!m_ok || remaining() < 4) {
            m_ok = false;
            return 0;
        }
        const quint32 value = qFromBigEndian<quint32>(m_data.constData() + m_pos);
        m_pos += 4;
        return value;
    }

    quint8 readByte()
    {
        if (!m_ok || remaining() < 1) {
            m_ok = false;
            return 0;
        }
        return static_cast<quint8>(m_data.at(m_pos++));
    }

    QByteArray readString()
    {
        const quint32 length = readUint32();
        if (!m_ok || length > static_cast<quint64>(remaining())) {
            m_ok = false;
            return {};
        }
        const QByteArray value = m_data.mid(m_pos, static_cast<qsizetype>(length));
        m_pos += static_cast<qsizetype>(length);
        return value;
    }

    // The bytes of the rest of the data, consumed.
    QByteArray readRest()
    {
        const QByteArray value = m_ok ? m_data.mid(m_pos) : QByteArray();
        m_pos = m_data.size();
        return value;
    }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

class SshWireWriter {
public:
    void writeUint32(quint32 value)
    {
        char bytes[4];
        qToBigEndian<quint32>(value, bytes);
        m_data.append(bytes, 4);
    }
    void writeByte(quint8 value) { m_data.append(static_cast<char>(value)); }
    void writeString(const QByteArray& value)
    {
        writeUint32(static_cast<quint32>(value.size()));
        m_data.append(value);
    }
    void writeRaw(const QByteArray& value) { m_data.append(value); }

    const QByteArray& data() const { return m_data; }
    QByteArray& data() { return m_data; }

private:
    QByteArray m_data;
};

} // namespace ferry
