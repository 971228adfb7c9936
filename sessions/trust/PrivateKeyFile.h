#pragma once

#include <QCoreApplication>
#include <QString>

namespace ferry {

// Tells, without a passphrase, whether a private key file is encrypted: libssh 0.10 cannot, and
// asking for a passphrase a key does not need is wrong.
class PrivateKeyFile {
    Q_DECLARE_TR_FUNCTIONS(PrivateKeyFile)
public:
    enum class Format { Unknown, OpenSsh, Pem, Pkcs8, PuTTY };
    enum class Protection { Plain, Encrypted, Unreadable };

    static Protection protection(const QString& path, QString* why = nullptr);
    static Protection protectionOf(const QByteArray& content, Format* format = nullptr);

    // Private key files larger than this are not keys.
    static constexpr qint64 MaxSize = 64 * 1024;
};

} // namespace ferry
