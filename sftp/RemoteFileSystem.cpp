#include "RemoteFileSystem.h"

#include "SftpCallTask.h"
#include "SftpChannel.h"
#include "SftpListTask.h"
#include "SftpOperation.h"
#include "SftpProtocol.h"
#include "SftpReadFileTask.h"
#include "SftpService.h"
#include "SftpTreeTask.h"
#include "SftpWriteFileTask.h"
#include "ssh/Connection.h"

#include <QMutex>
#include <QMutexLocker>

#include <mutex>

namespace ferry {

// The way to the service once it lives in the worker thread. The worker deletes the service when the
// connection goes; the pointer is cleared under the lock first, so a call is never queued to a deleted
// object.
struct RemoteFileSystem::Link {
    QMutex mutex;
    SftpService* service = nullptr;
};

namespace {

void registerTypesOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<ferry::SftpError>();
        qRegisterMetaType<ferry::SftpServerInfo>();
        qRegisterMetaType<ferry::SftpAttributes>();
        qRegisterMetaType<ferry::SftpEntry>();
        qRegisterMetaType<QVector<ferry::SftpEntry>>();
        qRegisterMetaType<ferry::SftpFsStats>();
    });
}

QByteArray wire(const QString& path)
{
    return path.toUtf8();
}

using Ctx = SftpTaskContext;

// A task finishing with the status of one request.
std::unique_ptr<SftpTask> statusTask(const QString& path,
                                     std::function<void(SftpChannel*, const void*, SftpChannel::StatusCallback)> issue)
{
    return std::make_unique<SftpCallTask>([path, issue](Ctx* ctx, SftpChannel* ch, const void* owner) {
        issue(ch, owner, [ctx, path](const SftpError& e) { ctx->finish(e.withPath(path)); });
    });
}

std::unique_ptr<SftpTask> pathTask(const QString& path,
                                   std::function<void(SftpChannel*, const void*, SftpChannel::PathCallback)> issue)
{
    return std::make_unique<SftpCallTask>([path, issue](Ctx* ctx, SftpChannel* ch, const void* owner) {
        issue(ch, owner, [ctx, path](const SftpError& e, const QByteArray& result) {
            ctx->finish(e.withPath(path), e.isError() ? QVariant() : QVariant(result));
        });
    });
}

std::unique_ptr<SftpTask> attrsTask(const QString& path, bool followLinks)
{
    return std::make_unique<SftpCallTask>([path, followLinks](Ctx* ctx, SftpChannel* ch, const void* owner) {
        auto done = [ctx, path](const SftpError& e, const SftpAttributes& a) {
            ctx->finish(e.withPath(path), e.isError() ? QVariant() : QVariant::fromValue(a));
        };
        if (followLinks) {
            ch->stat(owner, wire(path), done);
        } else {
            ch->lstat(owner, wire(path), done);
        }
    });
}

} // namespace

RemoteFileSystem::RemoteFileSystem(Connection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_link(std::make_shared<Link>())
    , m_unstarted(new SftpService)
{
    registerTypesOnce();
    SftpService* s = m_unstarted;
    // Queued always: results come on a later turn of the event loop, even before the hand-over.
    connect(
        s, &SftpService::ready, this,
        [this](const SftpServerInfo& info) {
            m_info = info;
            m_ready = true;
            emit ready();
        },
        Qt::QueuedConnection);
    connect(s, &SftpService::closed, this, &RemoteFileSystem::onClosed, Qt::QueuedConnection);
    connect(
        s, &SftpService::taskEntries, this,
        [this](quint64 id, const QVector<SftpEntry>& entries) {
            if (SftpOperation* op = operation(id)) {
                emit op->entriesArrived(entries);
            }
        },
        Qt::QueuedConnection);
    connect(
        s, &SftpService::taskProgress, this,
        [this](quint64 id, qint64 done, qint64 total, const QString& current) {
            if (SftpOperation* op = operation(id)) {
                emit op->progress(done, total, current);
            }
        },
        Qt::QueuedConnection);
    connect(
        s, &SftpService::taskWarning, this,
        [this](quint64 id, const QString& text) {
            if (SftpOperation* op = operation(id)) {
                op->deliverWarning(text);
            }
        },
        Qt::QueuedConnection);
    connect(
        s, &SftpService::taskReport, this,
        [this](quint64 id, const QVariant& value) {
            if (SftpOperation* op = operation(id)) {
                op->deliverReport(value);
            }
        },
        Qt::QueuedConnection);
    connect(
        s, &SftpService::taskFinished, this,
        [this](quint64 id, const SftpError& error, const QVariant& result) {
            const QPointer<SftpOperation> op = m_operations.take(id);
            if (op) {
                op->complete(error, result);
            }
        },
        Qt::QueuedConnection);
    std::shared_ptr<Link> link = m_link;
    connect(
        s, &QObject::destroyed, s,
        [link] {
            QMutexLocker lock(&link->mutex);
            link->service = nullptr;
        },
        Qt::DirectConnection);

    if (connection == nullptr) {
        onClosed(SftpError::channelClosed(tr("there is no connection")));
        return;
    }
    if (connection->state() != Connection::State::Disconnected) {
        handOver();
        return;
    }
    connect(connection, &Connection::stateChanged, this, [this](Connection::State state) {
        if (state != Connection::State::Disconnected) {
            handOver();
        }
    });
    connect(connection, &QObject::destroyed, this, [this] {
        if (m_unstarted != nullptr) {
            onClosed(SftpError::channelClosed(tr("the connection is gone")));
        }
    });
}

RemoteFileSystem::~RemoteFileSystem()
{
    const auto operations = std::exchange(m_operations, {});
    for (const QPointer<SftpOperation>& op : operations) {
        if (op) {
            op->m_fileSystem = nullptr;
            op->complete(SftpError::cancelled(), QVariant());
        }
    }
    if (m_unstarted != nullptr) {
        delete m_unstarted;
        return;
    }
    toService([](SftpService* s) { s->shutdown(); });
}

void RemoteFileSystem::handOver()
{
    if (m_unstarted == nullptr || !m_connection) {
        return;
    }
    disconnect(m_connection, &Connection::stateChanged, this, nullptr);
    SftpService* s = std::exchange(m_unstarted, nullptr);
    {
        QMutexLocker lock(&m_link->mutex);
        m_link->service = s;
    }
    m_connection->startService(std::unique_ptr<ConnectionService>(s));
}

template <typename F> void RemoteFileSystem::toService(F&& call)
{
    if (m_unstarted != nullptr) {
        call(m_unstarted);
        return;
    }
    QMutexLocker lock(&m_link->mutex);
    SftpService* s = m_link->service;
    if (s != nullptr) {
        QMetaObject::invokeMethod(
            s, [s, call] { call(s); }, Qt::QueuedConnection);
    }
}

SftpOperation* RemoteFileSystem::operation(quint64 id) const
{
    return m_operations.value(id).data();
}

void RemoteFileSystem::onClosed(const SftpError& error)
{
    if (m_closed) {
        return;
    }
    m_closed = true;
    m_ready = false;
    m_closeError = error;
    // The service finished its tasks before saying closed; anything left never reached it.
    const auto operations = std::exchange(m_operations, {});
    for (const QPointer<SftpOperation>& op : operations) {
        if (op) {
            op->complete(error, QVariant());
        }
    }
    emit closed(error);
}

SftpOperation* RemoteFileSystem::submit(std::unique_ptr<SftpTask> task, int slot)
{
    const quint64 id = m_nextId++;
    auto* op = new SftpOperation(this, id);
    if (m_closed) {
        const SftpError error = m_closeError;
        QPointer<SftpOperation> guard(op);
        QMetaObject::invokeMethod(
            this,
            [guard, error] {
                if (guard) {
                    guard->complete(error, QVariant());
                }
            },
            Qt::QueuedConnection);
        return op;
    }
    m_operations.insert(id, op);
    // A copyable holder: if the call never runs (the connection went), the task is freed with it.
    auto holder = std::make_shared<std::unique_ptr<SftpTask>>(std::move(task));
    toService([id, holder, slot](SftpService* s) { s->submit(id, std::move(*holder), slot); });
    return op;
}

void RemoteFileSystem::forget(quint64 id)
{
    if (m_operations.remove(id) > 0) {
        toService([id](SftpService* s) { s->cancel(id); });
    }
}

void RemoteFileSystem::cancelOperation(quint64 id)
{
    toService([id](SftpService* s) { s->cancel(id); });
}

SftpOperation* RemoteFileSystem::run(std::unique_ptr<SftpTask> task, int slot)
{
    return submit(std::move(task), slot);
}

SftpOperation* RemoteFileSystem::list(const QString& path)
{
    return submit(std::make_unique<SftpListTask>(wire(path)));
}

SftpOperation* RemoteFileSystem::stat(const QString& path)
{
    return submit(attrsTask(path, true));
}

SftpOperation* RemoteFileSystem::lstat(const QString& path)
{
    return submit(attrsTask(path, false));
}

SftpOperation* RemoteFileSystem::mkdir(const QString& path, int mode)
{
    SftpAttributes attrs;
    if (mode >= 0) {
        attrs.setPermissions(quint32(mode) & sftp::PermissionMask);
    }
    return submit(statusTask(path, [p = wire(path), attrs](SftpChannel* ch, const void* owner, auto done) {
        ch->mkdir(owner, p, attrs, done);
    }));
}

SftpOperation* RemoteFileSystem::rename(const QString& from, const QString& to, bool overwrite)
{
    return submit(std::make_unique<SftpCallTask>([from, to, overwrite](Ctx* ctx, SftpChannel* ch, const void* owner) {
        const QByteArray a = wire(from);
        const QByteArray b = wire(to);
        auto done = [ctx, from](const SftpError& e) { ctx->finish(e.withPath(from)); };
        if (overwrite && ch->hasExtension(sftp::ext::PosixRename)) {
            ch->posixRename(owner, a, b, done);
            return;
        }
        // Servers differ on RENAME onto an existing name (OpenSSH refuses, others replace): look first.
        ch->lstat(owner, b, [=](const SftpError& e, const SftpAttributes& target) {
            if (e.isError() && !e.isStatus(sftp::NoSuchFile)) {
                done(e);
                return;
            }
            const bool exists = !e.isError();
            if (exists && !overwrite) {
                ctx->finish(SftpError::refused(SftpError::Refusal::Exists, to));
                return;
            }
            if (!exists) {
                ch->rename(owner, a, b, done);
                return;
            }
            // Replacing without posix-rename: the old target goes first (not atomic).
            auto thenRename = [=](const SftpError& removed) {
                if (removed.isError()) {
                    ctx->finish(removed.withPath(to));
                    return;
                }
                ch->rename(owner, a, b, done);
            };
            if (target.isDirectory()) {
                ch->rmdir(owner, b, thenRename);
            } else {
                ch->remove(owner, b, thenRename);
            }
        });
    }));
}

SftpOperation* RemoteFileSystem::remove(const QString& path)
{
    return submit(statusTask(
        path, [p = wire(path)](SftpChannel* ch, const void* owner, auto done) { ch->remove(owner, p, done); }));
}

SftpOperation* RemoteFileSystem::removeDirectory(const QString& path)
{
    return submit(statusTask(
        path, [p = wire(path)](SftpChannel* ch, const void* owner, auto done) { ch->rmdir(owner, p, done); }));
}

SftpOperation* RemoteFileSystem::removeRecursively(const QString& path)
{
    return submit(std::make_unique<SftpTreeTask>(SftpTreeTask::Action::Remove, wire(path)));
}

SftpOperation* RemoteFileSystem::chmod(const QString& path, quint32 mode, bool recursive, int directoryMode)
{
    const quint32 fileMode = mode & sftp::PermissionMask;
    if (recursive) {
        const quint32 dirMode = directoryMode < 0 ? fileMode : quint32(directoryMode) & sftp::PermissionMask;
        return submit(std::make_unique<SftpTreeTask>(SftpTreeTask::Action::Chmod, wire(path), fileMode, dirMode));
    }
    SftpAttributes attrs;
    attrs.setPermissions(fileMode);
    return submit(statusTask(path, [p = wire(path), attrs](SftpChannel* ch, const void* owner, auto done) {
        ch->setstat(owner, p, attrs, done);
    }));
}

SftpOperation* RemoteFileSystem::readLink(const QString& path)
{
    return submit(pathTask(
        path, [p = wire(path)](SftpChannel* ch, const void* owner, auto done) { ch->readlink(owner, p, done); }));
}

SftpOperation* RemoteFileSystem::symlink(const QString& linkPath, const QString& targetPath)
{
    return submit(
        statusTask(linkPath, [l = wire(linkPath), t = wire(targetPath)](SftpChannel* ch, const void* owner, auto done) {
            ch->symlink(owner, l, t, done);
        }));
}

SftpOperation* RemoteFileSystem::realPath(const QString& path)
{
    return submit(pathTask(
        path, [p = wire(path)](SftpChannel* ch, const void* owner, auto done) { ch->realpath(owner, p, done); }));
}

SftpOperation* RemoteFileSystem::homeDirectory()
{
    return submit(std::make_unique<SftpCallTask>([](Ctx* ctx, SftpChannel* ch, const void* owner) {
        auto done = [ctx](const SftpError& e, const QByteArray& path) {
            ctx->finish(e, e.isError() ? QVariant() : QVariant(path));
        };
        if (!ch->hasExtension(sftp::ext::HomeDirectory)) {
            ch->realpath(owner, ".", done);
            return;
        }
        ch->homeDirectory(owner, ctx->serverInfo().userName,
                          [ch, owner, done](const SftpError& e, const QByteArray& path) {
                              if (e.kind == SftpError::Kind::Status) {
                                  ch->realpath(owner, ".", done);
                              } else {
                                  done(e, path);
                              }
                          });
    }));
}

SftpOperation* RemoteFileSystem::statvfs(const QString& path)
{
    return submit(std::make_unique<SftpCallTask>([path](Ctx* ctx, SftpChannel* ch, const void* owner) {
        ch->statvfs(owner, wire(path), [ctx, path](const SftpError& e, const SftpFsStats& s) {
            ctx->finish(e.withPath(path), e.isError() ? QVariant() : QVariant::fromValue(s));
        });
    }));
}

SftpOperation* RemoteFileSystem::readFile(const QString& path, qint64 maxBytes)
{
    return submit(std::make_unique<SftpReadFileTask>(wire(path), maxBytes));
}

SftpOperation* RemoteFileSystem::writeFile(const QString& path, const QByteArray& content,
                                           const SftpAttributes& expected, bool force)
{
    return submit(std::make_unique<SftpWriteFileTask>(wire(path), content, expected, expected.flags != 0, force));
}

} // namespace ferry
