#pragma once

#include "TabSettings.h"
#include "ssh/Connection.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QDialog;
class QWidget;

namespace ferry {

class HostKeyWarningDialog;
class SecretStore;
class SharedConnection;

// The user's side of logging in on a shared connection, for whichever tab started the connection: a
// remembered password fetched from the keychain first, the host key question, the changed-key warning with
// its replacement, password and keyboard-interactive prompts with "Remember password", and storing the
// password once the login succeeded. Its dialogs are window-modal to the tab and never block. Only the tab
// that called start() answers; tabs that join a connection already under way see none of it.
class ConnectionLogin : public QObject {
    Q_OBJECT
public:
    // dialogParent: the tab the dialogs belong to; it must outlive this object (make it the parent).
    ConnectionLogin(std::weak_ptr<SharedConnection> shared, const TabSettings& settings, QWidget* dialogParent);
    ~ConnectionLogin() override;

    // Where remembered passwords go; by default the OS keychain. Not owned.
    void setSecretStore(SecretStore* store);
    // Fetches the remembered password when the settings say so, then connects. The caller has checked that
    // the connection is disconnected.
    void start();
    // This object started the current attempt and answers its questions.
    bool isDriving() const { return m_driving; }
    // The login ended (connected or not): questions still open go away unanswered.
    void finish();
    QString keychainAccount() const;
    // The store set with setSecretStore(), for another login to share; null when this one made its own.
    SecretStore* givenSecretStore() const { return m_ownSecrets ? nullptr : m_secrets; }

    // For the status bar of a tab on connection: the cipher ("X" or "X out, Y in") and the negotiated
    // algorithms a line each (for its tooltip). Empty while not connected.
    static QString cipherText(const Connection& connection);
    static QStringList algorithmLines(const Connection& connection);
    // The connection's state in words; error is the last failure, wasConnected whether it got that far.
    static QString stateText(const Connection& connection, const QString& error, bool wasConnected);

signals:
    // The shared connection is about to be swapped: stop listening to the old one, which is deleted.
    void aboutToReplaceConnection();
    // The shared connection was swapped for one carrying the remembered password: listen to the new one.
    void connectionReplaced();
    // The user confirmed replacing a changed host key and the old one is gone: connect again.
    void reconnectRequested();
    // Something the tab should show: replacing a changed host key failed.
    void problem(const QString& message);
    void passwordRememberFinished(bool ok, const QString& message);

private:
    Connection* connection() const;
    SecretStore* secretStore();
    void bind();
    void onSecretFetched(const QString& account, const QString& secret, bool found, const QString& error);
    void onSecretStored(const QString& account, bool ok, const QString& error);
    void onConnected();
    void onDisconnected();
    void onHostKeyQuestion(quint64 requestId, const HostKeyInfo& info);
    void onHostKeyRefused(const HostKeyInfo& info);
    void replaceHostKey(const HostKeyInfo& info);
    void onAuthPrompt(quint64 requestId, const AuthPrompt& prompt);
    void rememberPasswordIfAsked();
    void openQuestion(QDialog* dialog);
    void dismissQuestions();

    std::weak_ptr<SharedConnection> m_shared;
    QPointer<Connection> m_bound;
    TabSettings m_settings;
    QWidget* m_parent;
    QList<QPointer<QDialog>> m_questions;
    QPointer<HostKeyWarningDialog> m_warning;
    SecretStore* m_secrets = nullptr;
    bool m_ownSecrets = false;
    QString m_typedPassword;
    bool m_passwordAsked = false;
    bool m_rememberTicked = false;
    bool m_fetchingSecret = false;
    bool m_storePending = false;
    bool m_driving = false;
};

} // namespace ferry
