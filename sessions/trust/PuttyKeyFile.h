#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ferry {

// A PuTTY private key file (.ppk, versions 2 and 3), read without trusting a byte of it, and turned into
// an OpenSSH private key. Decryption and the MAC check use OpenSSL (AES-256-CBC, SHA-1, HMAC) and libargon2
// (version 3's key derivation); the file format itself is plain text and parsed here. Ed25519, ECDSA
// (P-256, P-384, P-521) and RSA keys are supported.
class PuttyKeyFile {
    Q_DECLARE_TR_FUNCTIONS(PuttyKeyFile)
public:
    // Reads the file's structure (no passphrase needed). False, with a message for the user, when it is not a
    // PuTTY key, is of an unsupported version or key type, or is damaged.
    bool parse(const QByteArray& content, QString* error);
    bool load(const QString& path, QString* error);

    int version() const { return m_version; }
    QString algorithm() const { return QString::fromLatin1(m_algorithm); }
    bool isEncrypted() const { return m_encryption != "none"; }
    QString comment() const { return QString::fromUtf8(m_comment); }
    QByteArray publicKeyBlob() const { return m_publicBlob; }
    // "type base64 comment", as in an OpenSSH .pub file.
    QByteArray openSshPublicKeyLine() const;

    // Decrypts the private half (passphrase ignored when the file is not encrypted), checks the file's MAC,
    // which also tells a wrong passphrase, and checks that the private half belongs to the public one.
    // Returns an unencrypted OpenSSH private key file ("-----BEGIN OPENSSH PRIVATE KEY-----") with the
    // file's comment, or empty with a message in *error.
    QByteArray toOpenSshPrivateKey(const QByteArray& passphrase, QString* error) const;

    // Limits that keep a hostile file from making Ferry allocate or compute without bound.
    static constexpr int MaxLines = 1024;
    static constexpr quint32 MaxArgon2MemoryKiB = 1024 * 1024;
    static constexpr quint32 MaxArgon2Passes = 1000;
    static constexpr quint32 MaxArgon2Parallelism = 64;

private:
    struct Keys {
        QByteArray cipherKey;
        QByteArray iv;
        QByteArray macKey;
    };
    bool deriveKeys(const QByteArray& passphrase, Keys* keys, QString* error) const;
    QByteArray decryptPrivate(const Keys& keys, QString* error) const;
    bool macMatches(const Keys& keys, const QByteArray& privateBlob) const;
    QByteArray buildOpenSshKey(const QByteArray& privateBlob, QString* error) const;

    int m_version = 0;
    QByteArray m_algorithm;
    QByteArray m_encryption;
    QByteArray m_comment;
    QByteArray m_publicBlob;
    QByteArray m_privateData;
    QByteArray m_mac;
    QByteArray m_kdf; // version 3: "Argon2id", "Argon2i" or "Argon2d"
    quint32 m_argon2Memory = 0;
    quint32 m_argon2Passes = 0;
    quint32 m_argon2Parallelism = 0;
    QByteArray m_argon2Salt;
};

} // namespace ferry
