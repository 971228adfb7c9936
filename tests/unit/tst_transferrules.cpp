// The transfer engine's rules without a server: which names from a server may become local paths, that
// a symlink inside the target folder never leads a write out of it, the modes Ferry creates, the names
// of renamed copies, and the bandwidth limiter's arithmetic.
#include "BandwidthLimiter.h"
#include "LocalTarget.h"
#include "TransferTask.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

class TestTransferRules : public QObject {
    Q_OBJECT
private slots:
    void namesRefused_data();
    void namesRefused();
    void containmentFollowsSymlinks();
    void makeFolderRefusesSymlinks();
    void modesAreMasked();
    void numberedNames();
    void printableEscapesControls();
    void limiterHoldsTheRate();
    void limiterOffTakesEverything();
};

void TestTransferRules::namesRefused_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("refused");
    QTest::newRow("plain") << QByteArray("report.pdf") << false;
    QTest::newRow("spaces and unicode") << QByteArray("mes données ✓.txt") << false;
    QTest::newRow("leading dots") << QByteArray("..hidden") << false;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("dot") << QByteArray(".") << true;
    QTest::newRow("dotdot") << QByteArray("..") << true;
    QTest::newRow("parent path") << QByteArray("../evil") << true;
    QTest::newRow("absolute") << QByteArray("/etc/passwd") << true;
    QTest::newRow("slash") << QByteArray("a/b") << true;
    QTest::newRow("backslash") << QByteArray("..\\evil") << true;
    QTest::newRow("nul") << QByteArray("a\0b", 3) << true;
    QTest::newRow("newline") << QByteArray("a\nb") << true;
    QTest::newRow("escape") << QByteArray("\x1b[2J") << true;
    QTest::newRow("del") << QByteArray("a\x7f") << true;
}

void TestTransferRules::namesRefused()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, refused);
    QCOMPARE(!LocalTarget::nameProblem(name).isEmpty(), refused);
}

void TestTransferRules::containmentFollowsSymlinks()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/target");
    const QString outside = dir.path() + QStringLiteral("/outside");
    QVERIFY(QDir().mkpath(root + QStringLiteral("/sub")));
    QVERIFY(QDir().mkpath(outside));
    QVERIFY(QFile::link(outside, root + QStringLiteral("/escape")));
    QVERIFY(QFile::link(root + QStringLiteral("/sub"), root + QStringLiteral("/inside")));

    QVERIFY(LocalTarget::containmentProblem(root, root + QStringLiteral("/a.txt")).isEmpty());
    QVERIFY(LocalTarget::containmentProblem(root, root + QStringLiteral("/sub/a.txt")).isEmpty());
    QVERIFY(LocalTarget::containmentProblem(root, root + QStringLiteral("/inside/a.txt")).isEmpty());
    QVERIFY(!LocalTarget::containmentProblem(root, root + QStringLiteral("/escape/a.txt")).isEmpty());
    QVERIFY(!LocalTarget::containmentProblem(root, root + QStringLiteral("/../outside/a.txt")).isEmpty());
    QVERIFY(!LocalTarget::containmentProblem(root, dir.path() + QStringLiteral("/a.txt")).isEmpty());
    QVERIFY(!LocalTarget::containmentProblem(root, root + QStringLiteral("x/a.txt")).isEmpty());
    QVERIFY(!LocalTarget::containmentProblem(root, root + QStringLiteral("/missing/a.txt")).isEmpty());
}

void TestTransferRules::makeFolderRefusesSymlinks()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/target");
    QVERIFY(QDir().mkpath(root));
    QVERIFY(QFile::link(dir.path(), root + QStringLiteral("/link")));
    bool created = true;
    QVERIFY(!LocalTarget::makeFolder(root, root + QStringLiteral("/link"), 0755, &created).isEmpty());
    QVERIFY(!created);
    QVERIFY(LocalTarget::makeFolder(root, root + QStringLiteral("/new"), 0755, &created).isEmpty());
    QVERIFY(created);
    QVERIFY(LocalTarget::makeFolder(root, root + QStringLiteral("/new"), 0755, &created).isEmpty());
    QVERIFY(!created);
    QVERIFY(!LocalTarget::makeFolder(root, root + QStringLiteral("/link/x"), 0755, &created).isEmpty());
    QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/x")));
}

void TestTransferRules::modesAreMasked()
{
    QCOMPARE(LocalTarget::safeFileMode(0104755), 0755u);
    QCOMPARE(LocalTarget::safeFileMode(02644), 0644u);
    QCOMPARE(LocalTarget::safeFileMode(0000), 0400u);
    QCOMPARE(LocalTarget::safeFileMode(0044), 0444u);
    QCOMPARE(LocalTarget::safeFolderMode(041777), 0777u);
    QCOMPARE(LocalTarget::safeFolderMode(0500), 0700u);
}

void TestTransferRules::numberedNames()
{
    QCOMPARE(TransferTask::numberedName(QStringLiteral("doc.tar.gz"), 1), QStringLiteral("doc (1).tar.gz"));
    QCOMPARE(TransferTask::numberedName(QStringLiteral("README"), 2), QStringLiteral("README (2)"));
    QCOMPARE(TransferTask::numberedName(QStringLiteral(".bashrc"), 3), QStringLiteral(".bashrc (3)"));
}

void TestTransferRules::printableEscapesControls()
{
    QCOMPARE(LocalTarget::printable(QByteArray("a\0b\x1b", 4)), QStringLiteral("a\\x00b\\x1b"));
    QCOMPARE(LocalTarget::printable("ünï"), QStringLiteral("ünï"));
    QVERIFY(LocalTarget::printable(QByteArray(1000, 'x')).size() < 300);
}

void TestTransferRules::limiterHoldsTheRate()
{
    BandwidthLimiter limiter;
    limiter.setRate(1024 * 1024);
    QElapsedTimer clock;
    clock.start();
    qint64 taken = 0;
    // Takers wait as a task would (in its event loop, woken after waitMs()).
    while (taken < 2 * 1024 * 1024) {
        if (limiter.take(64 * 1024)) {
            taken += 64 * 1024;
        } else {
            QTest::qWait(limiter.waitMs());
        }
    }
    QVERIFY2(clock.elapsed() >= 1500, QByteArray::number(clock.elapsed()));
    QVERIFY2(clock.elapsed() < 4000, QByteArray::number(clock.elapsed()));
}

void TestTransferRules::limiterOffTakesEverything()
{
    BandwidthLimiter limiter;
    for (int i = 0; i < 1000; ++i) {
        QVERIFY(limiter.take(1024 * 1024));
    }
    QCOMPARE(limiter.waitMs(), 0);
}

QTEST_GUILESS_MAIN(TestTransferRules)
#include "tst_transferrules.moc"
