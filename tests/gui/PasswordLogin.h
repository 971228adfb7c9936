#pragma once

// What the remembered-password tests share: a PAM sshd that takes a password, a user for it, and a search of
// a whole directory tree for a secret.
#include "SshdFixture.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace ferry::test {

inline const QString kPasswordUser = QStringLiteral("ferrykeyring");
inline const QString kPassword = QStringLiteral("Ferry-keyring-pw-7");

// sshd with PAM and password logins only, and the user to log in as. False with *why if impossible.
inline bool startPasswordServer(SshdFixture& sshd, QString* why)
{
    if (!SshdFixture::ensureUser(kPasswordUser, kPassword, why)) {
        return false;
    }
    SshdFixture::Config config;
    config.usePam = true;
    config.passwordAuthentication = true;
    if (!sshd.start(config)) {
        *why = sshd.errorString();
        return false;
    }
    return true;
}

inline ConnectionOptions passwordOptions(const SshdFixture& sshd, const QString& sshDir)
{
    ConnectionOptions options = sshd.clientOptions(sshDir, sshDir + QStringLiteral("/known_hosts"));
    options.user = kPasswordUser;
    options.identityFiles.clear();
    options.useAgent = false;
    options.authMethods = QStringList{QStringLiteral("password")};
    return options;
}

// Every regular file under root (hidden ones too, symbolic links not followed) that contains the secret as
// UTF-8 or UTF-16. *scanned lists the files read.
inline QStringList filesContaining(const QString& root, const QString& secret, QStringList* scanned)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), int(secret.size() * 2));
    QStringList found;
    scanned->clear();
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!QFileInfo(path).isFile()) {
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found << path + QStringLiteral(" (unreadable)");
            continue;
        }
        scanned->append(path);
        const QByteArray content = file.readAll();
        if (content.contains(utf8) || content.contains(utf16)) {
            found << path;
        }
    }
    return found;
}

inline void trustServer(const SshdFixture& sshd, const QString& sshDir)
{
    QFile pub(sshd.hostKeyPublicFile());
    QFile knownHosts(sshDir + QStringLiteral("/known_hosts"));
    if (!pub.open(QIODevice::ReadOnly) || !knownHosts.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qFatal("cannot write known_hosts");
    }
    const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
    knownHosts.write("[127.0.0.1]:" + QByteArray::number(sshd.port()) + ' ' + fields.value(0) + ' ' + fields.value(1) +
                     '\n');
}

} // namespace ferry::test
