// The SFTP engine against a server that lies: malformed, oversized, truncated and unasked-for packets
// end the SFTP session with a clear error (never a crash or a hang), and names that could reach
// outside a folder never become paths. The server is tests/support/HostileSftpServer.cpp, run by sshd
// as the sftp subsystem; it logs what it was asked.
#include "RemoteFileSystem.h"
#include "ScriptedClient.h"
#include "SftpOperation.h"
#include "SftpTestHelpers.h"
#include "SshdFixture.h"
#include "TestHome.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

class TestSftpHostile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void versionTwoIsRefused();
    void brokenReplyEndsSession_data();
    void brokenReplyEndsSession();
    void duplicateReplyEndsSessionAfterFirst();
    void hugeNameCountIsRejected();
    void moreDataThanAskedForIsRejected();
    void hostileNamesAreLeftOut();
    void recursiveDeleteRefusesHostileNames();
    void recursiveChmodRefusesHostileNames();

private:
    struct Session {
        std::unique_ptr<ScriptedClient> client;
        std::unique_ptr<RemoteFileSystem> fs;
    };
    Session open(const QByteArray& mode);
    QByteArray serverLog() const { return readLocal(m_dir.path() + QStringLiteral("/requests.log")); }

    QTemporaryDir m_dir;
    SshdFixture m_sshd;
    std::unique_ptr<TestHome> m_home;
};

void TestSftpHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(FERRY_HOSTILE_SFTP)));
    SshdFixture::Config config;
    config.sftpSubsystem =
        QStringLiteral("%1 @%2/mode %2/requests.log").arg(QStringLiteral(FERRY_HOSTILE_SFTP), m_dir.path());
    QVERIFY2(m_sshd.start(config), qPrintable(m_sshd.errorString()));
    m_home = std::make_unique<TestHome>();
}

void TestSftpHostile::cleanupTestCase()
{
    m_home.reset();
}

void TestSftpHostile::init()
{
    QFile::remove(m_dir.path() + QStringLiteral("/requests.log"));
}

TestSftpHostile::Session TestSftpHostile::open(const QByteArray& mode)
{
    Session s;
    writeLocal(m_dir.path() + QStringLiteral("/mode"), mode + '\n');
    s.client = std::make_unique<ScriptedClient>(m_sshd.clientOptions(m_home->sshDir(), m_home->knownHostsFile()));
    if (!s.client->connectAndWait()) {
        return s;
    }
    s.fs = std::make_unique<RemoteFileSystem>(s.client->connection());
    const bool settled = QTest::qWaitFor([&] { return s.fs->isReady() || s.fs->isClosed(); }, 30000);
    Q_UNUSED(settled) // the tests look at the state themselves
    return s;
}

void TestSftpHostile::versionTwoIsRefused()
{
    Session s = open("version2");
    QVERIFY(s.fs);
    QVERIFY(s.fs->isClosed());
    QCOMPARE(s.fs->closeError().kind, SftpError::Kind::Protocol);
    QVERIFY2(s.fs->closeError().message().contains(QStringLiteral("version 2")),
             qPrintable(s.fs->closeError().message()));
    auto op = finish(s.fs->stat(QStringLiteral("/x")));
    QCOMPARE(op->error().kind, SftpError::Kind::Protocol);
    // The connection itself is fine; only the SFTP session ended.
    QVERIFY(s.client->connection()->isConnected());
}

void TestSftpHostile::brokenReplyEndsSession_data()
{
    QTest::addColumn<QByteArray>("mode");
    QTest::addColumn<QString>("words");
    QTest::newRow("length 0xFFFFFFF0") << QByteArray("hugelength") << QStringLiteral("4294967280 bytes");
    QTest::newRow("length 0") << QByteArray("zerolength") << QStringLiteral("empty packet");
    QTest::newRow("truncated then EOF") << QByteArray("truncated") << QStringLiteral("middle of a packet");
    QTest::newRow("unknown id") << QByteArray("unknownid") << QStringLiteral("never sent");
    QTest::newRow("attrs extended count") << QByteArray("extcount") << QStringLiteral("malformed");
    QTest::newRow("wrong reply type") << QByteArray("wrongtype") << QStringLiteral("unexpected");
}

void TestSftpHostile::brokenReplyEndsSession()
{
    QFETCH(QByteArray, mode);
    QFETCH(QString, words);
    Session s = open(mode);
    QVERIFY(s.fs);
    QVERIFY(s.fs->isReady());
    QSignalSpy closed(s.fs.get(), &RemoteFileSystem::closed);
    auto first = finish(s.fs->stat(QStringLiteral("/hostile/file")));
    SftpOperation* second = s.fs->lstat(QStringLiteral("/hostile/other"));
    QVERIFY(first->isFinished());
    QVERIFY(first->error().isError());
    QVERIFY2(first->error().message().contains(words), qPrintable(first->error().message()));
    QVERIFY(closed.count() == 1 || closed.wait(10000));
    QVERIFY(s.fs->closeError().message().contains(words));
    auto later = finish(second);
    QVERIFY(later->error().isError());
    QVERIFY(s.client->connection()->isConnected());
}

void TestSftpHostile::duplicateReplyEndsSessionAfterFirst()
{
    Session s = open("duplicate");
    QVERIFY(s.fs && s.fs->isReady());
    QSignalSpy closed(s.fs.get(), &RemoteFileSystem::closed);
    auto first = finish(s.fs->stat(QStringLiteral("/hostile/file")));
    QVERIFY2(first->succeeded(), describe(first.get()));
    QVERIFY(closed.count() == 1 || closed.wait(10000));
    QCOMPARE(s.fs->closeError().kind, SftpError::Kind::Protocol);
    QVERIFY(s.fs->closeError().message().contains(QStringLiteral("already answered")));
}

void TestSftpHostile::hugeNameCountIsRejected()
{
    Session s = open("namecount");
    QVERIFY(s.fs && s.fs->isReady());
    auto l = finish(s.fs->list(QStringLiteral("/hostile/dir")));
    QCOMPARE(l->error().kind, SftpError::Kind::Protocol);
    QVERIFY(s.fs->isClosed() || QTest::qWaitFor([&] { return s.fs->isClosed(); }, 10000));
}

void TestSftpHostile::moreDataThanAskedForIsRejected()
{
    Session s = open("bigdata");
    QVERIFY(s.fs && s.fs->isReady());
    auto r = finish(s.fs->readFile(QStringLiteral("/hostile/file"), 100));
    QCOMPARE(r->error().kind, SftpError::Kind::Protocol);
    QVERIFY(r->data().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(s.fs->isClosed(), 10000);
}

void TestSftpHostile::hostileNamesAreLeftOut()
{
    Session s = open("badnames");
    QVERIFY(s.fs && s.fs->isReady());
    QVector<SftpEntry> entries;
    SftpOperation* op = s.fs->list(QStringLiteral("/hostile/dir"));
    connect(op, &SftpOperation::entriesArrived, this, [&entries](const QVector<SftpEntry>& b) { entries += b; });
    auto l = finish(op);
    QVERIFY2(l->succeeded(), describe(l.get()));
    QStringList names;
    for (const SftpEntry& e : entries) {
        names << e.name;
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("good.txt"), QStringLiteral("sgid-file"), QStringLiteral("sticky-dir"),
                                 QStringLiteral("suid-file")}));
    // One warning per refused name; "." and ".." are skipped without one.
    QCOMPARE(l->warnings().size(), 7);
    for (const QString& w : l->warnings()) {
        for (const QChar c : w) {
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(w));
        }
    }
    QVERIFY(l->warnings().join(QLatin1Char('\n')).contains(QStringLiteral("../escape")));
    // Special mode bits are shown as the server sent them.
    for (const SftpEntry& e : entries) {
        if (e.name == QStringLiteral("suid-file")) {
            QCOMPARE(e.attributes.permissions & 07777, quint32(04755));
        } else if (e.name == QStringLiteral("sgid-file")) {
            QCOMPARE(e.attributes.permissions & 07777, quint32(02755));
        } else if (e.name == QStringLiteral("sticky-dir")) {
            QCOMPARE(e.attributes.permissions & 07777, quint32(01777));
            QVERIFY(e.isDirectory());
        }
        QVERIFY(e.path.startsWith(QStringLiteral("/hostile/dir/")));
        QVERIFY(!e.path.mid(13).contains(QLatin1Char('/')));
    }
}

void TestSftpHostile::recursiveDeleteRefusesHostileNames()
{
    Session s = open("badnames");
    QVERIFY(s.fs && s.fs->isReady());
    auto r = finish(s.fs->removeRecursively(QStringLiteral("/hostile/dir")));
    QCOMPARE(r->error().kind, SftpError::Kind::Refused);
    QCOMPARE(r->error().refusal, SftpError::Refusal::BadName);
    s.fs.reset();
    s.client.reset();
    // The server was never asked to remove anything.
    const QByteArray log = serverLog();
    for (const QByteArray& line : log.split('\n')) {
        QVERIFY2(!line.startsWith("13 ") && !line.startsWith("15 "), line.constData());
    }
    QVERIFY(log.contains("12 ")); // it did read the folder
}

void TestSftpHostile::recursiveChmodRefusesHostileNames()
{
    Session s = open("badnames");
    QVERIFY(s.fs && s.fs->isReady());
    auto r = finish(s.fs->chmod(QStringLiteral("/hostile/dir"), 0644, true, 0755));
    QCOMPARE(r->error().refusal, SftpError::Refusal::BadName);
    s.fs.reset();
    s.client.reset();
    for (const QByteArray& line : serverLog().split('\n')) {
        // SETSTAT only ever for the folder itself.
        QVERIFY2(!line.startsWith("9 ") || line == "9 " + line.split(' ').value(1) + " /hostile/dir", line.constData());
    }
}

QTEST_GUILESS_MAIN(TestSftpHostile)
#include "tst_sftphostile.moc"
