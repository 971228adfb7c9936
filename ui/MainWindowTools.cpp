// The Tools menu of the main window: the key manager (with the agent) and the known hosts manager.
#include "MainWindow.h"

#include "keys/InstallConnector.h"
#include "keys/KeyManagerDialog.h"
#include "keys/KnownHostsDialog.h"

#include "profiles/SessionStore.h"

#include <QDir>

namespace ferry {

void MainWindow::openKeyManager()
{
    KeyManagerSettings settings;
    settings.sshDir = m_environment.sshDir;
    settings.sessions = m_store->sessions();
    settings.connectionFactory = InstallConnector::factory(m_environment, this);
    auto* dialog = new KeyManagerDialog(settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::openKnownHosts()
{
    const QString path = m_environment.knownHostsFile.isEmpty()
                             ? QDir(m_environment.sshDir).filePath(QStringLiteral("known_hosts"))
                             : m_environment.knownHostsFile;
    auto* dialog = new KnownHostsDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace ferry
