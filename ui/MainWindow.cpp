#include "MainWindow.h"

#include "BrowserTab.h"
#include "ConnectionTab.h"
#include "KeychainSecretStore.h"
#include "NoticeBar.h"
#include "QuickConnectField.h"
#include "RemoteFileSystem.h"
#include "SessionTreeDock.h"
#include "SshConfigImportDialog.h"
#include "TabSettings.h"
#include "TerminalView.h"
#include "profiles/SecretStore.h"
#include "profiles/SessionTreeModel.h"
#include "transfer/TransferDock.h"
#include "transfer/TransferQueue.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace ferry {

namespace {

// Bumped when the toolbar or docks change in a way an old saved layout would put in the wrong place.
constexpr int kWindowStateVersion = 1;
// Details of a partly unreadable sessions file shown to the user; the backup has all of them.
constexpr int kShownProblems = 5;

constexpr QLatin1String kGeometryKey("mainWindow/geometry");
constexpr QLatin1String kStateKey("mainWindow/state");
constexpr QLatin1String kExpandedKey("sessionTree/expandedFolders");

TabSettings::OnExit tabOnExit(SessionProfile::OnExit onExit)
{
    switch (onExit) {
    case SessionProfile::OnExit::AlwaysClose:
        return TabSettings::OnExit::AlwaysClose;
    case SessionProfile::OnExit::KeepOpen:
        return TabSettings::OnExit::KeepOpen;
    case SessionProfile::OnExit::CloseIfClean:
        break;
    }
    return TabSettings::OnExit::CloseIfClean;
}

QIcon themeIcon(const char* name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : MainWindow(SessionStore::defaultPath(), parent)
{
}

MainWindow::MainWindow(const QString& sessionsFile, QWidget* parent)
    : QMainWindow(parent)
    , m_environment(SessionConnector::Environment::forCurrentUser())
    , m_store(std::make_unique<SessionStore>(sessionsFile))
{
    setObjectName(QStringLiteral("mainWindow"));
    createCentralArea();
    createStatusBar();
    const SessionStore::LoadResult loaded = m_store->load();
    m_model = std::make_unique<SessionTreeModel>(m_store.get());
    m_dock = new SessionTreeDock(m_model.get(), this);
    addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_transferDock = new TransferDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_transferDock);
    // Shown with the first browser tab; after that the user decides (View menu).
    m_transferDock->hide();
    connect(m_transferDock, &TransferDock::settingsChanged, this, [this] {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (BrowserTab* browser = browserTabAt(i)) {
                m_transferDock->applySettings(browser->queue());
            }
        }
    });
    createActions();
    createToolBar();
    createMenus();

    connect(m_dock, &SessionTreeDock::openRequested, this, &MainWindow::openSession);
    connect(m_dock, &SessionTreeDock::openSftpRequested, this, &MainWindow::openSftp);
    connect(m_dock, &SessionTreeDock::sessionsDeleted, this, &MainWindow::forgetPasswords);
    connect(m_model.get(), &SessionTreeModel::saveFailed, this,
            [this](const QString& message) { m_notice->showNotice(message, NoticeBar::Kind::Warning); });
    connect(m_model.get(), &SessionTreeModel::operationRefused, this,
            [this](const QString& message) { m_notice->showNotice(message, NoticeBar::Kind::Information); });
    if (loaded.needsAttention()) {
        // The user's data was not what Ferry expected: say so where it cannot be missed, without a box
        // that stops everything else.
        QStringList details = loaded.problems.mid(0, kShownProblems);
        if (loaded.problems.size() > kShownProblems) {
            details << tr("… and %1 more.").arg(loaded.problems.size() - kShownProblems);
        }
        const QString problems = loaded.status == SessionStore::LoadResult::Status::LoadedWithProblems
                                     ? QLatin1Char('\n') + details.join(QLatin1Char('\n'))
                                     : QString();
        m_notice->showNotice(loaded.message + problems, NoticeBar::Kind::Warning);
    }

    resize(1100, 700);
    restoreSettings();
    updateStatus();
    updateTabActions();
}

MainWindow::~MainWindow()
{
    // The dock lets go of the queue of the browser tab in front, which goes with the tabs.
    m_transferDock->setQueue(nullptr);
    // The tree's views and the tabs go before the model and the store they read.
    delete m_dock;
    m_dock = nullptr;
    m_model.reset();
}

void MainWindow::createCentralArea()
{
    auto* placeholder = new QLabel(tr("No terminal open.\n\nDouble-click a saved session on the left, or type "
                                      "user@host into Quick connect above."),
                                   this);
    placeholder->setObjectName(QStringLiteral("placeholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setTextFormat(Qt::PlainText);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("terminalTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setElideMode(Qt::ElideMiddle);
    // The keys belong to the terminal; the tab bar is for the mouse.
    m_tabs->tabBar()->setFocusPolicy(Qt::NoFocus);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_transferDock) {
            BrowserTab* browser = currentBrowserTab();
            m_transferDock->setQueue(browser ? browser->queue() : nullptr);
        }
        updateStatus();
        updateTabActions();
    });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(placeholder);
    m_stack->addWidget(m_tabs);

    m_notice = new NoticeBar(this);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    // A long error message is cut off (the tooltip has all of it) instead of widening the window.
    m_stateLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_hostLabel = new QLabel(this);
    m_hostLabel->setObjectName(QStringLiteral("hostLabel"));
    m_cipherLabel = new QLabel(this);
    m_cipherLabel->setObjectName(QStringLiteral("cipherLabel"));
    m_hostLabel->setContentsMargins(8, 0, 8, 0);
    m_cipherLabel->setContentsMargins(8, 0, 4, 0);
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_hostLabel);
    statusBar()->addPermanentWidget(m_cipherLabel);
}

void MainWindow::createActions()
{
    // Every shortcut of Ferry's own carries Ctrl+Shift (or is a key terminals do not use alone), so that
    // Ctrl+<letter>, the function keys and Alt+<key> stay with the programs running in the terminal.
    const auto action = [this](const QString& text, const QString& name, const QList<QKeySequence>& keys) {
        auto* created = new QAction(text, this);
        created->setObjectName(name);
        created->setShortcuts(keys);
        addAction(created);
        return created;
    };
    const auto ctrlShift = [](Qt::Key key) { return QKeySequence(Qt::CTRL | Qt::SHIFT | key); };

    m_importSshConfig = action(tr("Import from &ssh_config…"), QStringLiteral("importSshConfig"), {});
    connect(m_importSshConfig, &QAction::triggered, this, [this] { showSshConfigImport(); });
    m_importSessions = action(tr("&Import Ferry Sessions…"), QStringLiteral("importSessions"), {});
    connect(m_importSessions, &QAction::triggered, this, &MainWindow::chooseSessionsToImport);
    m_exportSessions = action(tr("E&xport Ferry Sessions…"), QStringLiteral("exportSessions"), {});
    connect(m_exportSessions, &QAction::triggered, this, &MainWindow::chooseExportFile);
    m_quit = action(tr("&Quit"), QStringLiteral("quit"), {ctrlShift(Qt::Key_Q)});
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_closeTab = action(tr("&Close Tab"), QStringLiteral("closeTab"), {ctrlShift(Qt::Key_W)});
    connect(m_closeTab, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    m_duplicateTab = action(tr("&Duplicate Tab"), QStringLiteral("duplicateTab"), {ctrlShift(Qt::Key_D)});
    connect(m_duplicateTab, &QAction::triggered, this, [this] {
        if (ConnectionTab* tab = currentTab()) {
            ConnectionTab* copy = tab->duplicate(m_tabs);
            // The same session looks the same in every tab (zoom aside).
            const TerminalView* from = tab->terminal();
            copy->terminal()->setTerminalFont(from->terminalFont());
            copy->terminal()->setColorScheme(from->colorScheme());
            copy->terminal()->setScrollbackLines(from->scrollbackLines());
            copy->terminal()->setBackspaceKey(from->backspaceKey());
            addTab(copy)->start();
        }
    });
    m_reconnect = action(tr("&Reconnect"), QStringLiteral("reconnect"), {ctrlShift(Qt::Key_R)});
    connect(m_reconnect, &QAction::triggered, this, [this] {
        if (ConnectionTab* tab = currentTab()) {
            tab->reconnect();
        } else if (BrowserTab* browser = currentBrowserTab()) {
            browser->reconnect();
        }
    });
    m_showLog = action(tr("Connection &Log"), QStringLiteral("showLog"), {ctrlShift(Qt::Key_L)});
    connect(m_showLog, &QAction::triggered, this, [this] {
        if (ConnectionTab* tab = currentTab()) {
            tab->showLog();
        } else if (BrowserTab* browser = currentBrowserTab()) {
            browser->showLog();
        }
    });
    m_openSftpHere = action(tr("Open SFTP &Here"), QStringLiteral("openSftpHere"), {ctrlShift(Qt::Key_H)});
    connect(m_openSftpHere, &QAction::triggered, this, [this] {
        if (ConnectionTab* tab = currentTab()) {
            openSftpHere(tab);
        }
    });
    m_nextTab = action(tr("&Next Tab"), QStringLiteral("nextTab"),
                       {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    connect(m_nextTab, &QAction::triggered, this, [this] { switchTab(1); });
    m_previousTab = action(tr("&Previous Tab"), QStringLiteral("previousTab"),
                           {QKeySequence(Qt::CTRL | Qt::Key_PageUp), ctrlShift(Qt::Key_Tab)});
    connect(m_previousTab, &QAction::triggered, this, [this] { switchTab(-1); });

    m_focusQuickConnect = action(tr("&Quick Connect"), QStringLiteral("focusQuickConnect"), {ctrlShift(Qt::Key_O)});
    m_focusFilter = action(tr("&Filter Sessions"), QStringLiteral("focusFilter"), {ctrlShift(Qt::Key_S)});
    connect(m_focusFilter, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_dock->filterEdit()->setFocus();
        m_dock->filterEdit()->selectAll();
    });
    m_about = action(tr("&About Ferry"), QStringLiteral("about"), {});
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    // The dock's window-wide shortcuts work wherever the focus is, the terminal included.
    addAction(m_dock->openAction());
    addAction(m_dock->openSftpAction());
    addAction(m_dock->newSessionAction());
}

void MainWindow::createMenus()
{
    QMenu* session = menuBar()->addMenu(tr("&Session"));
    session->addAction(m_dock->openAction());
    session->addAction(m_dock->openSftpAction());
    session->addSeparator();
    session->addAction(m_dock->newSessionAction());
    session->addAction(m_dock->newFolderAction());
    session->addAction(m_dock->editAction());
    session->addAction(m_dock->duplicateAction());
    session->addAction(m_dock->renameAction());
    session->addAction(m_dock->deleteAction());
    session->addSeparator();
    session->addAction(m_importSshConfig);
    session->addAction(m_importSessions);
    session->addAction(m_exportSessions);
    session->addSeparator();
    session->addAction(m_quit);

    QMenu* tab = menuBar()->addMenu(tr("&Tab"));
    tab->addAction(m_duplicateTab);
    tab->addAction(m_openSftpHere);
    tab->addAction(m_reconnect);
    tab->addAction(m_showLog);
    tab->addSeparator();
    tab->addAction(m_nextTab);
    tab->addAction(m_previousTab);
    tab->addSeparator();
    tab->addAction(m_closeTab);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* showDock = m_dock->toggleViewAction();
    showDock->setText(tr("&Sessions Panel"));
    view->addAction(showDock);
    QAction* showToolBar = m_toolBar->toggleViewAction();
    showToolBar->setText(tr("&Toolbar"));
    view->addAction(showToolBar);
    QAction* showTransfers = m_transferDock->toggleViewAction();
    showTransfers->setText(tr("T&ransfers Panel"));
    showTransfers->setObjectName(QStringLiteral("showTransfers"));
    view->addAction(showTransfers);
    view->addSeparator();
    view->addAction(m_focusFilter);
    view->addAction(m_focusQuickConnect);

    QMenu* tools = menuBar()->addMenu(tr("T&ools"));
    QAction* keys = tools->addAction(tr("&Keys and Agent…"), this, &MainWindow::openKeyManager);
    keys->setObjectName(QStringLiteral("openKeyManager"));
    QAction* knownHosts = tools->addAction(tr("Known &Hosts…"), this, &MainWindow::openKnownHosts);
    knownHosts->setObjectName(QStringLiteral("openKnownHosts"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));

    m_dock->newSessionAction()->setIcon(themeIcon("document-new", QStyle::SP_FileDialogNewFolder));
    m_dock->openAction()->setIcon(themeIcon("utilities-terminal", QStyle::SP_MediaPlay));
    m_dock->editAction()->setIcon(themeIcon("document-properties", QStyle::SP_FileDialogDetailedView));
    m_closeTab->setIcon(themeIcon("tab-close", QStyle::SP_DialogCloseButton));
    m_toolBar->addAction(m_dock->newSessionAction());
    m_toolBar->addAction(m_dock->openAction());
    m_dock->openSftpAction()->setIcon(themeIcon("folder-remote", QStyle::SP_DirLinkIcon));
    m_toolBar->addAction(m_dock->openSftpAction());
    m_toolBar->addAction(m_dock->editAction());
    m_toolBar->addSeparator();

    auto* label = new QLabel(tr("Quick connect:"), m_toolBar);
    label->setContentsMargins(6, 0, 6, 0);
    m_quickConnect = new QuickConnectField(m_toolBar);
    m_quickConnect->setObjectName(QStringLiteral("quickConnect"));
    label->setBuddy(m_quickConnect->lineEdit());
    m_toolBar->addWidget(label);
    m_toolBar->addWidget(m_quickConnect);
    connect(m_quickConnect, &QuickConnectField::connectRequested, this, &MainWindow::quickConnect);
    connect(m_focusQuickConnect, &QAction::triggered, this, [this] {
        m_toolBar->show();
        m_quickConnect->lineEdit()->setFocus();
        m_quickConnect->lineEdit()->selectAll();
    });
}

void MainWindow::setSshEnvironment(const SessionConnector::Environment& environment)
{
    m_environment = environment;
}

void MainWindow::setSecretStore(SecretStore* store)
{
    m_secrets = store;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (ConnectionTab* tab = tabAt(i)) {
            tab->setSecretStore(store);
        } else if (BrowserTab* browser = browserTabAt(i)) {
            browser->setSecretStore(store);
        }
    }
}

ConnectionTab* MainWindow::openTerminal(const ConnectionOptions& options)
{
    return openTerminal(options, TabSettings());
}

ConnectionTab* MainWindow::openTerminal(const ConnectionOptions& options, const TabSettings& settings)
{
    ConnectionTab* tab = addTab(new ConnectionTab(options, settings, m_tabs));
    tab->start();
    updateStatus();
    return tab;
}

TabSettings MainWindow::sessionSettings(const SessionProfile& profile, const SessionConnector::Result& prepared)
{
    TabSettings settings;
    settings.onExit = tabOnExit(profile.terminal.onExit);
    settings.shell = prepared.shell;
    settings.logFile = profile.terminal.logFile;
    settings.rememberPassword = profile.auth.rememberPassword;
    settings.keychainAccount = profile.secretAccount();
    if (!prepared.warnings.isEmpty()) {
        const QString name = profile.name.isEmpty() ? profile.addressText() : profile.name;
        m_notice->showNotice(tr("%1: %2").arg(name, prepared.warnings.join(QLatin1Char('\n'))),
                             NoticeBar::Kind::Information);
    }
    return settings;
}

ConnectionTab* MainWindow::openSession(const SessionProfile& profile)
{
    const SessionConnector::Result prepared = SessionConnector::prepare(profile, m_environment);
    const TabSettings settings = sessionSettings(profile, prepared);
    auto* tab = new ConnectionTab(prepared.options, settings, m_tabs);
    // Before the connection starts, so the shell's pty is opened with the grid of the session's font.
    tab->terminal()->applySettings(profile.terminal);
    addTab(tab)->start();
    updateStatus();
    return tab;
}

ConnectionTab* MainWindow::openSessionByName(const QString& name, QString* error)
{
    const QVector<SessionProfile> found = m_store->findByName(name);
    QString problem;
    if (found.isEmpty()) {
        problem = tr("There is no saved session named \"%1\".").arg(name);
    } else if (found.size() > 1) {
        problem = tr("Several saved sessions are named \"%1\"; name the folder too, as in %2.")
                      .arg(name, found.constFirst().path());
    }
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        m_notice->showNotice(problem, NoticeBar::Kind::Warning);
        return nullptr;
    }
    m_dock->selectSession(found.constFirst().id);
    return openSession(found.constFirst());
}

ConnectionTab* MainWindow::quickConnect(const Destination& target)
{
    // A profile nobody saves, so a quick connection reads ssh_config exactly as a saved session would.
    SessionProfile profile;
    profile.name = target.host;
    profile.host = target.host;
    profile.user = target.user;
    if (target.port > 0) {
        profile.port = quint16(target.port);
    }
    profile.connection.sshConfigHost = target.host;
    return openSession(profile);
}

ConnectionTab* MainWindow::addTab(ConnectionTab* tab)
{
    if (m_secrets) {
        tab->setSecretStore(m_secrets);
    }
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);
    updateTabLabel(tab);

    connect(tab, &ConnectionTab::statusChanged, this, [this, tab] {
        updateTabLabel(tab);
        if (tab == currentTab()) {
            updateStatus();
        }
    });
    connect(tab, &ConnectionTab::titleChanged, this, [this, tab] {
        updateTabLabel(tab);
        if (tab == currentTab()) {
            updateStatus();
        }
    });
    connect(tab, &ConnectionTab::bellMarkChanged, this, [this, tab] { updateTabLabel(tab); });
    connect(tab, &ConnectionTab::firstOutputReceived, this, [this] {
        if (m_outputSeen) {
            return;
        }
        m_outputSeen = true;
        emit firstRemoteOutput();
    });
    connect(tab, &ConnectionTab::connectionFailed, this, &MainWindow::connectionFailed);
    connect(tab, &ConnectionTab::closeRequested, this, [this, tab] { removeTab(tab); });
    connect(tab, &ConnectionTab::passwordRememberFinished, this, [this](bool ok, const QString& message) {
        if (!ok) {
            m_notice->showNotice(message, NoticeBar::Kind::Warning);
        }
    });
    tab->setFocus();
    updateTabActions();
    return tab;
}

void MainWindow::updateTabLabel(ConnectionTab* tab)
{
    const int at = m_tabs->indexOf(tab);
    if (at < 0) {
        return;
    }
    m_tabs->setTabText(at, tab->title());
    m_tabs->setTabToolTip(at, tab->userAtHost() + QLatin1Char('\n') + tab->stateText());
    m_tabs->setTabIcon(at, tab->hasBellMark() ? themeIcon("dialog-information", QStyle::SP_MessageBoxInformation)
                                              : QIcon());
}

void MainWindow::closeTab(int index)
{
    if (ConnectionTab* tab = tabAt(index)) {
        // The tab asks first when a shell is running, then requests its removal.
        tab->requestClose();
    } else if (BrowserTab* browser = browserTabAt(index)) {
        browser->requestClose();
    }
}

void MainWindow::removeTab(QWidget* tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0) {
        return;
    }
    m_tabs->removeTab(index);
    // Deleting the tab closes its shell, and the connection with the last tab using it.
    tab->deleteLater();
    if (m_tabs->count() == 0) {
        m_stack->setCurrentIndex(0);
    } else if (QWidget* next = m_tabs->currentWidget()) {
        // The keyboard goes on to the terminal now in front, as it was with the closed one.
        next->setFocus();
    }
    updateStatus();
    updateTabActions();
}

void MainWindow::switchTab(int delta)
{
    const int count = m_tabs->count();
    if (count > 1) {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + delta + count) % count);
        if (QWidget* tab = m_tabs->currentWidget()) {
            tab->setFocus();
        }
    }
}

ConnectionTab* MainWindow::currentTab() const
{
    return qobject_cast<ConnectionTab*>(m_tabs->currentWidget());
}

ConnectionTab* MainWindow::tabAt(int index) const
{
    return qobject_cast<ConnectionTab*>(m_tabs->widget(index));
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

QString MainWindow::statusStateText() const
{
    return m_stateLabel->text();
}

QString MainWindow::statusHostText() const
{
    return m_hostLabel->text();
}

QString MainWindow::statusCipherText() const
{
    return m_cipherLabel->text();
}

QString MainWindow::noticeText() const
{
    return m_notice->text();
}

void MainWindow::updateStatus()
{
    if (BrowserTab* browser = currentBrowserTab()) {
        m_stateLabel->setText(browser->stateText());
        m_stateLabel->setToolTip(browser->stateText());
        m_hostLabel->setText(browser->userAtHost());
        m_cipherLabel->setText(browser->cipherText());
        m_cipherLabel->setToolTip(browser->algorithmsText());
        setWindowTitle(browser->title());
        return;
    }
    ConnectionTab* tab = currentTab();
    if (!tab) {
        m_stateLabel->setText(tr("Not connected"));
        m_stateLabel->setToolTip(QString());
        m_hostLabel->clear();
        m_cipherLabel->clear();
        setWindowTitle(QString());
        return;
    }
    m_stateLabel->setText(tab->stateText());
    m_stateLabel->setToolTip(tab->stateText());
    m_hostLabel->setText(tab->userAtHost());
    m_cipherLabel->setText(tab->cipherText());
    m_cipherLabel->setToolTip(tab->algorithmsText());
    setWindowTitle(tab->title());
}

void MainWindow::updateTabActions()
{
    const bool terminal = currentTab() != nullptr;
    const bool anyTab = m_tabs->currentWidget() != nullptr;
    for (QAction* tabAction : {m_closeTab, m_reconnect, m_showLog}) {
        tabAction->setEnabled(anyTab);
    }
    m_duplicateTab->setEnabled(terminal);
    m_openSftpHere->setEnabled(terminal);
    m_nextTab->setEnabled(m_tabs->count() > 1);
    m_previousTab->setEnabled(m_tabs->count() > 1);
}

SessionStore::ImportResult MainWindow::importSessions(const QString& path)
{
    const SessionStore::ImportResult result = m_model->importFrom(path);
    if (!result.ok) {
        m_notice->showNotice(tr("Nothing was imported from %1: %2").arg(QDir::toNativeSeparators(path), result.error),
                             NoticeBar::Kind::Warning);
        return result;
    }
    QString text =
        tr("%n session(s) imported from %1.", nullptr, int(result.added.size())).arg(QDir::toNativeSeparators(path));
    if (!result.problems.isEmpty()) {
        text += QLatin1Char('\n') + result.problems.join(QLatin1Char('\n'));
    }
    m_notice->showNotice(text, result.problems.isEmpty() ? NoticeBar::Kind::Information : NoticeBar::Kind::Warning);
    if (!result.added.isEmpty()) {
        m_dock->selectSession(result.added.constFirst());
    }
    return result;
}

bool MainWindow::exportSessions(const QString& path, QString* error)
{
    QString why;
    if (!m_store->exportTo(path, {}, &why)) {
        m_notice->showNotice(tr("The sessions could not be exported: %1").arg(why), NoticeBar::Kind::Warning);
        if (error) {
            *error = why;
        }
        return false;
    }
    m_notice->showNotice(tr("%n session(s) exported to %1.", nullptr, int(m_store->sessions().size()))
                             .arg(QDir::toNativeSeparators(path)),
                         NoticeBar::Kind::Information);
    return true;
}

SshConfigImportDialog* MainWindow::showSshConfigImport(const QString& configFile)
{
    const QString file =
        configFile.isEmpty() ? QDir(m_environment.sshDir).filePath(QStringLiteral("config")) : configFile;
    QStringList taken;
    for (const SessionProfile& profile : m_store->sessions()) {
        taken << profile.path();
    }
    auto* dialog = new SshConfigImportDialog(file, m_environment.context, m_store->folders(), taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QVector<SessionProfile> profiles = dialog->checkedProfiles();
        for (SessionProfile& profile : profiles) {
            profile.name = m_store->uniqueName(profile.folder, profile.name);
        }
        const QVector<QUuid> added = m_model->addSessions(profiles);
        m_notice->showNotice(tr("%n session(s) imported from %1.", nullptr, int(added.size()))
                                 .arg(QDir::toNativeSeparators(dialog->configFile())),
                             NoticeBar::Kind::Information);
        if (!added.isEmpty()) {
            m_dock->selectSession(added.constFirst());
        }
    });
    dialog->open();
    return dialog;
}

void MainWindow::chooseSessionsToImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Ferry Sessions"), QDir::homePath(),
                                                      tr("Ferry sessions (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        importSessions(path);
    }
}

void MainWindow::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Ferry Sessions"),
                                                      QDir::home().filePath(QStringLiteral("ferry-sessions.json")),
                                                      tr("Ferry sessions (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        exportSessions(path);
    }
}

void MainWindow::forgetPasswords(const QVector<SessionProfile>& profiles)
{
    for (const SessionProfile& profile : profiles) {
        if (!profile.auth.rememberPassword) {
            continue;
        }
        // The tabs use the OS keychain unless told otherwise; so does forgetting.
        if (!m_secrets) {
            m_secrets = new KeychainSecretStore(this);
        }
        m_secrets->remove(profile.secretAccount());
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kWindowStateVersion));
    settings.setValue(kExpandedKey, m_dock->expandedFolders());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray(), kWindowStateVersion);
    if (settings.contains(kExpandedKey)) {
        m_dock->setExpandedFolders(settings.value(kExpandedKey).toStringList());
    } else {
        m_dock->view()->expandAll();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    int live = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if ((tabAt(i) && tabAt(i)->needsCloseConfirmation()) ||
            (browserTabAt(i) && browserTabAt(i)->needsCloseConfirmation())) {
            ++live;
        }
    }
    if (live > 0 && !m_closeConfirmed) {
        event->ignore();
        auto* box = new QMessageBox(QMessageBox::Question, tr("Quit Ferry"),
                                    tr("Quit Ferry and end %n running session(s)?", nullptr, live),
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("confirmQuit"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton* quit = box->addButton(tr("&Quit"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(QMessageBox::Cancel);
        connect(box, &QMessageBox::finished, this, [this, box, quit] {
            if (box->clickedButton() == quit) {
                m_closeConfirmed = true;
                close();
            }
        });
        box->open();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About Ferry"),
                                tr("Ferry %1\n\nAn SSH terminal and SFTP client.").arg(QStringLiteral(FERRY_VERSION)),
                                QMessageBox::Close, this);
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace ferry
