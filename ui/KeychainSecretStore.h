#pragma once

#include "profiles/SecretStore.h"

#include <QString>

namespace QKeychain {
class Job;
}

namespace ferry {

// Remembered passwords in the operating system's keychain through QtKeychain: the Secret Service (GNOME
// Keyring, KWallet's bridge) on Linux, the Keychain on macOS, the Credential Store on Windows. QtKeychain's
// plain-text fallback stays off: without a keychain nothing is stored, and the error says so in plain words.
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject* parent = nullptr);
    // Items are filed under this service name in the keychain, the account being the key.
    KeychainSecretStore(const QString& service, QObject* parent);

    QString service() const { return m_service; }

    void store(const QString& account, const QString& secret) override;
    void fetch(const QString& account) override;
    void remove(const QString& account) override;

private:
    void prepare(QKeychain::Job* job, const QString& account) const;
    static QString describeError(const QKeychain::Job* job);

    QString m_service;
};

} // namespace ferry
