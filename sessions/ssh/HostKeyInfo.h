#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ferry {

enum class HostKeyDecision { AcceptAndSave, AcceptOnce, Reject };

// What the user is shown about a server's host key: on first contact (to decide) and when the key
// was refused (changed or revoked), with the known_hosts lines involved.
struct HostKeyInfo {
    enum class Status { Unknown, OtherTypeKnown, Changed, Revoked };

    QString host;
    quint16 port = 22;
    QString keyType;                 // e.g. "ssh-ed25519"
    QString fingerprint;             // "SHA256:..."
    QByteArray keyBlob;
    Status status = Status::Unknown;
    QString knownHostsFile;
    QStringList knownLines;          // "line N: <text>" of the entries involved (old key, revocation)
    QStringList knownFingerprints;   // fingerprints of the old keys for a changed key
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::HostKeyInfo)
Q_DECLARE_METATYPE(ferry::HostKeyDecision)
