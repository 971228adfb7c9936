#pragma once

#include <QCoreApplication>
#include <QString>

class QObject;

namespace ferry {

class KeyJob;

enum class KeyAlgorithm { Ed25519, EcdsaP256, EcdsaP384, EcdsaP521, Rsa3072, Rsa4096 };

struct KeyGenerationRequest {
    KeyAlgorithm algorithm = KeyAlgorithm::Ed25519;
    QString path; // the private key; the public one goes to path + ".pub"
    QString comment;
    QString passphrase; // empty: no passphrase
};

// What the key manager does to key files and the agent. Everything that writes goes through OpenSSH's own
// ssh-keygen / ssh-add (libssh 0.10 cannot write comments or OpenSSH-format RSA/ECDSA keys, change passphrases
// or add agent identities), in jobs that never block the caller. Files are made in a private (0700) folder
// beside the target, with their final modes (private 0600, public 0644), and only then renamed into place:
// no key is ever readable by others, and nothing existing is overwritten or half-written.
class KeyOperations {
    Q_DECLARE_TR_FUNCTIONS(KeyOperations)
public:
    static QString algorithmName(KeyAlgorithm algorithm);
    // OpenSSH's default file name for the algorithm: id_ed25519, id_ecdsa, id_rsa.
    static QString defaultFileName(KeyAlgorithm algorithm);

    // Generates a key pair. Fails if either file exists.
    static KeyJob* generate(const KeyGenerationRequest& request, QObject* parent = nullptr);
    // Sets, changes or (newPassphrase empty) removes a private key's passphrase; oldPassphrase is needed only
    // when the key is encrypted. The key is rewritten in OpenSSH's format, its comment kept, and replaces the
    // old file atomically.
    static KeyJob* changePassphrase(const QString& path, const QString& oldPassphrase, const QString& newPassphrase,
                                    QObject* parent = nullptr);
    // Imports a PuTTY .ppk file as an OpenSSH key pair at targetPath (and targetPath + ".pub"), with the .ppk's
    // comment and newPassphrase (empty: none). Fails if either target exists.
    static KeyJob* importPuttyKey(const QString& ppkPath, const QString& ppkPassphrase, const QString& targetPath,
                                  const QString& newPassphrase, QObject* parent = nullptr);
    // Adds a key (and a certificate beside it, as ssh-add does) to the agent at agentSocket (empty:
    // $SSH_AUTH_SOCK), for lifetimeSeconds (0: until the agent stops).
    static KeyJob* addToAgent(const QString& path, const QString& passphrase, int lifetimeSeconds,
                              const QString& agentSocket = QString(), QObject* parent = nullptr);

    // The public key line ("type base64 comment") of a private key: its .pub file, or else the public half an
    // OpenSSH-format private key carries. Empty, with *error, when neither can be read.
    static QString publicKeyText(const QString& privateKeyPath, QString* error = nullptr);
};

} // namespace ferry
