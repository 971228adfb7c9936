#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QPair>
#include <QVector>

namespace ferry {

class SftpPacketReader;
class SftpPacketWriter;

// The ATTRS of SFTP version 3: which fields are present is in flags (sftp::AttrFlag); the setters
// set the flag too. permissions is st_mode, file type bits included, exactly as the server sent it:
// setuid, setgid and sticky bits are kept as data here, and whoever creates files from them decides.
struct SftpAttributes {
    quint32 flags = 0;
    quint64 size = 0;
    quint32 uid = 0;
    quint32 gid = 0;
    quint32 permissions = 0;
    quint32 atime = 0;
    quint32 mtime = 0;
    QVector<QPair<QByteArray, QByteArray>> extended;

    bool hasSize() const;
    bool hasOwner() const;
    bool hasPermissions() const;
    bool hasTimes() const;

    void setSize(quint64 value);
    void setOwner(quint32 userId, quint32 groupId);
    void setPermissions(quint32 mode);
    void setTimes(quint32 accessed, quint32 modified);

    quint32 fileType() const; // the S_IFMT bits, 0 when permissions are absent
    bool isDirectory() const;
    bool isSymlink() const;
    bool isRegular() const;
    bool hasSpecialBits() const; // setuid, setgid or sticky
    QDateTime modified() const;  // invalid when absent

    void encode(SftpPacketWriter& out) const;
    // Reads one ATTRS; false (and the reader failed) when it does not fit in what is left.
    static bool decode(SftpPacketReader& in, SftpAttributes* out);

    bool operator==(const SftpAttributes& other) const;
    bool operator!=(const SftpAttributes& other) const { return !(*this == other); }
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::SftpAttributes)
