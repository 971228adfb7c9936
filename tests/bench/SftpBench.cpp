// SFTP speed of Ferry's engine next to OpenSSH's sftp client, in one run on loopback against the tests'
// sshd (chacha20-poly1305 for both, the server allows nothing else):
//   ferry_bench_sftp DATA_DIR [big] [small] [stall]      (no case named: all of them)
// prints
//   bench sftp-<down|up>-<big|small> ferry_MBps=X openssh_MBps=Y ratio=X/Y
//   bench ui-stall max_ms=Z
// FERRY_BENCH_ROUNDS (odd, default 1) rounds of each case, medians compared.
// Ferry runs a TransferQueue with its defaults (FERRY_BENCH_PARALLEL overrides the parallel jobs) on a
// connection that is already up; OpenSSH runs `sftp -p [-r] -b batch`, and the time it takes to start,
// connect and log in (a batch of one `pwd`, median of three) is taken off, so both clocks measure the
// transfer only. Both preserve times and modes. Every copy is compared with its source (size and
// SHA-256 of each file), so a fast wrong answer fails the run. ui-stall is the longest delay of a 5 ms
// timer on the main thread while a 100,000-entry folder is listed and the big file is downloaded.
// Diagnostics go to stderr; FERRY_BENCH_WINDOW=1 adds each Ferry run's CLOCK_MONOTONIC window, for
// `perf record -k CLOCK_MONOTONIC` and `perf report --time START,END`.
#include "RemoteFileSystem.h"
#include "ScriptedClient.h"
#include "SftpOperation.h"
#include "SshdFixture.h"
#include "TestHome.h"
#include "TransferQueue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

#include <fcntl.h>
#include <unistd.h>

using namespace ferry;
using namespace ferry::test;

namespace {

constexpr qint64 BigSize = 512LL * 1024 * 1024;
constexpr int SmallFiles = 2000;
constexpr int SmallFolders = 10;
constexpr int ManyEntries = 100000;
constexpr int StallTickMs = 5;
constexpr int RunTimeoutMs = 900000;

[[noreturn]] void die(const QString& why)
{
    std::fprintf(stderr, "bench sftp: %s\n", qPrintable(why));
    std::exit(1);
}

bool writeRandomFile(const QString& path, qint64 size, quint32 seed)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    QRandomGenerator rng(seed);
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        rng.fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
        const qint64 n = qMin<qint64>(left, chunk.size());
        if (f.write(chunk.constData(), n) != n) {
            return false;
        }
        left -= n;
    }
    return f.setFileTime(QDateTime::fromSecsSinceEpoch(1500000000), QFileDevice::FileModificationTime);
}

QByteArray digest(const QString& path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f)) {
        return QByteArray();
    }
    return QByteArray::number(f.size()) + ' ' + hash.result().toHex();
}

// Relative path -> size and SHA-256 of every file below root.
QMap<QString, QByteArray> treeDigest(const QString& root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(root).relativeFilePath(path), digest(path));
    }
    return out;
}

void removePath(const QString& path)
{
    if (QFileInfo(path).isDir()) {
        QDir(path).removeRecursively();
    } else {
        QFile::remove(path);
    }
}

class SftpBench {
public:
    explicit SftpBench(const QString& data)
        : m_data(data)
    {
    }

    void start()
    {
        SshdFixture::Config config;
        config.extraLines << QStringLiteral("Ciphers chacha20-poly1305@openssh.com");
        if (!m_sshd.start(config)) {
            die(QStringLiteral("sshd: ") + m_sshd.errorString());
        }
        m_client = std::make_unique<ScriptedClient>(m_sshd.clientOptions(m_home.sshDir(), m_home.knownHostsFile()));
        if (!m_client->connectAndWait()) {
            die(QStringLiteral("no connection: ") + m_client->error().message);
        }
        m_fs = std::make_unique<RemoteFileSystem>(m_client->connection());
        if (!waitFor([this] { return m_fs->isReady() || m_fs->isClosed(); }, 30000) || !m_fs->isReady()) {
            die(QStringLiteral("the SFTP engine did not start"));
        }
        QFile hostKey(m_sshd.hostKeyPublicFile());
        QFile known(m_data + QStringLiteral("/known_hosts"));
        if (!hostKey.open(QIODevice::ReadOnly) || !known.open(QIODevice::WriteOnly)) {
            die(QStringLiteral("cannot write the known_hosts file for sftp"));
        }
        known.write("[127.0.0.1]:" + QByteArray::number(m_sshd.port()) + ' ' + hostKey.readAll());
        known.close();
        QVector<double> setups;
        for (int i = 0; i < 3; ++i) {
            setups.append(openssh(QStringLiteral("pwd\n"), false));
        }
        std::sort(setups.begin(), setups.end());
        m_opensshSetup = setups.at(1);
        std::fprintf(stderr, "openssh sftp start-up and login: %.0f ms (taken off its times)\n", m_opensshSetup * 1e3);
    }

    void big()
    {
        const QString source = m_data + QStringLiteral("/src/big.bin");
        if (!writeRandomFile(source, BigSize, 20261121)) {
            die(QStringLiteral("cannot write ") + source);
        }
        const QByteArray expected = digest(source);
        copyRounds(source, false, [&](const QString& copy) { check(copy, expected); }).print("big", BigSize);
    }

    void small()
    {
        const QString source = m_data + QStringLiteral("/src/tree");
        QRandomGenerator sizes(77);
        qint64 bytes = 0;
        for (int i = 0; i < SmallFiles; ++i) {
            const qint64 size = 4096 + sizes.bounded(60 * 1024 + 1);
            bytes += size;
            const QString path = source + QStringLiteral("/d%1/f%2.bin").arg(i % SmallFolders).arg(i);
            if (!writeRandomFile(path, size, quint32(i))) {
                die(QStringLiteral("cannot write ") + path);
            }
        }
        const QMap<QString, QByteArray> expected = treeDigest(source);
        copyRounds(source, true, [&](const QString& copy) { checkTree(copy, expected); }).print("small", bytes);
    }

    void stall()
    {
        const QString many = m_data + QStringLiteral("/many");
        QDir().mkpath(many);
        for (int i = 0; i < ManyEntries; ++i) {
            const QByteArray path =
                QFile::encodeName(many + QStringLiteral("/entry-%1.txt").arg(i, 6, 10, QLatin1Char('0')));
            const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
            if (fd < 0) {
                die(QStringLiteral("cannot make the folder of %1 entries").arg(ManyEntries));
            }
            ::close(fd);
        }
        const QString source = m_data + QStringLiteral("/src/big.bin");
        if (!QFileInfo::exists(source) && !writeRandomFile(source, BigSize, 20261121)) {
            die(QStringLiteral("cannot write ") + source);
        }
        const QByteArray expected = digest(source);
        const QString target = m_data + QStringLiteral("/stall");
        QDir().mkpath(target);

        QElapsedTimer clock;
        qint64 lastTick = 0;
        qint64 worst = 0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(StallTickMs);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            worst = qMax(worst, now - lastTick - qint64(StallTickMs) * 1000000);
            lastTick = now;
        });
        TransferQueue queue(m_fs.get());
        clock.start();
        ticker.start();
        const quint64 job = queue.download(source, target, false);
        std::unique_ptr<SftpOperation> listing(m_fs->list(many));
        // What a model would do with the batches: keep them.
        QVector<SftpEntry> entries;
        QObject::connect(listing.get(), &SftpOperation::entriesArrived,
                         [&](const QVector<SftpEntry>& batch) { entries += batch; });
        QObject::connect(listing.get(), &SftpOperation::finished, [&] {
            std::fprintf(stderr, "ui-stall: listed in %.0f ms\n", double(clock.nsecsElapsed()) / 1e6);
        });
        QObject::connect(&queue, &TransferQueue::jobFinished, [&] {
            std::fprintf(stderr, "ui-stall: downloaded in %.0f ms\n", double(clock.nsecsElapsed()) / 1e6);
        });
        if (!waitFor([&] { return listing->isFinished() && !queue.isBusy(); }, RunTimeoutMs)) {
            die(QStringLiteral("the listing or the download did not finish"));
        }
        ticker.stop();
        if (!listing->succeeded() || entries.size() != ManyEntries) {
            die(QStringLiteral("the listing gave %1 entries of %2: %3")
                    .arg(entries.size())
                    .arg(ManyEntries)
                    .arg(listing->error().message()));
        }
        if (queue.state(job) != TransferQueue::State::Done) {
            die(QStringLiteral("the download during the listing failed: ") + queue.message(job));
        }
        std::fprintf(stderr, "ui-stall: %d entries and %lld MiB in %.0f ms\n", ManyEntries, BigSize >> 20,
                     double(clock.nsecsElapsed()) / 1e6);
        check(target + QStringLiteral("/big.bin"), expected);
        std::printf("bench ui-stall max_ms=%.1f\n", double(qMax<qint64>(0, worst)) / 1e6);
        std::fflush(stdout);
        removePath(many);
    }

private:
    // Runs the event loop until done() (which only events can change) or the timeout. It sleeps while
    // there is nothing to do, as an application's loop does: a spinning loop would take a core from
    // the engine. (processEvents with a time limit drops WaitForMoreEvents and spins.)
    template <typename Pred> static bool waitFor(Pred done, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        QTimer wake;
        wake.start(100);
        while (!done()) {
            if (clock.elapsed() > timeoutMs) {
                return false;
            }
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        return true;
    }

    // Seconds Ferry takes to copy source (a file or a folder) into targetFolder.
    double ferry(bool download, const QString& source, const QString& targetFolder, bool isFolder)
    {
        TransferQueue queue(m_fs.get());
        const int parallel = qEnvironmentVariableIntValue("FERRY_BENCH_PARALLEL");
        if (parallel > 0) {
            queue.setParallelJobs(parallel);
        }
        QElapsedTimer clock;
        clock.start();
        // Where the time of many small files goes: inside the jobs, or between them.
        QHash<quint64, qint64> started;
        qint64 inJobs = 0;
        int files = 0;
        QObject::connect(&queue, &TransferQueue::jobStarted,
                         [&](quint64 job) { started.insert(job, clock.nsecsElapsed()); });
        QObject::connect(&queue, &TransferQueue::jobFinished, [&](quint64 job) {
            if (started.contains(job) &&
                !queue.index(queue.rowOfJob(job), 0).data(TransferQueue::IsFolderRole).toBool()) {
                inJobs += clock.nsecsElapsed() - started.take(job);
                ++files;
            }
        });
        const quint64 id =
            download ? queue.download(source, targetFolder, isFolder) : queue.upload(source, targetFolder);
        if (!waitFor([&] { return !queue.isBusy(); }, RunTimeoutMs) || queue.state(id) != TransferQueue::State::Done) {
            die(QStringLiteral("Ferry's %1 of %2 failed: %3")
                    .arg(download ? QStringLiteral("download") : QStringLiteral("upload"), source, queue.message(id)));
        }
        if (qEnvironmentVariableIsSet("FERRY_BENCH_WINDOW")) {
            struct timespec now {};
            clock_gettime(CLOCK_MONOTONIC, &now);
            const double end = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
            std::fprintf(stderr, "ferry window %.6f,%.6f\n", end - double(clock.nsecsElapsed()) / 1e9, end);
        }
        if (files > 1) {
            std::fprintf(stderr, "ferry %s: %d files, %.2f ms each from start to end, %.3f ms of wall time per file\n",
                         download ? "down" : "up", files, double(inJobs) / 1e6 / files,
                         double(clock.nsecsElapsed()) / 1e6 / files);
        }
        return double(clock.nsecsElapsed()) / 1e9;
    }

    // Seconds OpenSSH's sftp takes for the batch, less its start-up once that is known.
    double openssh(const QString& batch, bool recursive)
    {
        const QString batchFile = m_data + QStringLiteral("/batch");
        QFile f(batchFile);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(batch.toUtf8()) < 0) {
            die(QStringLiteral("cannot write ") + batchFile);
        }
        f.close();
        QStringList args = {
            QStringLiteral("-q"), QStringLiteral("-p"),        QStringLiteral("-b"), batchFile,
            QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-P"), QString::number(m_sshd.port()),
            QStringLiteral("-i"), m_sshd.userKeyFile()};
        const QStringList options = {
            QStringLiteral("IdentitiesOnly=yes"),
            QStringLiteral("BatchMode=yes"),
            QStringLiteral("StrictHostKeyChecking=yes"),
            QStringLiteral("GlobalKnownHostsFile=/dev/null"),
            QString(QStringLiteral("UserKnownHostsFile=") + m_data + QStringLiteral("/known_hosts")),
            QStringLiteral("Ciphers=chacha20-poly1305@openssh.com")};
        for (const QString& option : options) {
            args << QStringLiteral("-o") << option;
        }
        if (recursive) {
            args << QStringLiteral("-r");
        }
        args << m_sshd.loginUser() + QStringLiteral("@127.0.0.1");
        QProcess sftp;
        QElapsedTimer clock;
        clock.start();
        sftp.start(QStringLiteral("sftp"), args);
        if (!sftp.waitForFinished(RunTimeoutMs) || sftp.exitStatus() != QProcess::NormalExit || sftp.exitCode() != 0) {
            die(QStringLiteral("sftp failed: ") + QString::fromLocal8Bit(sftp.readAllStandardError()));
        }
        return qMax(1e-3, double(clock.nsecsElapsed()) / 1e9 - m_opensshSetup);
    }

    void check(const QString& copy, const QByteArray& expected)
    {
        const QByteArray got = digest(copy);
        if (got != expected) {
            die(QStringLiteral("%1 is wrong: %2 instead of %3")
                    .arg(copy, QString::fromLatin1(got), QString::fromLatin1(expected)));
        }
        removePath(copy);
    }

    void checkTree(const QString& copy, const QMap<QString, QByteArray>& expected)
    {
        const QMap<QString, QByteArray> got = treeDigest(copy);
        if (got != expected) {
            int wrong = 0;
            for (auto it = expected.begin(); it != expected.end(); ++it) {
                wrong += got.value(it.key()) != it.value() ? 1 : 0;
            }
            die(QStringLiteral("%1 is wrong: %2 of %3 files missing or different, %4 files in all")
                    .arg(copy)
                    .arg(wrong)
                    .arg(expected.size())
                    .arg(got.size()));
        }
        removePath(copy);
    }

    // Seconds of each round, per client and direction. The clients take turns within a round, so that a
    // burst of load on a shared machine lands on both; each side's median round is compared.
    struct Rounds {
        QVector<double> ferryDown, sshDown, ferryUp, sshUp;

        void print(const char* size, qint64 bytes) const
        {
            printLine("down", size, bytes, median(ferryDown), median(sshDown));
            printLine("up", size, bytes, median(ferryUp), median(sshUp));
        }
        static double median(QVector<double> seconds)
        {
            std::sort(seconds.begin(), seconds.end());
            return seconds.at(seconds.size() / 2);
        }
        static void printLine(const char* direction, const char* size, qint64 bytes, double ferrySeconds,
                              double sshSeconds)
        {
            const double ferryRate = double(bytes) / ferrySeconds / 1e6;
            const double sshRate = double(bytes) / sshSeconds / 1e6;
            std::printf("bench sftp-%s-%s ferry_MBps=%.1f openssh_MBps=%.1f ratio=%.2f\n", direction, size,
                        ferryRate, sshRate, ferryRate / sshRate);
            std::fflush(stdout);
        }
    };

    // FERRY_BENCH_ROUNDS, made odd so there is a middle one; 1 without it.
    static int roundCount() { return qMax(1, qEnvironmentVariableIntValue("FERRY_BENCH_ROUNDS") | 1); }

    // Rounds of source (a file or a folder) copied down and up by each client; verify checks each copy
    // against the source and removes it.
    Rounds copyRounds(const QString& source, bool isFolder, const std::function<void(const QString&)>& verify)
    {
        const QString down = m_data + QStringLiteral("/down");
        const QString up = m_data + QStringLiteral("/up");
        QDir().mkpath(down);
        QDir().mkpath(up);
        const QString name = QLatin1Char('/') + QFileInfo(source).fileName();
        Rounds rounds;
        for (int round = 0; round < roundCount(); ++round) {
            rounds.ferryDown.append(ferry(true, source, down, isFolder));
            verify(down + name);
            rounds.sshDown.append(openssh(QStringLiteral("get %1 %2/\n").arg(source, down), isFolder));
            verify(down + name);
            rounds.ferryUp.append(ferry(false, source, up, isFolder));
            verify(up + name);
            rounds.sshUp.append(openssh(QStringLiteral("put %1 %2/\n").arg(source, up), isFolder));
            verify(up + name);
        }
        return rounds;
    }

    QString m_data;
    SshdFixture m_sshd;
    TestHome m_home;
    std::unique_ptr<ScriptedClient> m_client;
    std::unique_ptr<RemoteFileSystem> m_fs;
    double m_opensshSetup = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || !QFileInfo(args.first()).isDir()) {
        std::fprintf(stderr, "usage: %s DATA_DIR [big] [small] [stall]\n", argv[0]);
        return 2;
    }
    const QString data = QFileInfo(args.takeFirst()).absoluteFilePath();
    const QStringList cases =
        args.isEmpty() ? QStringList{QStringLiteral("big"), QStringLiteral("small"), QStringLiteral("stall")} : args;
    SftpBench bench(data);
    bench.start();
    for (const QString& c : cases) {
        if (c == QLatin1String("big")) {
            bench.big();
        } else if (c == QLatin1String("small")) {
            bench.small();
        } else if (c == QLatin1String("stall")) {
            bench.stall();
        } else {
            std::fprintf(stderr, "unknown case %s\n", qPrintable(c));
            return 2;
        }
    }
    return 0;
}
