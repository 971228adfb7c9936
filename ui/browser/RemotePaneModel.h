#pragma once

#include "RemoteFileSystem.h"
#include "browser/PaneModel.h"
#include "transfer/PermissionChange.h"

#include <QFileIconProvider>
#include <QPointer>

#include <functional>

namespace ferry {

class SftpOperation;
struct SftpEntry;

// The server's side of the browser: a PaneModel over a RemoteFileSystem. Listings stream in as the engine reads
// them; file operations go through the engine and report progress (a recursive delete of a big tree takes a
// while) through operationProgress(). Paths are POSIX paths as the server names them.
class RemotePaneModel : public PaneModel {
    Q_OBJECT
public:
    explicit RemotePaneModel(RemoteFileSystem* fileSystem, QObject* parent = nullptr);
    ~RemotePaneModel() override;

    // After a reconnection, the new connection's file system; the current folder is listed again.
    void setFileSystem(RemoteFileSystem* fileSystem);
    RemoteFileSystem* fileSystem() const { return m_fileSystem; }

    Kind kind() const override { return Kind::Remote; }
    void setPath(const QString& path) override;
    QString homePath() const override;
    QString parentPath(const QString& path) const override;
    QString childPath(const QString& folder, const QString& name) const override;
    bool isRoot(const QString& path) const override;
    QString resolvePath(const QString& input) const override;

    void makeDirectory(const QString& path) override;
    void rename(const QString& fromPath, const QString& toPath) override;
    void remove(const QStringList& paths) override;
    void setPermissions(const QStringList& paths, quint32 mode, bool recursive) override;
    // What the permissions dialog asks: each item gets change applied to its own mode; with change.recursive,
    // everything inside the folders gets the bits the change alters on the items (so "others may not read"
    // stays that, and files do not take the folders' execute bits).
    void changePermissions(const PaneEntries& entries, const QStringList& paths, const PermissionChange& change);
    // Whether an operation started here is still running.
    bool isBusy() const { return m_running > 0; }

    // "/a/b/../c" -> "/a/c"; keeps a leading "/"; "" stays "".
    static QString cleanPath(const QString& path);
    static PaneEntry paneEntry(const SftpEntry& entry);

signals:
    // A long operation (recursive delete or permissions) is under way: text says what it does; empty when done.
    void operationProgress(const QString& text);

protected:
    QIcon iconFor(const PaneEntry& entry) const override;

private:
    struct ChmodWalk;

    // Tracks op as part of the current batch of file operations: when the last one ends, errors are reported
    // and the folder is listed again.
    void track(SftpOperation* op, const std::function<void(SftpOperation*)>& onFinished = {});
    void operationEnded(SftpOperation* op);
    void onListBatch(const QString& path, const QVector<SftpEntry>& entries);
    void onListFinished(const QString& path);
    void walkNext(const std::shared_ptr<ChmodWalk>& walk);

    QPointer<RemoteFileSystem> m_fileSystem;
    SftpOperation* m_listing = nullptr;
    bool m_listingBegun = false;
    int m_running = 0;
    QStringList m_errors;
    QFileIconProvider m_iconProvider;
};

} // namespace ferry
