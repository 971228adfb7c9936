#include "SessionTreeModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

#include <algorithm>
#include <functional>
#include <utility>

namespace ferry {

struct SessionTreeModel::Node {
    Node* parent = nullptr;
    bool folder = false;
    QString name; // a folder's own name; a session's name lives in the store
    QUuid id;     // sessions only
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        const auto& siblings = parent->children;
        const auto it = std::find_if(siblings.cbegin(), siblings.cend(),
                                     [this](const std::unique_ptr<Node>& n) { return n.get() == this; });
        return static_cast<int>(it - siblings.cbegin());
    }
};

namespace {

QString joinFolder(const QString& parent, const QString& name)
{
    return parent.isEmpty() ? name : parent + QLatin1Char('/') + name;
}

QString lastSegment(const QString& folder)
{
    return folder.mid(folder.lastIndexOf(QLatin1Char('/')) + 1);
}

bool isInFolder(const QString& folder, const QString& ancestor)
{
    return folder == ancestor || folder.startsWith(ancestor + QLatin1Char('/'));
}

} // namespace

QString SessionTreeModel::mimeType()
{
    return QStringLiteral("application/x-ferry-session-items");
}

SessionTreeModel::SessionTreeModel(SessionStore* store, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_root(std::make_unique<Node>())
{
    m_root->folder = true;
    buildFromStore();
}

SessionTreeModel::~SessionTreeModel() = default;

void SessionTreeModel::reload()
{
    beginResetModel();
    buildFromStore();
    endResetModel();
}

void SessionTreeModel::buildFromStore()
{
    m_root = std::make_unique<Node>();
    m_root->folder = true;
    QStringList folders = m_store->folders();
    for (const SessionProfile& profile : m_store->sessions()) {
        folders << profile.folder;
    }
    for (const QString& folder : std::as_const(folders)) {
        Node* node = m_root.get();
        for (const QString& segment : folder.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            const auto it = std::find_if(node->children.cbegin(), node->children.cend(),
                                         [&segment](const std::unique_ptr<Node>& n) { return n->name == segment; });
            if (it != node->children.cend()) {
                node = it->get();
                continue;
            }
            auto child = std::make_unique<Node>();
            child->parent = node;
            child->folder = true;
            child->name = segment;
            node->children.push_back(std::move(child));
            node = node->children.back().get();
        }
    }
    for (const SessionProfile& profile : m_store->sessions()) {
        Node* parent = folderNode(profile.folder);
        auto child = std::make_unique<Node>();
        child->parent = parent;
        child->id = profile.id;
        parent->children.push_back(std::move(child));
    }
    const std::function<void(Node*)> sortChildren = [this, &sortChildren](Node* node) {
        std::stable_sort(node->children.begin(), node->children.end(),
                         [this](const std::unique_ptr<Node>& a, const std::unique_ptr<Node>& b) {
                             return lessThan(a.get(), b.get());
                         });
        for (const auto& child : node->children) {
            sortChildren(child.get());
        }
    };
    sortChildren(m_root.get());
}

bool SessionTreeModel::lessThan(const Node* a, const Node* b) const
{
    if (a->folder != b->folder) {
        return a->folder;
    }
    const QString nameA = sortName(a);
    const QString nameB = sortName(b);
    const int insensitive = nameA.compare(nameB, Qt::CaseInsensitive);
    if (insensitive != 0) {
        const int aware = nameA.toCaseFolded().localeAwareCompare(nameB.toCaseFolded());
        return aware != 0 ? aware < 0 : insensitive < 0;
    }
    const int sensitive = nameA.compare(nameB, Qt::CaseSensitive);
    return sensitive != 0 ? sensitive < 0 : a->id.toString() < b->id.toString();
}

QString SessionTreeModel::sortName(const Node* node) const
{
    return node->folder ? node->name : m_store->session(node->id).name;
}

SessionTreeModel::Node* SessionTreeModel::nodeFor(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex SessionTreeModel::indexFor(const Node* node) const
{
    if (!node || node == m_root.get()) {
        return {};
    }
    return createIndex(node->row(), 0, const_cast<Node*>(node));
}

SessionTreeModel::Node* SessionTreeModel::folderNode(const QString& folder) const
{
    Node* node = m_root.get();
    for (const QString& segment : folder.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const auto it =
            std::find_if(node->children.cbegin(), node->children.cend(),
                         [&segment](const std::unique_ptr<Node>& n) { return n->folder && n->name == segment; });
        if (it == node->children.cend()) {
            return nullptr;
        }
        node = it->get();
    }
    return node;
}

SessionTreeModel::Node* SessionTreeModel::sessionNode(const QUuid& id, Node* under) const
{
    for (const auto& child : (under ? under : m_root.get())->children) {
        if (!child->folder && child->id == id) {
            return child.get();
        }
        if (child->folder) {
            if (Node* found = sessionNode(id, child.get())) {
                return found;
            }
        }
    }
    return nullptr;
}

SessionTreeModel::Node* SessionTreeModel::ensureFolderNode(const QString& folder)
{
    Node* node = m_root.get();
    for (const QString& segment : folder.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const auto it =
            std::find_if(node->children.cbegin(), node->children.cend(),
                         [&segment](const std::unique_ptr<Node>& n) { return n->folder && n->name == segment; });
        if (it != node->children.cend()) {
            node = it->get();
            continue;
        }
        auto child = std::make_unique<Node>();
        child->folder = true;
        child->name = segment;
        Node* created = child.get();
        insertNode(node, std::move(child));
        node = created;
    }
    return node;
}

QString SessionTreeModel::pathOf(const Node* node) const
{
    QStringList segments;
    for (const Node* n = node; n && n != m_root.get(); n = n->parent) {
        segments.prepend(n->name);
    }
    return segments.join(QLatin1Char('/'));
}

int SessionTreeModel::insertionRow(const Node* parent, const Node* node) const
{
    int row = 0;
    for (const auto& child : parent->children) {
        if (child.get() == node) {
            continue;
        }
        if (lessThan(node, child.get())) {
            break;
        }
        ++row;
    }
    return row;
}

void SessionTreeModel::insertNode(Node* parent, std::unique_ptr<Node> node)
{
    const int row = insertionRow(parent, node.get());
    beginInsertRows(indexFor(parent), row, row);
    node->parent = parent;
    parent->children.insert(parent->children.begin() + row, std::move(node));
    endInsertRows();
}

void SessionTreeModel::removeNode(Node* node)
{
    Node* parent = node->parent;
    const int row = node->row();
    beginRemoveRows(indexFor(parent), row, row);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
}

void SessionTreeModel::moveNode(Node* node, Node* newParent)
{
    Node* oldParent = node->parent;
    const int sourceRow = node->row();
    const int targetRow = insertionRow(newParent, node); // its row once moved
    if (oldParent == newParent && targetRow == sourceRow) {
        return;
    }
    // Qt counts the destination row as it is before the move.
    const int destinationChild = (oldParent == newParent && targetRow > sourceRow) ? targetRow + 1 : targetRow;
    beginMoveRows(indexFor(oldParent), sourceRow, sourceRow, indexFor(newParent), destinationChild);
    std::unique_ptr<Node> owned = std::move(oldParent->children[static_cast<size_t>(sourceRow)]);
    oldParent->children.erase(oldParent->children.begin() + sourceRow);
    owned->parent = newParent;
    newParent->children.insert(newParent->children.begin() + targetRow, std::move(owned));
    endMoveRows();
}

void SessionTreeModel::notifyChanged(Node* node)
{
    const QModelIndex index = indexFor(node);
    emit dataChanged(index, index);
    for (const auto& child : node->children) {
        notifyChanged(child.get());
    }
}

bool SessionTreeModel::commit()
{
    QString error;
    if (!m_store->save(&error)) {
        emit saveFailed(error);
        return false;
    }
    return true;
}

QModelIndex SessionTreeModel::indexForSession(const QUuid& id) const
{
    return indexFor(sessionNode(id));
}

QModelIndex SessionTreeModel::indexForFolder(const QString& folder) const
{
    return indexFor(folderNode(SessionProfile::normalizedFolder(folder)));
}

bool SessionTreeModel::isFolder(const QModelIndex& index) const
{
    return index.isValid() && nodeFor(index)->folder;
}

SessionProfile SessionTreeModel::profile(const QModelIndex& index) const
{
    if (!index.isValid() || nodeFor(index)->folder) {
        return SessionProfile(QUuid{});
    }
    return m_store->session(nodeFor(index)->id);
}

QString SessionTreeModel::folderPath(const QModelIndex& index) const
{
    const Node* node = nodeFor(index);
    return pathOf(node->folder ? node : node->parent);
}

QModelIndex SessionTreeModel::addSession(const SessionProfile& profile)
{
    const QModelIndex index = insertSession(profile);
    commit();
    return index;
}

QModelIndex SessionTreeModel::insertSession(const SessionProfile& profile)
{
    const QUuid id = m_store->add(profile);
    Node* parent = ensureFolderNode(m_store->session(id).folder);
    auto node = std::make_unique<Node>();
    node->id = id;
    Node* created = node.get();
    insertNode(parent, std::move(node));
    return indexFor(created);
}

bool SessionTreeModel::updateSession(const SessionProfile& profile)
{
    Node* node = sessionNode(profile.id);
    if (!node || !m_store->update(profile)) {
        return false;
    }
    moveNode(node, ensureFolderNode(m_store->session(profile.id).folder));
    notifyChanged(node);
    commit();
    return true;
}

QModelIndex SessionTreeModel::duplicateSession(const QModelIndex& index)
{
    SessionProfile copy = profile(index);
    if (copy.id.isNull()) {
        return {};
    }
    const QString original = copy.name;
    copy.id = QUuid::createUuid();
    copy.name = tr("%1 (copy)").arg(original);
    for (int n = 2; m_store->uniqueName(copy.folder, copy.name) != copy.name; ++n) {
        copy.name = tr("%1 (copy %2)").arg(original, QString::number(n));
    }
    return addSession(copy);
}

QModelIndex SessionTreeModel::addFolder(const QModelIndex& parentFolder, const QString& name)
{
    const QString trimmed = name.trimmed();
    const QString parentPath = parentFolder.isValid() ? folderPath(parentFolder) : QString();
    const QString path = joinFolder(parentPath, trimmed);
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('/'))) {
        emit operationRefused(tr("A folder name must not be empty or contain '/'."));
        return {};
    }
    if (folderNode(path)) {
        emit operationRefused(tr("There is already a folder named \"%1\" there.").arg(trimmed));
        return {};
    }
    m_store->addFolder(path);
    Node* node = ensureFolderNode(path);
    commit();
    return indexFor(node);
}

SessionTreeModel::DropItems SessionTreeModel::itemsOf(const QModelIndexList& indexes) const
{
    DropItems items;
    for (const QModelIndex& index : indexes) {
        if (!index.isValid() || index.model() != this) {
            continue;
        }
        const Node* node = nodeFor(index);
        if (node->folder && !items.folders.contains(pathOf(node))) {
            items.folders << pathOf(node);
        } else if (!node->folder && !items.sessions.contains(node->id)) {
            items.sessions << node->id;
        }
    }
    return items;
}

SessionTreeModel::DropItems SessionTreeModel::outermost(const DropItems& items) const
{
    // What is inside a chosen folder goes with it and is not handled on its own.
    DropItems result;
    for (const QString& folder : items.folders) {
        const bool nested = std::any_of(items.folders.cbegin(), items.folders.cend(),
                                        [&folder](const QString& o) { return o != folder && isInFolder(folder, o); });
        if (!nested && folderNode(folder)) {
            result.folders << folder;
        }
    }
    for (const QUuid& id : items.sessions) {
        const SessionProfile p = m_store->session(id);
        const bool nested = std::any_of(result.folders.cbegin(), result.folders.cend(),
                                        [&p](const QString& f) { return isInFolder(p.folder, f); });
        if (!p.id.isNull() && !nested) {
            result.sessions << id;
        }
    }
    return result;
}

QVector<QUuid> SessionTreeModel::removeItems(const QModelIndexList& indexes)
{
    const DropItems items = outermost(itemsOf(indexes));
    QVector<QUuid> removed;
    for (const QString& folder : items.folders) {
        removeNode(folderNode(folder));
        removed += m_store->removeFolder(folder);
    }
    for (const QUuid& id : items.sessions) {
        removeNode(sessionNode(id));
        m_store->remove(id);
        removed << id;
    }
    if (!items.folders.isEmpty() || !items.sessions.isEmpty()) {
        commit();
    }
    return removed;
}

bool SessionTreeModel::canMoveInto(const DropItems& items, const QString& target, QString* reason) const
{
    QStringList arriving;
    for (const QString& folder : items.folders) {
        const QString destination = joinFolder(target, lastSegment(folder));
        if (isInFolder(target, folder)) {
            *reason = tr("The folder \"%1\" cannot be moved into itself.").arg(lastSegment(folder));
            return false;
        }
        if (destination != folder && (folderNode(destination) || arriving.contains(destination))) {
            *reason = tr("There is already a folder named \"%1\" in %2.")
                          .arg(lastSegment(folder), target.isEmpty() ? tr("the top level") : target);
            return false;
        }
        arriving << destination;
    }
    return true;
}

bool SessionTreeModel::moveItems(const QModelIndexList& indexes, const QModelIndex& targetFolder)
{
    if (targetFolder.isValid() && !isFolder(targetFolder)) {
        emit operationRefused(tr("Sessions can only be moved into a folder."));
        return false;
    }
    return moveInto(outermost(itemsOf(indexes)), targetFolder.isValid() ? folderPath(targetFolder) : QString());
}

bool SessionTreeModel::moveInto(const DropItems& items, const QString& target)
{
    QString reason;
    if (!canMoveInto(items, target, &reason)) {
        emit operationRefused(reason);
        return false;
    }
    bool changed = false;
    for (const QString& folder : items.folders) {
        const QString destination = joinFolder(target, lastSegment(folder));
        if (destination == folder) {
            continue;
        }
        Node* node = folderNode(folder);
        Node* targetNode = ensureFolderNode(target);
        m_store->moveFolder(folder, destination);
        moveNode(node, targetNode);
        notifyChanged(node);
        changed = true;
    }
    for (const QUuid& id : items.sessions) {
        SessionProfile p = m_store->session(id);
        if (p.folder == target) {
            continue;
        }
        p.folder = target;
        m_store->update(p);
        Node* node = sessionNode(id);
        moveNode(node, ensureFolderNode(target));
        notifyChanged(node);
        changed = true;
    }
    if (changed) {
        commit();
    }
    return true;
}

QVector<QUuid> SessionTreeModel::addSessions(const QVector<SessionProfile>& profiles)
{
    QVector<QUuid> ids;
    for (const SessionProfile& p : profiles) {
        ids << profile(insertSession(p)).id;
    }
    if (!ids.isEmpty()) {
        commit();
    }
    return ids;
}

SessionStore::ImportResult SessionTreeModel::importFrom(const QString& path)
{
    SessionStore::ImportResult result;
    const QVector<SessionProfile> profiles = SessionStore::readExport(path, &result);
    for (const SessionProfile& p : profiles) {
        if (m_store->contains(p.id)) {
            result.problems << SessionStore::tr("Session \"%1\" is already in the list (same id); it was added as "
                                                "a new session.")
                                   .arg(p.name);
        }
    }
    result.added = addSessions(profiles);
    return result;
}

QModelIndex SessionTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* node = nodeFor(parent);
    if (column != 0 || row < 0 || row >= static_cast<int>(node->children.size()) ||
        (parent.isValid() && !node->folder)) {
        return {};
    }
    return createIndex(row, 0, node->children[static_cast<size_t>(row)].get());
}

QModelIndex SessionTreeModel::parent(const QModelIndex& child) const
{
    return child.isValid() ? indexFor(nodeFor(child)->parent) : QModelIndex();
}

int SessionTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return static_cast<int>(nodeFor(parent)->children.size());
}

int SessionTreeModel::columnCount(const QModelIndex& /*parent*/) const
{
    return 1;
}

bool SessionTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QVariant SessionTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Node* node = nodeFor(index);
    if (node->folder) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case FilterTextRole:
            return node->name;
        case IsFolderRole:
            return true;
        case FolderPathRole:
            return pathOf(node);
        case ProfileIdRole:
            return QVariant::fromValue(QUuid());
        default:
            return {};
        }
    }
    const SessionProfile p = m_store->session(node->id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return p.name;
    case Qt::ToolTipRole:
    case AddressRole:
        return p.addressText();
    case IsFolderRole:
        return false;
    case FolderPathRole:
        return p.folder;
    case ProfileIdRole:
        return QVariant::fromValue(p.id);
    case FilterTextRole:
        return QStringList{p.name, p.host, p.user, p.notes}.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

bool SessionTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole) {
        return false;
    }
    Node* node = nodeFor(index);
    const QString name = value.toString().trimmed();
    if (name.isEmpty()) {
        emit operationRefused(node->folder ? tr("A folder name must not be empty.")
                                           : tr("A session name must not be empty."));
        return false;
    }
    if (!node->folder) {
        SessionProfile p = m_store->session(node->id);
        if (p.name == name) {
            return true;
        }
        p.name = name;
        return updateSession(p);
    }
    if (name == node->name) {
        return true;
    }
    const QString oldPath = pathOf(node);
    const QString newPath = joinFolder(pathOf(node->parent), name);
    if (name.contains(QLatin1Char('/'))) {
        emit operationRefused(tr("A folder name must not contain '/'."));
        return false;
    }
    if (folderNode(newPath) && folderNode(newPath) != node) {
        emit operationRefused(tr("There is already a folder named \"%1\" there.").arg(name));
        return false;
    }
    m_store->moveFolder(oldPath, newPath);
    node->name = name;
    moveNode(node, node->parent);
    notifyChanged(node);
    commit();
    return true;
}

Qt::ItemFlags SessionTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled;
    }
    const Qt::ItemFlags common = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    return nodeFor(index)->folder ? common | Qt::ItemIsDropEnabled : common | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> SessionTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ProfileIdRole, "profileId");
    names.insert(IsFolderRole, "isFolder");
    names.insert(FolderPathRole, "folderPath");
    names.insert(AddressRole, "address");
    names.insert(FilterTextRole, "filterText");
    return names;
}

Qt::DropActions SessionTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions SessionTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList SessionTreeModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* SessionTreeModel::mimeData(const QModelIndexList& indexes) const
{
    const DropItems items = outermost(itemsOf(indexes));
    if (items.folders.isEmpty() && items.sessions.isEmpty()) {
        return nullptr;
    }
    QJsonArray sessions;
    for (const QUuid& id : items.sessions) {
        sessions.append(id.toString(QUuid::WithoutBraces));
    }
    const QJsonObject object{{QStringLiteral("sessions"), sessions},
                             {QStringLiteral("folders"), QJsonArray::fromStringList(items.folders)}};
    auto* data = new QMimeData;
    data->setData(mimeType(), QJsonDocument(object).toJson(QJsonDocument::Compact));
    return data;
}

bool SessionTreeModel::decodeDrop(const QMimeData* data, DropItems* items) const
{
    if (!data || !data->hasFormat(mimeType())) {
        return false;
    }
    const QJsonObject object = QJsonDocument::fromJson(data->data(mimeType())).object();
    DropItems decoded;
    for (const QJsonValue& value : object.value(QStringLiteral("sessions")).toArray()) {
        const QUuid id = QUuid::fromString(value.toString());
        if (m_store->contains(id)) {
            decoded.sessions << id;
        }
    }
    for (const QJsonValue& value : object.value(QStringLiteral("folders")).toArray()) {
        decoded.folders << SessionProfile::normalizedFolder(value.toString());
    }
    *items = outermost(decoded);
    return !items->sessions.isEmpty() || !items->folders.isEmpty();
}

QString SessionTreeModel::dropTarget(const QModelIndex& parent) const
{
    // Dropped on a session, or between rows: into the folder that holds them.
    return parent.isValid() ? folderPath(parent) : QString();
}

bool SessionTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int /*row*/, int /*column*/,
                                       const QModelIndex& parent) const
{
    DropItems items;
    QString reason;
    return action == Qt::MoveAction && decodeDrop(data, &items) && canMoveInto(items, dropTarget(parent), &reason);
}

bool SessionTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int /*row*/, int /*column*/,
                                    const QModelIndex& parent)
{
    DropItems items;
    if (action != Qt::MoveAction || !decodeDrop(data, &items)) {
        return false;
    }
    return moveInto(items, dropTarget(parent));
}

} // namespace ferry
