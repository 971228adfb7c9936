#include "browser/PaneView.h"

#include <QDragEnterEvent>
#include <QDragLeaveEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>

namespace ferry {

namespace {

QPoint dropPosition(const QDropEvent* event)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return event->position().toPoint();
#else
    return event->pos();
#endif
}

} // namespace

PaneView::PaneView(QWidget* parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSortingEnabled(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::EditKeyPressed);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDragEnabled(true);
    setAcceptDrops(true);
    // The view paints its own highlight: the folder a drop goes into, never a line between rows.
    setDropIndicatorShown(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    header()->setSectionsMovable(true);
    header()->setStretchLastSection(false);
}

void PaneView::setFoldingColumns(const QList<int>& columns, int minimumWidth)
{
    m_folding = columns;
    m_minimumFirstWidth = minimumWidth;
    foldColumns();
}

void PaneView::resizeEvent(QResizeEvent* event)
{
    QTreeView::resizeEvent(event);
    foldColumns();
}

void PaneView::foldColumns()
{
    QHeaderView* head = header();
    if (m_folding.isEmpty() || !model() || head->count() == 0) {
        return;
    }
    const auto widthOf = [&](int column) {
        return head->isSectionHidden(column) ? m_foldedWidths.value(column, head->defaultSectionSize())
                                             : head->sectionSize(column);
    };
    int others = 0;
    for (int column = 1; column < head->count(); ++column) {
        if (!m_folding.contains(column) && !head->isSectionHidden(column)) {
            others += head->sectionSize(column);
        }
    }
    int first = viewport()->width() - others;
    for (int column : std::as_const(m_folding)) {
        first -= widthOf(column);
    }
    // Fold in the order given until the names have their room; whatever is not folded is shown.
    QList<int> fold;
    for (int column : std::as_const(m_folding)) {
        if (first >= m_minimumFirstWidth) {
            break;
        }
        fold.append(column);
        first += widthOf(column);
    }
    for (int column : std::as_const(m_folding)) {
        const bool hide = fold.contains(column);
        if (hide && !head->isSectionHidden(column)) {
            m_foldedWidths.insert(column, head->sectionSize(column));
            head->hideSection(column);
        } else if (!hide && head->isSectionHidden(column)) {
            head->showSection(column);
            head->resizeSection(column, m_foldedWidths.value(column, head->defaultSectionSize()));
        }
    }
}

void PaneView::keyPressEvent(QKeyEvent* event)
{
    if (state() == QAbstractItemView::EditingState || (event->modifiers() & ~Qt::KeypadModifier) != 0) {
        QTreeView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentIndex().isValid()) {
            emit openRequested(currentIndex());
        }
        break;
    case Qt::Key_Backspace:
        emit upRequested();
        break;
    case Qt::Key_Delete:
        emit deleteRequested();
        break;
    case Qt::Key_F5:
        emit transferRequested();
        break;
    case Qt::Key_F7:
        emit newFolderRequested();
        break;
    case Qt::Key_F2:
        // Renaming edits the name whatever column the cursor is in.
        if (currentIndex().isValid()) {
            edit(currentIndex().sibling(currentIndex().row(), 0));
        }
        break;
    default:
        QTreeView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PaneView::startDrag(Qt::DropActions supportedActions)
{
    if (m_dragStarter) {
        m_dragStarter(supportedActions);
    }
}

Qt::DropAction PaneView::decide(const QMimeData* data, const QPoint& position, QModelIndex* index) const
{
    *index = indexAt(position);
    return m_dropPolicy ? m_dropPolicy(data, *index) : Qt::IgnoreAction;
}

void PaneView::dragEnterEvent(QDragEnterEvent* event)
{
    QTreeView::dragEnterEvent(event);
    // Entering is allowed whenever a drop is possible at all: the row under the cursor may refuse it (a drag
    // starting in this pane starts over its own rows) while the next one takes it. The move events decide.
    if (!m_dropPolicy || !event->mimeData()) {
        event->ignore();
        return;
    }
    event->accept();
}

void PaneView::dragMoveEvent(QDragMoveEvent* event)
{
    // The base class scrolls when the cursor nears an edge; the decision is made here.
    QTreeView::dragMoveEvent(event);
    QModelIndex index;
    const Qt::DropAction action = decide(event->mimeData(), dropPosition(event), &index);
    if (action == Qt::IgnoreAction) {
        setDropHighlight(false, QModelIndex());
        event->ignore();
        return;
    }
    setDropHighlight(true, index);
    event->setDropAction(action);
    event->accept();
}

void PaneView::dragLeaveEvent(QDragLeaveEvent* event)
{
    QTreeView::dragLeaveEvent(event);
    setDropHighlight(false, QModelIndex());
}

void PaneView::dropEvent(QDropEvent* event)
{
    stopAutoScroll();
    setState(QAbstractItemView::NoState);
    setDropHighlight(false, QModelIndex());
    QModelIndex index;
    const Qt::DropAction action = decide(event->mimeData(), dropPosition(event), &index);
    if (action == Qt::IgnoreAction || !m_dropHandler) {
        event->ignore();
        return;
    }
    event->setDropAction(action);
    event->accept();
    m_dropHandler(event->mimeData(), index, action);
}

void PaneView::setDropHighlight(bool active, const QModelIndex& index)
{
    // Only a folder row is a target of its own; anything else means the folder shown.
    const QModelIndex row = index.isValid() && (model()->flags(index) & Qt::ItemIsDropEnabled) ? index : QModelIndex();
    if (m_dropActive == active && m_dropRow == row) {
        return;
    }
    m_dropActive = active;
    m_dropRow = row;
    viewport()->update();
}

void PaneView::paintEvent(QPaintEvent* event)
{
    QTreeView::paintEvent(event);
    if (!m_dropActive) {
        return;
    }
    QPainter painter(viewport());
    QPen pen(palette().color(QPalette::Highlight));
    pen.setWidth(2);
    painter.setPen(pen);
    if (m_dropRow.isValid()) {
        const QModelIndex first = m_dropRow.sibling(m_dropRow.row(), 0);
        QRect rect = visualRect(first);
        rect.setLeft(0);
        rect.setRight(viewport()->width() - 1);
        painter.drawRect(rect.adjusted(1, 0, -1, -1));
    } else {
        painter.drawRect(viewport()->rect().adjusted(1, 1, -1, -1));
    }
}

} // namespace ferry
