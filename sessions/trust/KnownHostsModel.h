#pragma once

#include "KnownHosts.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <memory>

namespace ferry {

// The known hosts manager's table: one row per entry of a known_hosts file, narrowed by a search that also
// finds hashed entries. Removing goes through KnownHosts, which rewrites the file atomically and keeps every
// line it does not remove byte for byte.
class KnownHostsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LineColumn, MarkerColumn, HostsColumn, PortColumn, KeyTypeColumn, FingerprintColumn, ColumnCount };
    // Qt::UserRole on any column: the entry's line number.
    static constexpr int LineNumberRole = Qt::UserRole;

    explicit KnownHostsModel(QObject* parent = nullptr);

    // Reads path. An unreadable file empties the table and returns false with a message; a missing one is empty.
    bool load(const QString& path, QString* error = nullptr);
    bool reload(QString* error = nullptr);
    QString path() const;
    // Lines that are not entries and were skipped ("path:line: why").
    QStringList warnings() const;

    // Shows only the entries for a host: a name ("example.com"), "[host]:port" or "host:port", matched the way
    // ssh looks hosts up (wildcards, negation, hashed names), or text found in a plain host field. A text
    // starting with "SHA256:" matches fingerprints. Empty: everything.
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    static bool entryMatchesSearch(const KnownHostsEntry& entry, const QString& text);

    KnownHostsEntry entry(int row) const;
    // Removes the entries shown at rows from the file. Returns how many lines went, or -1 with *error (then the
    // file is unchanged). The table is reloaded either way.
    int removeEntries(const QList<int>& rows, QString* error = nullptr);

    // The ports an entry's host field names ("22", "2222"), empty for hashed names.
    static QStringList portsOf(const KnownHostsEntry& entry);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void applySearch();

    std::unique_ptr<KnownHosts> m_file;
    QList<KnownHostsEntry> m_entries;
    QList<KnownHostsEntry> m_shown;
    QString m_search;
};

} // namespace ferry
