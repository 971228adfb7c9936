#pragma once

// Helpers for the SFTP tests (header only: the support library itself does not link the SFTP engine).

#include "RemoteFileSystem.h"
#include "SftpOperation.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace ferry::test {

// Waits until op finished (it may have finished already); true when it did in time.
inline bool waitFinished(SftpOperation* op, int timeoutMs = 30000)
{
    if (op->isFinished()) {
        return true;
    }
    QSignalSpy spy(op, &SftpOperation::finished);
    return op->isFinished() || spy.wait(timeoutMs) || op->isFinished();
}

// Runs op to its end and hands it back owned, for QVERIFY2(ok(op), ...) style checks.
inline std::unique_ptr<SftpOperation> finish(SftpOperation* op, int timeoutMs = 30000)
{
    waitFinished(op, timeoutMs);
    return std::unique_ptr<SftpOperation>(op);
}

inline QByteArray describe(const SftpOperation* op)
{
    if (!op->isFinished()) {
        return "not finished";
    }
    return op->error().isError() ? op->error().message().toUtf8() : QByteArray("ok");
}

inline bool waitReady(RemoteFileSystem* fs, int timeoutMs = 30000)
{
    if (fs->isReady()) {
        return true;
    }
    QSignalSpy ready(fs, &RemoteFileSystem::ready);
    return QTest::qWaitFor([&] { return fs->isReady() || fs->isClosed(); }, timeoutMs) && fs->isReady();
}

inline bool writeLocal(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

inline QByteArray readLocal(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace ferry::test
