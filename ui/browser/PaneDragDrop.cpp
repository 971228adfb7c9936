#include "browser/PaneDragDrop.h"

#include "browser/PaneModel.h"
#include "browser/PaneSortProxy.h"
#include "browser/PaneView.h"

#include <QDrag>
#include <QIcon>
#include <QItemSelectionModel>

#include <algorithm>

namespace ferry {

namespace {

QString lastSegment(const QString& path)
{
    QString trimmed = path;
    while (trimmed.size() > 1 && trimmed.endsWith(QLatin1Char('/'))) {
        trimmed.chop(1);
    }
    return trimmed.mid(trimmed.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace

PaneDragDrop::PaneDragDrop(const QString& paneId, PaneModel* model, PaneSortProxy* proxy, PaneView* view)
    : QObject(view)
    , m_paneId(paneId)
    , m_model(model)
    , m_proxy(proxy)
    , m_view(view)
{
    view->setDropPolicy([this](const QMimeData* data, const QModelIndex& index) { return dropActionFor(data, index); });
    view->setDropHandler(
        [this](const QMimeData* data, const QModelIndex& index, Qt::DropAction action) { drop(data, index, action); });
    view->setDragStarter([this](Qt::DropActions actions) { startDrag(actions); });
}

QMimeData* PaneDragDrop::createDragData(const QStringList& paths) const
{
    if (m_model->kind() == PaneModel::Kind::Local) {
        return PaneMimeData::forLocalFiles(m_paneId, paths);
    }
    return PaneMimeData::forRemoteFiles(m_paneId, paths, m_downloader);
}

QModelIndex PaneDragDrop::folderRow(const QModelIndex& proxyIndex) const
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (!source.isValid() || !m_model->entry(source.row()).isFolder()) {
        return QModelIndex();
    }
    return source;
}

QString PaneDragDrop::targetFolder(const QModelIndex& proxyIndex) const
{
    const QModelIndex folder = folderRow(proxyIndex);
    return folder.isValid() ? m_model->pathOf(folder.row()) : m_model->path();
}

Qt::DropAction PaneDragDrop::dropActionFor(const QMimeData* data, const QModelIndex& proxyIndex) const
{
    if (!data || m_model->path().isEmpty()) {
        return Qt::IgnoreAction;
    }
    if (const std::optional<PaneMimeData::Contents> contents = PaneMimeData::decode(data)) {
        if (contents->paths.isEmpty()) {
            return Qt::IgnoreAction;
        }
        if (contents->paneId == m_paneId) {
            const QModelIndex folder = folderRow(proxyIndex);
            if (!folder.isValid() || contents->paths.contains(m_model->pathOf(folder.row()))) {
                return Qt::IgnoreAction;
            }
            return Qt::MoveAction;
        }
        if (m_peers.contains(contents->paneId)) {
            return Qt::CopyAction;
        }
        // Another window's remote files would have to be downloaded first: not from here.
        if (contents->kind == PaneModel::Kind::Remote) {
            return Qt::IgnoreAction;
        }
    }
    // Files from other programs: a copy, whatever the source proposes, so that it never deletes its own files
    // after a "move" into a remote folder. Web addresses and the like are not files: nothing to take.
    if (!m_acceptsExternal || !data->hasUrls()) {
        return Qt::IgnoreAction;
    }
    return localFiles(data).isEmpty() ? Qt::IgnoreAction : Qt::CopyAction;
}

QStringList PaneDragDrop::localFiles(const QMimeData* data)
{
    QStringList paths;
    const QList<QUrl> urls = data->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile() && !url.toLocalFile().isEmpty()) {
            paths.append(url.toLocalFile());
        }
    }
    return paths;
}

void PaneDragDrop::drop(const QMimeData* data, const QModelIndex& proxyIndex, Qt::DropAction action)
{
    if (action != dropActionFor(data, proxyIndex)) {
        return;
    }
    const QString target = targetFolder(proxyIndex);
    const std::optional<PaneMimeData::Contents> contents = PaneMimeData::decode(data);
    if (contents && contents->paneId == m_paneId) {
        for (const QString& path : contents->paths) {
            m_model->rename(path, m_model->childPath(target, lastSegment(path)));
        }
        return;
    }
    PaneDrop request;
    request.targetFolder = target;
    request.action = Qt::CopyAction;
    if (contents && m_peers.contains(contents->paneId)) {
        request.sourcePaneId = contents->paneId;
        request.sourceKind = contents->kind;
        request.sourcePaths = contents->paths;
    } else {
        request.sourcePaths = localFiles(data);
    }
    if (!request.sourcePaths.isEmpty()) {
        emit dropRequested(request);
    }
}

void PaneDragDrop::startDrag(Qt::DropActions actions)
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList paths;
    for (const QModelIndex& index : rows) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid()) {
            paths.append(m_model->pathOf(source.row()));
        }
    }
    if (paths.isEmpty()) {
        return;
    }
    auto* drag = new QDrag(m_view);
    drag->setMimeData(createDragData(paths));
    const QIcon icon = rows.first().data(Qt::DecorationRole).value<QIcon>();
    if (!icon.isNull()) {
        drag->setPixmap(icon.pixmap(32, 32));
    }
    drag->exec(actions & (Qt::CopyAction | Qt::MoveAction), Qt::CopyAction);
}

} // namespace ferry
