#include "KeychainSecretStore.h"

#include <QtGlobal>

#if QT_VERSION_MAJOR >= 6
#include <qt6keychain/keychain.h>
#else
#include <qt5keychain/keychain.h>
#endif

namespace ferry {

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : KeychainSecretStore(QStringLiteral("Ferry"), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
{
}

void KeychainSecretStore::prepare(QKeychain::Job* job, const QString& account) const
{
    job->setAutoDelete(true);
    // Without a keychain QtKeychain could keep the secret in a settings file in plain text; Ferry never does.
    job->setInsecureFallback(false);
    job->setKey(account);
}

void KeychainSecretStore::store(const QString& account, const QString& secret)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    prepare(job, account);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job* done) {
        const bool ok = done->error() == QKeychain::NoError;
        emit stored(account, ok, ok ? QString() : describeError(done));
    });
    job->start();
}

void KeychainSecretStore::fetch(const QString& account)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    prepare(job, account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job* done) {
        const auto* read = static_cast<QKeychain::ReadPasswordJob*>(done);
        switch (read->error()) {
        case QKeychain::NoError:
            emit fetched(account, read->textData(), true, QString());
            break;
        case QKeychain::EntryNotFound:
            emit fetched(account, QString(), false, QString());
            break;
        default:
            emit fetched(account, QString(), false, describeError(read));
            break;
        }
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& account)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    prepare(job, account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job* done) {
        // Nothing to delete is what was asked for.
        const bool ok = done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
        emit removed(account, ok, ok ? QString() : describeError(done));
    });
    job->start();
}

QString KeychainSecretStore::describeError(const QKeychain::Job* job)
{
    QString reason;
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        reason = tr("No keychain is available on this system (no Secret Service such as GNOME Keyring or KWallet "
                    "is running).");
        break;
    case QKeychain::AccessDeniedByUser:
        reason = tr("Access to the keychain was refused.");
        break;
    case QKeychain::AccessDenied:
        reason = tr("The keychain denied access; it may be locked.");
        break;
    default:
        reason = tr("The keychain could not be used.");
        break;
    }
    const QString detail = job->errorString();
    return detail.isEmpty() ? reason : tr("%1 (%2)").arg(reason, detail);
}

} // namespace ferry
