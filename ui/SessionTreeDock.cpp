#include "SessionTreeDock.h"

#include "SessionEditorDialog.h"
#include "SessionFilterModel.h"
#include "profiles/SessionTreeModel.h"

#include <QAction>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPersistentModelIndex>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ferry {

SessionTreeDock::SessionTreeDock(SessionTreeModel* model, QWidget* parent)
    : QDockWidget(tr("Sessions"), parent)
    , m_model(model)
    , m_proxy(new SessionFilterModel(this))
{
    setObjectName(QStringLiteral("sessionDock"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_proxy->setSourceModel(model);

    auto* content = new QWidget(this);
    m_filter = new QLineEdit(content);
    m_filter->setObjectName(QStringLiteral("sessionFilter"));
    m_filter->setPlaceholderText(tr("Filter sessions"));
    m_filter->setToolTip(tr("Shows the sessions whose name, host, user or notes contain the text."));
    m_filter->setClearButtonEnabled(true);

    m_view = new QTreeView(content);
    m_view->setObjectName(QStringLiteral("sessionTree"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    // Renaming only on purpose (F2, the menu): a click meant to select must not start editing.
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setUniformRowHeights(true);
    m_view->setAnimated(false);
    // A folder opens and closes on activation, the same way for a double-click and for Enter.
    m_view->setExpandsOnDoubleClick(false);
    m_filter->installEventFilter(this);
    setFocusProxy(m_view);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    setWidget(content);

    createActions();
    connect(m_view, &QTreeView::activated, this, &SessionTreeDock::onActivated);
    connect(m_view, &QWidget::customContextMenuRequested, this, &SessionTreeDock::showContextMenu);
    connect(m_filter, &QLineEdit::textChanged, this, &SessionTreeDock::onFilterChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SessionTreeDock::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SessionTreeDock::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SessionTreeDock::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SessionTreeDock::updateActions);
    updateActions();
}

SessionTreeDock::~SessionTreeDock() = default;

void SessionTreeDock::createActions()
{
    m_open = new QAction(tr("&Open in New Tab"), this);
    m_open->setObjectName(QStringLiteral("openSession"));
    // Ferry's shortcuts carry Shift so Ctrl+<letter> stays with the programs in the terminal.
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_open, &QAction::triggered, this, [this] {
        for (const QModelIndex& index : selectedSourceIndexes()) {
            if (!m_model->isFolder(index)) {
                emit openRequested(m_model->profile(index));
            }
        }
    });

    m_openSftp = new QAction(tr("Open &SFTP"), this);
    m_openSftp->setObjectName(QStringLiteral("openSftp"));
    // Ctrl+Shift+O is Quick Connect; B for the file browser.
    m_openSftp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_openSftp, &QAction::triggered, this, [this] {
        for (const QModelIndex& index : selectedSourceIndexes()) {
            if (!m_model->isFolder(index)) {
                emit openSftpRequested(m_model->profile(index));
            }
        }
    });

    m_newSession = new QAction(tr("&New Session…"), this);
    m_newSession->setObjectName(QStringLiteral("newSession"));
    m_newSession->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newSession, &QAction::triggered, this, &SessionTreeDock::newSession);

    m_newFolder = new QAction(tr("New &Folder…"), this);
    m_newFolder->setObjectName(QStringLiteral("newFolder"));
    connect(m_newFolder, &QAction::triggered, this, &SessionTreeDock::newFolder);

    // The next ones act on the tree's selection, so their keys work only while the tree has the focus:
    // F2, Delete and Ctrl+D mean something else in a terminal.
    m_edit = new QAction(tr("&Edit Session…"), this);
    m_edit->setObjectName(QStringLiteral("editSession"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_edit, &QAction::triggered, this, [this] { editSession(currentSourceIndex()); });

    m_duplicate = new QAction(tr("D&uplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateSession"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicate, &QAction::triggered, this, &SessionTreeDock::duplicateSelected);

    m_rename = new QAction(tr("&Rename"), this);
    m_rename->setObjectName(QStringLiteral("renameItem"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_rename, &QAction::triggered, this, &SessionTreeDock::renameCurrent);

    m_delete = new QAction(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteItems"));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &SessionTreeDock::deleteSelected);

    for (QAction* action : {m_edit, m_duplicate, m_rename, m_delete}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }
}

QModelIndex SessionTreeDock::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_view->currentIndex());
}

QModelIndexList SessionTreeDock::selectedSourceIndexes() const
{
    QModelIndexList result;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected) {
        result << m_proxy->mapToSource(index);
    }
    if (result.isEmpty() && m_view->currentIndex().isValid()) {
        result << currentSourceIndex();
    }
    return result;
}

bool SessionTreeDock::selectSession(const QUuid& id)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->indexForSession(id));
    if (!proxyIndex.isValid()) {
        return false;
    }
    for (QModelIndex parent = proxyIndex.parent(); parent.isValid(); parent = parent.parent()) {
        m_view->expand(parent);
    }
    m_view->setCurrentIndex(proxyIndex);
    m_view->scrollTo(proxyIndex);
    return true;
}

void SessionTreeDock::newSession()
{
    SessionProfile profile;
    profile.folder = m_model->folderPath(currentSourceIndex());
    auto* dialog = new SessionEditorDialog(profile, m_model->store()->folders(), takenPaths(QUuid()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QModelIndex added = m_model->addSession(dialog->profile());
        selectSession(added.data(SessionTreeModel::ProfileIdRole).toUuid());
    });
    dialog->open();
}

void SessionTreeDock::editSession(const QModelIndex& sourceIndex)
{
    if (!sourceIndex.isValid() || m_model->isFolder(sourceIndex)) {
        return;
    }
    const SessionProfile profile = m_model->profile(sourceIndex);
    auto* dialog = new SessionEditorDialog(profile, m_model->store()->folders(), takenPaths(profile.id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SessionProfile edited = dialog->profile();
        if (m_model->updateSession(edited)) {
            selectSession(edited.id);
        }
    });
    dialog->open();
}

void SessionTreeDock::newFolder()
{
    const QPersistentModelIndex parentFolder = m_model->indexForFolder(m_model->folderPath(currentSourceIndex()));
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Folder"));
    dialog->setLabelText(parentFolder.isValid()
                             ? tr("Name of the new folder in %1:").arg(m_model->folderPath(parentFolder))
                             : tr("Name of the new folder:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, parentFolder](const QString& name) {
        const QModelIndex added = m_model->addFolder(parentFolder, name.trimmed());
        if (added.isValid()) {
            const QModelIndex proxyIndex = m_proxy->mapFromSource(added);
            m_view->setCurrentIndex(proxyIndex);
            m_view->scrollTo(proxyIndex);
        }
    });
    dialog->open();
}

void SessionTreeDock::duplicateSelected()
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid() || m_model->isFolder(index)) {
        return;
    }
    const QModelIndex copy = m_model->duplicateSession(index);
    if (copy.isValid()) {
        selectSession(copy.data(SessionTreeModel::ProfileIdRole).toUuid());
    }
}

void SessionTreeDock::renameCurrent()
{
    if (m_view->currentIndex().isValid()) {
        m_view->edit(m_view->currentIndex());
    }
}

void SessionTreeDock::deleteSelected()
{
    QModelIndexList indexes = selectedSourceIndexes();
    if (indexes.isEmpty()) {
        return;
    }
    QVector<SessionProfile> sessions;
    const QString question = describeDeletion(indexes, &sessions);

    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete"), question, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("This cannot be undone."));
    if (sessions.size() > 1) {
        QStringList names;
        for (const SessionProfile& profile : std::as_const(sessions)) {
            names << profile.path() + QStringLiteral("  (") + profile.addressText() + QLatin1Char(')');
        }
        box->setDetailedText(names.join(QLatin1Char('\n')));
    }
    QPushButton* remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);

    QList<QPersistentModelIndex> targets;
    for (const QModelIndex& index : std::as_const(indexes)) {
        targets << index;
    }
    connect(box, &QMessageBox::finished, this, [this, box, remove, targets, sessions] {
        if (box->clickedButton() != remove) {
            return;
        }
        QModelIndexList still;
        for (const QPersistentModelIndex& index : targets) {
            if (index.isValid()) {
                still << index;
            }
        }
        const QVector<QUuid> removed = m_model->removeItems(still);
        QVector<SessionProfile> gone;
        for (const SessionProfile& profile : sessions) {
            if (removed.contains(profile.id)) {
                gone << profile;
            }
        }
        if (!gone.isEmpty()) {
            emit sessionsDeleted(gone);
        }
    });
    box->open();
}

QString SessionTreeDock::describeDeletion(const QModelIndexList& indexes, QVector<SessionProfile>* sessions) const
{
    int folders = 0;
    QString onlyFolder;
    for (const QModelIndex& index : indexes) {
        if (m_model->isFolder(index)) {
            ++folders;
            onlyFolder = m_model->folderPath(index);
        }
        collectSessions(index, sessions);
    }
    const int count = int(sessions->size());
    if (indexes.size() == 1 && folders == 0 && count == 1) {
        const SessionProfile& profile = sessions->constFirst();
        return tr("Delete the session \"%1\" (%2)?").arg(profile.name, profile.addressText());
    }
    if (indexes.size() == 1 && folders == 1) {
        if (count == 0) {
            return tr("Delete the empty folder \"%1\"?").arg(onlyFolder);
        }
        return tr("Delete the folder \"%1\" and the %n session(s) in it?", nullptr, count).arg(onlyFolder);
    }
    if (folders == 0) {
        return tr("Delete %n session(s)?", nullptr, count);
    }
    return tr("Delete %n folder(s) with everything in them (%1)?", nullptr, folders)
        .arg(tr("%n session(s) in all", nullptr, count));
}

void SessionTreeDock::collectSessions(const QModelIndex& sourceIndex, QVector<SessionProfile>* into) const
{
    if (!m_model->isFolder(sourceIndex)) {
        const SessionProfile profile = m_model->profile(sourceIndex);
        const bool known = std::any_of(into->cbegin(), into->cend(),
                                       [&profile](const SessionProfile& p) { return p.id == profile.id; });
        if (!known) {
            into->append(profile);
        }
        return;
    }
    for (int row = 0; row < m_model->rowCount(sourceIndex); ++row) {
        collectSessions(m_model->index(row, 0, sourceIndex), into);
    }
}

QStringList SessionTreeDock::takenPaths(const QUuid& except) const
{
    QStringList paths;
    for (const SessionProfile& profile : m_model->store()->sessions()) {
        if (profile.id != except) {
            paths << profile.path();
        }
    }
    return paths;
}

void SessionTreeDock::onActivated(const QModelIndex& proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    if (!index.isValid()) {
        return;
    }
    if (m_model->isFolder(index)) {
        m_view->setExpanded(proxyIndex, !m_view->isExpanded(proxyIndex));
        return;
    }
    emit openRequested(m_model->profile(index));
}

void SessionTreeDock::onFilterChanged(const QString& text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    if (!text.trimmed().isEmpty()) {
        m_view->expandAll();
    }
}

bool SessionTreeDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // From the filter straight to the first matching session, and Enter opens it.
            const QModelIndex current = m_view->currentIndex();
            if (!current.isValid() || m_model->isFolder(m_proxy->mapToSource(current))) {
                const QModelIndex first = firstSession(QModelIndex());
                if (first.isValid()) {
                    selectSession(first.data(SessionTreeModel::ProfileIdRole).toUuid());
                }
            }
            m_view->setFocus();
            if (key->key() != Qt::Key_Down) {
                onActivated(m_view->currentIndex());
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

QModelIndex SessionTreeDock::firstSession(const QModelIndex& proxyParent) const
{
    for (int row = 0; row < m_proxy->rowCount(proxyParent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, proxyParent);
        if (!index.data(SessionTreeModel::IsFolderRole).toBool()) {
            return index;
        }
        const QModelIndex inside = firstSession(index);
        if (inside.isValid()) {
            return inside;
        }
    }
    return QModelIndex();
}

void SessionTreeDock::showContextMenu(const QPoint& position)
{
    const QModelIndex proxyIndex = m_view->indexAt(position);
    if (!proxyIndex.isValid()) {
        m_view->clearSelection();
        m_view->setCurrentIndex(QModelIndex());
    }
    updateActions();
    QMenu menu(this);
    if (proxyIndex.isValid()) {
        if (!m_model->isFolder(m_proxy->mapToSource(proxyIndex))) {
            menu.addAction(m_open);
            menu.setDefaultAction(m_open);
            menu.addAction(m_openSftp);
            menu.addAction(m_edit);
            menu.addAction(m_duplicate);
        }
        menu.addAction(m_rename);
        menu.addAction(m_delete);
        menu.addSeparator();
    }
    menu.addAction(m_newSession);
    menu.addAction(m_newFolder);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void SessionTreeDock::updateActions()
{
    const QModelIndexList selected = selectedSourceIndexes();
    const QModelIndex current = currentSourceIndex();
    const bool oneSession = current.isValid() && !m_model->isFolder(current);
    const bool anySession = std::any_of(selected.cbegin(), selected.cend(),
                                        [this](const QModelIndex& index) { return !m_model->isFolder(index); });
    m_open->setEnabled(anySession);
    m_openSftp->setEnabled(anySession);
    m_edit->setEnabled(oneSession);
    m_duplicate->setEnabled(oneSession);
    m_rename->setEnabled(current.isValid());
    m_delete->setEnabled(!selected.isEmpty());
}

QStringList SessionTreeDock::expandedFolders() const
{
    QStringList folders;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        collectExpanded(m_proxy->index(row, 0), &folders);
    }
    return folders;
}

void SessionTreeDock::collectExpanded(const QModelIndex& proxyIndex, QStringList* into) const
{
    if (!m_view->isExpanded(proxyIndex)) {
        return;
    }
    into->append(proxyIndex.data(SessionTreeModel::FolderPathRole).toString());
    for (int row = 0; row < m_proxy->rowCount(proxyIndex); ++row) {
        collectExpanded(m_proxy->index(row, 0, proxyIndex), into);
    }
}

void SessionTreeDock::setExpandedFolders(const QStringList& folders)
{
    m_view->collapseAll();
    for (const QString& folder : folders) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexForFolder(folder));
        if (index.isValid()) {
            m_view->expand(index);
        }
    }
}

} // namespace ferry
