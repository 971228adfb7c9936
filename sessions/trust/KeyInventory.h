#pragma once

#include "AgentClient.h"
#include "SshKeyInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ferry {

// Finds and describes key pairs: those in an ssh folder (~/.ssh by default) and single files. Reads only what
// it needs, never asks for a passphrase, and bounds every read.
class KeyInventory {
    Q_DECLARE_TR_FUNCTIONS(KeyInventory)
public:
    // $HOME/.ssh.
    static QString defaultFolder();
    // The private keys in folder (files holding an OpenSSH, PEM, PKCS#8 or PuTTY private key), by file name.
    static QList<SshKeyInfo> scanFolder(const QString& folder);
    // One private key file; problem says what could not be read.
    static SshKeyInfo inspect(const QString& privateKeyPath);
    // Sets inAgent on each key the agent holds, itself or as a certificate.
    static void markLoaded(QList<SshKeyInfo>* keys, const QList<AgentIdentity>& identities);

    // The key size in bits read from a public key blob (RSA: the modulus), 0 when unknown.
    static int bitsOf(const QByteArray& publicKeyBlob);
    // The public key blob an OpenSSH-format private key file carries in the clear; empty if it is not one.
    static QByteArray publicBlobOfOpenSshKey(const QByteArray& content);
    // Whether a certificate blob certifies the public key publicKeyBlob.
    static bool certifies(const QByteArray& certificateBlob, const QByteArray& publicKeyBlob);
};

} // namespace ferry
