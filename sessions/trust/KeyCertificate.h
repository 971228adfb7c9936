#pragma once

#include <QCoreApplication>
#include <QString>

#include <libssh/libssh.h>

namespace ferry {

// The OpenSSH certificate beside a private key ("<key>-cert.pub", the name ssh looks for), for logging in with
// the certificate instead of the bare key: offer importCertificate()'s key, then sign with a private key that
// attach() gave the certificate to.
class KeyCertificate {
    Q_DECLARE_TR_FUNCTIONS(KeyCertificate)
public:
    // privateKeyPath + "-cert.pub" when that file exists, else empty.
    static QString pathFor(const QString& privateKeyPath);
    // The certificate as a key to offer (ssh_userauth_try_publickey); the caller frees it. nullptr when there
    // is none (*error empty) or it cannot be read (*error says why).
    static ssh_key importCertificate(const QString& privateKeyPath, QString* error = nullptr);
    // Gives privateKey the certificate beside its file, so that ssh_userauth_publickey signs in with it. False
    // when there is none (*error empty) or it cannot be used (*error says why, e.g. it certifies another key).
    static bool attach(const QString& privateKeyPath, ssh_key privateKey, QString* error = nullptr);
};

} // namespace ferry
