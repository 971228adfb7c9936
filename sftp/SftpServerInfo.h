#pragma once

#include <QByteArray>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace ferry {

// What one SFTP server said about itself at the start of a session.
struct SftpServerInfo {
    quint32 version = 0;
    QMap<QByteArray, QByteArray> extensions; // name -> version data, from the VERSION packet
    bool hasLimits = false;                  // limits@openssh.com answered
    quint64 maxPacketLength = 0;             // the server's figures, 0 when unknown or unlimited
    quint64 maxReadLength = 0;
    quint64 maxWriteLength = 0;
    quint64 maxOpenHandles = 0;
    quint32 readLength = 0; // what Ferry uses per READ / WRITE (at most 255 KiB)
    quint32 writeLength = 0;
    QString homeDirectory; // filled in by the service once known
    QByteArray userName;   // the user logged in (home-directory needs it: OpenSSH
                           // does not take an empty name for "me")

    bool hasExtension(const char* name) const { return extensions.contains(QByteArray(name)); }
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::SftpServerInfo)
