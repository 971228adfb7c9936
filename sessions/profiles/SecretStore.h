#pragma once

#include <QObject>
#include <QString>

namespace ferry {

// Where remembered passwords live: the operating system's keychain, never a file of Ferry's. The
// sessions library holds only this interface; the implementation (QtKeychain, which needs QtDBus)
// lives in ui. Every call answers asynchronously with the matching signal.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void store(const QString& account, const QString& secret) = 0;
    virtual void fetch(const QString& account) = 0;
    virtual void remove(const QString& account) = 0;

signals:
    // ok false: nothing was stored; error says why in plain words (for example no keychain running).
    void stored(const QString& account, bool ok, const QString& error);
    // found false with an empty error: no secret for this account.
    void fetched(const QString& account, const QString& secret, bool found, const QString& error);
    void removed(const QString& account, bool ok, const QString& error);
};

} // namespace ferry
