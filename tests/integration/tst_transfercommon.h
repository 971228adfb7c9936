#pragma once

// What the transfer tests share: a connection to the sshd fixture with its SFTP engine, trees of files
// made at test time, and the checks that compare both sides (content, mtime, mode).

#include "RemoteFileSystem.h"
#include "ScriptedClient.h"
#include "SftpTestHelpers.h"
#include "SshdFixture.h"
#include "TestHome.h"
#include "TransferQueue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

#include <sys/stat.h>
#include <sys/time.h>

namespace ferry::test {

// One connection and its RemoteFileSystem; reconnect() makes new ones (the old connection may be dead).
struct TransferSession {
    SshdFixture* sshd = nullptr;
    std::unique_ptr<TestHome> home;
    std::unique_ptr<ScriptedClient> client;
    std::unique_ptr<RemoteFileSystem> fs;

    bool open(SshdFixture* server)
    {
        sshd = server;
        home = std::make_unique<TestHome>();
        return reconnect();
    }

    bool reconnect()
    {
        fs.reset();
        client = std::make_unique<ScriptedClient>(sshd->clientOptions(home->sshDir(), home->knownHostsFile()));
        if (!client->connectAndWait()) {
            return false;
        }
        fs = std::make_unique<RemoteFileSystem>(client->connection());
        return waitReady(fs.get());
    }

    void close()
    {
        fs.reset();
        client.reset();
        home.reset();
    }
};

inline bool setTimes(const QString& path, qint64 mtime)
{
    struct timeval tv[2] = {{time_t(mtime - 100), 0}, {time_t(mtime), 0}};
    return ::utimes(QFile::encodeName(path).constData(), tv) == 0;
}

inline quint32 modeOf(const QString& path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? quint32(st.st_mode) : 0;
}

inline QByteArray randomBytes(qint64 size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray data(int(size), Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32*>(data.data()), int(size / 4));
    for (qint64 i = size / 4 * 4; i < size; ++i) {
        data[int(i)] = char(rng.generate());
    }
    return data;
}

inline QByteArray sha256(const QString& path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f)) {
        return QByteArray();
    }
    return hash.result().toHex();
}

inline bool writeFile(const QString& path, const QByteArray& content, quint32 mode, qint64 mtime)
{
    QDir().mkpath(QFileInfo(path).path());
    return writeLocal(path, content) && ::chmod(QFile::encodeName(path).constData(), mode) == 0
           && setTimes(path, mtime);
}

// count files of 0 to 8 KiB in a few folders, some names with spaces and non-ASCII letters; modes and
// modification times vary so that preserving them is visible.
inline bool makeTree(const QString& root, int count)
{
    static const char* const folders[] = {"", "sub one", "ünïcødé", "deep/er/still", "日本語 フォルダ"};
    static const quint32 modes[] = {0644, 0600, 0755, 0640, 0444};
    QRandomGenerator rng(4242);
    for (int i = 0; i < count; ++i) {
        const QString folder = QString::fromUtf8(folders[i % 5]);
        QString name = (i % 3 == 0) ? QStringLiteral("file %1.txt").arg(i)
                       : (i % 3 == 1) ? QStringLiteral("файл-%1 ✓.dat").arg(i)
                                      : QStringLiteral("f%1").arg(i);
        const QString path = folder.isEmpty() ? QString(root + QLatin1Char('/') + name)
                                              : QString(root + QLatin1Char('/') + folder + QLatin1Char('/') + name);
        const QByteArray content = randomBytes(rng.bounded(8193), quint32(i));
        if (!writeFile(path, content, modes[i % 5], 1500000000 + i * 3600)) {
            return false;
        }
    }
    return true;
}

// Relative path -> (sha256, mtime, mode) of every regular file below root.
inline QMap<QString, QString> describeTree(const QString& root)
{
    QMap<QString, QString> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st {};
        ::lstat(QFile::encodeName(path).constData(), &st);
        out.insert(QDir(root).relativeFilePath(path), QStringLiteral("%1 mtime=%2 mode=%3")
                                                          .arg(QString::fromLatin1(sha256(path)))
                                                          .arg(qint64(st.st_mtime))
                                                          .arg(st.st_mode & 07777, 0, 8));
    }
    return out;
}

// Four levels of folders with old, distinct modification times: one with files, an empty one, and
// nested ones (the deepest empty). The times go on last, deepest first, since creating an entry moves
// the time of the folder that holds it.
inline bool makeFolderTree(const QString& root)
{
    static const char* const files[] = {"with files/a.txt", "with files/b ü.txt", "outer/inner/c.txt"};
    for (const char* file : files) {
        if (!writeFile(root + QLatin1Char('/') + QString::fromUtf8(file), QByteArray(file), 0644, 1300000000)) {
            return false;
        }
    }
    if (!QDir().mkpath(root + QStringLiteral("/empty"))
        || !QDir().mkpath(root + QStringLiteral("/outer/inner/deepest"))) {
        return false;
    }
    // 2001-02-03 04:05:06 UTC for the top, a day apart below it.
    static const char* const folders[] = {"outer/inner/deepest", "outer/inner", "outer", "empty", "with files", ""};
    qint64 mtime = 981173106 + 5 * 86400;
    for (const char* folder : folders) {
        const QString path = *folder != '\0' ? root + QLatin1Char('/') + QString::fromUtf8(folder) : root;
        if (!setTimes(path, mtime)) {
            return false;
        }
        mtime -= 86400;
    }
    return true;
}

// Relative path ("." for root itself) -> modification time of root and every folder below it.
inline QMap<QString, qint64> folderTimes(const QString& root)
{
    QMap<QString, qint64> out;
    const auto add = [&out, &root](const QString& path) {
        struct stat st {};
        out.insert(QDir(root).relativeFilePath(path),
                   ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? qint64(st.st_mtime) : -1);
    };
    add(root);
    QDirIterator it(root, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        add(it.next());
    }
    return out;
}

// Files ending in .ferrypart below root.
inline QStringList partialFiles(const QString& root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".ferrypart"))) {
            out.append(path);
        }
    }
    return out;
}

inline bool waitIdle(TransferQueue* queue, int timeoutMs = 120000)
{
    return QTest::qWaitFor([queue] { return !queue->isBusy(); }, timeoutMs);
}

inline QByteArray describeJob(const TransferQueue& queue, quint64 id)
{
    return (TransferQueue::stateText(queue.state(id)) + QStringLiteral(": ") + queue.message(id)).toUtf8();
}

} // namespace ferry::test
