// The transfer engine and queue against OpenSSH's sftp-server: trees and big files both ways, modes and
// times, parallel jobs, the bandwidth limit, conflicts, pause and cancel. The fixture's sshd runs as the
// test's user, so the "remote" side is a local folder the test can look at directly.
#include "tst_transfercommon.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace ferry;
using namespace ferry::test;

class TestTransfer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void treeOfThousandFilesUpAndDown();
    void bigFileUpAndDown();
    void parallelJobsNeverExceeded();
    void smallFilesShareALane();
    void bandwidthLimitIsRespected();
    void conflictOverwriteSkipAndIfNewer();
    void conflictResume();
    void conflictRename();
    void conflictAskAndApplyToAll();
    void specialModeBitsNeverApplied();
    void pauseKeepsPartialAndResumes();
    void cancelRemovesPartialUnlessKept();
    void uploadCancelRemovesRemotePartial();
    void symlinksRecreatedWhenAsked();
    void folderTimesPreservedOnDownload();
    void folderTimesPreservedOnUpload();
    void folderTimesSetWhenSomeFilesFail();
    void folderTimesSetWhenCancelled();
    void folderTimesNotPreservedWhenOff();

private:
    QString local(const QString& rel) const { return m_local->path() + QLatin1Char('/') + rel; }
    QString remote(const QString& rel) const { return m_remote->path() + QLatin1Char('/') + rel; }
    quint64 runOne(TransferQueue& queue, quint64 id, int timeoutMs = 120000);

    SshdFixture m_sshd;
    TransferSession m_session;
    std::unique_ptr<QTemporaryDir> m_local;
    std::unique_ptr<QTemporaryDir> m_remote;
};

void TestTransfer::initTestCase()
{
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    QVERIFY(m_session.open(&m_sshd));
}

void TestTransfer::cleanupTestCase()
{
    m_session.close();
}

void TestTransfer::init()
{
    m_local = std::make_unique<QTemporaryDir>();
    m_remote = std::make_unique<QTemporaryDir>();
    QVERIFY(m_local->isValid() && m_remote->isValid());
}

quint64 TestTransfer::runOne(TransferQueue& queue, quint64 id, int timeoutMs)
{
    waitIdle(&queue, timeoutMs);
    return id;
}

void TestTransfer::treeOfThousandFilesUpAndDown()
{
    QVERIFY(makeTree(local(QStringLiteral("tree")), 1000));
    const QMap<QString, QString> original = describeTree(local(QStringLiteral("tree")));
    QCOMPARE(original.size(), 1000);

    TransferQueue queue(m_session.fs.get());
    queue.setParallelJobs(4);
    const quint64 up = queue.upload(local(QStringLiteral("tree")), m_remote->path());
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(up) == TransferQueue::State::Done, describeJob(queue, up));
    const int row = queue.rowOfJob(up);
    QCOMPARE(queue.index(row, 0).data(TransferQueue::FilesDoneRole).toInt(), 1000);
    QCOMPARE(queue.index(row, 0).data(TransferQueue::FilesFailedRole).toInt(), 0);
    QCOMPARE(describeTree(remote(QStringLiteral("tree"))), original);
    QVERIFY(partialFiles(m_remote->path()).isEmpty());

    const quint64 down = queue.download(remote(QStringLiteral("tree")), local(QStringLiteral("back")), true);
    QVERIFY(QDir().mkpath(local(QStringLiteral("back"))));
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(down) == TransferQueue::State::Done, describeJob(queue, down));
    QCOMPARE(describeTree(local(QStringLiteral("back/tree"))), original);
    QVERIFY(partialFiles(local(QStringLiteral("back"))).isEmpty());
    QCOMPARE(queue.doneBytes(), queue.totalBytes());
    // Folder modes came across too (masked, owner always rwx).
    QCOMPARE(modeOf(local(QStringLiteral("back/tree/sub one"))) & 0777,
             modeOf(local(QStringLiteral("tree/sub one"))) & 0777);
}

void TestTransfer::bigFileUpAndDown()
{
    const QString source = local(QStringLiteral("big.bin"));
    QVERIFY(writeFile(source, randomBytes(64 * 1024 * 1024, 7), 0640, 1600000000));
    const QByteArray hash = sha256(source);

    TransferQueue queue(m_session.fs.get());
    QSignalSpy totals(&queue, &TransferQueue::totalsChanged);
    const quint64 up = queue.upload(source, m_remote->path());
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(up) == TransferQueue::State::Done, describeJob(queue, up));
    QCOMPARE(sha256(remote(QStringLiteral("big.bin"))), hash);
    QCOMPARE(modeOf(remote(QStringLiteral("big.bin"))) & 07777, 0640u);
    QCOMPARE(QFileInfo(remote(QStringLiteral("big.bin"))).lastModified().toSecsSinceEpoch(), 1600000000);
    QVERIFY(totals.count() > 0);
    QCOMPARE(queue.totalBytes(), qint64(64 * 1024 * 1024));

    QVERIFY(QDir().mkpath(local(QStringLiteral("down"))));
    const quint64 down = queue.download(remote(QStringLiteral("big.bin")), local(QStringLiteral("down")), false);
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(down) == TransferQueue::State::Done, describeJob(queue, down));
    QCOMPARE(sha256(local(QStringLiteral("down/big.bin"))), hash);
    QCOMPARE(modeOf(local(QStringLiteral("down/big.bin"))) & 07777, 0640u);
    QCOMPARE(QFileInfo(local(QStringLiteral("down/big.bin"))).lastModified().toSecsSinceEpoch(), 1600000000);
    QVERIFY(partialFiles(m_local->path()).isEmpty());
    QVERIFY(partialFiles(m_remote->path()).isEmpty());
}

void TestTransfer::parallelJobsNeverExceeded()
{
    for (int i = 0; i < 12; ++i) {
        QVERIFY(writeFile(remote(QStringLiteral("p%1.bin").arg(i)), randomBytes(1024 * 1024, quint32(i)), 0644,
                          1500000000));
    }
    TransferQueue queue(m_session.fs.get());
    queue.setParallelJobs(3);
    // Slow enough that jobs overlap for a while.
    queue.setBandwidthLimit(24 * 1024 * 1024);
    int most = 0;
    connect(&queue, &TransferQueue::jobStarted, this, [&] { most = qMax(most, queue.runningFileCount()); });
    connect(&queue, &QAbstractItemModel::dataChanged, this, [&] { most = qMax(most, queue.runningFileCount()); });
    for (int i = 0; i < 12; ++i) {
        queue.download(remote(QStringLiteral("p%1.bin").arg(i)), m_local->path(), false);
    }
    QVERIFY(waitIdle(&queue));
    QCOMPARE(most, 3);
    for (int i = 0; i < 12; ++i) {
        QCOMPARE(sha256(local(QStringLiteral("p%1.bin").arg(i))), sha256(remote(QStringLiteral("p%1.bin").arg(i))));
    }
}

void TestTransfer::smallFilesShareALane()
{
    // One lane: small files run several at a time on it (never more than SmallFilesPerLane), and a large
    // file queued behind them waits until it has the lane to itself.
    for (int i = 0; i < 40; ++i) {
        QVERIFY(writeFile(local(QStringLiteral("small/s%1.bin").arg(i)), randomBytes(16 * 1024, quint32(i)), 0644,
                          1500000000));
    }
    QVERIFY(writeFile(local(QStringLiteral("large.bin")), randomBytes(3 * 1024 * 1024, 99), 0644, 1500000000));
    TransferQueue queue(m_session.fs.get());
    queue.setParallelJobs(1);
    queue.setBandwidthLimit(8 * 1024 * 1024);
    int most = 0;
    bool largeShared = false;
    auto look = [&] {
        const int running = queue.runningFileCount();
        most = qMax(most, running);
        for (int row = 0; row < queue.rowCount(); ++row) {
            const QModelIndex index = queue.index(row, 0);
            if (index.data(TransferQueue::SourceRole).toString().endsWith(QLatin1String("large.bin"))
                && index.data(TransferQueue::StateRole).toInt() == int(TransferQueue::State::Running) && running > 1) {
                largeShared = true;
            }
        }
    };
    connect(&queue, &TransferQueue::jobStarted, this, look);
    connect(&queue, &QAbstractItemModel::dataChanged, this, look);
    const quint64 folder = queue.upload(local(QStringLiteral("small")), m_remote->path());
    QVERIFY(waitIdle(&queue));
    QVERIFY(QDir().mkpath(m_remote->path() + QStringLiteral("/again")));
    const quint64 large = queue.upload(local(QStringLiteral("large.bin")), m_remote->path());
    queue.upload(local(QStringLiteral("small")), m_remote->path() + QStringLiteral("/again"));
    QVERIFY(waitIdle(&queue));
    QCOMPARE(queue.state(folder), TransferQueue::State::Done);
    QCOMPARE(queue.state(large), TransferQueue::State::Done);
    QVERIFY2(most > 1 && most <= TransferQueue::SmallFilesPerLane, QByteArray::number(most).constData());
    QVERIFY(!largeShared);
    QCOMPARE(describeTree(remote(QStringLiteral("small"))), describeTree(local(QStringLiteral("small"))));
    QCOMPARE(describeTree(remote(QStringLiteral("again/small"))), describeTree(local(QStringLiteral("small"))));
    QCOMPARE(sha256(remote(QStringLiteral("large.bin"))), sha256(local(QStringLiteral("large.bin"))));
}

void TestTransfer::bandwidthLimitIsRespected()
{
    QVERIFY(writeFile(remote(QStringLiteral("limited.bin")), randomBytes(2 * 1024 * 1024, 3), 0644, 1500000000));
    TransferQueue queue(m_session.fs.get());
    queue.setBandwidthLimit(1024 * 1024);
    QElapsedTimer clock;
    clock.start();
    const quint64 id = queue.download(remote(QStringLiteral("limited.bin")), m_local->path(), false);
    QVERIFY(waitIdle(&queue));
    const qint64 ms = clock.elapsed();
    QVERIFY2(queue.state(id) == TransferQueue::State::Done, describeJob(queue, id));
    QVERIFY2(ms >= 1500, QByteArray::number(ms));
    QVERIFY2(ms < 15000, QByteArray::number(ms));
    QCOMPARE(sha256(local(QStringLiteral("limited.bin"))), sha256(remote(QStringLiteral("limited.bin"))));
}

void TestTransfer::conflictOverwriteSkipAndIfNewer()
{
    QVERIFY(writeFile(remote(QStringLiteral("a.txt")), "new content", 0644, 1700000000));
    TransferQueue queue(m_session.fs.get());

    QVERIFY(writeFile(local(QStringLiteral("a.txt")), "old", 0644, 1600000000));
    queue.setConflictPolicy(ConflictAction::Skip);
    quint64 id = queue.download(remote(QStringLiteral("a.txt")), m_local->path(), false);
    QVERIFY(waitIdle(&queue));
    QCOMPARE(queue.state(id), TransferQueue::State::Skipped);
    QCOMPARE(readLocal(local(QStringLiteral("a.txt"))), QByteArray("old"));

    // The local file is newer than the remote one: "if newer" leaves it.
    QVERIFY(setTimes(local(QStringLiteral("a.txt")), 1800000000));
    queue.setConflictPolicy(ConflictAction::OverwriteIfNewer);
    id = queue.download(remote(QStringLiteral("a.txt")), m_local->path(), false);
    QVERIFY(waitIdle(&queue));
    QCOMPARE(queue.state(id), TransferQueue::State::Skipped);
    QCOMPARE(readLocal(local(QStringLiteral("a.txt"))), QByteArray("old"));

    QVERIFY(setTimes(local(QStringLiteral("a.txt")), 1600000000));
    id = queue.download(remote(QStringLiteral("a.txt")), m_local->path(), false);
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(id) == TransferQueue::State::Done, describeJob(queue, id));
    QCOMPARE(readLocal(local(QStringLiteral("a.txt"))), QByteArray("new content"));

    QVERIFY(writeFile(local(QStringLiteral("a.txt")), "replaced by overwrite", 0644, 1500000000));
    queue.setConflictPolicy(ConflictAction::Overwrite);
    id = queue.upload(local(QStringLiteral("a.txt")), m_remote->path());
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(id) == TransferQueue::State::Done, describeJob(queue, id));
    QCOMPARE(readLocal(remote(QStringLiteral("a.txt"))), QByteArray("replaced by overwrite"));

    // Upload "if newer" with an older local file: the remote file stays.
    QVERIFY(writeFile(remote(QStringLiteral("a.txt")), "remote is newer", 0644, 1900000000));
    queue.setConflictPolicy(ConflictAction::OverwriteIfNewer);
    id = queue.upload(local(QStringLiteral("a.txt")), m_remote->path());
    QVERIFY(waitIdle(&queue));
    QCOMPARE(queue.state(id), TransferQueue::State::Skipped);
    QCOMPARE(readLocal(remote(QStringLiteral("a.txt"))), QByteArray("remote is newer"));
    QVERIFY(partialFiles(m_local->path()).isEmpty());
    QVERIFY(partialFiles(m_remote->path()).isEmpty());
}

void TestTransfer::conflictResume()
{
    const QByteArray content = randomBytes(3 * 1024 * 1024 + 17, 11);
    QVERIFY(writeFile(remote(QStringLiteral("r.bin")), content, 0644, 1700000000));
    // An earlier transfer by another program left the first megabyte in place.
    QVERIFY(writeFile(local(QStringLiteral("r.bin")), content.left(1024 * 1024), 0644, 1500000000));
    TransferQueue queue(m_session.fs.get());
    queue.setConflictPolicy(ConflictAction::Resume);
    quint64 id = queue.download(remote(QStringLiteral("r.bin")), m_local->path(), false);
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(id) == TransferQueue::State::Done, describeJob(queue, id));
    QCOMPARE(readLocal(local(QStringLiteral("r.bin"))), content);
    const int row = queue.rowOfJob(id);
    QCOMPARE(queue.index(row, 0).data(TransferQueue::ResumedFromRole).toLongLong(), qint64(1024 * 1024));
    QCOMPARE(queue.index(row, 0).data(TransferQueue::TransferredRole).toLongLong(),
             qint64(content.size() - 1024 * 1024));

    // Upload side: the remote file holds a prefix.
    QVERIFY(writeFile(local(QStringLiteral("u.bin")), content, 0644, 1700000000));
    QVERIFY(writeFile(remote(QStringLiteral("u.bin")), content.left(2 * 1024 * 1024), 0644, 1500000000));
    id = queue.upload(local(QStringLiteral("u.bin")), m_remote->path());
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(id) == TransferQueue::State::Done, describeJob(queue, id));
    QCOMPARE(readLocal(remote(QStringLiteral("u.bin"))), content);
    QCOMPARE(queue.index(queue.rowOfJob(id), 0).data(TransferQueue::ResumedFromRole).toLongLong(),
             qint64(2 * 1024 * 1024));

    // A target larger than the source cannot be resumed: a clear failure, nothing touched.
    QVERIFY(writeFile(local(QStringLiteral("small.txt")), "abc", 0644, 1700000000));
    QVERIFY(writeFile(remote(QStringLiteral("small.txt")), "abcdef", 0644, 1500000000));
    id = queue.upload(local(QStringLiteral("small.txt")), m_remote->path());
    QVERIFY(waitIdle(&queue));
    QCOMPARE(queue.state(id), TransferQueue::State::Failed);
    QVERIFY2(queue.message(id).contains(QStringLiteral("larger")), qPrintable(queue.message(id)));
    QCOMPARE(readLocal(remote(QStringLiteral("small.txt"))), QByteArray("abcdef"));
}

void TestTransfer::conflictRename()
{
    QVERIFY(writeFile(remote(QStringLiteral("doc.tar.gz")), "from the server", 0644, 1700000000));
    QVERIFY(writeFile(local(QStringLiteral("doc.tar.gz")), "mine", 0644, 1500000000));
    QVERIFY(writeFile(local(QStringLiteral("doc (1).tar.gz")), "also mine", 0644, 1500000000));
    TransferQueue queue(m_session.fs.get());
    queue.setConflictPolicy(ConflictAction::Rename);
    quint64 id = queue.download(remote(QStringLiteral("doc.tar.gz")), m_local->path(), false);
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(id) == TransferQueue::State::Done, describeJob(queue, id));
    QCOMPARE(readLocal(local(QStringLiteral("doc.tar.gz"))), QByteArray("mine"));
    QCOMPARE(readLocal(local(QStringLiteral("doc (1).tar.gz"))), QByteArray("also mine"));
    QCOMPARE(readLocal(local(QStringLiteral("doc (2).tar.gz"))), QByteArray("from the server"));
    QCOMPARE(queue.index(queue.rowOfJob(id), 0).data(TransferQueue::TargetRole).toString(),
             local(QStringLiteral("doc (2).tar.gz")));

    // A name chosen by the user, on upload.
    queue.setConflictPolicy(ConflictAction::Ask);
    QSignalSpy asked(&queue, &TransferQueue::conflictRaised);
    id = queue.upload(local(QStringLiteral("doc.tar.gz")), m_remote->path());
    QVERIFY(asked.wait(10000));
    queue.answerConflict(id, ConflictAction::Rename, false, QStringLiteral("chosen.tgz"));
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(id) == TransferQueue::State::Done, describeJob(queue, id));
    QCOMPARE(readLocal(remote(QStringLiteral("chosen.tgz"))), QByteArray("mine"));
    QCOMPARE(readLocal(remote(QStringLiteral("doc.tar.gz"))), QByteArray("from the server"));
    QCOMPARE(queue.conflictPolicy(), ConflictAction::Ask);
}

void TestTransfer::conflictAskAndApplyToAll()
{
    for (int i = 0; i < 5; ++i) {
        QVERIFY(writeFile(remote(QStringLiteral("c%1.txt").arg(i)), "server " + QByteArray::number(i), 0644,
                          1700000000));
        QVERIFY(writeFile(local(QStringLiteral("c%1.txt").arg(i)), "local", 0644, 1600000000));
    }
    TransferQueue queue(m_session.fs.get());
    queue.setParallelJobs(1);
    QSignalSpy asked(&queue, &TransferQueue::conflictRaised);
    const quint64 first = queue.download(remote(QStringLiteral("c0.txt")), m_local->path(), false);
    QVERIFY(asked.wait(10000));
    QCOMPARE(asked.at(0).at(0).toULongLong(), first);
    const TransferConflict c = asked.at(0).at(1).value<TransferConflict>();
    QCOMPARE(c.sourceSize, qint64(8));
    QCOMPARE(c.targetSize, qint64(5));
    QCOMPARE(c.sourceModified.toSecsSinceEpoch(), 1700000000);
    QCOMPARE(c.targetModified.toSecsSinceEpoch(), 1600000000);
    QVERIFY(c.canResume == false || c.targetSize <= c.sourceSize);
    QCOMPARE(queue.state(first), TransferQueue::State::Conflict);
    QVERIFY(!queue.isBusy());

    // Only this one: the next still asks.
    queue.answerConflict(first, ConflictAction::Overwrite);
    QVERIFY(waitIdle(&queue));
    QCOMPARE(readLocal(local(QStringLiteral("c0.txt"))), QByteArray("server 0"));

    QList<quint64> rest;
    for (int i = 1; i < 5; ++i) {
        rest.append(queue.download(remote(QStringLiteral("c%1.txt").arg(i)), m_local->path(), false));
    }
    QVERIFY(QTest::qWaitFor([&] { return asked.count() >= 2; }, 10000));
    queue.answerConflict(asked.at(1).at(0).toULongLong(), ConflictAction::Skip, true);
    QVERIFY(waitIdle(&queue));
    QCOMPARE(queue.conflictPolicy(), ConflictAction::Skip);
    for (const quint64 id : rest) {
        QCOMPARE(queue.state(id), TransferQueue::State::Skipped);
    }
    // Each conflict was asked about at most once, and the rest of the queue was not asked at all.
    QVERIFY2(asked.count() <= 5, QByteArray::number(asked.count()));
    for (int i = 1; i < 5; ++i) {
        QCOMPARE(readLocal(local(QStringLiteral("c%1.txt").arg(i))), QByteArray("local"));
    }
}

void TestTransfer::specialModeBitsNeverApplied()
{
    QVERIFY(writeFile(remote(QStringLiteral("set/suid")), "#!/bin/sh\n", 0755, 1500000000));
    QVERIFY(::chmod(QFile::encodeName(remote(QStringLiteral("set/suid"))).constData(), 04755) == 0);
    QVERIFY(modeOf(remote(QStringLiteral("set/suid"))) & 04000);
    QVERIFY(writeFile(remote(QStringLiteral("set/sticky/f")), "x", 0000, 1500000000));
    QVERIFY(::chmod(QFile::encodeName(remote(QStringLiteral("set/sticky"))).constData(), 01777) == 0);

    TransferQueue queue(m_session.fs.get());
    const quint64 id = queue.download(remote(QStringLiteral("set")), m_local->path(), true);
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(id) == TransferQueue::State::Done, describeJob(queue, id));
    QCOMPARE(modeOf(local(QStringLiteral("set/suid"))) & 07777, 0755u);
    QCOMPARE(modeOf(local(QStringLiteral("set/sticky"))) & 07777, 0777u);
    // Mode 000 on the server: the owner can still read the copy.
    QCOMPARE(modeOf(local(QStringLiteral("set/sticky/f"))) & 07777, 0400u);
    QCOMPARE(readLocal(local(QStringLiteral("set/sticky/f"))), QByteArray("x"));

    // And not towards the server either.
    QVERIFY(writeFile(local(QStringLiteral("mine-suid")), "y", 0755, 1500000000));
    QVERIFY(::chmod(QFile::encodeName(local(QStringLiteral("mine-suid"))).constData(), 04755) == 0);
    const quint64 up = queue.upload(local(QStringLiteral("mine-suid")), m_remote->path());
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(up) == TransferQueue::State::Done, describeJob(queue, up));
    QCOMPARE(modeOf(remote(QStringLiteral("mine-suid"))) & 07777, 0755u);
    ::chmod(QFile::encodeName(remote(QStringLiteral("set/sticky/f"))).constData(), 0600);
}

void TestTransfer::pauseKeepsPartialAndResumes()
{
    const QByteArray content = randomBytes(8 * 1024 * 1024, 21);
    QVERIFY(writeFile(remote(QStringLiteral("slow.bin")), content, 0644, 1500000000));
    TransferQueue queue(m_session.fs.get());
    queue.setBandwidthLimit(4 * 1024 * 1024);
    const quint64 id = queue.download(remote(QStringLiteral("slow.bin")), m_local->path(), false);
    const int row = queue.rowOfJob(id);
    QTRY_VERIFY_WITH_TIMEOUT(queue.index(row, 0).data(TransferQueue::BytesDoneRole).toLongLong() > 1024 * 1024, 20000);
    queue.pause(id);
    QVERIFY(waitIdle(&queue));
    QCOMPARE(queue.state(id), TransferQueue::State::Paused);
    QVERIFY(!QFileInfo::exists(local(QStringLiteral("slow.bin"))));
    const qint64 kept = QFileInfo(local(QStringLiteral("slow.bin.ferrypart"))).size();
    QVERIFY2(kept > 0 && kept < content.size(), QByteArray::number(kept));

    queue.setBandwidthLimit(0);
    queue.resume(id);
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(id) == TransferQueue::State::Done, describeJob(queue, id));
    QCOMPARE(readLocal(local(QStringLiteral("slow.bin"))), content);
    QCOMPARE(queue.index(row, 0).data(TransferQueue::ResumedFromRole).toLongLong(), kept);
    QVERIFY(partialFiles(m_local->path()).isEmpty());

    // Cancelling a paused job removes what pause kept.
    queue.setBandwidthLimit(4 * 1024 * 1024);
    QVERIFY(QDir().mkpath(local(QStringLiteral("again"))));
    const quint64 second = queue.download(remote(QStringLiteral("slow.bin")), local(QStringLiteral("again")), false);
    const int row2 = queue.rowOfJob(second);
    QTRY_VERIFY_WITH_TIMEOUT(queue.index(row2, 0).data(TransferQueue::BytesDoneRole).toLongLong() > 0, 20000);
    queue.pause(second);
    QVERIFY(waitIdle(&queue));
    QVERIFY(QFileInfo::exists(local(QStringLiteral("again/slow.bin.ferrypart"))));
    queue.cancel(second);
    QCOMPARE(queue.state(second), TransferQueue::State::Cancelled);
    QVERIFY(partialFiles(local(QStringLiteral("again"))).isEmpty());
    QVERIFY(!QFileInfo::exists(local(QStringLiteral("again/slow.bin"))));
}

void TestTransfer::cancelRemovesPartialUnlessKept()
{
    QVERIFY(writeFile(remote(QStringLiteral("c.bin")), randomBytes(8 * 1024 * 1024, 5), 0644, 1500000000));
    TransferQueue queue(m_session.fs.get());
    queue.setBandwidthLimit(4 * 1024 * 1024);
    quint64 id = queue.download(remote(QStringLiteral("c.bin")), m_local->path(), false);
    QTRY_VERIFY_WITH_TIMEOUT(queue.index(queue.rowOfJob(id), 0).data(TransferQueue::BytesDoneRole).toLongLong() > 0,
                             20000);
    queue.cancel(id);
    QVERIFY(waitIdle(&queue));
    QCOMPARE(queue.state(id), TransferQueue::State::Cancelled);
    QVERIFY(partialFiles(m_local->path()).isEmpty());
    QVERIFY(!QFileInfo::exists(local(QStringLiteral("c.bin"))));

    TransferOptions options = queue.options();
    options.keepPartialOnCancel = true;
    queue.setOptions(options);
    id = queue.download(remote(QStringLiteral("c.bin")), m_local->path(), false);
    QTRY_VERIFY_WITH_TIMEOUT(queue.index(queue.rowOfJob(id), 0).data(TransferQueue::BytesDoneRole).toLongLong() > 0,
                             20000);
    queue.cancel(id);
    QVERIFY(waitIdle(&queue));
    QCOMPARE(queue.state(id), TransferQueue::State::Cancelled);
    QCOMPARE(partialFiles(m_local->path()), QStringList{local(QStringLiteral("c.bin.ferrypart"))});
    QVERIFY(!QFileInfo::exists(local(QStringLiteral("c.bin"))));
}

void TestTransfer::uploadCancelRemovesRemotePartial()
{
    QVERIFY(writeFile(local(QStringLiteral("up.bin")), randomBytes(8 * 1024 * 1024, 6), 0644, 1500000000));
    TransferQueue queue(m_session.fs.get());
    queue.setBandwidthLimit(4 * 1024 * 1024);
    quint64 id = queue.upload(local(QStringLiteral("up.bin")), m_remote->path());
    QTRY_VERIFY_WITH_TIMEOUT(queue.index(queue.rowOfJob(id), 0).data(TransferQueue::BytesDoneRole).toLongLong() > 0,
                             20000);
    queue.pause(id);
    QVERIFY(waitIdle(&queue));
    QCOMPARE(queue.state(id), TransferQueue::State::Paused);
    QTRY_VERIFY(QFileInfo::exists(remote(QStringLiteral("up.bin.ferrypart"))));
    queue.cancel(id);
    QCOMPARE(queue.state(id), TransferQueue::State::Cancelled);
    QTRY_VERIFY(partialFiles(m_remote->path()).isEmpty());

    id = queue.upload(local(QStringLiteral("up.bin")), m_remote->path());
    QTRY_VERIFY_WITH_TIMEOUT(queue.index(queue.rowOfJob(id), 0).data(TransferQueue::BytesDoneRole).toLongLong() > 0,
                             20000);
    queue.cancel(id);
    QVERIFY(waitIdle(&queue));
    QCOMPARE(queue.state(id), TransferQueue::State::Cancelled);
    QTRY_VERIFY(partialFiles(m_remote->path()).isEmpty());
    QVERIFY(!QFileInfo::exists(remote(QStringLiteral("up.bin"))));
}

void TestTransfer::symlinksRecreatedWhenAsked()
{
    QVERIFY(writeFile(remote(QStringLiteral("links/real.txt")), "real", 0644, 1500000000));
    QVERIFY(QFile::link(QStringLiteral("real.txt"), remote(QStringLiteral("links/link.txt"))));
    TransferQueue queue(m_session.fs.get());
    quint64 id = queue.download(remote(QStringLiteral("links")), local(QStringLiteral("followed")), true);
    QVERIFY(QDir().mkpath(local(QStringLiteral("followed"))));
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(id) == TransferQueue::State::Done, describeJob(queue, id));
    QVERIFY(!QFileInfo(local(QStringLiteral("followed/links/link.txt"))).isSymLink());
    QCOMPARE(readLocal(local(QStringLiteral("followed/links/link.txt"))), QByteArray("real"));

    TransferOptions options;
    options.followSymlinks = false;
    queue.setOptions(options);
    QVERIFY(QDir().mkpath(local(QStringLiteral("kept"))));
    id = queue.download(remote(QStringLiteral("links")), local(QStringLiteral("kept")), true);
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(id) == TransferQueue::State::Done, describeJob(queue, id));
    QCOMPARE(QFileInfo(local(QStringLiteral("kept/links/link.txt"))).symLinkTarget(),
             local(QStringLiteral("kept/links/real.txt")));

    id = queue.upload(local(QStringLiteral("kept/links")), remote(QStringLiteral("up")));
    QVERIFY(QDir().mkpath(remote(QStringLiteral("up"))));
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(id) == TransferQueue::State::Done, describeJob(queue, id));
    QVERIFY(QFileInfo(remote(QStringLiteral("up/links/link.txt"))).isSymLink());
    QCOMPARE(readLocal(remote(QStringLiteral("up/links/link.txt"))), QByteArray("real"));
}

void TestTransfer::folderTimesPreservedOnDownload()
{
    QVERIFY(makeFolderTree(remote(QStringLiteral("tree"))));
    const QMap<QString, qint64> source = folderTimes(remote(QStringLiteral("tree")));
    QCOMPARE(source.size(), 6);
    // Folders that exist already are merged into and get the source's time too, as with scp -rp.
    QVERIFY(QDir().mkpath(local(QStringLiteral("down/tree/outer"))));
    TransferQueue queue(m_session.fs.get());
    const quint64 id = queue.download(remote(QStringLiteral("tree")), local(QStringLiteral("down")), true);
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(id) == TransferQueue::State::Done, describeJob(queue, id));
    QCOMPARE(readLocal(local(QStringLiteral("down/tree/outer/inner/c.txt"))), QByteArray("outer/inner/c.txt"));
    QCOMPARE(folderTimes(local(QStringLiteral("down/tree"))), source);
}

void TestTransfer::folderTimesPreservedOnUpload()
{
    QVERIFY(makeFolderTree(local(QStringLiteral("tree"))));
    const QMap<QString, qint64> source = folderTimes(local(QStringLiteral("tree")));
    QCOMPARE(source.size(), 6);
    QVERIFY(QDir().mkpath(remote(QStringLiteral("tree/outer"))));
    TransferQueue queue(m_session.fs.get());
    const quint64 id = queue.upload(local(QStringLiteral("tree")), m_remote->path());
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(id) == TransferQueue::State::Done, describeJob(queue, id));
    QCOMPARE(readLocal(remote(QStringLiteral("tree/with files/b ü.txt"))), QByteArray("with files/b ü.txt"));
    QCOMPARE(folderTimes(remote(QStringLiteral("tree"))), source);
}

void TestTransfer::folderTimesSetWhenSomeFilesFail()
{
    // A name Ferry refuses to write locally: the job fails, and the folders it made still get their times.
    QVERIFY(writeFile(remote(QStringLiteral("tree/outer/back\\slash.txt")), "refused", 0644, 1300000000));
    QVERIFY(makeFolderTree(remote(QStringLiteral("tree"))));
    const QMap<QString, qint64> source = folderTimes(remote(QStringLiteral("tree")));
    TransferQueue queue(m_session.fs.get());
    QVERIFY(QDir().mkpath(local(QStringLiteral("down"))));
    const quint64 id = queue.download(remote(QStringLiteral("tree")), local(QStringLiteral("down")), true);
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(id) == TransferQueue::State::Failed, describeJob(queue, id));
    QCOMPARE(queue.index(queue.rowOfJob(id), 0).data(TransferQueue::FilesFailedRole).toInt(), 1);
    QVERIFY(!QFileInfo::exists(local(QStringLiteral("down/tree/outer/back\\slash.txt"))));
    QCOMPARE(folderTimes(local(QStringLiteral("down/tree"))), source);
}

void TestTransfer::folderTimesSetWhenCancelled()
{
    // Cancelled in the middle of a file: its partial file goes, which moves its folder's time, and the
    // folders made so far still get the source's times after that.
    QVERIFY(writeFile(remote(QStringLiteral("tree/outer/inner/big.bin")), randomBytes(8 * 1024 * 1024, 8), 0644,
                      1300000000));
    QVERIFY(makeFolderTree(remote(QStringLiteral("tree"))));
    const QMap<QString, qint64> source = folderTimes(remote(QStringLiteral("tree")));
    TransferQueue queue(m_session.fs.get());
    queue.setBandwidthLimit(2 * 1024 * 1024);
    QVERIFY(QDir().mkpath(local(QStringLiteral("down"))));
    const quint64 id = queue.download(remote(QStringLiteral("tree")), local(QStringLiteral("down")), true);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(local(QStringLiteral("down/tree/outer/inner/big.bin.ferrypart"))).size() > 0,
                             20000);
    queue.cancel(id);
    QVERIFY(waitIdle(&queue));
    QCOMPARE(queue.state(id), TransferQueue::State::Cancelled);
    QVERIFY(partialFiles(local(QStringLiteral("down"))).isEmpty());
    const QMap<QString, qint64> made = folderTimes(local(QStringLiteral("down/tree")));
    QVERIFY(made.contains(QStringLiteral("outer/inner")));
    for (auto it = made.cbegin(); it != made.cend(); ++it) {
        QCOMPARE(it.value(), source.value(it.key()));
    }
}

void TestTransfer::folderTimesNotPreservedWhenOff()
{
    QVERIFY(makeFolderTree(remote(QStringLiteral("tree"))));
    QVERIFY(makeFolderTree(local(QStringLiteral("tree"))));
    TransferQueue queue(m_session.fs.get());
    TransferOptions options;
    options.preserveAttributes = false;
    queue.setOptions(options);
    // A second of slack: file systems stamp times from a coarser clock.
    const qint64 before = QDateTime::currentSecsSinceEpoch() - 1;
    QVERIFY(QDir().mkpath(local(QStringLiteral("down"))));
    const quint64 down = queue.download(remote(QStringLiteral("tree")), local(QStringLiteral("down")), true);
    QVERIFY(QDir().mkpath(remote(QStringLiteral("up"))));
    const quint64 up = queue.upload(local(QStringLiteral("tree")), remote(QStringLiteral("up")));
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(down) == TransferQueue::State::Done, describeJob(queue, down));
    QVERIFY2(queue.state(up) == TransferQueue::State::Done, describeJob(queue, up));
    for (const QString& target : {local(QStringLiteral("down/tree")), remote(QStringLiteral("up/tree"))}) {
        const QMap<QString, qint64> times = folderTimes(target);
        QCOMPARE(times.size(), 6);
        for (auto it = times.cbegin(); it != times.cend(); ++it) {
            QVERIFY2(it.value() >= before, qPrintable(target + QLatin1Char('/') + it.key()));
        }
    }
}

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
