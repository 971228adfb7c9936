#pragma once

#include "profiles/SessionProfile.h"
#include "ssh/Connection.h"

#include <QDialog>
#include <QPointer>
#include <QString>
#include <QVector>

#include <functional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace ferry {

class AuthorizedKeyInstaller;

// Installs a public key on a server over a saved session, with ssh-copy-id's semantics, and says where it
// went or that it was already there. The connection comes from the caller's factory (which wires its host
// key and password questions to the user); this dialog owns it and lets it go once the key is installed.
class InstallKeyDialog : public QDialog {
    Q_OBJECT
public:
    using ConnectionFactory = std::function<Connection*(const SessionProfile&)>;

    InstallKeyDialog(const QString& keyPath, const QString& publicKeyLine, const QVector<SessionProfile>& sessions,
                     ConnectionFactory factory, QWidget* parent = nullptr);
    ~InstallKeyDialog() override;

    bool isBusy() const { return m_connection != nullptr; }
    QString resultText() const;
    QComboBox* sessionChooser() const { return m_sessions; }
    QPushButton* installButton() const { return m_install; }

signals:
    // The install ended; succeeded: the key is in the server's authorized_keys (added now or before).
    void installFinished(bool succeeded, const QString& message);

private:
    void startInstall();
    void onConnected();
    void finish(bool succeeded, const QString& message);
    void setBusy(bool busy);

    QString m_publicKeyLine;
    QVector<SessionProfile> m_profiles;
    ConnectionFactory m_factory;
    QComboBox* m_sessions = nullptr;
    QPushButton* m_install = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_result = nullptr;
    QPointer<Connection> m_connection;
    AuthorizedKeyInstaller* m_installer = nullptr;
};

} // namespace ferry
