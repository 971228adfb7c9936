#pragma once

#include <QHash>
#include <QList>
#include <QModelIndex>
#include <QPersistentModelIndex>
#include <QTreeView>

#include <functional>

class QMimeData;

namespace ferry {

// The list of a pane: a tree view without a tree, with the pane's keys and a drag and drop that asks the pane what
// a drop would do (copy, move, or nothing) rather than the model. It highlights the folder a drop would go into,
// or the whole list when it goes into the folder shown.
class PaneView : public QTreeView {
    Q_OBJECT
public:
    // Index: the row under the cursor, or invalid. IgnoreAction refuses the drop.
    using DropPolicy = std::function<Qt::DropAction(const QMimeData* data, const QModelIndex& index)>;
    using DropHandler = std::function<void(const QMimeData* data, const QModelIndex& index, Qt::DropAction action)>;
    // Starts the drag of the selection with the given actions.
    using DragStarter = std::function<void(Qt::DropActions actions)>;

    explicit PaneView(QWidget* parent = nullptr);

    void setDropPolicy(DropPolicy policy) { m_dropPolicy = std::move(policy); }
    void setDropHandler(DropHandler handler) { m_dropHandler = std::move(handler); }
    void setDragStarter(DragStarter starter) { m_dragStarter = std::move(starter); }
    // In a narrow pane the first column (the names) keeps at least minimumWidth: columns are hidden in the order
    // given until it does, and shown again when the pane is wide enough for them.
    void setFoldingColumns(const QList<int>& columns, int minimumWidth);

signals:
    void openRequested(const QModelIndex& index);
    void upRequested();
    void deleteRequested();
    void transferRequested();
    void newFolderRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    Qt::DropAction decide(const QMimeData* data, const QPoint& position, QModelIndex* index) const;
    void setDropHighlight(bool active, const QModelIndex& index);
    void foldColumns();

    DropPolicy m_dropPolicy;
    DropHandler m_dropHandler;
    DragStarter m_dragStarter;
    bool m_dropActive = false;
    QPersistentModelIndex m_dropRow;
    QList<int> m_folding;
    QHash<int, int> m_foldedWidths;
    int m_minimumFirstWidth = 0;
};

} // namespace ferry
