#include "KeyCertificate.h"

#include "KeyInventory.h"

#include <QFile>
#include <QFileInfo>

namespace ferry {

namespace {

QByteArray blobOf(ssh_key key)
{
    char* base64 = nullptr;
    if (key == nullptr || ssh_pki_export_pubkey_base64(key, &base64) != SSH_OK) {
        return {};
    }
    const QByteArray blob = QByteArray::fromBase64(QByteArray(base64));
    ssh_string_free_char(base64);
    return blob;
}

} // namespace

QString KeyCertificate::pathFor(const QString& privateKeyPath)
{
    const QString path = privateKeyPath + QStringLiteral("-cert.pub");
    return QFileInfo::exists(path) ? path : QString();
}

ssh_key KeyCertificate::importCertificate(const QString& privateKeyPath, QString* error)
{
    if (error != nullptr) {
        error->clear();
    }
    const QString path = pathFor(privateKeyPath);
    if (path.isEmpty()) {
        return nullptr;
    }
    ssh_key certificate = nullptr;
    if (ssh_pki_import_cert_file(QFile::encodeName(path).constData(), &certificate) != SSH_OK) {
        ssh_key_free(certificate);
        if (error != nullptr) {
            *error = tr("The certificate %1 cannot be read.").arg(path);
        }
        return nullptr;
    }
    return certificate;
}

bool KeyCertificate::attach(const QString& privateKeyPath, ssh_key privateKey, QString* error)
{
    ssh_key certificate = importCertificate(privateKeyPath, error);
    if (certificate == nullptr) {
        return false;
    }
    // libssh 0.10 attaches a certificate to any key of its type; one for another key would only be refused by
    // the server, after being offered in vain.
    ssh_key publicKey = nullptr;
    const bool matches = privateKey != nullptr && ssh_pki_export_privkey_to_pubkey(privateKey, &publicKey) == SSH_OK &&
                         KeyInventory::certifies(blobOf(certificate), blobOf(publicKey));
    ssh_key_free(publicKey);
    const bool attached = matches && ssh_pki_copy_cert_to_privkey(certificate, privateKey) == SSH_OK;
    ssh_key_free(certificate);
    if (!attached && error != nullptr) {
        *error = tr("The certificate %1 is not for the key %2.").arg(pathFor(privateKeyPath), privateKeyPath);
    }
    return attached;
}

} // namespace ferry
