#pragma once

#include "profiles/SessionProfile.h"

#include <QDockWidget>
#include <QModelIndexList>
#include <QUuid>
#include <QVector>

class QAction;
class QLineEdit;
class QTreeView;

namespace ferry {

class SessionFilterModel;
class SessionTreeModel;

// The saved sessions at the window's side: a filter box over the tree of folders and sessions, and what
// can be done to them (open, new, edit, duplicate, rename, delete, new folder) as actions the window's
// menus share. Every change goes through SessionTreeModel, which saves it.
class SessionTreeDock : public QDockWidget {
    Q_OBJECT
public:
    explicit SessionTreeDock(SessionTreeModel* model, QWidget* parent = nullptr);
    ~SessionTreeDock() override;

    QTreeView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    SessionFilterModel* filterModel() const { return m_proxy; }
    SessionTreeModel* model() const { return m_model; }

    // Rows of the tree model (not the filter's) under the cursor and selected.
    QModelIndex currentSourceIndex() const;
    QModelIndexList selectedSourceIndexes() const;
    // Makes the session current and visible (its folders expanded); false when there is no such session.
    bool selectSession(const QUuid& id);

    QAction* openAction() const { return m_open; }
    // The selected sessions in SFTP browser tabs.
    QAction* openSftpAction() const { return m_openSftp; }
    QAction* newSessionAction() const { return m_newSession; }
    QAction* newFolderAction() const { return m_newFolder; }
    QAction* editAction() const { return m_edit; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* renameAction() const { return m_rename; }
    QAction* deleteAction() const { return m_delete; }

    // Open the editor (not modal to the application: the terminals keep running). The dialog deletes
    // itself when closed; accepting it adds or updates the session.
    void newSession();
    void editSession(const QModelIndex& sourceIndex);
    void newFolder();
    void duplicateSelected();
    void renameCurrent();
    // Asks first, saying what will be deleted, then deletes.
    void deleteSelected();

    // Folders the user left expanded, for the settings, and restoring them.
    QStringList expandedFolders() const;
    void setExpandedFolders(const QStringList& folders);

signals:
    // Types qualified, so queued connections and QSignalSpy find them once registered.
    void openRequested(const ferry::SessionProfile& profile);
    void openSftpRequested(const ferry::SessionProfile& profile);
    // Deleted sessions, for forgetting their remembered passwords.
    void sessionsDeleted(const QVector<ferry::SessionProfile>& profiles);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void onActivated(const QModelIndex& proxyIndex);
    void onFilterChanged(const QString& text);
    void showContextMenu(const QPoint& position);
    void updateActions();
    QStringList takenPaths(const QUuid& except) const;
    void collectSessions(const QModelIndex& sourceIndex, QVector<SessionProfile>* into) const;
    QString describeDeletion(const QModelIndexList& indexes, QVector<SessionProfile>* sessions) const;
    void collectExpanded(const QModelIndex& proxyIndex, QStringList* into) const;
    // Depth first, in the order shown: the first session row under proxyParent.
    QModelIndex firstSession(const QModelIndex& proxyParent) const;

    SessionTreeModel* m_model = nullptr;
    SessionFilterModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QTreeView* m_view = nullptr;
    QAction* m_open = nullptr;
    QAction* m_openSftp = nullptr;
    QAction* m_newSession = nullptr;
    QAction* m_newFolder = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_delete = nullptr;
};

} // namespace ferry
