#include "PrivateKeyFile.h"

#include <QFile>

namespace ferry {

namespace {

const char OpenSshBegin[] = "-----BEGIN OPENSSH PRIVATE KEY-----";
const char OpenSshEnd[] = "-----END OPENSSH PRIVATE KEY-----";
const char OpenSshMagic[] = "openssh-key-v1";

// Reads a uint32-length-prefixed SSH string at *pos; false when the data is too short.
bool readSshString(const QByteArray& data, int* pos, QByteArray* out)
{
    if (*pos + 4 > data.size()) {
        return false;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData() + *pos);
    const quint32 len = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    if (len > quint32(data.size() - *pos - 4)) {
        return false;
    }
    *out = data.mid(*pos + 4, int(len));
    *pos += 4 + int(len);
    return true;
}

} // namespace

PrivateKeyFile::Protection PrivateKeyFile::protectionOf(const QByteArray& content, Format* format)
{
    Format fmt = Format::Unknown;
    Protection result = Protection::Unreadable;
    const int begin = content.indexOf(OpenSshBegin);
    if (begin >= 0) {
        fmt = Format::OpenSsh;
        const int start = begin + int(sizeof OpenSshBegin) - 1;
        const int end = content.indexOf(OpenSshEnd, start);
        if (end > start) {
            const QByteArray blob = QByteArray::fromBase64(content.mid(start, end - start).simplified().replace(' ', ""));
            if (blob.startsWith(QByteArray(OpenSshMagic, int(sizeof OpenSshMagic)))) {
                int pos = int(sizeof OpenSshMagic);
                QByteArray cipher;
                if (readSshString(blob, &pos, &cipher)) {
                    result = cipher == "none" ? Protection::Plain : Protection::Encrypted;
                }
            }
        }
    } else if (content.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
        fmt = Format::Pkcs8;
        result = Protection::Encrypted;
    } else if (content.contains("-----BEGIN PRIVATE KEY-----")) {
        fmt = Format::Pkcs8;
        result = Protection::Plain;
    } else if (content.contains("-----BEGIN RSA PRIVATE KEY-----") || content.contains("-----BEGIN EC PRIVATE KEY-----")
               || content.contains("-----BEGIN DSA PRIVATE KEY-----")) {
        fmt = Format::Pem;
        result = content.contains("Proc-Type: 4,ENCRYPTED") ? Protection::Encrypted : Protection::Plain;
    } else if (content.startsWith("PuTTY-User-Key-File-")) {
        fmt = Format::PuTTY;
        const int at = content.indexOf("Encryption:");
        if (at >= 0) {
            const QByteArray value = content.mid(at + 11, content.indexOf('\n', at) - at - 11).trimmed();
            result = value == "none" ? Protection::Plain : Protection::Encrypted;
        }
    }
    if (format != nullptr) {
        *format = fmt;
    }
    return result;
}

PrivateKeyFile::Protection PrivateKeyFile::protection(const QString& path, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (why != nullptr) {
            *why = file.errorString();
        }
        return Protection::Unreadable;
    }
    if (file.size() > MaxSize) {
        if (why != nullptr) {
            *why = tr("the file is too large to be a private key");
        }
        return Protection::Unreadable;
    }
    const Protection result = protectionOf(file.readAll());
    if (result == Protection::Unreadable && why != nullptr) {
        *why = tr("not a private key in OpenSSH, PEM or PKCS#8 format, or the file is damaged");
    }
    return result;
}

} // namespace ferry
