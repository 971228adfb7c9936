// The SFTP engine against OpenSSH's sftp-server (internal-sftp): what the server says about itself and
// every file operation of RemoteFileSystem, checked on the local disk the server works on.
#include "RemoteFileSystem.h"
#include "ScriptedClient.h"
#include "SftpChannel.h"
#include "SftpOperation.h"
#include "SftpProtocol.h"
#include "SftpTask.h"
#include "SftpTestHelpers.h"
#include "SshdFixture.h"
#include "TestHome.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ferry;
using namespace ferry::test;

namespace {

// A task of the kind the transfer engine writes: it keeps the pipeline full (canSend), reports as it
// goes and says which channel it ran on.
class PipelinedStatTask : public SftpTask {
public:
    PipelinedStatTask(const QByteArray& path, int count)
        : m_path(path)
        , m_count(count)
    {
    }

    void start() override { pump(); }

    void pump() override
    {
        while (!finished() && m_issued < m_count && channel()->canSend()) {
            ++m_issued;
            channel()->stat(this, m_path, [this](const SftpError& error, const SftpAttributes& attrs) {
                if (error.isError() || !attrs.isDirectory()) {
                    context()->finish(error.isError() ? error : SftpError::protocol(QStringLiteral("not a folder")));
                    return;
                }
                ++m_done;
                context()->progress(m_done, m_count, QString());
                if (m_done == m_count) {
                    context()->report(QVariant(channel()->slot()));
                    context()->finish(SftpError(), QVariant(m_maxInFlight));
                }
            });
            m_maxInFlight = qMax(m_maxInFlight, channel()->requestsInFlight());
        }
    }

private:
    QByteArray m_path;
    int m_count;
    int m_issued = 0;
    int m_done = 0;
    int m_maxInFlight = 0;
};

} // namespace

class TestSftpFileSystem : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void serverInfoFromOpenSsh();
    void homeAndRealPath();
    void statAndLstat();
    void mkdirWithMode();
    void listingShowsTypesOwnersAndLinkTargets();
    void listingOfMissingFolderFails();
    void symlinkAndReadLink();
    void renameWithAndWithoutOverwrite();
    void removeFileAndEmptyFolder();
    void removeRecursivelyReportsProgress();
    void chmodSingleAndRecursive();
    void statvfsOfTheRoot();
    void readFileAndSizeLimit();
    void writeFileAtomicallyKeepsMode();
    void writeFileDetectsConcurrentChange();
    void writeFileThroughSymlinkKeepsLink();
    void cancelledOperationFinishesCancelled();
    void deletingOperationCancelsIt();
    void operationsBeforeReadyWait();
    void ownTasksPipelineOnSeveralChannels();

private:
    QString local(const QString& rel) const { return m_root.path() + QLatin1Char('/') + rel; }

    SshdFixture m_sshd;
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<ScriptedClient> m_client;
    std::unique_ptr<RemoteFileSystem> m_fs;
    QTemporaryDir m_root;
};

void TestSftpFileSystem::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    m_home = std::make_unique<TestHome>();
    m_client = std::make_unique<ScriptedClient>(m_sshd.clientOptions(m_home->sshDir(), m_home->knownHostsFile()));
    QVERIFY2(m_client->connectAndWait(), qPrintable(m_client->error().message));
    m_fs = std::make_unique<RemoteFileSystem>(m_client->connection());
    QVERIFY(waitReady(m_fs.get()));
}

void TestSftpFileSystem::cleanupTestCase()
{
    m_fs.reset();
    m_client.reset();
    m_home.reset();
}

void TestSftpFileSystem::serverInfoFromOpenSsh()
{
    const SftpServerInfo info = m_fs->serverInfo();
    QCOMPARE(info.version, quint32(3));
    for (const char* name : {sftp::ext::PosixRename, sftp::ext::Statvfs, sftp::ext::Fsync, sftp::ext::Hardlink,
                             sftp::ext::HomeDirectory, sftp::ext::ExpandPath, sftp::ext::CopyData, sftp::ext::Limits}) {
        QVERIFY2(m_fs->hasExtension(name), name);
    }
    QVERIFY(info.hasLimits);
    QVERIFY(info.maxReadLength > 0);
    // OpenSSH allows 256 KiB packets; Ferry never asks for more than 255 KiB of data in one.
    QVERIFY(info.readLength > sftp::DefaultDataPerPacket);
    QVERIFY(info.readLength <= sftp::MaxDataPerPacket);
    QVERIFY(info.writeLength > sftp::DefaultDataPerPacket);
    QVERIFY(info.writeLength <= sftp::MaxDataPerPacket);
    QVERIFY(quint64(info.readLength) <= info.maxReadLength);
}

void TestSftpFileSystem::homeAndRealPath()
{
    const passwd* pw = getpwuid(geteuid());
    QVERIFY(pw != nullptr);
    const QString home = QString::fromLocal8Bit(pw->pw_dir);
    QCOMPARE(m_fs->homePath(), home);
    auto h = finish(m_fs->homeDirectory());
    QVERIFY2(h->succeeded(), describe(h.get()));
    QCOMPARE(h->path(), home);

    QDir().mkpath(local(QStringLiteral("real/sub")));
    auto r = finish(m_fs->realPath(local(QStringLiteral("real/sub/../sub/./"))));
    QVERIFY2(r->succeeded(), describe(r.get()));
    QCOMPARE(r->path(), QFileInfo(local(QStringLiteral("real/sub"))).canonicalFilePath());
}

void TestSftpFileSystem::statAndLstat()
{
    QVERIFY(writeLocal(local(QStringLiteral("stat.txt")), "twelve bytes"));
    QVERIFY(QFile::link(local(QStringLiteral("stat.txt")), local(QStringLiteral("stat.lnk"))));
    ::chmod(QFile::encodeName(local(QStringLiteral("stat.txt"))).constData(), 0640);

    auto s = finish(m_fs->stat(local(QStringLiteral("stat.lnk"))));
    QVERIFY2(s->succeeded(), describe(s.get()));
    QVERIFY(s->attributes().isRegular());
    QCOMPARE(s->attributes().size, quint64(12));
    QCOMPARE(s->attributes().permissions & 07777, quint32(0640));
    QCOMPARE(qint64(s->attributes().mtime),
             QFileInfo(local(QStringLiteral("stat.txt"))).lastModified().toSecsSinceEpoch());

    auto l = finish(m_fs->lstat(local(QStringLiteral("stat.lnk"))));
    QVERIFY2(l->succeeded(), describe(l.get()));
    QVERIFY(l->attributes().isSymlink());

    auto missing = finish(m_fs->stat(local(QStringLiteral("nope"))));
    QVERIFY(missing->error().isStatus(sftp::NoSuchFile));
    QVERIFY(missing->error().message().contains(local(QStringLiteral("nope"))));
}

void TestSftpFileSystem::mkdirWithMode()
{
    auto m = finish(m_fs->mkdir(local(QStringLiteral("made")), 0750));
    QVERIFY2(m->succeeded(), describe(m.get()));
    QFileInfo info(local(QStringLiteral("made")));
    QVERIFY(info.isDir());
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(info.filePath()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0750));

    auto again = finish(m_fs->mkdir(local(QStringLiteral("made"))));
    QVERIFY(again->error().isError());
}

void TestSftpFileSystem::listingShowsTypesOwnersAndLinkTargets()
{
    const QString dir = local(QStringLiteral("listing"));
    QDir().mkpath(dir + QStringLiteral("/folder"));
    QVERIFY(writeLocal(dir + QStringLiteral("/file with space.txt"), "abc"));
    QVERIFY(writeLocal(dir + QStringLiteral("/ünïcødé ✓"), "u"));
    QVERIFY(QFile::link(QStringLiteral("folder"), dir + QStringLiteral("/to-folder")));
    QVERIFY(QFile::link(QStringLiteral("file with space.txt"), dir + QStringLiteral("/to-file")));
    QVERIFY(QFile::link(QStringLiteral("/nonexistent/target"), dir + QStringLiteral("/broken")));
    QVERIFY(writeLocal(dir + QStringLiteral("/setuid"), "s"));
    ::chmod(QFile::encodeName(dir + QStringLiteral("/setuid")).constData(), 04755);

    QVector<SftpEntry> entries;
    SftpOperation* o = m_fs->list(dir);
    connect(o, &SftpOperation::entriesArrived, this, [&entries](const QVector<SftpEntry>& batch) { entries += batch; });
    auto l = finish(o);
    QVERIFY2(l->succeeded(), describe(l.get()));
    QCOMPARE(l->count(), qint64(7));
    QCOMPARE(entries.size(), 7);
    QMap<QString, SftpEntry> byName;
    for (const SftpEntry& e : entries) {
        byName.insert(e.name, e);
    }
    QVERIFY(!byName.contains(QStringLiteral(".")));
    QVERIFY(!byName.contains(QStringLiteral("..")));
    QVERIFY(byName.value(QStringLiteral("folder")).isDirectory());
    QVERIFY(byName.value(QStringLiteral("file with space.txt")).isRegular());
    QCOMPARE(byName.value(QStringLiteral("file with space.txt")).attributes.size, quint64(3));
    QCOMPARE(byName.value(QStringLiteral("file with space.txt")).path, dir + QStringLiteral("/file with space.txt"));
    QCOMPARE(byName.value(QStringLiteral("ünïcødé ✓")).rawName, QStringLiteral("ünïcødé ✓").toUtf8());

    const SftpEntry toFolder = byName.value(QStringLiteral("to-folder"));
    QVERIFY(toFolder.isSymlink());
    QCOMPARE(toFolder.symlinkTarget, QStringLiteral("folder"));
    QVERIFY(toFolder.linkTargetIsDirectory);
    QVERIFY(toFolder.opensAsDirectory());
    const SftpEntry toFile = byName.value(QStringLiteral("to-file"));
    QCOMPARE(toFile.symlinkTarget, QStringLiteral("file with space.txt"));
    QVERIFY(!toFile.linkTargetIsDirectory);
    QVERIFY(!toFile.linkIsBroken);
    const SftpEntry broken = byName.value(QStringLiteral("broken"));
    QCOMPARE(broken.symlinkTarget, QStringLiteral("/nonexistent/target"));
    QVERIFY(broken.linkIsBroken);

    // Special bits are data in a listing: shown as they are (the transfer engine strips them).
    QCOMPARE(byName.value(QStringLiteral("setuid")).attributes.permissions & 07777, quint32(04755));
    QVERIFY(byName.value(QStringLiteral("setuid")).attributes.hasSpecialBits());

    const passwd* pw = getpwuid(geteuid());
    QCOMPARE(byName.value(QStringLiteral("folder")).owner, QString::fromLocal8Bit(pw->pw_name));
    QVERIFY(!byName.value(QStringLiteral("folder")).group.isEmpty());
}

void TestSftpFileSystem::listingOfMissingFolderFails()
{
    auto l = finish(m_fs->list(local(QStringLiteral("no-such-folder"))));
    QVERIFY(l->error().isStatus(sftp::NoSuchFile));
    QVERIFY(l->error().message().contains(QStringLiteral("no-such-folder")));
}

void TestSftpFileSystem::symlinkAndReadLink()
{
    QVERIFY(writeLocal(local(QStringLiteral("link-target.txt")), "t"));
    auto s = finish(m_fs->symlink(local(QStringLiteral("made-link")), QStringLiteral("link-target.txt")));
    QVERIFY2(s->succeeded(), describe(s.get()));
    QCOMPARE(QFileInfo(local(QStringLiteral("made-link"))).symLinkTarget(), local(QStringLiteral("link-target.txt")));
    auto r = finish(m_fs->readLink(local(QStringLiteral("made-link"))));
    QVERIFY2(r->succeeded(), describe(r.get()));
    QCOMPARE(r->path(), QStringLiteral("link-target.txt"));
}

void TestSftpFileSystem::renameWithAndWithoutOverwrite()
{
    QVERIFY(writeLocal(local(QStringLiteral("ren-a")), "A"));
    QVERIFY(writeLocal(local(QStringLiteral("ren-b")), "B"));

    auto refused = finish(m_fs->rename(local(QStringLiteral("ren-a")), local(QStringLiteral("ren-b")), false));
    QVERIFY(refused->error().isError());
    QCOMPARE(readLocal(local(QStringLiteral("ren-b"))), QByteArray("B"));
    QVERIFY(QFile::exists(local(QStringLiteral("ren-a"))));

    auto replaced = finish(m_fs->rename(local(QStringLiteral("ren-a")), local(QStringLiteral("ren-b")), true));
    QVERIFY2(replaced->succeeded(), describe(replaced.get()));
    QCOMPARE(readLocal(local(QStringLiteral("ren-b"))), QByteArray("A"));
    QVERIFY(!QFile::exists(local(QStringLiteral("ren-a"))));

    auto moved = finish(m_fs->rename(local(QStringLiteral("ren-b")), local(QStringLiteral("ren-c")), false));
    QVERIFY2(moved->succeeded(), describe(moved.get()));
    QCOMPARE(readLocal(local(QStringLiteral("ren-c"))), QByteArray("A"));
}

void TestSftpFileSystem::removeFileAndEmptyFolder()
{
    QVERIFY(writeLocal(local(QStringLiteral("gone.txt")), "x"));
    QDir().mkpath(local(QStringLiteral("gone-dir")));
    auto f = finish(m_fs->remove(local(QStringLiteral("gone.txt"))));
    QVERIFY2(f->succeeded(), describe(f.get()));
    QVERIFY(!QFile::exists(local(QStringLiteral("gone.txt"))));
    auto d = finish(m_fs->removeDirectory(local(QStringLiteral("gone-dir"))));
    QVERIFY2(d->succeeded(), describe(d.get()));
    QVERIFY(!QFileInfo::exists(local(QStringLiteral("gone-dir"))));
}

void TestSftpFileSystem::removeRecursivelyReportsProgress()
{
    const QString root = local(QStringLiteral("tree"));
    int items = 0;
    for (int a = 0; a < 4; ++a) {
        for (int b = 0; b < 5; ++b) {
            const QString dir = QStringLiteral("%1/d%2/e%3").arg(root).arg(a).arg(b);
            QVERIFY(QDir().mkpath(dir));
            for (int f = 0; f < 15; ++f) {
                QVERIFY(writeLocal(QStringLiteral("%1/f %2.txt").arg(dir).arg(f), "data"));
            }
        }
    }
    items = 4 * 5 * 15 + 4 * 5 + 4 + 1;
    // A link to something outside is removed as a link; its target stays.
    QVERIFY(writeLocal(local(QStringLiteral("outside-keep.txt")), "keep"));
    QVERIFY(QFile::link(local(QStringLiteral("outside-keep.txt")), root + QStringLiteral("/d0/link-out")));
    QVERIFY(QFile::link(m_root.path(), root + QStringLiteral("/d1/link-to-root-dir")));
    items += 2;

    SftpOperation* o = m_fs->removeRecursively(root);
    qint64 lastDone = 0;
    int progressSignals = 0;
    connect(o, &SftpOperation::progress, this, [&](qint64 done, qint64, const QString& current) {
        QVERIFY(done >= lastDone);
        QVERIFY(current.startsWith(root));
        lastDone = done;
        ++progressSignals;
    });
    auto r = finish(o, 60000);
    QVERIFY2(r->succeeded(), describe(r.get()));
    QVERIFY(!QFileInfo::exists(root));
    QCOMPARE(r->count(), qint64(items));
    QCOMPARE(lastDone, qint64(items));
    QVERIFY(progressSignals >= 1);
    QCOMPARE(readLocal(local(QStringLiteral("outside-keep.txt"))), QByteArray("keep"));
    QVERIFY(QFileInfo(m_root.path()).isDir());
}

void TestSftpFileSystem::chmodSingleAndRecursive()
{
    auto modeOf = [](const QString& path) {
        struct stat st {};
        ::lstat(QFile::encodeName(path).constData(), &st);
        return st.st_mode & 07777;
    };
    QVERIFY(writeLocal(local(QStringLiteral("one.txt")), "1"));
    auto one = finish(m_fs->chmod(local(QStringLiteral("one.txt")), 0604));
    QVERIFY2(one->succeeded(), describe(one.get()));
    QCOMPARE(modeOf(local(QStringLiteral("one.txt"))), mode_t(0604));

    const QString root = local(QStringLiteral("perm"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/a/b")));
    QVERIFY(writeLocal(root + QStringLiteral("/top.txt"), "t"));
    QVERIFY(writeLocal(root + QStringLiteral("/a/mid.txt"), "m"));
    QVERIFY(writeLocal(root + QStringLiteral("/a/b/deep.txt"), "d"));
    QVERIFY(QFile::link(local(QStringLiteral("one.txt")), root + QStringLiteral("/a/link")));
    auto rec = finish(m_fs->chmod(root, 0640, true, 0750));
    QVERIFY2(rec->succeeded(), describe(rec.get()));
    QCOMPARE(rec->count(), qint64(6));
    for (const QString& dir : QStringList{root, root + QStringLiteral("/a"), root + QStringLiteral("/a/b")}) {
        QCOMPARE(modeOf(dir), mode_t(0750));
    }
    for (const QString& file : QStringList{root + QStringLiteral("/top.txt"), root + QStringLiteral("/a/mid.txt"),
                                           root + QStringLiteral("/a/b/deep.txt")}) {
        QCOMPARE(modeOf(file), mode_t(0640));
    }
    // The link was left alone, and so was what it points to.
    QCOMPARE(modeOf(local(QStringLiteral("one.txt"))), mode_t(0604));

    // A folder mode that shuts the owner out is set last, after the walk inside.
    auto locked = finish(m_fs->chmod(root, 0600, true, 0300));
    QVERIFY2(locked->succeeded(), describe(locked.get()));
    QCOMPARE(modeOf(root), mode_t(0300));
    QCOMPARE(modeOf(root + QStringLiteral("/a/b/deep.txt")), mode_t(0600));
    ::chmod(QFile::encodeName(root).constData(), 0755);
}

void TestSftpFileSystem::statvfsOfTheRoot()
{
    auto s = finish(m_fs->statvfs(m_root.path()));
    QVERIFY2(s->succeeded(), describe(s.get()));
    const SftpFsStats st = s->fsStats();
    QVERIFY(st.blocks > 0);
    QVERIFY(st.totalBytes() >= st.availableBytes());
    QVERIFY(st.nameMax >= 255);
}

void TestSftpFileSystem::readFileAndSizeLimit()
{
    QByteArray content;
    for (int i = 0; i < 40000; ++i) {
        content += QByteArray::number(i) + '\n';
    }
    QVERIFY(content.size() > 2 * 65536);
    QVERIFY(writeLocal(local(QStringLiteral("read.txt")), content));
    auto r = finish(m_fs->readFile(local(QStringLiteral("read.txt")), 1024 * 1024));
    QVERIFY2(r->succeeded(), describe(r.get()));
    QCOMPARE(r->data(), content);
    QCOMPARE(r->attributes().size, quint64(content.size()));

    auto exact = finish(m_fs->readFile(local(QStringLiteral("read.txt")), content.size()));
    QVERIFY2(exact->succeeded(), describe(exact.get()));
    QCOMPARE(exact->data(), content);

    auto big = finish(m_fs->readFile(local(QStringLiteral("read.txt")), content.size() - 1));
    QCOMPARE(big->error().kind, SftpError::Kind::Refused);
    QCOMPARE(big->error().refusal, SftpError::Refusal::TooLarge);
    QVERIFY(big->data().isEmpty());

    QVERIFY(writeLocal(local(QStringLiteral("empty.txt")), QByteArray()));
    auto empty = finish(m_fs->readFile(local(QStringLiteral("empty.txt")), 100));
    QVERIFY2(empty->succeeded(), describe(empty.get()));
    QVERIFY(empty->data().isEmpty());

    auto folder = finish(m_fs->readFile(m_root.path(), 100));
    QVERIFY(folder->error().isError());
}

void TestSftpFileSystem::writeFileAtomicallyKeepsMode()
{
    const QString path = local(QStringLiteral("edit.txt"));
    QVERIFY(writeLocal(path, "old content\n"));
    ::chmod(QFile::encodeName(path).constData(), 0640);
    auto r = finish(m_fs->readFile(path, 4096));
    QVERIFY2(r->succeeded(), describe(r.get()));

    QByteArray bigger(300 * 1024, 'x'); // several WRITE packets
    bigger.append("end\n");
    auto w = finish(m_fs->writeFile(path, bigger, r->attributes()));
    QVERIFY2(w->succeeded(), describe(w.get()));
    QCOMPARE(readLocal(path), bigger);
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0640));
    QCOMPARE(w->attributes().size, quint64(bigger.size()));
    // No temporary file left behind.
    const QStringList left =
        QDir(m_root.path()).entryList(QStringList{QStringLiteral("*.ferry-*")}, QDir::AllEntries | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(','))));

    // A new file, with nothing expected.
    auto created = finish(m_fs->writeFile(local(QStringLiteral("new-file.txt")), "fresh"));
    QVERIFY2(created->succeeded(), describe(created.get()));
    QCOMPARE(readLocal(local(QStringLiteral("new-file.txt"))), QByteArray("fresh"));
}

void TestSftpFileSystem::writeFileDetectsConcurrentChange()
{
    const QString path = local(QStringLiteral("contested.txt"));
    QVERIFY(writeLocal(path, "version 1"));
    auto r = finish(m_fs->readFile(path, 4096));
    QVERIFY2(r->succeeded(), describe(r.get()));
    // Someone else saves meanwhile (a different size, so a coarse mtime cannot hide it).
    QVERIFY(writeLocal(path, "version 2 by someone else"));

    auto w = finish(m_fs->writeFile(path, "my version", r->attributes()));
    QCOMPARE(w->error().kind, SftpError::Kind::Refused);
    QCOMPARE(w->error().refusal, SftpError::Refusal::RemoteChanged);
    QCOMPARE(readLocal(path), QByteArray("version 2 by someone else"));

    auto forced = finish(m_fs->writeFile(path, "my version", r->attributes(), true));
    QVERIFY2(forced->succeeded(), describe(forced.get()));
    QCOMPARE(readLocal(path), QByteArray("my version"));

    QFile::remove(path);
    auto vanished = finish(m_fs->writeFile(path, "again", forced->attributes()));
    QCOMPARE(vanished->error().refusal, SftpError::Refusal::RemoteChanged);
}

void TestSftpFileSystem::writeFileThroughSymlinkKeepsLink()
{
    QVERIFY(QDir().mkpath(local(QStringLiteral("real-dir"))));
    const QString target = local(QStringLiteral("real-dir/config"));
    QVERIFY(writeLocal(target, "a=1\n"));
    QVERIFY(QFile::link(target, local(QStringLiteral("config-link"))));
    auto w = finish(m_fs->writeFile(local(QStringLiteral("config-link")), "a=2\n"));
    QVERIFY2(w->succeeded(), describe(w.get()));
    QVERIFY(QFileInfo(local(QStringLiteral("config-link"))).isSymLink());
    QCOMPARE(readLocal(target), QByteArray("a=2\n"));
}

void TestSftpFileSystem::cancelledOperationFinishesCancelled()
{
    const QString dir = local(QStringLiteral("cancel-me"));
    QVERIFY(QDir().mkpath(dir));
    for (int i = 0; i < 3000; ++i) {
        QVERIFY(writeLocal(QStringLiteral("%1/f%2").arg(dir).arg(i), QByteArray()));
    }
    SftpOperation* o = m_fs->list(dir);
    int batches = 0;
    connect(o, &SftpOperation::entriesArrived, this, [&batches] { ++batches; });
    o->cancel();
    auto l = finish(o);
    QVERIFY(l->isFinished());
    QVERIFY(l->error().isCancelled());
    // The file system goes on working.
    auto s = finish(m_fs->stat(dir));
    QVERIFY2(s->succeeded(), describe(s.get()));
}

void TestSftpFileSystem::deletingOperationCancelsIt()
{
    const QString dir = local(QStringLiteral("cancel-me"));
    for (int i = 0; i < 5; ++i) {
        delete m_fs->list(dir);
        delete m_fs->removeRecursively(local(QStringLiteral("does-not-matter")));
    }
    auto l = finish(m_fs->list(dir));
    QVERIFY2(l->succeeded(), describe(l.get()));
    QCOMPARE(l->count(), qint64(3000));
}

void TestSftpFileSystem::operationsBeforeReadyWait()
{
    // Made before the SFTP session exists, and before the connection is even started.
    ScriptedClient client(m_sshd.clientOptions(m_home->sshDir(), m_home->knownHostsFile()));
    RemoteFileSystem fs(client.connection());
    QSignalSpy ready(&fs, &RemoteFileSystem::ready);
    SftpOperation* early = fs.stat(m_root.path());
    QVERIFY(!early->isFinished());
    QVERIFY(client.connectAndWait());
    auto s = finish(early);
    QVERIFY2(s->succeeded(), describe(s.get()));
    QVERIFY(s->attributes().isDirectory());
    QVERIFY(ready.count() == 1 || ready.wait(10000));

    // And on a connection that is up already, with the service started at once.
    RemoteFileSystem second(client.connection());
    auto h = finish(second.homeDirectory());
    QVERIFY2(h->succeeded(), describe(h.get()));
    QCOMPARE(h->path(), m_fs->homePath());
}

void TestSftpFileSystem::ownTasksPipelineOnSeveralChannels()
{
    QList<SftpOperation*> ops;
    for (int slot = 0; slot < 4; ++slot) {
        ops << m_fs->run(std::make_unique<PipelinedStatTask>(m_root.path().toUtf8(), 500), slot);
    }
    QVector<QVariant> reports(4);
    QVector<qint64> lastProgress(4);
    for (int i = 0; i < ops.size(); ++i) {
        connect(ops.at(i), &SftpOperation::reported, this, [&reports, i](const QVariant& v) { reports[i] = v; });
        connect(ops.at(i), &SftpOperation::progress, this, [&lastProgress, i](qint64 done, qint64 total) {
            QCOMPARE(total, qint64(500));
            lastProgress[i] = done;
        });
    }
    for (int i = 0; i < ops.size(); ++i) {
        QVERIFY(waitFinished(ops.at(i), 60000));
        QVERIFY2(ops.at(i)->succeeded(), describe(ops.at(i)));
        // Many requests were in flight at once, and never more than the channel's budget.
        QVERIFY2(ops.at(i)->result().toInt() > 8, qPrintable(ops.at(i)->result().toString()));
        QVERIFY(ops.at(i)->result().toInt() <= 64);
        QCOMPARE(reports.at(i).toInt(), i);
        QCOMPARE(lastProgress.at(i), qint64(500));
    }
    qDeleteAll(ops);
    // The browsing channel is unaffected.
    auto s = finish(m_fs->stat(m_root.path()));
    QVERIFY2(s->succeeded(), describe(s.get()));
}

QTEST_GUILESS_MAIN(TestSftpFileSystem)
#include "tst_sftpfilesystem.moc"
