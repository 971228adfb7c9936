#pragma once

#include "PrivateKeyFile.h"

#include <QByteArray>
#include <QString>

namespace ferry {

// One key pair as the key manager lists it.
struct SshKeyInfo {
    QString privateKeyPath;
    QString publicKeyPath;   // empty when there is no .pub beside the key
    QString certificatePath; // the "-cert.pub" beside the key (OpenSSH's name for it), empty when none
    PrivateKeyFile::Format format = PrivateKeyFile::Format::Unknown;
    PrivateKeyFile::Protection protection = PrivateKeyFile::Protection::Unreadable;
    QString keyType; // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"...; empty when not known
    int bits = 0;
    QString comment;
    QByteArray publicKeyBlob;
    QString fingerprint;      // SHA256:..., as ssh-keygen -l prints it; empty when the public half is unknown
    bool inAgent = false;     // the agent holds this key, or a certificate of it
    bool addedByPath = false; // listed because the user added it, not found in the folder
    QString problem;          // why part of it could not be read, for the user

    bool hasPassphrase() const { return protection == PrivateKeyFile::Protection::Encrypted; }
    bool hasCertificate() const { return !certificatePath.isEmpty(); }
    // "ED25519", "ECDSA", "RSA"... as ssh-keygen -l names them.
    QString typeName() const;
};

} // namespace ferry
