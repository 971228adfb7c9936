#include "PuttyKeyFile.h"

#include "PrivateKeyFile.h"
#include "SshWire.h"

#include <QFile>
#include <QList>

#include <argon2.h>
#include <libssh/libssh.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/obj_mac.h>
#include <openssl/rand.h>

#include <memory>

namespace ferry {

namespace {

constexpr int AesKeyBytes = 32;
constexpr int AesBlockBytes = 16;
constexpr int Argon2OutputBytes = AesKeyBytes + AesBlockBytes + 32;
constexpr qsizetype MaxSaltBytes = 1024;

const QByteArray Ed25519 = QByteArrayLiteral("ssh-ed25519");
const QByteArray Rsa = QByteArrayLiteral("ssh-rsa");
const QByteArray EcdsaPrefix = QByteArrayLiteral("ecdsa-sha2-nistp");

void wipe(QByteArray& secret)
{
    if (!secret.isEmpty()) {
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    }
    secret.clear();
}

// Wipes a secret when it goes out of scope, whichever way the function leaves.
class SecretGuard {
public:
    explicit SecretGuard(QByteArray& secret)
        : m_secret(secret)
    {
    }
    ~SecretGuard() { wipe(m_secret); }
    SecretGuard(const SecretGuard&) = delete;
    SecretGuard& operator=(const SecretGuard&) = delete;

private:
    QByteArray& m_secret;
};

struct BnDeleter {
    void operator()(BIGNUM* bn) const { BN_clear_free(bn); }
};
using Bn = std::unique_ptr<BIGNUM, BnDeleter>;

// An SSH mpint's magnitude; null when negative or empty (no valid key part is either).
Bn bignumFromMpint(const QByteArray& mpint)
{
    if (mpint.isEmpty() || (static_cast<quint8>(mpint.at(0)) & 0x80) != 0) {
        return nullptr;
    }
    return Bn(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(mpint.constData()), static_cast<int>(mpint.size()), nullptr));
}

QByteArray digest(const EVP_MD* md, const QByteArray& data)
{
    QByteArray out(EVP_MAX_MD_SIZE, '\0');
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()),
                   &length, md, nullptr) != 1) {
        return {};
    }
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

int curveNid(const QByteArray& curve)
{
    if (curve == "nistp256") {
        return NID_X9_62_prime256v1;
    }
    if (curve == "nistp384") {
        return NID_secp384r1;
    }
    if (curve == "nistp521") {
        return NID_secp521r1;
    }
    return NID_undef;
}

bool ed25519PrivateMatches(const QByteArray& seed, const QByteArray& publicKey)
{
    EVP_PKEY* key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                                 reinterpret_cast<const unsigned char*>(seed.constData()),
                                                 static_cast<size_t>(seed.size()));
    if (key == nullptr) {
        return false;
    }
    unsigned char derived[32];
    size_t length = sizeof derived;
    const bool ok = EVP_PKEY_get_raw_public_key(key, derived, &length) == 1 && length == sizeof derived &&
                    publicKey.size() == static_cast<qsizetype>(length) &&
                    CRYPTO_memcmp(derived, publicKey.constData(), length) == 0;
    EVP_PKEY_free(key);
    return ok;
}

bool ecdsaPrivateMatches(int nid, const QByteArray& scalar, const QByteArray& point)
{
    EC_GROUP* group = EC_GROUP_new_by_curve_name(nid);
    EC_POINT* derived = group != nullptr ? EC_POINT_new(group) : nullptr;
    BN_CTX* context = BN_CTX_new();
    const Bn d = bignumFromMpint(scalar);
    bool ok = false;
    if (group != nullptr && derived != nullptr && context != nullptr && d != nullptr &&
        EC_POINT_mul(group, derived, d.get(), nullptr, nullptr, context) == 1) {
        unsigned char encoded[1 + 2 * 66];
        const size_t length =
            EC_POINT_point2oct(group, derived, POINT_CONVERSION_UNCOMPRESSED, encoded, sizeof encoded, context);
        ok = length > 0 && point.size() == static_cast<qsizetype>(length) &&
             CRYPTO_memcmp(encoded, point.constData(), length) == 0;
    }
    BN_CTX_free(context);
    EC_POINT_free(derived);
    EC_GROUP_free(group);
    return ok;
}

bool rsaPrivateMatches(const QByteArray& modulus, const QByteArray& p, const QByteArray& q)
{
    const Bn n = bignumFromMpint(modulus);
    const Bn bp = bignumFromMpint(p);
    const Bn bq = bignumFromMpint(q);
    const Bn product(BN_new());
    BN_CTX* context = BN_CTX_new();
    const bool ok = n && bp && bq && product && context != nullptr &&
                    BN_mul(product.get(), bp.get(), bq.get(), context) == 1 && BN_cmp(product.get(), n.get()) == 0;
    BN_CTX_free(context);
    return ok;
}

} // namespace

bool PuttyKeyFile::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > PrivateKeyFile::MaxSize) {
        *error = tr("%1 is too large to be a PuTTY key file.").arg(path);
        return false;
    }
    return parse(file.read(PrivateKeyFile::MaxSize + 1), error);
}

bool PuttyKeyFile::parse(const QByteArray& content, QString* error)
{
    *this = PuttyKeyFile();
    const auto damaged = [error](const QString& why) {
        *error = tr("The PuTTY key file is damaged: %1.").arg(why);
        return false;
    };
    if (content.size() > PrivateKeyFile::MaxSize) {
        *error = tr("The file is too large to be a PuTTY key file.");
        return false;
    }
    QList<QByteArray> lines = content.split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    qsizetype next = 0;
    const auto header = [&lines, &next](const char* name, QByteArray* value) {
        const QByteArray prefix = QByteArray(name) + ": ";
        if (next >= lines.size() || !lines.at(next).startsWith(prefix)) {
            return false;
        }
        *value = lines.at(next++).mid(prefix.size());
        return true;
    };
    const auto base64Lines = [&lines, &next, &header](const char* name, QByteArray* out) {
        QByteArray countText;
        bool ok = false;
        const int count = header(name, &countText) ? countText.toInt(&ok) : -1;
        if (!ok || count < 1 || count > MaxLines || next + count > lines.size()) {
            return false;
        }
        QByteArray text;
        for (int i = 0; i < count; ++i) {
            text += lines.at(next++);
        }
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        *out = decoded ? decoded.decoded : QByteArray();
        return !out->isEmpty();
    };
    const auto number = [&header](const char* name, quint32 min, quint32 max, quint32* value) {
        QByteArray text;
        bool ok = false;
        *value = header(name, &text) ? text.toUInt(&ok) : 0;
        return ok && *value >= min && *value <= max;
    };

    if (content.startsWith("PuTTY-User-Key-File-2: ")) {
        m_version = 2;
    } else if (content.startsWith("PuTTY-User-Key-File-3: ")) {
        m_version = 3;
    } else if (content.startsWith("PuTTY-User-Key-File-")) {
        *error = tr("This PuTTY key file version is not supported (versions 2 and 3 are). Save it again with a "
                    "newer PuTTYgen.");
        return false;
    } else if (content.startsWith("SSH PRIVATE KEY FILE FORMAT 1.1")) {
        *error = tr("This is an SSH-1 key, which no current server accepts.");
        return false;
    } else {
        *error = tr("This is not a PuTTY key file (.ppk).");
        return false;
    }
    m_algorithm = lines.at(next++).mid(23).trimmed();
    if (m_algorithm != Ed25519 && m_algorithm != Rsa && m_algorithm != EcdsaPrefix + "256" &&
        m_algorithm != EcdsaPrefix + "384" && m_algorithm != EcdsaPrefix + "521") {
        *error = tr("Keys of type %1 cannot be imported; Ed25519, ECDSA and RSA keys can.")
                     .arg(QString::fromLatin1(m_algorithm.left(64).toPercentEncoding()));
        return false;
    }
    if (!header("Encryption", &m_encryption)) {
        return damaged(tr("no Encryption line"));
    }
    if (m_encryption != "none" && m_encryption != "aes256-cbc") {
        *error = tr("The key is encrypted with %1, which Ferry does not know.")
                     .arg(QString::fromLatin1(m_encryption.left(64).toPercentEncoding()));
        return false;
    }
    if (!header("Comment", &m_comment)) {
        return damaged(tr("no Comment line"));
    }
    if (!base64Lines("Public-Lines", &m_publicBlob)) {
        return damaged(tr("the public key is missing or not valid base64"));
    }
    SshWireReader publicReader(m_publicBlob);
    if (publicReader.readString() != m_algorithm || !publicReader.ok()) {
        return damaged(tr("the public key is not a %1 key").arg(QString::fromLatin1(m_algorithm)));
    }
    if (m_version == 3 && isEncrypted()) {
        QByteArray saltText;
        if (!header("Key-Derivation", &m_kdf) || (m_kdf != "Argon2id" && m_kdf != "Argon2i" && m_kdf != "Argon2d")) {
            return damaged(tr("the key derivation is missing or unknown"));
        }
        if (!number("Argon2-Memory", 8, MaxArgon2MemoryKiB, &m_argon2Memory) ||
            !number("Argon2-Passes", 1, MaxArgon2Passes, &m_argon2Passes) ||
            !number("Argon2-Parallelism", 1, MaxArgon2Parallelism, &m_argon2Parallelism) ||
            m_argon2Memory < 8 * m_argon2Parallelism || !header("Argon2-Salt", &saltText)) {
            return damaged(tr("the Argon2 parameters are missing or out of range"));
        }
        m_argon2Salt = QByteArray::fromHex(saltText);
        if (m_argon2Salt.size() < static_cast<qsizetype>(ARGON2_MIN_SALT_LENGTH) ||
            m_argon2Salt.size() > MaxSaltBytes || m_argon2Salt.toHex() != saltText.toLower()) {
            return damaged(tr("the Argon2 salt is not valid"));
        }
    }
    if (!base64Lines("Private-Lines", &m_privateData)) {
        return damaged(tr("the private key is missing or not valid base64"));
    }
    if (isEncrypted() && m_privateData.size() % AesBlockBytes != 0) {
        return damaged(tr("the encrypted private key has a wrong length"));
    }
    QByteArray macText;
    if (!header("Private-MAC", &macText)) {
        return damaged(tr("no Private-MAC line"));
    }
    m_mac = QByteArray::fromHex(macText);
    const qsizetype macBytes = m_version == 2 ? 20 : 32;
    if (m_mac.size() != macBytes || m_mac.toHex() != macText.toLower()) {
        return damaged(tr("the Private-MAC line is not valid"));
    }
    return true;
}

QByteArray PuttyKeyFile::openSshPublicKeyLine() const
{
    QByteArray line = m_algorithm + ' ' + m_publicBlob.toBase64();
    QByteArray comment = m_comment;
    comment.replace('\r', ' ').replace('\n', ' ');
    if (!comment.trimmed().isEmpty()) {
        line += ' ' + comment.trimmed();
    }
    return line;
}

bool PuttyKeyFile::deriveKeys(const QByteArray& passphrase, Keys* keys, QString* error) const
{
    if (m_version == 2) {
        const QByteArray secret = isEncrypted() ? passphrase : QByteArray();
        keys->macKey = digest(EVP_sha1(), QByteArrayLiteral("putty-private-key-file-mac-key") + secret);
        if (isEncrypted()) {
            QByteArray material = digest(EVP_sha1(), QByteArray(4, '\0') + secret) +
                                  digest(EVP_sha1(), QByteArray(3, '\0') + '\1' + secret);
            keys->cipherKey = material.left(AesKeyBytes);
            wipe(material);
            keys->iv = QByteArray(AesBlockBytes, '\0');
        }
        return keys->macKey.size() == 20 && (!isEncrypted() || keys->cipherKey.size() == AesKeyBytes);
    }
    if (!isEncrypted()) {
        keys->macKey.clear();
        return true;
    }
    const argon2_type type = m_kdf == "Argon2id" ? Argon2_id : m_kdf == "Argon2i" ? Argon2_i : Argon2_d;
    QByteArray output(Argon2OutputBytes, '\0');
    const int rc = argon2_hash(m_argon2Passes, m_argon2Memory, m_argon2Parallelism, passphrase.constData(),
                               static_cast<size_t>(passphrase.size()), m_argon2Salt.constData(),
                               static_cast<size_t>(m_argon2Salt.size()), output.data(),
                               static_cast<size_t>(output.size()), nullptr, 0, type, ARGON2_VERSION_13);
    if (rc != ARGON2_OK) {
        wipe(output);
        *error = tr("The key could not be derived from the passphrase: %1.")
                     .arg(QString::fromUtf8(argon2_error_message(rc)));
        return false;
    }
    keys->cipherKey = output.left(AesKeyBytes);
    keys->iv = output.mid(AesKeyBytes, AesBlockBytes);
    keys->macKey = output.mid(AesKeyBytes + AesBlockBytes);
    wipe(output);
    return true;
}

QByteArray PuttyKeyFile::decryptPrivate(const Keys& keys, QString* error) const
{
    if (!isEncrypted()) {
        return m_privateData;
    }
    QByteArray plain(m_privateData.size(), '\0');
    EVP_CIPHER_CTX* context = EVP_CIPHER_CTX_new();
    int length = 0;
    const bool ok = context != nullptr &&
                    EVP_DecryptInit_ex(context, EVP_aes_256_cbc(), nullptr,
                                       reinterpret_cast<const unsigned char*>(keys.cipherKey.constData()),
                                       reinterpret_cast<const unsigned char*>(keys.iv.constData())) == 1 &&
                    EVP_CIPHER_CTX_set_padding(context, 0) == 1 &&
                    EVP_DecryptUpdate(context, reinterpret_cast<unsigned char*>(plain.data()), &length,
                                      reinterpret_cast<const unsigned char*>(m_privateData.constData()),
                                      static_cast<int>(m_privateData.size())) == 1 &&
                    length == m_privateData.size();
    EVP_CIPHER_CTX_free(context);
    if (!ok) {
        wipe(plain);
        *error = tr("The private key could not be decrypted.");
        return {};
    }
    return plain;
}

bool PuttyKeyFile::macMatches(const Keys& keys, const QByteArray& privateBlob) const
{
    SshWireWriter data;
    data.writeString(m_algorithm);
    data.writeString(m_encryption);
    data.writeString(m_comment);
    data.writeString(m_publicBlob);
    data.writeString(privateBlob);
    // OpenSSL wants a non-null key pointer even for version 3's empty key.
    static const unsigned char noKey = 0;
    const unsigned char* key =
        keys.macKey.isEmpty() ? &noKey : reinterpret_cast<const unsigned char*>(keys.macKey.constData());
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    const bool computed = HMAC(m_version == 2 ? EVP_sha1() : EVP_sha256(), key, static_cast<int>(keys.macKey.size()),
                               reinterpret_cast<const unsigned char*>(data.data().constData()),
                               static_cast<size_t>(data.data().size()), mac, &macLength) != nullptr;
    wipe(data.data());
    return computed && static_cast<qsizetype>(macLength) == m_mac.size() &&
           CRYPTO_memcmp(mac, m_mac.constData(), macLength) == 0;
}

QByteArray PuttyKeyFile::toOpenSshPrivateKey(const QByteArray& passphrase, QString* error) const
{
    if (m_version == 0) {
        *error = tr("No PuTTY key file was read.");
        return {};
    }
    Keys keys;
    SecretGuard cipherKeyGuard(keys.cipherKey);
    SecretGuard macKeyGuard(keys.macKey);
    if (!deriveKeys(passphrase, &keys, error)) {
        if (error->isEmpty()) {
            *error = tr("The key could not be derived from the passphrase.");
        }
        return {};
    }
    QByteArray privateBlob = decryptPrivate(keys, error);
    SecretGuard privateGuard(privateBlob);
    if (privateBlob.isEmpty()) {
        return {};
    }
    if (!macMatches(keys, privateBlob)) {
        *error = isEncrypted() ? tr("The passphrase is wrong (or the key file is damaged).")
                               : tr("The PuTTY key file is damaged: its MAC does not match its contents.");
        return {};
    }
    return buildOpenSshKey(privateBlob, error);
}

QByteArray PuttyKeyFile::buildOpenSshKey(const QByteArray& privateBlob, QString* error) const
{
    const auto mismatch = [error]() {
        *error = tr("The private key in the file does not belong to its public key.");
        return QByteArray();
    };
    SshWireReader pub(m_publicBlob);
    SshWireReader priv(privateBlob);
    pub.readString();

    SshWireWriter section;
    quint32 check = 0;
    if (RAND_bytes(reinterpret_cast<unsigned char*>(&check), sizeof check) != 1) {
        *error = tr("No random numbers are available.");
        return {};
    }
    section.writeUint32(check);
    section.writeUint32(check);
    section.writeString(m_algorithm);
    if (m_algorithm == Ed25519) {
        const QByteArray publicKey = pub.readString();
        QByteArray seed = priv.readString();
        SecretGuard seedGuard(seed);
        if (!pub.ok() || !priv.ok() || publicKey.size() != 32 || seed.size() != 32 ||
            !ed25519PrivateMatches(seed, publicKey)) {
            return mismatch();
        }
        section.writeString(publicKey);
        QByteArray both = seed + publicKey;
        section.writeString(both);
        wipe(both);
    } else if (m_algorithm == Rsa) {
        const QByteArray e = pub.readString();
        const QByteArray n = pub.readString();
        QByteArray d = priv.readString();
        QByteArray p = priv.readString();
        QByteArray q = priv.readString();
        QByteArray iqmp = priv.readString();
        const SecretGuard dGuard(d);
        const SecretGuard pGuard(p);
        const SecretGuard qGuard(q);
        const SecretGuard iqmpGuard(iqmp);
        if (!pub.ok() || !priv.ok() || !rsaPrivateMatches(n, p, q) || d.isEmpty() || iqmp.isEmpty()) {
            return mismatch();
        }
        section.writeString(n);
        section.writeString(e);
        section.writeString(d);
        section.writeString(iqmp);
        section.writeString(p);
        section.writeString(q);
    } else {
        const QByteArray curve = pub.readString();
        const QByteArray point = pub.readString();
        QByteArray scalar = priv.readString();
        SecretGuard scalarGuard(scalar);
        if (!pub.ok() || !priv.ok() || m_algorithm != EcdsaPrefix + curve.right(3) || curve.left(5) != "nistp" ||
            !ecdsaPrivateMatches(curveNid(curve), scalar, point)) {
            return mismatch();
        }
        section.writeString(curve);
        section.writeString(point);
        section.writeString(scalar);
    }
    QByteArray comment = m_comment;
    comment.replace('\r', ' ').replace('\n', ' ');
    section.writeString(comment);
    for (quint8 pad = 1; section.data().size() % 8 != 0; ++pad) {
        section.writeByte(pad);
    }

    SshWireWriter file;
    file.writeRaw(QByteArray("openssh-key-v1", 15));
    file.writeString("none");
    file.writeString("none");
    file.writeString(QByteArray());
    file.writeUint32(1);
    file.writeString(m_publicBlob);
    file.writeString(section.data());
    wipe(section.data());

    QByteArray encoded = file.data().toBase64();
    wipe(file.data());
    QByteArray text = "-----BEGIN OPENSSH PRIVATE KEY-----\n";
    for (qsizetype i = 0; i < encoded.size(); i += 70) {
        text += encoded.mid(i, 70) + '\n';
    }
    text += "-----END OPENSSH PRIVATE KEY-----\n";
    wipe(encoded);

    // libssh must read what was built, as the login will.
    ssh_key key = nullptr;
    const int rc = ssh_pki_import_privkey_base64(text.constData(), nullptr, nullptr, nullptr, &key);
    ssh_key_free(key);
    if (rc != SSH_OK) {
        wipe(text);
        *error = tr("The converted key could not be read back.");
        return {};
    }
    return text;
}

} // namespace ferry
