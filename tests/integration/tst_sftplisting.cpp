// Large listings and the end of a connection under the SFTP engine: a folder of 100,000 entries arrives
// in batches while the GUI thread keeps running, and a connection killed in the middle of work fails
// every pending operation with a clear error.
#include "RemoteFileSystem.h"
#include "ScriptedClient.h"
#include "SftpOperation.h"
#include "SftpTestHelpers.h"
#include "SshdFixture.h"
#include "TestHome.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

using namespace ferry;
using namespace ferry::test;

class TestSftpListing : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void hundredThousandEntriesInBatches();
    void killedConnectionFailsEveryPendingOperation();
    void connectionClosedBeforeServiceStarted();

private:
    SshdFixture m_sshd;
    std::unique_ptr<TestHome> m_home;
    QTemporaryDir m_root;
    QString m_bigDir;
};

namespace {

constexpr int BigCount = 100000;

bool createEmptyFiles(const QString& dir, int count)
{
    // Plain system calls: QFile per file would take most of the test's time.
    for (int i = 0; i < count; ++i) {
        const QByteArray path =
            QFile::encodeName(QStringLiteral("%1/file-%2.dat").arg(dir).arg(i, 6, 10, QLatin1Char('0')));
        const int fd = ::open(path.constData(), O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
        if (fd < 0) {
            return false;
        }
        ::close(fd);
    }
    return true;
}

} // namespace

void TestSftpListing::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    m_home = std::make_unique<TestHome>();
    m_bigDir = m_root.path() + QStringLiteral("/big");
    QVERIFY(QDir().mkpath(m_bigDir));
    QVERIFY(createEmptyFiles(m_bigDir, BigCount));
}

void TestSftpListing::cleanupTestCase()
{
    m_home.reset();
}

void TestSftpListing::hundredThousandEntriesInBatches()
{
    ScriptedClient client(m_sshd.clientOptions(m_home->sshDir(), m_home->knownHostsFile()));
    QVERIFY(client.connectAndWait());
    RemoteFileSystem fs(client.connection());
    QVERIFY(waitReady(&fs));

    // A timer standing for the window's own work: it must keep firing while the listing streams in.
    int ticks = 0;
    int ticksAtLastBatch = 0;
    int batchesAfterTicks = 0;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
    heartbeat.start();

    QSet<QString> names;
    int batches = 0;
    int largestBatch = 0;
    qint64 longestGapMs = 0;
    QElapsedTimer sinceBatch;
    SftpOperation* op = fs.list(m_bigDir);
    connect(op, &SftpOperation::entriesArrived, this, [&](const QVector<SftpEntry>& batch) {
        if (sinceBatch.isValid()) {
            longestGapMs = qMax(longestGapMs, sinceBatch.elapsed());
        }
        sinceBatch.start();
        ++batches;
        largestBatch = qMax(largestBatch, batch.size());
        if (ticks > ticksAtLastBatch) {
            ++batchesAfterTicks;
        }
        ticksAtLastBatch = ticks;
        for (const SftpEntry& e : batch) {
            names.insert(e.name);
        }
    });
    auto l = finish(op, 120000);
    QVERIFY2(l->succeeded(), describe(l.get()));
    QCOMPARE(l->count(), qint64(BigCount));
    QCOMPARE(names.size(), BigCount);
    QVERIFY(names.contains(QStringLiteral("file-000000.dat")));
    QVERIFY(names.contains(QStringLiteral("file-099999.dat")));
    QVERIFY2(batches >= 20, qPrintable(QString::number(batches)));
    QVERIFY2(largestBatch <= 1000, qPrintable(QString::number(largestBatch)));
    // The event loop ran between batches, not only before and after.
    QVERIFY2(batchesAfterTicks >= batches / 2,
             qPrintable(QStringLiteral("%1 of %2").arg(batchesAfterTicks).arg(batches)));
    qInfo("100,000 entries: %d batches, largest %d, longest gap %lld ms, %d timer ticks", batches, largestBatch,
          longestGapMs, ticks);
}

void TestSftpListing::killedConnectionFailsEveryPendingOperation()
{
    ScriptedClient client(m_sshd.clientOptions(m_home->sshDir(), m_home->knownHostsFile()));
    QVERIFY(client.connectAndWait());
    RemoteFileSystem fs(client.connection());
    QVERIFY(waitReady(&fs));
    QSignalSpy closed(&fs, &RemoteFileSystem::closed);

    QList<SftpOperation*> ops;
    for (int i = 0; i < 3; ++i) {
        ops << fs.list(m_bigDir);
    }
    ops << fs.stat(m_bigDir) << fs.readFile(m_bigDir + QStringLiteral("/file-000001.dat"), 100);
    // Kill the server side while the listings are surely running.
    bool sawBatch = false;
    connect(ops.first(), &SftpOperation::entriesArrived, this, [&sawBatch] { sawBatch = true; });
    QVERIFY(QTest::qWaitFor([&] { return sawBatch; }, 30000));
    QVERIFY(m_sshd.killConnections() > 0);
    ops << fs.list(m_bigDir); // asked for while the connection dies

    for (SftpOperation* op : qAsConst(ops)) {
        QVERIFY(waitFinished(op, 30000));
    }
    int failed = 0;
    for (SftpOperation* op : qAsConst(ops)) {
        if (op->error().isError()) {
            ++failed;
            QVERIFY2(!op->error().message().isEmpty(), "an error without words");
        }
    }
    // The listings were cut off; the small ones may have made it before the kill.
    QVERIFY(ops.at(0)->error().kind == SftpError::Kind::ChannelClosed);
    QVERIFY(failed >= 3);
    QVERIFY(closed.count() == 1 || closed.wait(10000));
    QCOMPARE(closed.count(), 1);
    QCOMPARE(fs.closeError().kind, SftpError::Kind::ChannelClosed);

    // Afterwards every operation fails at once, with the same reason.
    auto late = finish(fs.stat(m_bigDir));
    QCOMPARE(late->error().kind, SftpError::Kind::ChannelClosed);
    qDeleteAll(ops);
}

void TestSftpListing::connectionClosedBeforeServiceStarted()
{
    // A connection that never comes up: the operations still end, with an error.
    ConnectionOptions options = m_sshd.clientOptions(m_home->sshDir(), m_home->knownHostsFile());
    options.identityFiles.clear();
    options.useAgent = false;
    ScriptedClient client(options);
    RemoteFileSystem fs(client.connection());
    SftpOperation* op = fs.list(m_bigDir);
    client.connection()->connectToHost();
    QVERIFY(waitFinished(op, 30000));
    QVERIFY(op->error().isError());
    QTRY_VERIFY_WITH_TIMEOUT(fs.isClosed(), 10000);
    delete op;
}

QTEST_GUILESS_MAIN(TestSftpListing)
#include "tst_sftplisting.moc"
