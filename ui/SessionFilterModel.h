#pragma once

#include <QIcon>
#include <QSortFilterProxyModel>

namespace ferry {

// The session tree as the dock shows it: filtered by the text typed above it (a session matches on its
// name, host, user and notes; the folders leading to a match stay), with icons for folders and sessions.
class SessionFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SessionFilterModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QIcon m_folderIcon;
    QIcon m_sessionIcon;
};

} // namespace ferry
