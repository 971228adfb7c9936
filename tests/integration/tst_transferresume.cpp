// Transfers that break: a connection killed in the middle of a download and of an upload, resumed on a
// new connection from the .ferrypart; and a hostile server whose folder listing names files "../escape",
// "a/b" and worse, which a recursive download must refuse one by one without writing outside its folder.
#include "tst_transfercommon.h"

#include <QTemporaryDir>

using namespace ferry;
using namespace ferry::test;

namespace {

constexpr qint64 BigSize = 64 * 1024 * 1024;

} // namespace

class TestTransferResume : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedDownloadResumesOnNewConnection();
    void killedUploadResumesOnNewConnection();
    void hostileNamesRefusedInRecursiveDownload();

private:
    void cutAndResume(TransferItem::Direction direction);

    SshdFixture m_sshd;
    TransferSession m_session;
    QTemporaryDir m_local;
    QTemporaryDir m_remote;
};

void TestTransferResume::initTestCase()
{
    QVERIFY(m_local.isValid() && m_remote.isValid());
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    QVERIFY(m_session.open(&m_sshd));
}

void TestTransferResume::cleanupTestCase()
{
    m_session.close();
}

void TestTransferResume::cutAndResume(TransferItem::Direction direction)
{
    const bool down = direction == TransferItem::Direction::Download;
    const QString name = down ? QStringLiteral("cut-down.bin") : QStringLiteral("cut-up.bin");
    const QString source = (down ? m_remote.path() : m_local.path()) + QLatin1Char('/') + name;
    const QString target = (down ? m_local.path() : m_remote.path()) + QLatin1Char('/') + name;
    QVERIFY(writeFile(source, randomBytes(BigSize, down ? 1 : 2), 0600, 1650000000));
    const QByteArray hash = sha256(source);

    TransferQueue queue(m_session.fs.get());
    // Slow enough to be cut in the middle.
    queue.setBandwidthLimit(16 * 1024 * 1024);
    const quint64 id = down ? queue.download(source, m_local.path(), false) : queue.upload(source, m_remote.path());
    const int row = queue.rowOfJob(id);
    QTRY_VERIFY_WITH_TIMEOUT(queue.index(row, 0).data(TransferQueue::BytesDoneRole).toLongLong() > 8 * 1024 * 1024,
                             30000);
    QVERIFY(m_sshd.killConnections() > 0);
    QVERIFY(waitIdle(&queue, 30000));
    QCOMPARE(queue.state(id), TransferQueue::State::Failed);
    QVERIFY(!queue.message(id).isEmpty());
    QVERIFY(!QFileInfo::exists(target));
    const qint64 partial = QFileInfo(target + QStringLiteral(".ferrypart")).size();
    QVERIFY2(partial > 0 && partial < BigSize, QByteArray::number(partial));

    QVERIFY(m_session.reconnect());
    queue.setFileSystem(m_session.fs.get());
    queue.setBandwidthLimit(0);
    queue.retry(id);
    QVERIFY(waitIdle(&queue));
    QVERIFY2(queue.state(id) == TransferQueue::State::Done, describeJob(queue, id));
    QCOMPARE(sha256(target), hash);
    const qint64 resumedFrom = queue.index(row, 0).data(TransferQueue::ResumedFromRole).toLongLong();
    const qint64 sent = queue.index(row, 0).data(TransferQueue::TransferredRole).toLongLong();
    QVERIFY2(resumedFrom > 0, QByteArray::number(resumedFrom));
    QCOMPARE(sent, BigSize - resumedFrom);
    QVERIFY(sent < BigSize);
    QCOMPARE(modeOf(target) & 07777, 0600u);
    QCOMPARE(QFileInfo(target).lastModified().toSecsSinceEpoch(), 1650000000);
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".ferrypart")));
}

void TestTransferResume::killedDownloadResumesOnNewConnection()
{
    cutAndResume(TransferItem::Direction::Download);
}

void TestTransferResume::killedUploadResumesOnNewConnection()
{
    cutAndResume(TransferItem::Direction::Upload);
}

void TestTransferResume::hostileNamesRefusedInRecursiveDownload()
{
    QVERIFY(QFile::exists(QStringLiteral(FERRY_HOSTILE_SFTP)));
    QTemporaryDir dir;
    QVERIFY(writeLocal(dir.path() + QStringLiteral("/mode"), "normal\n"));
    SshdFixture hostile;
    SshdFixture::Config config;
    config.sftpSubsystem =
        QStringLiteral("%1 @%2/mode %2/requests.log").arg(QStringLiteral(FERRY_HOSTILE_SFTP), dir.path());
    QVERIFY2(hostile.start(config), qPrintable(hostile.errorString()));
    TransferSession session;
    QVERIFY(session.open(&hostile));

    // The target folder sits alone inside an outer folder, so anything written beside it shows.
    const QString outer = dir.path() + QStringLiteral("/outer");
    QVERIFY(QDir().mkpath(outer + QStringLiteral("/target")));
    TransferQueue queue(session.fs.get());
    const quint64 id = queue.download(QStringLiteral("/hostile"), outer + QStringLiteral("/target"), true);
    QVERIFY(waitIdle(&queue, 120000));
    QCOMPARE(queue.state(id), TransferQueue::State::Failed);

    QStringList messages;
    for (int row = 0; row < queue.rowCount(); ++row) {
        messages.append(queue.index(row, 0).data(TransferQueue::MessageRole).toString());
    }
    const QString all = messages.join(QLatin1Char('\n'));
    for (const char* refused : {"../escape", "/etc/passwd-x", "a/b", "ctl\\x1char", "\\x1b[2Jclear"}) {
        QVERIFY2(all.contains(QString::fromUtf8(refused)), refused);
    }
    QVERIFY(all.contains(QStringLiteral("empty name")));
    QVERIFY(all.contains(QStringLiteral("nul\\x00byte")));
    // Nothing outside the target folder, and nothing with special mode bits inside it.
    QCOMPARE(QDir(outer).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("target")});
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).size(),
             3);
    QDirIterator it(outer, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    int entries = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++entries;
        QVERIFY2((modeOf(path) & 07000) == 0, qPrintable(path));
        QVERIFY2(!QFileInfo(path).isSymLink(), qPrintable(path));
    }
    QVERIFY(entries > 1);
    // The nested "sticky-dir" folders stop at the depth limit.
    QVERIFY(all.contains(QStringLiteral("deeper than")));
    session.close();
}

QTEST_GUILESS_MAIN(TestTransferResume)
#include "tst_transferresume.moc"
