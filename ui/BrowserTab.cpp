#include "BrowserTab.h"

#include "ConnectionLogDialog.h"
#include "ConnectionLogin.h"
#include "RemoteFileSystem.h"
#include "SftpEntry.h"
#include "SftpOperation.h"
#include "SharedConnection.h"
#include "TabMessageBar.h"
#include "browser/DualPaneBrowser.h"
#include "browser/FilePane.h"
#include "browser/RemotePaneModel.h"
#include "editor/RemoteEditorDocument.h"
#include "editor/RemoteEditorWindow.h"
#include "editor/TextFileCheck.h"
#include "transfer/ConflictDialog.h"
#include "transfer/PermissionsDialog.h"
#include "transfer/TransferQueue.h"
#include "transfer/UniqueFileName.h"

#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace ferry {

namespace {

constexpr QLatin1String kBrowserStateKey("browser/state");
constexpr QLatin1String kBookmarksGroup("browserBookmarks/");

QString bookmarksKey(const QString& key)
{
    // Session ids and user@host:port both contain characters QSettings reads as structure.
    return kBookmarksGroup + QString::fromLatin1(QUrl::toPercentEncoding(key));
}

} // namespace

BrowserTab::BrowserTab(std::shared_ptr<SharedConnection> shared, const TabSettings& settings,
                       const QString& bookmarkKey, QWidget* parent)
    : QWidget(parent)
    , m_shared(std::move(shared))
    , m_settings(settings)
    , m_bookmarkKey(bookmarkKey)
    , m_bar(new TabMessageBar(this))
{
    m_connection = m_shared->connection();
    m_login = new ConnectionLogin(m_shared, m_settings, this);
    m_model = new RemotePaneModel(nullptr, this);
    m_queue = new TransferQueue(nullptr, this);
    m_browser = new DualPaneBrowser(m_model, this);
    m_browser->setRemoteTitle(userAtHost());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_browser, 1);
    setFocusProxy(m_browser->remotePane());

    connect(m_bar, &TabMessageBar::actionClicked, this, &BrowserTab::reconnect);
    connect(m_bar, &TabMessageBar::logRequested, this, &BrowserTab::showLog);
    connect(m_login, &ConnectionLogin::aboutToReplaceConnection, this, [this] {
        // The file system goes before the connection it runs on, which is deleted.
        disconnect(m_connection, nullptr, this, nullptr);
        m_connection = nullptr;
        m_queue->setFileSystem(nullptr);
        m_model->setFileSystem(nullptr);
        delete m_fileSystem;
        m_fileSystem = nullptr;
    });
    connect(m_login, &ConnectionLogin::connectionReplaced, this, [this] {
        bindConnection();
        startFileSystem();
    });
    connect(m_login, &ConnectionLogin::reconnectRequested, this, &BrowserTab::reconnect);
    connect(m_login, &ConnectionLogin::problem, this, &BrowserTab::showProblem);
    connect(m_login, &ConnectionLogin::passwordRememberFinished, this, &BrowserTab::passwordRememberFinished);

    connect(m_browser, &DualPaneBrowser::transferRequested, this, &BrowserTab::transfer);
    connect(m_queue, &TransferQueue::conflictRaised, this, [this](quint64 id) { onConflict(id); });
    connect(m_queue, &TransferQueue::jobFinished, this, [this](quint64 id) {
        // What arrived shows in the pane it arrived in; files of a folder show with the folder.
        if (m_queue->data(m_queue->index(m_queue->rowOfJob(id), 0), TransferQueue::ParentJobRole).toULongLong() != 0) {
            return;
        }
        const bool upload =
            m_queue->data(m_queue->index(m_queue->rowOfJob(id), 0), TransferQueue::DirectionRole).toInt() ==
            int(TransferQueue::Direction::Upload);
        (upload ? m_browser->remotePane() : m_browser->localPane())->refresh();
    });
    connect(m_queue, &TransferQueue::busyChanged, this, &BrowserTab::statusChanged);

    FilePane* local = m_browser->localPane();
    FilePane* remote = m_browser->remotePane();
    connect(remote, &FilePane::editRequested, this, &BrowserTab::editRemoteFile);
    connect(remote, &FilePane::openFileRequested, this, &BrowserTab::editRemoteFile);
    connect(local, &FilePane::openFileRequested, this, &BrowserTab::openLocalFile);
    connect(remote, &FilePane::permissionsRequested, this,
            [this](const QStringList& paths, const PaneEntries& entries) { askPermissions(true, paths, entries); });
    connect(local, &FilePane::permissionsRequested, this,
            [this](const QStringList& paths, const PaneEntries& entries) { askPermissions(false, paths, entries); });
    connect(remote, &FilePane::openTerminalRequested, this, &BrowserTab::terminalRequested);
    connect(remote, &FilePane::bookmarksChanged, this, &BrowserTab::saveBookmarks);
    connect(m_model, &RemotePaneModel::operationProgress, this, [this](const QString& text) {
        // Only the progress line goes away at the end, never a message that came meanwhile.
        if (!text.isEmpty()) {
            m_bar->showMessage(text, TabMessageBar::Kind::Progress);
            m_progressText = text;
        } else if (!m_progressText.isEmpty() && m_bar->text() == m_progressText) {
            m_bar->dismiss();
        }
        if (text.isEmpty()) {
            m_progressText.clear();
        }
    });
    remote->setDragDownloader([this](const QStringList& paths) { return downloadForDrag(paths); });

    QSettings store;
    remote->setBookmarks(store.value(bookmarksKey(m_bookmarkKey)).toStringList());
    m_browser->restoreState(store.value(kBrowserStateKey).toByteArray());
    local->goHome();
    bindConnection();
}

BrowserTab::~BrowserTab()
{
    // What the queue and the connection report while they wind down must reach neither this tab nor its window,
    // which may be halfway through its own destruction.
    blockSignals(true);
    disconnect(m_queue, nullptr, this, nullptr);
    disconnect(m_connection, nullptr, this, nullptr);
    QSettings().setValue(kBrowserStateKey, m_browser->saveState());
    // Editors outlive nothing of this tab: their document writes through this tab's file system.
    for (RemoteEditorWindow* window : editorWindows()) {
        window->close();
    }
    // The queue and the pane stop before the file system they use goes.
    delete m_queue;
    m_queue = nullptr;
    delete m_browser;
    m_browser = nullptr;
    delete m_model;
    m_model = nullptr;
    delete m_fileSystem;
    m_fileSystem = nullptr;
    if (m_login->isDriving() && m_connection->state() != Connection::State::Connected) {
        m_connection->disconnectFromHost();
    }
    delete m_login;
    m_shared->removeUser(this);
    m_shared.reset();
}

void BrowserTab::bindConnection()
{
    if (m_connection) {
        disconnect(m_connection, nullptr, this, nullptr);
    }
    m_connection = m_shared->connection();
    connect(m_connection, &Connection::stateChanged, this, [this](Connection::State state) {
        if (m_login->isDriving() && state == Connection::State::Authenticating) {
            m_bar->showMessage(tr("Logging in to %1…").arg(userAtHost()), TabMessageBar::Kind::Progress);
        } else if (m_login->isDriving() && state == Connection::State::VerifyingHostKey) {
            m_bar->showMessage(tr("Verifying the host key of %1…").arg(userAtHost()), TabMessageBar::Kind::Progress);
        }
        emit statusChanged();
    });
    connect(m_connection, &Connection::connected, this, &BrowserTab::onConnected);
    connect(m_connection, &Connection::disconnected, this, &BrowserTab::onDisconnected);
    if (m_logDialog) {
        m_logDialog->setLog(m_connection->log());
    }
}

void BrowserTab::setSecretStore(SecretStore* store)
{
    m_login->setSecretStore(store);
}

void BrowserTab::start()
{
    m_error.clear();
    m_shared->addUser(this);
    startFileSystem();
    if (m_connection->state() == Connection::State::Disconnected) {
        m_wasConnected = false;
        m_bar->showMessage(tr("Connecting to %1…").arg(userAtHost()), TabMessageBar::Kind::Progress);
        m_login->start();
    } else if (!m_connection->isConnected()) {
        m_bar->showMessage(tr("Connecting to %1…").arg(userAtHost()), TabMessageBar::Kind::Progress);
    } else {
        m_bar->showMessage(tr("Opening the file transfer session…"), TabMessageBar::Kind::Progress);
    }
    emit statusChanged();
}

void BrowserTab::reconnect()
{
    if (m_connection->isConnected() && m_fileSystem && !m_fileSystem->isClosed()) {
        m_browser->remotePane()->refresh();
        return;
    }
    start();
}

void BrowserTab::startFileSystem()
{
    RemoteFileSystem* old = m_fileSystem;
    m_fileSystem = new RemoteFileSystem(m_connection, this);
    connect(m_fileSystem, &RemoteFileSystem::ready, this, &BrowserTab::onFileSystemReady);
    connect(m_fileSystem, &RemoteFileSystem::closed, this,
            [this](const SftpError& error) { onFileSystemClosed(error.message()); });
    m_model->setFileSystem(m_fileSystem);
    m_queue->setFileSystem(m_fileSystem);
    delete old;
}

void BrowserTab::onFileSystemReady()
{
    m_bar->dismiss();
    if (!m_homeShown) {
        m_homeShown = true;
        m_browser->remotePane()->goHome();
    } else {
        m_browser->remotePane()->refresh();
    }
    emit statusChanged();
}

void BrowserTab::onFileSystemClosed(const QString& message)
{
    if (!m_connection->isConnected()) {
        // The connection's end says more; onDisconnected() shows it.
        return;
    }
    m_error = message;
    m_bar->showMessage(tr("The file transfer session ended: %1").arg(message), TabMessageBar::Kind::Error,
                       tr("&Reconnect"));
    emit statusChanged();
}

void BrowserTab::onConnected()
{
    m_wasConnected = true;
    m_bar->showMessage(tr("Opening the file transfer session…"), TabMessageBar::Kind::Progress);
    m_browser->setConnectionStatus(QString());
    emit statusChanged();
}

void BrowserTab::onDisconnected(const ConnectionError& error)
{
    m_login->finish();
    if (error.isError()) {
        m_error = error.message;
        const QString text =
            m_wasConnected ? tr("The connection to %1 was lost: %2").arg(userAtHost(), error.message) : error.message;
        m_bar->showMessage(text, TabMessageBar::Kind::Error, tr("&Reconnect"));
    } else {
        m_bar->showMessage(tr("Disconnected from %1.").arg(userAtHost()), TabMessageBar::Kind::Information,
                           tr("&Reconnect"));
    }
    m_browser->setConnectionStatus(tr("Not connected"));
    m_shared->removeUser(this);
    emit statusChanged();
}

QString BrowserTab::title() const
{
    return tr("SFTP — %1").arg(userAtHost());
}

QString BrowserTab::userAtHost() const
{
    return m_connection->options().displayName();
}

QString BrowserTab::stateText() const
{
    if (m_connection->state() == Connection::State::Connected) {
        if (m_fileSystem && m_fileSystem->isClosed()) {
            return tr("Connected; the file transfer session ended");
        }
        return m_queue->isBusy() ? tr("Connected, transferring") : tr("Connected");
    }
    return ConnectionLogin::stateText(*m_connection, m_error, m_wasConnected);
}

QString BrowserTab::cipherText() const
{
    return ConnectionLogin::cipherText(*m_connection);
}

QString BrowserTab::algorithmsText() const
{
    QStringList lines = ConnectionLogin::algorithmLines(*m_connection);
    if (lines.isEmpty()) {
        return QString();
    }
    if (m_fileSystem && m_fileSystem->isReady()) {
        lines << tr("SFTP version %1").arg(m_fileSystem->serverInfo().version);
    }
    return lines.join(QLatin1Char('\n'));
}

QString BrowserTab::messageText() const
{
    return m_bar->text();
}

QPushButton* BrowserTab::reconnectButton() const
{
    return m_bar->actionButton();
}

bool BrowserTab::needsCloseConfirmation() const
{
    return m_queue->isBusy() || !editorWindows().isEmpty();
}

void BrowserTab::requestClose()
{
    // Partial files stay on both sides, so a later transfer of the same files resumes them.
    m_closeConfirmation.request(
        this, needsCloseConfirmation(),
        {tr("Close SFTP Tab"), tr("Close the file browser on %1?").arg(userAtHost()),
         tr("Running transfers stop and can be resumed later; editor windows of this tab close."), tr("&Close Tab")},
        [this] { emit closeRequested(); });
}

QMessageBox* BrowserTab::closeConfirmation() const
{
    return m_closeConfirmation.box();
}

void BrowserTab::showLog()
{
    if (!m_logDialog) {
        m_logDialog = new ConnectionLogDialog(m_connection->log(), userAtHost(), this);
        m_logDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_logDialog->show();
    m_logDialog->raise();
    m_logDialog->activateWindow();
}

ConflictDialog* BrowserTab::conflictDialog() const
{
    return m_conflictDialog;
}

PermissionsDialog* BrowserTab::permissionsDialog() const
{
    return m_permissionsDialog;
}

QList<RemoteEditorWindow*> BrowserTab::editorWindows() const
{
    return findChildren<RemoteEditorWindow*>(QString(), Qt::FindDirectChildrenOnly);
}

void BrowserTab::showProblem(const QString& text)
{
    m_bar->showMessage(text, TabMessageBar::Kind::Error);
}

void BrowserTab::saveBookmarks(const QStringList& paths)
{
    QSettings().setValue(bookmarksKey(m_bookmarkKey), paths);
}

void BrowserTab::openLocalFile(const QString& path)
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace ferry
