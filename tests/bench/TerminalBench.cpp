// Terminal throughput and memory, for scripts/bench terminal.
//   --make-text FILE BYTES SEED   random printable ASCII lines of 10 to 200 characters
//   --throughput NAME FILE         the file cat'ed over SSH into a Ferry terminal, then fed straight into a
//                                  bare QTermWidget, in turns, FERRY_BENCH_ROUNDS times (odd, default 1);
//                                  prints the median of each side:
//                                  "bench terminal-NAME ferry_MBps= bare_MBps= ratio="
//   --only ferry|bare FILE         one side alone, for a profiler
//   --rss-tabs N                   N terminal tabs of the main window on a local sshd; prints the RSS
// Both terminals are 160x50 cells with 10,000 lines of scrollback. "Processed" means the terminal answered
// a cursor-position query that follows the data, so everything before it went through the emulator.
#include "MainWindow.h"
#include "SshdFixture.h"
#include "TerminalView.h"
#include "TestHome.h"
#include "ssh/Connection.h"
#include "ssh/RemoteChannel.h"

#include <qtermwidget.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFontMetrics>
#include <QPair>
#include <QTest>
#include <QTextCodec>
#include <QTimer>
#include <QVector>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <random>
#include <thread>
#include <unistd.h>

using namespace ferry;
using namespace ferry::test;

namespace {

constexpr int Columns = 160;
constexpr int Rows = 50;
constexpr int HistoryLines = 10000;
constexpr int TimeoutMs = 600000;

// Wall-clock time is what the user sees, but on a shared machine it swings with the load. Printed with it
// (on stderr, "# ferry ..." / "# bare ..."): the CPU time of the GUI thread, which reads the pty and runs
// the emulator on both sides, the time it was runnable but had no CPU, the rest (idle: waiting for data),
// how often it slept and how often another thread took its CPU, and the CPU time of the whole process.
struct Measurement {
    double seconds = -1;
    double guiCpuSeconds = 0;
    double guiRunQueueSeconds = 0; // runnable, but another thread had the CPU
    double processCpuSeconds = 0;
    qint64 guiSleeps = 0;
    qint64 guiPreemptions = 0;
};

// Seconds the calling thread spent waiting on a run queue (the second field of its schedstat).
double runQueueSeconds()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    return file.readAll().split(' ').value(1).toDouble() / 1e9;
}

// The calling thread's context switches: it went to sleep (voluntary) or another thread took its CPU.
QPair<qint64, qint64> contextSwitches()
{
    QFile file(QStringLiteral("/proc/thread-self/status"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QPair<qint64, qint64> switches;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("voluntary_ctxt_switches:")) {
            switches.first = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
            switches.second = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        }
    }
    return switches;
}

double cpuSeconds(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

class CpuClock {
public:
    CpuClock()
        : m_gui(cpuSeconds(CLOCK_THREAD_CPUTIME_ID))
        , m_runQueue(runQueueSeconds())
        , m_process(cpuSeconds(CLOCK_PROCESS_CPUTIME_ID))
        , m_switches(contextSwitches())
    {
    }
    Measurement stop(double seconds) const
    {
        const QPair<qint64, qint64> switches = contextSwitches();
        return {seconds,
                cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - m_gui,
                runQueueSeconds() - m_runQueue,
                cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - m_process,
                switches.first - m_switches.first,
                switches.second - m_switches.second};
    }

private:
    double m_gui;
    double m_runQueue;
    double m_process;
    QPair<qint64, qint64> m_switches;
};

void printCpu(const char* side, const Measurement& m)
{
    std::fprintf(stderr,
                 "# %s wall_s=%.2f gui_cpu_s=%.2f gui_runqueue_s=%.2f gui_idle_s=%.2f gui_sleeps=%lld "
                 "gui_preempted=%lld process_cpu_s=%.2f\n",
                 side, m.seconds, m.guiCpuSeconds, m.guiRunQueueSeconds,
                 m.seconds - m.guiCpuSeconds - m.guiRunQueueSeconds, m.guiSleeps, m.guiPreemptions,
                 m.processCpuSeconds);
}

bool isCursorReport(const QByteArray& bytes)
{
    return bytes.startsWith("\033[") && bytes.endsWith('R');
}

// Runs the event loop until *done or the timeout. Not QTest::qWaitFor: it sleeps between rounds of
// events, which throttles the terminal's pty reads and would measure the sleeps.
bool runUntil(const bool* done, QObject* context)
{
    if (*done) {
        return true;
    }
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, context, [&] {
        if (*done) {
            loop.quit();
        }
    });
    poll.start(1);
    QTimer::singleShot(TimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return *done;
}

int makeText(const QString& path, qint64 bytes, unsigned seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> length(10, 200);
    std::uniform_int_distribution<int> character(32, 126);
    QByteArray line;
    qint64 written = 0;
    while (written < bytes) {
        line.resize(length(random));
        for (char& c : line) {
            c = char(character(random));
        }
        line.append('\n');
        if (written + line.size() > bytes) {
            line.resize(int(bytes - written));
        }
        file.write(line);
        written += line.size();
    }
    return 0;
}

// Resizes the terminal's window until the emulator has Columns x Rows cells: the cell size comes from
// the font, the rest (scroll bar, margins, Ferry's own widgets) from what the window already has.
bool sizeTerminal(QTermWidget* term)
{
    term->setHistorySize(HistoryLines);
    QWidget* window = term->window();
    const QFontMetrics metrics(term->getTerminalFont());
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int columns = term->screenColumnsCount();
        const int rows = term->screenLinesCount();
        if (columns == Columns && rows == Rows) {
            return true;
        }
        window->resize(window->width() + (Columns - columns) * metrics.horizontalAdvance(QLatin1Char('M')),
                       window->height() + (Rows - rows) * metrics.height());
        QTest::qWait(50); // the emulator takes its new size on a later turn of the event loop
    }
    std::fprintf(stderr, "the terminal is %dx%d, not %dx%d\n", term->screenColumnsCount(),
                 term->screenLinesCount(), Columns, Rows);
    return false;
}

// Time until a Ferry terminal on a real SSH connection has processed the whole file.
Measurement ferryRun(SshdFixture& sshd, const TestHome& home, const QString& file)
{
    ConnectionOptions options = sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    Connection connection(options);
    QObject::connect(&connection, &Connection::hostKeyQuestion, &connection,
                     [&connection](quint64 id, const HostKeyInfo&) {
                         connection.answerHostKey(id, HostKeyDecision::AcceptOnce);
                     });
    connection.connectToHost();
    if (!QTest::qWaitFor([&] { return connection.isConnected(); }, 30000)) {
        std::fprintf(stderr, "no connection: %s\n", qPrintable(connection.lastError().message));
        return {};
    }
    TerminalView view;
    view.show();
    if (!sizeTerminal(view.findChild<QTermWidget*>())) {
        return {};
    }

    ChannelRequest request = ChannelRequest::shell(Columns, Rows);
    // The query comes after the data; the trailing cat keeps the channel open for the answer.
    request.command = QStringLiteral("cat '%1'; printf '\\033[6n'; exec cat >/dev/null").arg(file);
    RemoteChannel* channel = connection.openChannel(request);
    bool answered = false;
    QObject::connect(&view, &TerminalView::keysTyped, &view, [&answered](const QByteArray& bytes) {
        answered = answered || isCursorReport(bytes);
    });
    QElapsedTimer timer;
    std::unique_ptr<CpuClock> cpu;
    QObject::connect(channel, &RemoteChannel::opened, &view, [&timer, &cpu] {
        timer.start();
        cpu = std::make_unique<CpuClock>();
    });
    view.attach(channel);
    if (!runUntil(&answered, &view)) {
        std::fprintf(stderr, "the Ferry terminal never answered\n");
        return {};
    }
    const Measurement m = cpu->stop(timer.nsecsElapsed() / 1e9);
    delete channel;
    return m;
}

// Time until a bare QTermWidget, fed the same bytes straight into its pty, has processed them.
Measurement bareRun(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    // What the remote pty sends: its line discipline turns each LF into CRLF.
    QByteArray data = file.readAll().replace("\n", "\r\n");
    data.append("\033[6n");

    QTermWidget term(0);
    term.setTextCodec(QTextCodec::codecForName("UTF-8"));
    term.setTerminalSizeHint(false);
    term.setFlowControlEnabled(false);
    term.startTerminalTeletype();
    term.show();
    if (!sizeTerminal(&term)) {
        return {};
    }
    bool answered = false;
    QObject::connect(&term, &QTermWidget::sendData, &term, [&answered](const char* bytes, int length) {
        answered = answered || isCursorReport(QByteArray(bytes, length));
    }, Qt::DirectConnection);
    const int fd = term.getPtySlaveFd();
    QElapsedTimer timer;
    timer.start();
    const CpuClock cpu;
    // A blocking writer thread: the GUI thread must stay free to read the other end.
    std::thread writer([fd, &data] {
        qint64 done = 0;
        while (done < data.size()) {
            const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
            if (n <= 0) {
                break;
            }
            done += n;
        }
    });
    const bool ok = runUntil(&answered, &term);
    const Measurement m = cpu.stop(timer.nsecsElapsed() / 1e9);
    writer.join();
    return ok ? m : Measurement();
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

// One side only, for a profiler: prints its rate.
int oneSide(const QString& side, const QString& file)
{
    const double bytes = double(QFileInfo(file).size());
    Measurement m;
    if (side == QLatin1String("bare")) {
        m = bareRun(file);
    } else {
        SshdFixture sshd;
        if (!sshd.start()) {
            return 1;
        }
        TestHome home;
        m = ferryRun(sshd, home, file);
    }
    if (m.seconds <= 0) {
        return 1;
    }
    printCpu(qPrintable(side), m);
    std::printf("%s_MBps=%.1f\n", qPrintable(side), bytes / m.seconds / 1e6);
    return 0;
}

// The median of odd-sized, non-empty runs by wall-clock time.
Measurement median(QVector<Measurement> runs)
{
    std::sort(runs.begin(), runs.end(),
              [](const Measurement& a, const Measurement& b) { return a.seconds < b.seconds; });
    return runs.at(runs.size() / 2);
}

int throughput(const QString& name, const QString& file)
{
    SshdFixture sshd;
    if (!sshd.start()) {
        std::fprintf(stderr, "sshd: %s\n", qPrintable(sshd.errorString()));
        return 1;
    }
    TestHome home;
    const double bytes = double(QFileInfo(file).size());
    // Rounds of one Ferry run and one bare run, taking turns, so that a burst of load on a shared machine
    // lands on both sides; each side's median round is compared.
    const int rounds = qMax(1, qEnvironmentVariableIntValue("FERRY_BENCH_ROUNDS") | 1);
    QVector<Measurement> ferryRuns;
    QVector<Measurement> bareRuns;
    for (int round = 0; round < rounds; ++round) {
        const Measurement ferry = ferryRun(sshd, home, file);
        const Measurement bare = bareRun(file);
        if (ferry.seconds <= 0 || bare.seconds <= 0) {
            return 1;
        }
        printCpu("ferry", ferry);
        printCpu("bare", bare);
        ferryRuns.append(ferry);
        bareRuns.append(bare);
    }
    const double ferryRate = bytes / median(ferryRuns).seconds / 1e6;
    const double bareRate = bytes / median(bareRuns).seconds / 1e6;
    std::printf("bench terminal-%s ferry_MBps=%.1f bare_MBps=%.1f ratio=%.2f\n", qPrintable(name), ferryRate,
                bareRate, ferryRate / bareRate);
    return 0;
}

int residentWithTabs(int tabs)
{
    SshdFixture sshd;
    if (!sshd.start()) {
        std::fprintf(stderr, "sshd: %s\n", qPrintable(sshd.errorString()));
        return 1;
    }
    TestHome home;
    // The server's key is trusted up front, as for a saved session used before: no dialogs.
    QFile known(home.knownHostsFile());
    QFile hostKey(sshd.hostKeyPublicFile());
    if (!known.open(QIODevice::WriteOnly) || !hostKey.open(QIODevice::ReadOnly)) {
        return 1;
    }
    const QList<QByteArray> fields = hostKey.readAll().split(' ');
    known.write("[127.0.0.1]:" + QByteArray::number(sshd.port()) + ' ' + fields.value(0) + ' ' + fields.value(1)
                + '\n');
    known.close();

    MainWindow window;
    window.show();
    for (int i = 0; i < tabs; ++i) {
        window.openTerminal(sshd.clientOptions(home.sshDir(), home.knownHostsFile()));
    }
    if (!QTest::qWaitFor([&] { return sshd.log().count(QLatin1String("Accepted publickey")) >= tabs; }, 60000)) {
        std::fprintf(stderr, "only %d of %d tabs logged in\n",
                     int(sshd.log().count(QLatin1String("Accepted publickey"))), tabs);
        return 1;
    }
    // Let every shell open and print its prompt: memory is measured here, not time.
    QTest::qWait(3000);
    std::printf("bench rss-%d-tabs ferry_MiB=%.1f\n", tabs, residentKiB() / 1024.0);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("--make-text")) {
        return makeText(args.at(2), args.at(3).toLongLong(), args.at(4).toUInt());
    }
    if (args.size() == 4 && args.at(1) == QLatin1String("--throughput")) {
        return throughput(args.at(2), args.at(3));
    }
    if (args.size() == 4 && args.at(1) == QLatin1String("--only")) {
        return oneSide(args.at(2), args.at(3));
    }
    if (args.size() == 3 && args.at(1) == QLatin1String("--rss-tabs")) {
        return residentWithTabs(args.at(2).toInt());
    }
    std::fprintf(stderr, "usage: %s --make-text FILE BYTES SEED | --throughput NAME FILE | --rss-tabs N\n",
                 argv[0]);
    return 2;
}
