#include "SessionFilterModel.h"

#include "profiles/SessionTreeModel.h"

#include <QApplication>
#include <QStyle>

namespace ferry {

SessionFilterModel::SessionFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_folderIcon(QApplication::style()->standardIcon(QStyle::SP_DirIcon))
    , m_sessionIcon(QIcon::fromTheme(QStringLiteral("utilities-terminal"),
                                     QApplication::style()->standardIcon(QStyle::SP_ComputerIcon)))
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterRole(SessionTreeModel::FilterTextRole);
}

QVariant SessionFilterModel::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DecorationRole && index.isValid() && index.column() == 0) {
        return index.data(SessionTreeModel::IsFolderRole).toBool() ? m_folderIcon : m_sessionIcon;
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace ferry
