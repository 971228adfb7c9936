// Throughput of the transfer engine next to OpenSSH's sftp client, same sshd, same cipher, same run:
// a 256 MiB file and 2,000 files of 4 to 64 KiB, down and up. It measures and prints; it asserts only
// that every copy is right (speed depends on the machine). Labelled bench: not part of the test run.
// scripts/bench sftp (tests/bench/SftpBench.cpp) is the benchmark of record; this one runs under ctest.
#include "tst_transfercommon.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

using namespace ferry;
using namespace ferry::test;

namespace {

constexpr qint64 BigSize = 256 * 1024 * 1024;
constexpr int SmallFiles = 2000;

} // namespace

class TestTransferMeasure : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void bigFile();
    void smallFiles();

private:
    double ferryRun(bool download, const QString& source, const QString& folder, bool isFolder, qint64 bytes);
    double opensshRun(const QString& command, qint64 bytes);
    void print(const char* name, double ferry, double openssh);

    SshdFixture m_sshd;
    TransferSession m_session;
    QTemporaryDir m_dir;
    int m_parallel = 2;
};

void TestTransferMeasure::initTestCase()
{
    SshdFixture::Config config;
    config.extraLines << QStringLiteral("Ciphers chacha20-poly1305@openssh.com");
    QVERIFY2(m_sshd.start(config), qPrintable(m_sshd.errorString()));
    QVERIFY(m_session.open(&m_sshd));
    m_parallel = qEnvironmentVariableIntValue("FERRY_TRANSFER_PARALLEL");
    if (m_parallel <= 0) {
        m_parallel = TransferQueue::DefaultParallelJobs;
    }
}

void TestTransferMeasure::cleanupTestCase()
{
    m_session.close();
}

double TestTransferMeasure::ferryRun(bool download, const QString& source, const QString& folder, bool isFolder,
                                     qint64 bytes)
{
    TransferQueue queue(m_session.fs.get());
    queue.setParallelJobs(m_parallel);
    QElapsedTimer clock;
    clock.start();
    // Where the time goes with many small files: inside the jobs, or between them.
    QHash<quint64, qint64> started;
    qint64 inJobs = 0;
    int files = 0;
    connect(&queue, &TransferQueue::jobStarted, this, [&](quint64 job) { started.insert(job, clock.nsecsElapsed()); });
    connect(&queue, &TransferQueue::jobFinished, this, [&](quint64 job) {
        if (started.contains(job) && !queue.index(queue.rowOfJob(job), 0).data(TransferQueue::IsFolderRole).toBool()) {
            inJobs += clock.nsecsElapsed() - started.take(job);
            ++files;
        }
    });
    // Waiting in a QSignalSpy's event loop: QTest::qWaitFor sleeps 10 ms between turns, which put a
    // sleep into every hand-over between the queue and the engine and made each small file take 11 ms.
    QSignalSpy busy(&queue, &TransferQueue::busyChanged);
    const quint64 id = download ? queue.download(source, folder, isFolder) : queue.upload(source, folder);
    while (queue.isBusy() && busy.wait(600000)) {
    }
    if (queue.isBusy() || queue.state(id) != TransferQueue::State::Done) {
        qWarning() << "ferry run failed:" << describeJob(queue, id);
        return -1;
    }
    if (files > 1) {
        qInfo("measure %s: %d files, %.2f ms each from start to finish, %.2f ms of wall time per file",
              download ? "down" : "up", files, double(inJobs) / 1e6 / files,
              double(clock.nsecsElapsed()) / 1e6 / files);
    }
    return double(bytes) / 1e6 / (double(clock.nsecsElapsed()) / 1e9);
}

double TestTransferMeasure::opensshRun(const QString& commands, qint64 bytes)
{
    const QString batch = m_dir.path() + QStringLiteral("/batch");
    writeLocal(batch, commands.toUtf8());
    QProcess sftp;
    const QStringList args = {QStringLiteral("-q"), QStringLiteral("-b"), batch, QStringLiteral("-F"),
                              QStringLiteral("/dev/null"), QStringLiteral("-P"), QString::number(m_sshd.port()),
                              QStringLiteral("-i"), m_sshd.userKeyFile(), QStringLiteral("-o"),
                              QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("-o"),
                              QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
                              QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"),
                              QStringLiteral("Ciphers=chacha20-poly1305@openssh.com"),
                              m_sshd.loginUser() + QStringLiteral("@127.0.0.1")};
    QElapsedTimer clock;
    clock.start();
    sftp.start(QStringLiteral("sftp"), args);
    if (!sftp.waitForFinished(600000) || sftp.exitCode() != 0) {
        qWarning() << "sftp failed:" << sftp.readAllStandardError();
        return -1;
    }
    return double(bytes) / 1e6 / (double(clock.nsecsElapsed()) / 1e9);
}

void TestTransferMeasure::print(const char* name, double ferry, double openssh)
{
    qInfo("measure %s ferry_MBps=%.0f openssh_MBps=%.0f ratio=%.2f parallel=%d", name, ferry, openssh,
          openssh > 0 ? ferry / openssh : 0.0, m_parallel);
}

void TestTransferMeasure::bigFile()
{
    const QString local = m_dir.path() + QStringLiteral("/local");
    const QString remote = m_dir.path() + QStringLiteral("/remote");
    QVERIFY(QDir().mkpath(local) && QDir().mkpath(remote));
    QVERIFY(writeFile(remote + QStringLiteral("/big.bin"), randomBytes(BigSize, 9), 0644, 1500000000));
    const QByteArray hash = sha256(remote + QStringLiteral("/big.bin"));

    const double ferryDown = ferryRun(true, remote + QStringLiteral("/big.bin"), local, false, BigSize);
    QCOMPARE(sha256(local + QStringLiteral("/big.bin")), hash);
    QFile::remove(remote + QStringLiteral("/big.bin"));
    const double ferryUp = ferryRun(false, local + QStringLiteral("/big.bin"), remote, false, BigSize);
    QCOMPARE(sha256(remote + QStringLiteral("/big.bin")), hash);
    QFile::remove(local + QStringLiteral("/big.bin"));
    const double sshDown = opensshRun(QStringLiteral("get %1/big.bin %2/big.bin\n").arg(remote, local), BigSize);
    QCOMPARE(sha256(local + QStringLiteral("/big.bin")), hash);
    QFile::remove(remote + QStringLiteral("/big.bin"));
    const double sshUp = opensshRun(QStringLiteral("put %2/big.bin %1/big.bin\n").arg(remote, local), BigSize);
    QCOMPARE(sha256(remote + QStringLiteral("/big.bin")), hash);
    print("sftp-down-big", ferryDown, sshDown);
    print("sftp-up-big", ferryUp, sshUp);
    QFile::remove(remote + QStringLiteral("/big.bin"));
    QFile::remove(local + QStringLiteral("/big.bin"));
}

void TestTransferMeasure::smallFiles()
{
    const QString source = m_dir.path() + QStringLiteral("/small-src/tree");
    QRandomGenerator rng(77);
    qint64 bytes = 0;
    for (int i = 0; i < SmallFiles; ++i) {
        const qint64 size = 4096 + rng.bounded(60 * 1024 + 1);
        bytes += size;
        QVERIFY(writeFile(source + QStringLiteral("/d%1/f%2.bin").arg(i / 200).arg(i), randomBytes(size, quint32(i)),
                          0644, 1500000000));
    }
    const QMap<QString, QString> original = describeTree(source);
    const QString remote = m_dir.path() + QStringLiteral("/small-remote");
    const QString local = m_dir.path() + QStringLiteral("/small-local");
    QVERIFY(QDir().mkpath(remote) && QDir().mkpath(local));

    const double ferryUp = ferryRun(false, source, remote, true, bytes);
    QCOMPARE(describeTree(remote + QStringLiteral("/tree")), original);
    const double ferryDown = ferryRun(true, remote + QStringLiteral("/tree"), local, true, bytes);
    QCOMPARE(describeTree(local + QStringLiteral("/tree")), original);
    QVERIFY(QDir(local + QStringLiteral("/tree")).removeRecursively());
    QVERIFY(QDir(remote + QStringLiteral("/tree")).removeRecursively());

    const double sshUp = opensshRun(QStringLiteral("put -pr %1 %2/\n").arg(source, remote), bytes);
    QCOMPARE(describeTree(remote + QStringLiteral("/tree")).size(), SmallFiles);
    const double sshDown = opensshRun(QStringLiteral("get -pr %1/tree %2/\n").arg(remote, local), bytes);
    QCOMPARE(describeTree(local + QStringLiteral("/tree")).size(), SmallFiles);
    print("sftp-down-small", ferryDown, sshDown);
    print("sftp-up-small", ferryUp, sshUp);
}

QTEST_GUILESS_MAIN(TestTransferMeasure)
#include "tst_transfermeasure.moc"
