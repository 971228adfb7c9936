#pragma once

#include "browser/PaneEntry.h"

#include <QAbstractItemModel>
#include <QCollator>
#include <QHash>
#include <QIcon>
#include <QStringList>
#include <QTimer>

#include <vector>

namespace ferry {

// The rows of one pane of the browser: the entries of one folder, local or remote. Listing is asynchronous:
// setPath() starts it, the folder's rows replace the current ones once it has opened (a folder that cannot be
// opened leaves the current one in place and usable), and they arrive in batches, inserted a bounded number per
// event-loop turn so a folder of 100,000 entries never freezes the window. File operations are asynchronous too;
// they report failures through operationFailed() and list the folder again when done.
//
// An implementation lists and operates; this class holds the rows and does the rest. It calls, from the GUI
// thread: setLoading(true) when it starts, beginListing() once the folder opened, appendEntries() per batch,
// finishListing() at the end, or failListing() instead of beginListing() when the folder cannot be opened.
class PaneModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, ModifiedColumn, PermissionsColumn, OwnerColumn, ColumnCount };
    enum class Kind { Local, Remote };

    explicit PaneModel(QObject* parent = nullptr);
    ~PaneModel() override;

    virtual Kind kind() const = 0;
    // Starts listing path (already resolved: see resolvePath()).
    virtual void setPath(const QString& path) = 0;
    virtual QString homePath() const = 0;
    virtual QString parentPath(const QString& path) const = 0;
    virtual QString childPath(const QString& folder, const QString& name) const = 0;
    virtual bool isRoot(const QString& path) const = 0;
    // What the user typed in the address bar as a path: relative to the current folder, "~" for home, cleaned.
    virtual QString resolvePath(const QString& input) const = 0;
    // Whether name can name an entry of a folder: not empty, no "/" or NUL, not "." or "..".
    virtual bool isValidName(const QString& name) const;

    // File operations, all by full path. Failures come back through operationFailed(); when the operation
    // is over (done or failed) the current folder is listed again and operationFinished() is emitted.
    virtual void makeDirectory(const QString& path) = 0;
    // Refuses to replace an existing entry.
    virtual void rename(const QString& fromPath, const QString& toPath) = 0;
    // Folders go with everything in them; a link goes, never what it points to.
    virtual void remove(const QStringList& paths) = 0;
    // mode: POSIX permission bits (07777). recursive: also everything inside the folders among paths.
    virtual void setPermissions(const QStringList& paths, quint32 mode, bool recursive) = 0;

    // Lists the current folder again; the pane keeps its selection.
    void refresh();
    // The folder the rows belong to; empty until a first listing opened.
    QString path() const { return m_path; }
    bool isLoading() const { return m_loading; }

    int entryCount() const { return static_cast<int>(m_rows.size()); }
    const PaneEntry& entry(int row) const { return m_rows[static_cast<size_t>(row)].entry; }
    // The row of the entry called name, or -1.
    int rowOf(const QString& name) const { return m_rowByName.value(name, -1); }
    QString pathOf(int row) const { return childPath(m_path, entry(row).name); }
    // Natural order of two rows' names ("file2" before "file10"), cheap: compares precomputed keys.
    int compareNames(int rowA, int rowB) const;

    // "drwxr-xr-x" for the entry, "" when its permissions are unknown.
    static QString permissionsText(const PaneEntry& entry);
    // A modification time as the Modified column shows it: short, in the user's locale, without seconds.
    static QString timeText(const QDateTime& time);

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Editing a name renames the entry (asynchronously: the new name shows when the folder is listed again).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;

signals:
    // The rows of path are about to replace the current ones (path may be the current folder: a refresh).
    void listingStarted(const QString& path);
    void pathChanged(const QString& path);
    void loadingChanged(bool loading);
    // path could not be listed; the current folder stays. message says why, without the path ("it does not
    // exist.", a server's own words): the pane names the folder.
    void loadFailed(const QString& path, const QString& message);
    void operationFailed(const QString& message);
    void operationFinished();
    // An entry's name was edited in a view: the rename is under way.
    void nameEdited(const QString& oldName, const QString& newName);

protected:
    void setLoading(bool loading);
    void beginListing(const QString& path);
    void appendEntries(const PaneEntries& batch);
    void finishListing();
    void failListing(const QString& path, const QString& message);

    // The icon of an entry. This one goes by name: the MIME type's theme icon, else a generic one.
    virtual QIcon iconFor(const PaneEntry& entry) const;

private:
    struct Row {
        PaneEntry entry;
        QCollatorSortKey sortKey;
    };

    void insertPending();

    QString m_path;
    bool m_loading = false;
    bool m_listingDone = false;
    std::vector<Row> m_rows;
    QHash<QString, int> m_rowByName;
    PaneEntries m_pending;
    int m_pendingStart = 0;
    QTimer m_insertTimer;
    QCollator m_collator;
    mutable QHash<QString, QIcon> m_iconCache;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::PaneModel::Kind)
