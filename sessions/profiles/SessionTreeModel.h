#pragma once

#include "profiles/SessionProfile.h"
#include "profiles/SessionStore.h"

#include <QAbstractItemModel>
#include <QUuid>

#include <memory>
#include <vector>

namespace ferry {

// The saved sessions as a tree: folder rows (which may have children) and session rows (which never do),
// one column. Within a folder, subfolders come first, then sessions, each sorted by name (case-insensitive,
// locale-aware). Every change goes through the store and is saved at once; when saving fails the change
// stays in memory and saveFailed() tells why.
//
// For the view (ui):
// - Filtering: put a QSortFilterProxyModel on top with setRecursiveFilteringEnabled(true),
//   setFilterCaseSensitivity(Qt::CaseInsensitive) and setFilterRole(FilterTextRole): a session matches on
//   its name, host, user and notes; its folders stay visible so the match can be shown.
// - Drag and drop: QTreeView with setDragDropMode(QAbstractItemView::InternalMove) (or DragDrop with the
//   default action Qt::MoveAction). Drops move sessions and folders (into the folder dropped on, or the
//   folder of the session dropped on, or the top level). The model does not implement removeRows(), so
//   the view's "remove the source rows after a move" step is a no-op: the move already happened.
// - Icons and colours are the view's business (a delegate or a proxy): this is a QtCore model.
// - Deleting asks the user first in the view; removeItems() does not ask.
class SessionTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        ProfileIdRole = Qt::UserRole + 1, // QUuid of a session; null for a folder
        IsFolderRole,                     // bool
        FolderPathRole,                   // QString: a folder's own path ("Work/Servers"); a session's folder
        AddressRole,                      // QString "user@host:port" of a session (also its Qt::ToolTipRole)
        FilterTextRole,                   // QString the filter matches: name, host, user, notes
    };
    Q_ENUM(Role)

    // The MIME type of dragged items: a JSON object {"sessions": [ids], "folders": [paths]}.
    static QString mimeType();

    // The store must outlive the model. The rows are built from its current content.
    explicit SessionTreeModel(SessionStore* store, QObject* parent = nullptr);
    ~SessionTreeModel() override;

    SessionStore* store() const { return m_store; }
    // Rebuilds all rows from the store, after SessionStore::load() for example.
    void reload();

    // --- finding rows ---
    QModelIndex indexForSession(const QUuid& id) const;
    QModelIndex indexForFolder(const QString& folder) const; // invalid for "" (the top level)
    bool isFolder(const QModelIndex& index) const;
    // The session behind a session row; a profile with a null id for folders and invalid indexes.
    SessionProfile profile(const QModelIndex& index) const;
    // A folder row's own path; a session row's folder; "" for the top level (invalid index).
    QString folderPath(const QModelIndex& index) const;

    // --- changes (each one saved at once) ---
    // Adds the session (fresh id if null or taken) in its folder, creating the folder; returns its row.
    QModelIndex addSession(const SessionProfile& profile);
    // Replaces the session with the same id (the editor's OK), moving its row if name or folder changed.
    bool updateSession(const SessionProfile& profile);
    // A copy named "<name> (copy)" (or "(copy 2)", ...) with a fresh id in the same folder; returns its row.
    // The remembered password is not copied: the copy has its own keychain account.
    QModelIndex duplicateSession(const QModelIndex& index);
    // A new empty folder under parentFolder (a folder row, or invalid for the top level); returns its row,
    // or an invalid index with operationRefused() when the name is empty, has a '/' or exists already.
    QModelIndex addFolder(const QModelIndex& parentFolder, const QString& name);
    // Deletes sessions and whole folders (with everything in them). Returns the ids of the deleted
    // sessions, so the caller can forget their remembered passwords (SecretStore::remove(secretAccount)).
    QVector<QUuid> removeItems(const QModelIndexList& indexes);
    // Moves sessions and folders into targetFolder (a folder row, or invalid for the top level). Refused,
    // with operationRefused(), when a folder would go into itself or a folder of that name exists there.
    bool moveItems(const QModelIndexList& indexes, const QModelIndex& targetFolder);
    // Adds imported profiles (ssh_config or JSON import); returns the ids given to them.
    QVector<QUuid> addSessions(const QVector<SessionProfile>& profiles);
    // SessionStore::importFrom for a Ferry export, with the rows kept in step.
    SessionStore::ImportResult importFrom(const QString& path);

    // --- QAbstractItemModel ---
    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // Qt::EditRole renames a session or a folder (refused with operationRefused() when empty, or for a
    // folder, containing '/' or taken by a sibling).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    Qt::DropActions supportedDropActions() const override; // Qt::MoveAction
    Qt::DropActions supportedDragActions() const override; // Qt::MoveAction
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    // The change is in memory (and in the rows) but could not be written; message is for the user.
    void saveFailed(const QString& message);
    // A change was refused (name taken, folder into itself, ...); message is for the user.
    void operationRefused(const QString& message);

private:
    struct Node;
    struct DropItems {
        QVector<QUuid> sessions;
        QStringList folders;
    };

    Node* nodeFor(const QModelIndex& index) const;
    QModelIndex indexFor(const Node* node) const;
    Node* folderNode(const QString& folder) const;
    Node* sessionNode(const QUuid& id, Node* under = nullptr) const;
    Node* ensureFolderNode(const QString& folder);
    QString pathOf(const Node* node) const;
    QString sortName(const Node* node) const;
    bool lessThan(const Node* a, const Node* b) const;
    int insertionRow(const Node* parent, const Node* node) const;
    void insertNode(Node* parent, std::unique_ptr<Node> node);
    void removeNode(Node* node);
    void moveNode(Node* node, Node* newParent); // also re-sorts a node within its parent
    void notifyChanged(Node* node);
    void buildFromStore();
    QModelIndex insertSession(const SessionProfile& profile);
    bool commit();
    DropItems itemsOf(const QModelIndexList& indexes) const;
    DropItems outermost(const DropItems& items) const;
    bool decodeDrop(const QMimeData* data, DropItems* items) const;
    QString dropTarget(const QModelIndex& parent) const;
    bool canMoveInto(const DropItems& items, const QString& target, QString* reason) const;
    bool moveInto(const DropItems& items, const QString& target);

    SessionStore* m_store;
    std::unique_ptr<Node> m_root;
};

} // namespace ferry
