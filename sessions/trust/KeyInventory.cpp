#include "KeyInventory.h"

#include "KnownHosts.h"
#include "SshWire.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>

namespace ferry {

namespace {

const QString PublicSuffix = QStringLiteral(".pub");
const QString CertificateSuffix = QStringLiteral("-cert.pub");

QByteArray readBounded(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    if (file.size() > PrivateKeyFile::MaxSize) {
        *error = KeyInventory::tr("the file is too large to be a key");
        return {};
    }
    return file.read(PrivateKeyFile::MaxSize);
}

// A plain PEM or PKCS#8 key has no public half of its own: derive it, which needs no passphrase.
QByteArray publicBlobOfPlainPem(const QByteArray& content)
{
    ssh_key privateKey = nullptr;
    if (ssh_pki_import_privkey_base64(content.constData(), nullptr, nullptr, nullptr, &privateKey) != SSH_OK) {
        return {};
    }
    ssh_key publicKey = nullptr;
    char* base64 = nullptr;
    QByteArray result;
    if (ssh_pki_export_privkey_to_pubkey(privateKey, &publicKey) == SSH_OK &&
        ssh_pki_export_pubkey_base64(publicKey, &base64) == SSH_OK) {
        result = QByteArray::fromBase64(QByteArray(base64));
    }
    ssh_string_free_char(base64);
    ssh_key_free(publicKey);
    ssh_key_free(privateKey);
    return result;
}

} // namespace

QString SshKeyInfo::typeName() const
{
    if (keyType == QLatin1String("ssh-ed25519")) {
        return QStringLiteral("ED25519");
    }
    if (keyType.startsWith(QLatin1String("ecdsa-sha2-"))) {
        return QStringLiteral("ECDSA");
    }
    if (keyType == QLatin1String("ssh-rsa")) {
        return QStringLiteral("RSA");
    }
    if (keyType == QLatin1String("ssh-dss")) {
        return QStringLiteral("DSA");
    }
    if (keyType.startsWith(QLatin1String("sk-ssh-ed25519"))) {
        return QStringLiteral("ED25519-SK");
    }
    if (keyType.startsWith(QLatin1String("sk-ecdsa"))) {
        return QStringLiteral("ECDSA-SK");
    }
    return keyType;
}

QString KeyInventory::defaultFolder()
{
    return QDir::homePath() + QStringLiteral("/.ssh");
}

QList<SshKeyInfo> KeyInventory::scanFolder(const QString& folder)
{
    QList<SshKeyInfo> keys;
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo& file : files) {
        const QString name = file.fileName();
        // Files ssh itself keeps there are never keys, and reading them all would be wasted work.
        if (name.endsWith(PublicSuffix) || name.startsWith(QLatin1String("known_hosts")) ||
            name.startsWith(QLatin1String("authorized_keys")) || name == QLatin1String("config") ||
            file.size() > PrivateKeyFile::MaxSize || !file.isReadable()) {
            continue;
        }
        QString why;
        PrivateKeyFile::Format format = PrivateKeyFile::Format::Unknown;
        PrivateKeyFile::protectionOf(readBounded(file.filePath(), &why), &format);
        if (format == PrivateKeyFile::Format::Unknown) {
            continue;
        }
        keys.append(inspect(file.filePath()));
    }
    return keys;
}

SshKeyInfo KeyInventory::inspect(const QString& privateKeyPath)
{
    SshKeyInfo info;
    info.privateKeyPath = privateKeyPath;
    QString why;
    const QByteArray content = readBounded(privateKeyPath, &why);
    if (!why.isEmpty()) {
        info.problem = tr("The key file cannot be read: %1.").arg(why);
        return info;
    }
    info.protection = PrivateKeyFile::protectionOf(content, &info.format);
    if (info.protection == PrivateKeyFile::Protection::Unreadable) {
        info.problem = tr("This is not a private key Ferry can read, or the file is damaged.");
    }
    if (QFileInfo::exists(privateKeyPath + CertificateSuffix)) {
        info.certificatePath = privateKeyPath + CertificateSuffix;
    }

    const QString publicPath = privateKeyPath + PublicSuffix;
    QString pubError;
    const QByteArray pubLine =
        QFileInfo::exists(publicPath) ? readBounded(publicPath, &pubError).split('\n').value(0) : QByteArray();
    const QList<QByteArray> fields = pubLine.trimmed().split(' ');
    if (fields.size() >= 2) {
        const QByteArray blob = QByteArray::fromBase64(fields.at(1));
        if (KnownHosts::keyTypeOf(blob) == QString::fromLatin1(fields.at(0))) {
            info.publicKeyPath = publicPath;
            info.publicKeyBlob = blob;
            info.comment = QString::fromUtf8(pubLine.trimmed().mid(fields.at(0).size() + fields.at(1).size() + 2));
        }
    }
    if (info.publicKeyBlob.isEmpty()) {
        if (info.format == PrivateKeyFile::Format::OpenSsh) {
            info.publicKeyBlob = publicBlobOfOpenSshKey(content);
        } else if (info.protection == PrivateKeyFile::Protection::Plain &&
                   (info.format == PrivateKeyFile::Format::Pem || info.format == PrivateKeyFile::Format::Pkcs8)) {
            info.publicKeyBlob = publicBlobOfPlainPem(content);
        }
        if (info.publicKeyBlob.isEmpty() && info.problem.isEmpty()) {
            info.problem = tr("There is no %1, and the public key cannot be read without the passphrase.")
                               .arg(QFileInfo(publicPath).fileName());
        }
    }
    if (!info.publicKeyBlob.isEmpty()) {
        info.keyType = KnownHosts::keyTypeOf(info.publicKeyBlob);
        info.bits = bitsOf(info.publicKeyBlob);
        info.fingerprint = KnownHosts::sha256Fingerprint(info.publicKeyBlob);
    }
    return info;
}

void KeyInventory::markLoaded(QList<SshKeyInfo>* keys, const QList<AgentIdentity>& identities)
{
    for (SshKeyInfo& key : *keys) {
        key.inAgent = false;
        if (key.publicKeyBlob.isEmpty()) {
            continue;
        }
        for (const AgentIdentity& identity : identities) {
            if (identity.keyBlob == key.publicKeyBlob || certifies(identity.keyBlob, key.publicKeyBlob)) {
                key.inAgent = true;
                break;
            }
        }
    }
}

int KeyInventory::bitsOf(const QByteArray& publicKeyBlob)
{
    SshWireReader reader(publicKeyBlob);
    const QByteArray type = reader.readString();
    if (type == "ssh-ed25519" || type.startsWith("sk-ssh-ed25519")) {
        return 256;
    }
    if (type.startsWith("ecdsa-sha2-nistp") || type.startsWith("sk-ecdsa-sha2-nistp")) {
        const QByteArray curve = reader.readString();
        bool ok = false;
        const int bits = curve.startsWith("nistp") ? curve.mid(5).toInt(&ok) : 0;
        return reader.ok() && ok ? bits : 0;
    }
    QByteArray number;
    if (type == "ssh-rsa") {
        reader.readString(); // the public exponent
        number = reader.readString();
    } else if (type == "ssh-dss") {
        number = reader.readString(); // p
    }
    while (!number.isEmpty() && number.at(0) == '\0') {
        number.remove(0, 1);
    }
    if (!reader.ok() || number.isEmpty()) {
        return 0;
    }
    int topBits = 0;
    for (auto top = static_cast<quint8>(number.at(0)); top != 0; top >>= 1) {
        ++topBits;
    }
    return static_cast<int>((number.size() - 1) * 8) + topBits;
}

QByteArray KeyInventory::publicBlobOfOpenSshKey(const QByteArray& content)
{
    static const QByteArray begin = QByteArrayLiteral("-----BEGIN OPENSSH PRIVATE KEY-----");
    static const QByteArray end = QByteArrayLiteral("-----END OPENSSH PRIVATE KEY-----");
    const qsizetype from = content.indexOf(begin);
    const qsizetype to = from < 0 ? -1 : content.indexOf(end, from);
    if (to < 0) {
        return {};
    }
    const QByteArray blob =
        QByteArray::fromBase64(content.mid(from + begin.size(), to - from - begin.size()).simplified());
    const QByteArray magic("openssh-key-v1", 15);
    if (!blob.startsWith(magic)) {
        return {};
    }
    // The cipher, KDF and KDF options come first, then the key count and the public keys in the clear.
    SshWireReader reader(blob.mid(magic.size()));
    reader.readString();
    reader.readString();
    reader.readString();
    const quint32 count = reader.readUint32();
    const QByteArray publicBlob = reader.readString();
    if (!reader.ok() || count < 1 || KnownHosts::keyTypeOf(publicBlob).isEmpty()) {
        return {};
    }
    return publicBlob;
}

bool KeyInventory::certifies(const QByteArray& certificateBlob, const QByteArray& publicKeyBlob)
{
    // A certificate is its type, a nonce, then the same key fields as the plain key, then the signed part.
    SshWireReader certificate(certificateBlob);
    const QByteArray certificateType = certificate.readString();
    certificate.readString();
    SshWireReader key(publicKeyBlob);
    const QByteArray keyType = key.readString();
    const QByteArray keyFields = key.readRest();
    const QByteArray rest = certificate.readRest();
    return certificate.ok() && key.ok() && !keyFields.isEmpty() &&
           certificateType.startsWith(QByteArray(keyType + "-cert-v01@openssh.com")) && rest.startsWith(keyFields);
}

} // namespace ferry
