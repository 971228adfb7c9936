#include "browser/PaneSortProxy.h"

#include "browser/PaneModel.h"

#include <algorithm>

namespace ferry {

namespace {

template <typename T> int threeWay(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

PaneSortProxy::PaneSortProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{
}

void PaneSortProxy::setPaneModel(PaneModel* model)
{
    beginResetModel();
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    QAbstractProxyModel::setSourceModel(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(model, &QAbstractItemModel::modelReset, this, &PaneSortProxy::onSourceReset);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PaneSortProxy::onRowsInserted);
    connect(model, &QAbstractItemModel::dataChanged, this, &PaneSortProxy::onDataChanged);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    // The pane model never removes or moves single rows; if one ever did, starting over stays correct.
    auto restart = [this] {
        beginResetModel();
        onSourceReset();
    };
    connect(model, &QAbstractItemModel::rowsRemoved, this, restart);
    connect(model, &QAbstractItemModel::rowsMoved, this, restart);
    connect(model, &QAbstractItemModel::layoutChanged, this, restart);
    onSourceReset();
}

bool PaneSortProxy::accepts(int sourceRow) const
{
    return m_showHidden || !m_model->entry(sourceRow).name.startsWith(QLatin1Char('.'));
}

bool PaneSortProxy::before(int a, int b) const
{
    const PaneEntry& x = m_model->entry(a);
    const PaneEntry& y = m_model->entry(b);
    if (x.isFolder() != y.isFolder()) {
        return x.isFolder();
    }
    int order = 0;
    switch (m_sortColumn) {
    case PaneModel::SizeColumn:
        order = threeWay(x.size, y.size);
        break;
    case PaneModel::ModifiedColumn:
        order = threeWay(x.modified, y.modified);
        break;
    case PaneModel::PermissionsColumn:
        order = threeWay(x.permissions, y.permissions);
        break;
    case PaneModel::OwnerColumn:
        order = QString::compare(x.owner, y.owner, Qt::CaseInsensitive);
        break;
    default:
        break;
    }
    // Equal in the sorted column: by name, so the order is the same every time.
    if (order == 0) {
        order = m_model->compareNames(a, b);
    }
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void PaneSortProxy::rebuildSourceMap()
{
    m_proxyOf.assign(static_cast<size_t>(m_model ? m_model->entryCount() : 0), -1);
    for (size_t row = 0; row < m_rows.size(); ++row) {
        m_proxyOf[static_cast<size_t>(m_rows[row])] = static_cast<int>(row);
    }
}

void PaneSortProxy::onSourceReset()
{
    m_rows.clear();
    if (m_model) {
        for (int row = 0; row < m_model->entryCount(); ++row) {
            if (accepts(row)) {
                m_rows.push_back(row);
            }
        }
        std::sort(m_rows.begin(), m_rows.end(), [this](int a, int b) { return before(a, b); });
    }
    rebuildSourceMap();
    endResetModel();
}

void PaneSortProxy::onRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid()) {
        return;
    }
    m_proxyOf.resize(static_cast<size_t>(m_model->entryCount()), -1);
    std::vector<int> rows;
    for (int row = first; row <= last; ++row) {
        if (accepts(row)) {
            rows.push_back(row);
        }
    }
    addRows(std::move(rows));
}

void PaneSortProxy::addRows(std::vector<int> rows)
{
    if (rows.empty()) {
        return;
    }
    // First the rows arrive, at the end in one piece; then they move into place in one layout change.
    const auto shown = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), shown, shown + static_cast<int>(rows.size()) - 1);
    m_rows.insert(m_rows.end(), rows.cbegin(), rows.cend());
    for (size_t i = static_cast<size_t>(shown); i < m_rows.size(); ++i) {
        m_proxyOf[static_cast<size_t>(m_rows[i])] = static_cast<int>(i);
    }
    endInsertRows();

    auto less = [this](int a, int b) { return before(a, b); };
    std::sort(rows.begin(), rows.end(), less);
    relayout([&rows, shown, less](std::vector<int>& order) {
        // Each new row finds its place by binary search: a batch costs its size times log n comparisons, plus
        // copying the rows in between, instead of comparing against every row shown.
        std::vector<int> merged;
        merged.reserve(order.size());
        auto from = order.cbegin();
        const auto end = order.cbegin() + shown;
        for (int row : rows) {
            const auto at = std::upper_bound(from, end, row, less);
            merged.insert(merged.end(), from, at);
            merged.push_back(row);
            from = at;
        }
        merged.insert(merged.end(), from, end);
        order.swap(merged);
    });
}

template <typename Reorder> void PaneSortProxy::relayout(Reorder reorder)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex& index : before) {
        sourceRows.append(m_rows[static_cast<size_t>(index.row())]);
    }
    reorder(m_rows);
    rebuildSourceMap();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        after.append(createIndex(m_proxyOf[static_cast<size_t>(sourceRows.at(i))], before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PaneSortProxy::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= PaneModel::ColumnCount) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_model) {
        return;
    }
    relayout([this](std::vector<int>& rows) {
        std::sort(rows.begin(), rows.end(), [this](int a, int b) { return before(a, b); });
    });
}

void PaneSortProxy::setShowHidden(bool show)
{
    if (m_showHidden == show) {
        return;
    }
    m_showHidden = show;
    if (!m_model) {
        return;
    }
    if (show) {
        std::vector<int> rows;
        for (int row = 0; row < m_model->entryCount(); ++row) {
            if (m_proxyOf[static_cast<size_t>(row)] < 0 && accepts(row)) {
                rows.push_back(row);
            }
        }
        addRows(std::move(rows));
        return;
    }
    // Hidden files go run by run, from the bottom up so the rows above keep their numbers.
    int row = static_cast<int>(m_rows.size()) - 1;
    while (row >= 0) {
        if (accepts(m_rows[static_cast<size_t>(row)])) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && !accepts(m_rows[static_cast<size_t>(row - 1)])) {
            --row;
        }
        beginRemoveRows(QModelIndex(), row, last);
        m_rows.erase(m_rows.begin() + row, m_rows.begin() + last + 1);
        rebuildSourceMap();
        endRemoveRows();
        --row;
    }
}

void PaneSortProxy::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QVector<int>& roles)
{
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int shown = m_proxyOf[static_cast<size_t>(row)];
        if (shown >= 0) {
            emit dataChanged(index(shown, topLeft.column()), index(shown, bottomRight.column()), roles);
        }
    }
}

QModelIndex PaneSortProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.row() >= static_cast<int>(m_rows.size())) {
        return QModelIndex();
    }
    return m_model->index(m_rows[static_cast<size_t>(proxyIndex.row())], proxyIndex.column());
}

QModelIndex PaneSortProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= static_cast<int>(m_proxyOf.size())) {
        return QModelIndex();
    }
    const int row = m_proxyOf[static_cast<size_t>(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex PaneSortProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= static_cast<int>(m_rows.size()) || column < 0 ||
        column >= PaneModel::ColumnCount) {
        return QModelIndex();
    }
    return createIndex(row, column);
}

QModelIndex PaneSortProxy::parent(const QModelIndex& /*child*/) const
{
    return QModelIndex();
}

int PaneSortProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PaneSortProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : PaneModel::ColumnCount;
}

bool PaneSortProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QVariant PaneSortProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are the model's own: the base class would look for them through row 0, which an empty folder lacks.
    return m_model ? m_model->headerData(section, orientation, role) : QVariant();
}

} // namespace ferry
