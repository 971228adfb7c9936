// MainWindow, continued: the SFTP browser tabs (opening them, "Open SFTP here", "Open terminal here") and the
// transfer dock that follows the browser tab in front.
#include "MainWindow.h"

#include "BrowserTab.h"
#include "ConnectionTab.h"
#include "NoticeBar.h"
#include "SharedConnection.h"
#include "ShellQuote.h"
#include "TabSettings.h"
#include "profiles/SecretStore.h"
#include "transfer/TransferDock.h"

#include <QApplication>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QUuid>

namespace ferry {

namespace {

QIcon browserTabIcon()
{
    return QIcon::fromTheme(QStringLiteral("folder-remote"),
                            QApplication::style()->standardIcon(QStyle::SP_DirLinkIcon));
}

// What a browser tab keeps its bookmarks under: the saved session (its keychain account is made of its id, and a
// terminal tab of the session carries it too, so "Open SFTP" and "Open SFTP here" share the bookmarks), else the
// connection's user@host:port.
QString bookmarkKey(const TabSettings& settings, const QString& userAtHost)
{
    const QString nullAccount = QStringLiteral("ferry:") + QUuid().toString(QUuid::WithoutBraces);
    if (settings.keychainAccount.isEmpty() || settings.keychainAccount == nullAccount) {
        return userAtHost;
    }
    return settings.keychainAccount;
}

} // namespace

BrowserTab* MainWindow::openSftp(const SessionProfile& profile)
{
    const SessionConnector::Result prepared = SessionConnector::prepare(profile, m_environment);
    TabSettings settings = sessionSettings(profile, prepared);
    // A terminal opened from the browser starts a login shell, whatever command the session runs.
    settings.shell.command.clear();
    settings.logFile.clear();
    auto* tab = new BrowserTab(std::make_shared<SharedConnection>(prepared.options), settings,
                               bookmarkKey(settings, prepared.options.displayName()), m_tabs);
    addBrowserTab(tab)->start();
    updateStatus();
    return tab;
}

BrowserTab* MainWindow::openSftpHere(ConnectionTab* terminal)
{
    TabSettings settings = terminal->settings();
    settings.shell.command.clear();
    settings.logFile.clear();
    auto* tab =
        new BrowserTab(terminal->sharedConnection(), settings, bookmarkKey(settings, terminal->userAtHost()), m_tabs);
    addBrowserTab(tab)->start();
    updateStatus();
    return tab;
}

ConnectionTab* MainWindow::openTerminalIn(BrowserTab* browser, const QString& folder)
{
    const QString command = ShellQuote::shellInFolder(folder);
    if (command.isEmpty()) {
        m_notice->showNotice(tr("No terminal was opened: the folder's name has control characters, which Ferry "
                                "does not pass to a shell."),
                             NoticeBar::Kind::Warning);
        return nullptr;
    }
    TabSettings settings = browser->settings();
    settings.shell.command = command;
    auto* tab = new ConnectionTab(browser->sharedConnection(), settings, m_tabs);
    addTab(tab)->start();
    updateStatus();
    return tab;
}

BrowserTab* MainWindow::addBrowserTab(BrowserTab* tab)
{
    if (m_secrets) {
        tab->setSecretStore(m_secrets);
    }
    m_transferDock->applySettings(tab->queue());
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);
    m_transferDock->setQueue(tab->queue());
    if (m_transferDock->isHidden()) {
        m_transferDock->show();
        // A strip under the panes, not half the window.
        resizeDocks({m_transferDock}, {height() / 4}, Qt::Vertical);
    }
    updateBrowserTabLabel(tab);
    connect(tab, &BrowserTab::statusChanged, this, [this, tab] {
        updateBrowserTabLabel(tab);
        if (tab == currentBrowserTab()) {
            updateStatus();
        }
    });
    connect(tab, &BrowserTab::closeRequested, this, [this, tab] { removeTab(tab); });
    connect(tab, &BrowserTab::terminalRequested, this,
            [this, tab](const QString& folder) { openTerminalIn(tab, folder); });
    connect(tab, &BrowserTab::passwordRememberFinished, this, [this](bool ok, const QString& message) {
        if (!ok) {
            m_notice->showNotice(message, NoticeBar::Kind::Warning);
        }
    });
    tab->setFocus();
    updateTabActions();
    return tab;
}

void MainWindow::updateBrowserTabLabel(BrowserTab* tab)
{
    const int at = m_tabs->indexOf(tab);
    if (at < 0) {
        return;
    }
    m_tabs->setTabText(at, tab->title());
    m_tabs->setTabToolTip(at, tab->userAtHost() + QLatin1Char('\n') + tab->stateText());
    m_tabs->setTabIcon(at, browserTabIcon());
}

BrowserTab* MainWindow::currentBrowserTab() const
{
    return qobject_cast<BrowserTab*>(m_tabs->currentWidget());
}

BrowserTab* MainWindow::browserTabAt(int index) const
{
    return qobject_cast<BrowserTab*>(m_tabs->widget(index));
}

} // namespace ferry
