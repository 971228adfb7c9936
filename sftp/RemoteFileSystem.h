#pragma once

#include "SftpAttributes.h"
#include "SftpError.h"
#include "SftpServerInfo.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace ferry {

class Connection;
class SftpOperation;
class SftpService;
class SftpTask;

// The GUI-thread face of the SFTP engine of one connection. It starts an SftpService on the
// connection (now if the connection is up or coming up, otherwise as soon as connectToHost() is
// called) and turns each request into an SftpOperation that reports back asynchronously; nothing here
// blocks. Operations may be started before ready(): they wait for the SFTP session. After closed()
// every operation, old or new, finishes with the closing error; to go on after a reconnection, make a
// new RemoteFileSystem. Paths are remote paths as text (UTF-8 on the wire).
class RemoteFileSystem : public QObject {
    Q_OBJECT
public:
    explicit RemoteFileSystem(Connection* connection, QObject* parent = nullptr);
    // Cancels what is running (operations still alive finish with Cancelled) and ends the SFTP channels;
    // the connection stays.
    ~RemoteFileSystem() override;

    bool isReady() const { return m_ready; }
    bool isClosed() const { return m_closed; }
    SftpError closeError() const { return m_closeError; }
    // Version, extensions, limits and home directory; valid once ready().
    SftpServerInfo serverInfo() const { return m_info; }
    QString homePath() const { return m_info.homeDirectory; }
    bool hasExtension(const char* name) const { return m_info.hasExtension(name); }

    // Each returns a new operation owned by the caller (see SftpOperation for where the results are).
    SftpOperation* list(const QString& path);
    SftpOperation* stat(const QString& path);
    SftpOperation* lstat(const QString& path);
    // mode -1: the server's default (0777 less its umask).
    SftpOperation* mkdir(const QString& path, int mode = -1);
    // Without overwrite an existing target is an error (Refusal::Exists). With it the target is replaced,
    // atomically where the server offers posix-rename.
    SftpOperation* rename(const QString& from, const QString& to, bool overwrite);
    // A file or a symlink (never what the link points to).
    SftpOperation* remove(const QString& path);
    // An empty folder.
    SftpOperation* removeDirectory(const QString& path);
    // A folder and everything in it (or a file), with progress; symlinks are removed, not followed.
    SftpOperation* removeRecursively(const QString& path);
    // Permission bits (07777). Recursive: files get mode, folders directoryMode (-1: mode as well);
    // symlinks are left alone.
    SftpOperation* chmod(const QString& path, quint32 mode, bool recursive = false, int directoryMode = -1);
    SftpOperation* readLink(const QString& path);
    SftpOperation* symlink(const QString& linkPath, const QString& targetPath);
    SftpOperation* realPath(const QString& path);
    SftpOperation* homeDirectory();
    SftpOperation* statvfs(const QString& path);
    // For the editor: the whole file, refused (Refusal::TooLarge) above maxBytes.
    SftpOperation* readFile(const QString& path, qint64 maxBytes);
    // For the editor: atomic replacement keeping the permissions. When expected has fields (the
    // attributes from readFile), a file changed since then is refused (Refusal::RemoteChanged) unless
    // force is set.
    SftpOperation* writeFile(const QString& path, const QByteArray& content,
                             const SftpAttributes& expected = SftpAttributes(), bool force = false);
    // Runs a task of one's own (the transfer engine's jobs) on channel slot (0: the browsing channel;
    // 1 to SftpService::MaxSlots - 1: further channels, opened on first use).
    SftpOperation* run(std::unique_ptr<SftpTask> task, int slot = 0);

signals:
    void ready();
    void closed(const ferry::SftpError& error);

private:
    friend class SftpOperation;
    struct Link;

    SftpOperation* submit(std::unique_ptr<SftpTask> task, int slot = 0);
    void handOver();
    void forget(quint64 id);
    void cancelOperation(quint64 id);
    template <typename F> void toService(F&& call);
    SftpOperation* operation(quint64 id) const;
    void onClosed(const SftpError& error);

    QPointer<Connection> m_connection;
    std::shared_ptr<Link> m_link;
    SftpService* m_unstarted = nullptr; // the service until the connection takes it
    bool m_ready = false;
    bool m_closed = false;
    SftpError m_closeError;
    SftpServerInfo m_info;
    quint64 m_nextId = 1;
    QHash<quint64, QPointer<SftpOperation>> m_operations;
};

} // namespace ferry
