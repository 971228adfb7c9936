#include "browser/FilePane.h"

#include "browser/PaneDragDrop.h"
#include "browser/PaneModel.h"
#include "browser/PaneSortProxy.h"
#include "browser/PaneView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry {

namespace {

// How many names a delete confirmation lists before it says "and N more".
constexpr int kNamesListed = 10;

QAction* makeAction(QObject* parent, const QString& objectName, const QString& text, const QKeySequence& key = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    if (!key.isEmpty()) {
        action->setShortcut(key);
        // Shown in the menus; the keys themselves are handled by the list so they never fire in the address bar.
        action->setShortcutContext(Qt::WidgetShortcut);
    }
    return action;
}

QString lastSegment(const QString& path)
{
    QString trimmed = path;
    while (trimmed.size() > 1 && trimmed.endsWith(QLatin1Char('/'))) {
        trimmed.chop(1);
    }
    return trimmed.mid(trimmed.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace

FilePane::FilePane(PaneModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new PaneSortProxy(this))
    , m_view(new PaneView(this))
    , m_paneId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_dragDrop(new PaneDragDrop(m_paneId, model, m_proxy, m_view))
    , m_navigation(new PaneNavigationBar(this))
    , m_statusTimer(new QTimer(this))
{
    qRegisterMetaType<PaneEntries>("ferry::PaneEntries");
    qRegisterMetaType<PaneDrop>("ferry::PaneDrop");
    if (!m_model->QObject::parent()) {
        m_model->setParent(this);
    }
    m_proxy->setPaneModel(m_model);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(PaneModel::NameColumn, Qt::AscendingOrder);
    m_view->setObjectName(QStringLiteral("paneView"));
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(50);
    connect(m_statusTimer, &QTimer::timeout, this, &FilePane::updateStatus);

    buildActions();
    buildLayout();
    connectModel();

    sizeColumns();

    connect(m_dragDrop, &PaneDragDrop::dropRequested, this, &FilePane::dropRequested);
    connect(m_view, &PaneView::openRequested, this, &FilePane::openIndex);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &FilePane::openIndex);
    connect(m_view, &PaneView::upRequested, this, &FilePane::goUp);
    connect(m_view, &PaneView::deleteRequested, this, &FilePane::askToDelete);
    connect(m_view, &PaneView::transferRequested, this, &FilePane::requestTransfer);
    connect(m_view, &PaneView::newFolderRequested, this, &FilePane::askForNewFolder);
    connect(m_view, &QWidget::customContextMenuRequested, this, &FilePane::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        scheduleStatus();
    });
    setFocusProxy(m_view);
    updateActions();
    updateStatus();
}

FilePane::~FilePane() = default;

void FilePane::sizeColumns()
{
    // Wide enough for the usual values in the font in use, measured rather than guessed in pixels.
    QHeaderView* header = m_view->header();
    header->setSectionResizeMode(PaneModel::NameColumn, QHeaderView::Stretch);
    const QFontMetrics metrics(m_view->font());
    const int padding = m_view->style()->pixelMetric(QStyle::PM_HeaderMargin) + 8;
    auto fit = [&](int column, const QStringList& samples) {
        int width = header->fontMetrics().horizontalAdvance(m_proxy->headerData(column, Qt::Horizontal).toString());
        for (const QString& sample : samples) {
            width = std::max(width, metrics.horizontalAdvance(sample));
        }
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width + padding);
    };
    const QLocale locale;
    fit(PaneModel::SizeColumn, {locale.formattedDataSize(1023 * 1024 * 1000, 1), locale.formattedDataSize(999, 1)});
    fit(PaneModel::ModifiedColumn, {PaneModel::timeText(QDateTime(QDate(2026, 12, 28), QTime(23, 58)))});
    fit(PaneModel::PermissionsColumn, {QStringLiteral("drwxrwxrwx")});
    fit(PaneModel::OwnerColumn, {QStringLiteral("alice")});
    // Two panes side by side rarely have room for every column: the owner goes first, then the permissions.
    m_view->setFoldingColumns({PaneModel::OwnerColumn, PaneModel::PermissionsColumn}, metrics.averageCharWidth() * 24);
}

void FilePane::buildActions()
{
    connect(m_navigation->backAction(), &QAction::triggered, this, &FilePane::goBack);
    connect(m_navigation->forwardAction(), &QAction::triggered, this, &FilePane::goForward);
    connect(m_navigation->upAction(), &QAction::triggered, this, &FilePane::goUp);
    connect(m_navigation->homeAction(), &QAction::triggered, this, &FilePane::goHome);
    connect(m_navigation->refreshAction(), &QAction::triggered, this, &FilePane::refresh);
    connect(m_navigation->hiddenAction(), &QAction::toggled, this, &FilePane::setShowHidden);
    connect(m_navigation, &PaneNavigationBar::navigateRequested, this, &FilePane::navigateTo);
    connect(m_navigation, &PaneNavigationBar::bookmarksChanged, this, &FilePane::bookmarksChanged);

    m_openAction = makeAction(this, QStringLiteral("openAction"), tr("&Open"), QKeySequence(Qt::Key_Return));
    m_transferAction =
        makeAction(this, QStringLiteral("transferAction"), tr("&Copy to Other Pane"), QKeySequence(Qt::Key_F5));
    m_editAction = makeAction(this, QStringLiteral("editAction"), tr("&Edit"));
    m_renameAction = makeAction(this, QStringLiteral("renameAction"), tr("&Rename"), QKeySequence(Qt::Key_F2));
    m_deleteAction = makeAction(this, QStringLiteral("deleteAction"), tr("&Delete"), QKeySequence(Qt::Key_Delete));
    m_newFolderAction =
        makeAction(this, QStringLiteral("newFolderAction"), tr("&New Folder…"), QKeySequence(Qt::Key_F7));
    m_newFolderAction->setIcon(QIcon::fromTheme(QStringLiteral("folder-new"),
                                                QApplication::style()->standardIcon(QStyle::SP_FileDialogNewFolder)));
    m_permissionsAction = makeAction(this, QStringLiteral("permissionsAction"), tr("&Permissions…"));
    m_copyPathAction = makeAction(this, QStringLiteral("copyPathAction"), tr("Copy &Path"));
    m_terminalAction = makeAction(this, QStringLiteral("openTerminalAction"), tr("Open &Terminal Here"));
    connect(m_openAction, &QAction::triggered, this, &FilePane::openCurrent);
    connect(m_transferAction, &QAction::triggered, this, &FilePane::requestTransfer);
    connect(m_editAction, &QAction::triggered, this, &FilePane::requestEdit);
    connect(m_renameAction, &QAction::triggered, this, &FilePane::renameCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &FilePane::askToDelete);
    connect(m_newFolderAction, &QAction::triggered, this, &FilePane::askForNewFolder);
    connect(m_permissionsAction, &QAction::triggered, this, &FilePane::requestPermissions);
    connect(m_copyPathAction, &QAction::triggered, this, &FilePane::copyPaths);
    connect(m_terminalAction, &QAction::triggered, this, &FilePane::requestTerminal);
    m_terminalAction->setVisible(false);

    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("paneContextMenu"));
    m_contextMenu->addActions({m_openAction, m_editAction, m_transferAction});
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({m_renameAction, m_deleteAction, m_newFolderAction, m_permissionsAction});
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({m_copyPathAction, m_terminalAction});
}

void FilePane::buildLayout()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("paneTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->hide();

    m_messageBar = new QFrame(this);
    m_messageBar->setObjectName(QStringLiteral("paneMessage"));
    m_messageBar->setFrameShape(QFrame::StyledPanel);
    m_messageBar->setAutoFillBackground(true);
    QPalette warning = m_messageBar->palette();
    warning.setColor(QPalette::Window, QColor(0xfb, 0xe3, 0xe3));
    warning.setColor(QPalette::WindowText, QColor(0x8a, 0x10, 0x10));
    m_messageBar->setPalette(warning);
    m_messageText = new QLabel(m_messageBar);
    // Names and messages from a server are shown as they are, never as rich text.
    m_messageText->setTextFormat(Qt::PlainText);
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(m_messageBar);
    close->setAutoRaise(true);
    close->setIcon(QApplication::style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close this message"));
    connect(close, &QToolButton::clicked, this, &FilePane::hideMessage);
    auto* messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->setContentsMargins(8, 4, 4, 4);
    messageLayout->addWidget(m_messageText, 1);
    messageLayout->addWidget(close, 0, Qt::AlignTop);
    m_messageBar->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("paneStatus"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadingIndicator"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumSize(100, 12);
    m_progress->hide();

    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(4, 0, 4, 0);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_title);
    layout->addWidget(m_navigation);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
}

void FilePane::connectModel()
{
    connect(m_model, &PaneModel::pathChanged, this, &FilePane::onPathChanged);
    connect(m_model, &PaneModel::listingStarted, this, &FilePane::onListingStarted);
    connect(m_model, &PaneModel::loadingChanged, this, &FilePane::onLoadingChanged);
    connect(m_model, &PaneModel::loadFailed, this, &FilePane::onLoadFailed);
    connect(m_model, &PaneModel::operationFailed, this, &FilePane::showMessage);
    // The renamed entry stays selected under its new name once the folder is listed again.
    connect(m_model, &PaneModel::nameEdited, this, [this](const QString& /*oldName*/, const QString& newName) {
        m_reselect = {newName};
        m_recurrent = newName;
    });
    // After the proxy (connected when it got the model) has placed the new rows.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FilePane::onRowsArrived);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FilePane::scheduleStatus);
}

void FilePane::setTitle(const QString& title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

QString FilePane::title() const
{
    return m_title->text();
}

void FilePane::navigateTo(const QString& input)
{
    const QString path = m_model->resolvePath(input);
    // The address bar's Enter and its item activation can both ask for the same folder.
    if (path.isEmpty() || (path == m_pendingPath && m_model->isLoading())) {
        return;
    }
    go(path, Move::New);
}

void FilePane::goBack()
{
    if (m_history.canGoBack()) {
        go(m_history.backTarget(), Move::Back);
    }
}

void FilePane::goForward()
{
    if (m_history.canGoForward()) {
        go(m_history.forwardTarget(), Move::Forward);
    }
}

void FilePane::goUp()
{
    const QString current = m_model->path();
    if (current.isEmpty() || m_model->isRoot(current)) {
        return;
    }
    m_reselect = {lastSegment(current)};
    m_recurrent = lastSegment(current);
    go(m_model->parentPath(current), Move::New);
}

void FilePane::goHome()
{
    go(m_model->homePath(), Move::New);
}

void FilePane::refresh()
{
    hideMessage();
    m_model->refresh();
}

void FilePane::go(const QString& path, Move move)
{
    m_pendingPath = path;
    m_pendingMove = move;
    if (path == m_model->path()) {
        m_model->refresh();
        return;
    }
    m_model->setPath(path);
}

void FilePane::onListingStarted(const QString& path)
{
    // A refresh keeps what was selected, unless something else is already waiting to be selected.
    if (path == m_model->path() && m_reselect.isEmpty()) {
        for (const PaneEntry& e : selectedEntries()) {
            m_reselect.insert(e.name);
        }
        const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
        m_recurrent = current.isValid() ? m_model->entry(current.row()).name : QString();
    }
}

void FilePane::onLoadFailed(const QString& path, const QString& text)
{
    if (path == m_pendingPath) {
        m_pendingPath.clear();
        m_reselect.clear();
        m_recurrent.clear();
    }
    m_navigation->revertAddress();
    showMessage(tr("Could not open %1: %2").arg(path, text));
}

void FilePane::onPathChanged(const QString& path)
{
    const QString previous = m_shownPath;
    if (path == m_pendingPath && m_pendingMove == Move::Back) {
        m_history.wentBack(previous);
    } else if (path == m_pendingPath && m_pendingMove == Move::Forward) {
        m_history.wentForward(previous);
    } else {
        m_history.visited(previous);
    }
    m_pendingPath.clear();
    m_shownPath = path;
    hideMessage();
    m_navigation->showPath(path);
    updateActions();
    emit pathChanged(path);
}

void FilePane::onRowsArrived()
{
    scheduleStatus();
    if (m_reselect.isEmpty() && m_recurrent.isEmpty()) {
        return;
    }
    QItemSelectionModel* selection = m_view->selectionModel();
    for (auto it = m_reselect.begin(); it != m_reselect.end();) {
        const int row = m_model->rowOf(*it);
        if (row < 0) {
            ++it;
            continue;
        }
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        it = m_reselect.erase(it);
    }
    if (!m_recurrent.isEmpty()) {
        const int row = m_model->rowOf(m_recurrent);
        if (row >= 0) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            m_view->scrollTo(index);
            m_recurrent.clear();
        }
    }
}

void FilePane::onLoadingChanged(bool loading)
{
    m_progress->setVisible(loading);
    if (!loading) {
        // Whatever did not come back (deleted meanwhile, or a failed rename's new name) is not waited for.
        m_reselect.clear();
        m_recurrent.clear();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0) {
            m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
        }
    }
    updateActions();
    scheduleStatus();
}

void FilePane::showMessage(const QString& text)
{
    m_messageText->setText(text);
    m_messageBar->show();
}

void FilePane::hideMessage()
{
    m_messageBar->hide();
    m_messageText->clear();
}

QString FilePane::message() const
{
    return m_messageBar->isVisibleTo(this) ? m_messageText->text() : QString();
}

bool FilePane::showsHidden() const
{
    return m_proxy->showsHidden();
}

void FilePane::setShowHidden(bool show)
{
    m_proxy->setShowHidden(show);
    m_navigation->hiddenAction()->setChecked(show);
    scheduleStatus();
}

void FilePane::updateActions()
{
    const QString path = m_model->path();
    m_navigation->backAction()->setEnabled(m_history.canGoBack());
    m_navigation->forwardAction()->setEnabled(m_history.canGoForward());
    m_navigation->upAction()->setEnabled(!path.isEmpty() && !m_model->isRoot(path));
    m_newFolderAction->setEnabled(!path.isEmpty());

    const PaneEntries selected = selectedEntries();
    const bool any = !selected.isEmpty();
    const bool oneFile = selected.size() == 1 && !selected.first().isFolder();
    m_openAction->setEnabled(selected.size() == 1);
    m_transferAction->setEnabled(any);
    m_editAction->setEnabled(oneFile);
    m_renameAction->setEnabled(selected.size() == 1);
    m_deleteAction->setEnabled(any);
    m_permissionsAction->setEnabled(any);
    m_copyPathAction->setEnabled(!path.isEmpty());
    m_terminalAction->setVisible(m_terminalAllowed);
    m_terminalAction->setEnabled(m_terminalAllowed && !path.isEmpty());
}

void FilePane::scheduleStatus()
{
    if (!m_statusTimer->isActive()) {
        m_statusTimer->start();
    }
}

QString FilePane::statusText() const
{
    return m_status->text();
}

void FilePane::updateStatus()
{
    const int shown = m_proxy->rowCount();
    QStringList parts{tr("%Ln item(s)", nullptr, shown)};
    const PaneEntries selected = selectedEntries();
    qint64 bytes = 0;
    bool anyFile = false;
    auto count = [&bytes, &anyFile](const PaneEntry& e) {
        if (!e.isFolder()) {
            bytes += e.size;
            anyFile = true;
        }
    };
    if (selected.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            count(m_model->entry(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
        }
    } else {
        parts.append(tr("%Ln selected", nullptr, selected.size()));
        std::for_each(selected.cbegin(), selected.cend(), count);
    }
    // Folders have no size of their own worth adding up: none is given for them alone.
    if (anyFile) {
        parts.append(QLocale().formattedDataSize(bytes));
    }
    const QString text = parts.join(QStringLiteral(", "));
    m_status->setText(m_model->isLoading() ? tr("Loading… %1").arg(text) : text);
}

QList<QAction*> FilePane::contextActions() const
{
    return m_contextMenu->actions();
}

void FilePane::showContextMenu(const QPoint& position)
{
    // A right click outside the selection acts on the row clicked, as file managers do.
    const QModelIndex clicked = m_view->indexAt(position);
    if (clicked.isValid() && !m_view->selectionModel()->isSelected(clicked)) {
        m_view->selectionModel()->setCurrentIndex(clicked,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else if (!clicked.isValid()) {
        m_view->clearSelection();
    }
    updateActions();
    m_contextMenu->popup(m_view->viewport()->mapToGlobal(position));
}

QStringList FilePane::selectedPaths() const
{
    QStringList paths;
    for (const PaneEntry& e : selectedEntries()) {
        paths.append(m_model->childPath(m_model->path(), e.name));
    }
    return paths;
}

PaneEntries FilePane::selectedEntries() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    PaneEntries entries;
    entries.reserve(rows.size());
    for (const QModelIndex& index : rows) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid()) {
            entries.append(m_model->entry(source.row()));
        }
    }
    return entries;
}

void FilePane::selectNames(const QStringList& names)
{
    m_view->clearSelection();
    m_reselect = QSet<QString>(names.cbegin(), names.cend());
    m_recurrent = names.isEmpty() ? QString() : names.first();
    onRowsArrived();
}

void FilePane::setTransferActionText(const QString& text)
{
    m_transferAction->setText(text);
}

void FilePane::setTerminalAllowed(bool allowed)
{
    m_terminalAllowed = allowed;
    updateActions();
}

void FilePane::setAcceptsExternalFiles(bool accepts)
{
    m_dragDrop->setAcceptsExternalFiles(accepts);
}

void FilePane::addPeerPane(const QString& paneId)
{
    m_dragDrop->addPeerPane(paneId);
}

void FilePane::setDragDownloader(PaneMimeData::Downloader downloader)
{
    m_dragDrop->setDownloader(std::move(downloader));
}

QMimeData* FilePane::createDragData(const QStringList& paths) const
{
    return m_dragDrop->createDragData(paths);
}

void FilePane::openIndex(const QModelIndex& proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (!source.isValid()) {
        return;
    }
    const PaneEntry& e = m_model->entry(source.row());
    const QString path = m_model->childPath(m_model->path(), e.name);
    if (e.isFolder()) {
        navigateTo(path);
    } else {
        emit openFileRequested(path);
    }
}

void FilePane::openCurrent()
{
    openIndex(m_view->currentIndex());
}

void FilePane::renameCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        m_view->edit(current.sibling(current.row(), PaneModel::NameColumn));
    }
}

QMessageBox* FilePane::deleteConfirmation() const
{
    return m_deleteConfirmation;
}

QInputDialog* FilePane::newFolderPrompt() const
{
    return m_newFolderPrompt;
}

void FilePane::askToDelete()
{
    const PaneEntries entries = selectedEntries();
    if (entries.isEmpty() || m_deleteConfirmation) {
        return;
    }
    const QStringList paths = selectedPaths();
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Delete"), QString(), QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    if (entries.size() == 1) {
        const PaneEntry& e = entries.first();
        box->setText(e.isDir && !e.isSymlink ? tr("Delete the folder \"%1\" and everything in it?").arg(e.name)
                                             : tr("Delete \"%1\"?").arg(e.name));
    } else {
        QStringList names;
        for (int i = 0; i < entries.size() && i < kNamesListed; ++i) {
            names.append(entries.at(i).name);
        }
        QString list = names.join(QLatin1Char('\n'));
        if (entries.size() > kNamesListed) {
            list += QLatin1Char('\n') + tr("and %n more", nullptr, entries.size() - kNamesListed);
        }
        box->setText(tr("Delete these %n items? Folders go with everything in them.", nullptr, entries.size()) +
                     QStringLiteral("\n\n") + list);
    }
    box->setInformativeText(tr("This cannot be undone."));
    box->button(QMessageBox::Yes)->setText(tr("&Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, paths] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            m_model->remove(paths);
        }
    });
    m_deleteConfirmation = box;
    box->open();
}

void FilePane::askForNewFolder()
{
    if (m_model->path().isEmpty() || m_newFolderPrompt) {
        return;
    }
    QString name = tr("New folder");
    for (int n = 2; m_model->rowOf(name) >= 0; ++n) {
        name = tr("New folder %1").arg(n);
    }
    auto* prompt = new QInputDialog(this);
    prompt->setObjectName(QStringLiteral("newFolderPrompt"));
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setWindowTitle(tr("New Folder"));
    prompt->setLabelText(tr("Name of the new folder in %1:").arg(m_model->path()));
    prompt->setTextValue(name);
    const QString folder = m_model->path();
    connect(prompt, &QInputDialog::textValueSelected, this, [this, folder](const QString& chosen) {
        const QString trimmed = chosen.trimmed();
        if (!m_model->isValidName(trimmed)) {
            showMessage(tr("\"%1\" cannot be used as a folder name.").arg(chosen));
            return;
        }
        if (folder == m_model->path()) {
            m_reselect = {trimmed};
            m_recurrent = trimmed;
        }
        m_model->makeDirectory(m_model->childPath(folder, trimmed));
    });
    m_newFolderPrompt = prompt;
    prompt->open();
}

void FilePane::requestTransfer()
{
    const QStringList paths = selectedPaths();
    if (!paths.isEmpty()) {
        emit copyToOtherPaneRequested(paths);
    }
}

void FilePane::requestEdit()
{
    const PaneEntries entries = selectedEntries();
    if (entries.size() == 1 && !entries.first().isFolder()) {
        emit editRequested(m_model->childPath(m_model->path(), entries.first().name));
    }
}

void FilePane::requestPermissions()
{
    const QStringList paths = selectedPaths();
    if (!paths.isEmpty()) {
        emit permissionsRequested(paths, selectedEntries());
    }
}

void FilePane::copyPaths()
{
    const QStringList paths = selectedPaths();
    QApplication::clipboard()->setText(paths.isEmpty() ? m_model->path() : paths.join(QLatin1Char('\n')));
}

void FilePane::requestTerminal()
{
    if (!m_terminalAllowed) {
        return;
    }
    // A single selected folder is where the user means; otherwise the folder shown.
    const PaneEntries entries = selectedEntries();
    if (entries.size() == 1 && entries.first().isFolder()) {
        emit openTerminalRequested(m_model->childPath(m_model->path(), entries.first().name));
    } else {
        emit openTerminalRequested(m_model->path());
    }
}

} // namespace ferry
