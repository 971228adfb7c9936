#pragma once

#include "AgentClient.h"
#include "SshKeyInfo.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace ferry {

// The key manager's table: the key pairs of an ssh folder plus keys added by path, one row each. The
// columns carry text only; icons and colours are the view's business (QtCore model).
class KeyListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        FileColumn,
        TypeColumn,
        BitsColumn,
        CommentColumn,
        FingerprintColumn,
        PassphraseColumn,
        AgentColumn,
        CertificateColumn,
        ColumnCount
    };
    // Qt::UserRole on any column: the private key's path.
    static constexpr int PathRole = Qt::UserRole;

    explicit KeyListModel(QObject* parent = nullptr);

    // The folder scanned (default: KeyInventory::defaultFolder()).
    QString folder() const { return m_folder; }
    void setFolder(const QString& folder);
    // Keys outside the folder the user added; the list is the caller's to keep (settings).
    QStringList extraKeyPaths() const { return m_extraPaths; }
    void setExtraKeyPaths(const QStringList& paths);
    void addKeyPath(const QString& path);
    void removeKeyPath(const QString& path);
    // Marks the keys the agent holds (from AgentClient::identitiesListed).
    void setAgentIdentities(const QList<ferry::AgentIdentity>& identities);

    // Reads the folder and the added keys again.
    void refresh();

    SshKeyInfo key(int row) const { return m_keys.value(row); }
    QList<SshKeyInfo> keys() const { return m_keys; }
    // The row of a private key path, -1 when not listed.
    int rowOf(const QString& privateKeyPath) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_folder;
    QStringList m_extraPaths;
    QList<AgentIdentity> m_identities;
    QList<SshKeyInfo> m_keys;
};

} // namespace ferry
