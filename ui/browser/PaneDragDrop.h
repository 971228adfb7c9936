#pragma once

#include "browser/PaneDrop.h"
#include "browser/PaneMimeData.h"

#include <QObject>
#include <QSet>

class QMimeData;

namespace ferry {

class PaneModel;
class PaneSortProxy;
class PaneView;

// The drag and drop rules of one pane. A drag carries the selection (PaneMimeData). A drop:
// - from this pane onto one of its folders moves the entries there (never onto a file, the folder shown or a
//   folder being dragged);
// - from a peer pane, or files from the desktop when the pane takes them, asks for a copy (dropRequested()) into
//   the folder under the cursor, or the folder shown when the cursor is over a file or the empty area;
// - of anything else, or of nothing, is refused.
class PaneDragDrop : public QObject {
    Q_OBJECT
public:
    PaneDragDrop(const QString& paneId, PaneModel* model, PaneSortProxy* proxy, PaneView* view);

    QString paneId() const { return m_paneId; }
    void addPeerPane(const QString& paneId) { m_peers.insert(paneId); }
    void setAcceptsExternalFiles(bool accepts) { m_acceptsExternal = accepts; }
    void setDownloader(PaneMimeData::Downloader downloader) { m_downloader = std::move(downloader); }

    QMimeData* createDragData(const QStringList& paths) const;
    // What dropping data on the row proxyIndex (or the empty area: invalid) would do.
    Qt::DropAction dropActionFor(const QMimeData* data, const QModelIndex& proxyIndex) const;
    void drop(const QMimeData* data, const QModelIndex& proxyIndex, Qt::DropAction action);

signals:
    void dropRequested(const ferry::PaneDrop& drop);

private:
    // The folder row at proxyIndex, or invalid.
    QModelIndex folderRow(const QModelIndex& proxyIndex) const;
    QString targetFolder(const QModelIndex& proxyIndex) const;
    static QStringList localFiles(const QMimeData* data);
    void startDrag(Qt::DropActions actions);

    QString m_paneId;
    PaneModel* m_model;
    PaneSortProxy* m_proxy;
    PaneView* m_view;
    QSet<QString> m_peers;
    bool m_acceptsExternal = true;
    PaneMimeData::Downloader m_downloader;
};

} // namespace ferry
