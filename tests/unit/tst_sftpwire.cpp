// The SFTP wire format without a server: packets written and read back, attributes, and hostile
// input (truncated fields, lying lengths and counts) rejected without reading past the end or
// allocating what a count claims.
#include "SftpAttributes.h"
#include "SftpEntry.h"
#include "SftpError.h"
#include "SftpPacketReader.h"
#include "SftpPacketWriter.h"
#include "SftpProtocol.h"

#include <QElapsedTimer>
#include <QTest>
#include <QtEndian>

using namespace ferry;

class TestSftpWire : public QObject {
    Q_OBJECT
private slots:
    void writerFramesPacket();
    void readerRoundTrip();
    void readerStopsAtTheEnd();
    void stringLengthBeyondPacketFails();
    void stringLongerThanAllowedFails();
    void readerWindowInsideBuffer();
    void hugeCountsAreRejectedCheaply();
    void attributesRoundTrip_data();
    void attributesRoundTrip();
    void truncatedAttributesRejected();
    void attributesExtendedCountLies();
    void modeHelpers();
    void nameProblems_data();
    void nameProblems();
    void longNameOwnerAndGroup();
    void joinPath();
    void errorMessagesSayWhat();
};

void TestSftpWire::writerFramesPacket()
{
    SftpPacketWriter w(sftp::Open, 0x01020304);
    w.string(QByteArray("/tmp/x")).u32(sftp::OpenRead);
    const QByteArray p = w.take();
    QCOMPARE(qFromBigEndian<quint32>(p.constData()), quint32(p.size() - 4));
    QCOMPARE(quint8(p.at(4)), quint8(sftp::Open));
    QCOMPARE(qFromBigEndian<quint32>(p.constData() + 5), quint32(0x01020304));
    QCOMPARE(p.size(), 4 + 1 + 4 + 4 + 6 + 4);

    SftpPacketWriter init(sftp::Init, 0, false);
    init.u32(3);
    QCOMPARE(init.take(), QByteArray::fromHex("000000050100000003"));
}

void TestSftpWire::readerRoundTrip()
{
    SftpPacketWriter w(sftp::Data, 7);
    w.u8(0xfe).u32(0xdeadbeef).u64(Q_UINT64_C(0x0102030405060708)).string(QByteArray("h\0llo", 5)).string(QByteArray());
    const QByteArray p = w.take();
    SftpPacketReader r(p, 4, p.size() - 4);
    QCOMPARE(r.u8(), quint8(sftp::Data));
    QCOMPARE(r.u32(), quint32(7));
    QCOMPARE(r.u8(), quint8(0xfe));
    QCOMPARE(r.u32(), quint32(0xdeadbeef));
    QCOMPARE(r.u64(), Q_UINT64_C(0x0102030405060708));
    QCOMPARE(r.string(), QByteArray("h\0llo", 5));
    QCOMPARE(r.string(), QByteArray());
    QVERIFY(r.ok());
    QVERIFY(r.atEnd());
}

void TestSftpWire::readerStopsAtTheEnd()
{
    const QByteArray three = QByteArray::fromHex("010203");
    SftpPacketReader r(three);
    QCOMPARE(r.u32(), quint32(0));
    QVERIFY(!r.ok());
    // Once failed, it stays failed and gives nothing more.
    QCOMPARE(r.u8(), quint8(0));
    QCOMPARE(r.remaining(), 0);

    SftpPacketReader r8(QByteArray::fromHex("00000000000000"));
    QCOMPARE(r8.u64(), quint64(0));
    QVERIFY(!r8.ok());

    SftpPacketReader empty{QByteArray()};
    empty.u8();
    QVERIFY(!empty.ok());
}

void TestSftpWire::stringLengthBeyondPacketFails()
{
    for (const char* hex : {"00000005616263", "ffffffff616263", "80000000", "7fffffff00"}) {
        const QByteArray data = QByteArray::fromHex(hex);
        SftpPacketReader r(data);
        QVERIFY(r.string().isEmpty());
        QVERIFY2(!r.ok(), hex);
    }
}

void TestSftpWire::stringLongerThanAllowedFails()
{
    SftpPacketWriter w(sftp::Handle, 1);
    w.string(QByteArray(300, 'h'));
    const QByteArray p = w.take();
    SftpPacketReader r(p, 9, p.size() - 9);
    QVERIFY(r.string(sftp::MaxHandleLength).isEmpty());
    QVERIFY(!r.ok());
}

void TestSftpWire::readerWindowInsideBuffer()
{
    // Two packets back to back: a reader of the first never sees the second.
    const QByteArray buf = QByteArray::fromHex("0000000201ff"
                                               "00000001aa");
    SftpPacketReader first(buf, 4, 2);
    QCOMPARE(first.u8(), quint8(1));
    QCOMPARE(first.u8(), quint8(0xff));
    first.u8();
    QVERIFY(!first.ok());

    SftpPacketReader outside(buf, 8, 100);
    QVERIFY(!outside.ok());
    SftpPacketReader negative(buf, -1, 2);
    QVERIFY(!negative.ok());
}

void TestSftpWire::hugeCountsAreRejectedCheaply()
{
    const QByteArray tiny = QByteArray::fromHex("80000000"
                                                "0000000000000000");
    SftpPacketReader r(tiny);
    const quint32 count = r.u32();
    QVERIFY(!r.fits(count, 12));
    QVERIFY(!r.ok());

    SftpPacketReader fine(QByteArray(24, '\0'));
    QVERIFY(fine.fits(2, 12));
    QVERIFY(!fine.fits(3, 12));
}

void TestSftpWire::attributesRoundTrip_data()
{
    QTest::addColumn<SftpAttributes>("attrs");
    SftpAttributes none;
    QTest::newRow("nothing") << none;
    SftpAttributes all;
    all.setSize(Q_UINT64_C(0x123456789a));
    all.setOwner(1000, 100);
    all.setPermissions(sftp::TypeRegular | 04755);
    all.setTimes(1700000000, 1700000123);
    all.extended = {{"a@x", "1"}, {"b@x", QByteArray("\0\1", 2)}};
    all.flags |= sftp::AttrExtended;
    QTest::newRow("everything") << all;
    SftpAttributes some;
    some.setPermissions(sftp::TypeDirectory | 0750);
    some.setTimes(0, 0xffffffffu);
    QTest::newRow("mode and times") << some;
}

void TestSftpWire::attributesRoundTrip()
{
    QFETCH(SftpAttributes, attrs);
    SftpPacketWriter w(sftp::Attrs, 1);
    attrs.encode(w);
    const QByteArray p = w.take();
    SftpPacketReader r(p, 9, p.size() - 9);
    SftpAttributes back;
    QVERIFY(SftpAttributes::decode(r, &back));
    QVERIFY(r.atEnd());
    QCOMPARE(back, attrs);
}

void TestSftpWire::truncatedAttributesRejected()
{
    SftpAttributes all;
    all.setSize(5);
    all.setOwner(1, 2);
    all.setPermissions(0644);
    all.setTimes(3, 4);
    all.extended = {{"k", "v"}};
    SftpPacketWriter w(sftp::Attrs, 1);
    all.encode(w);
    const QByteArray p = w.take();
    const int body = p.size() - 9;
    for (int cut = 0; cut < body; ++cut) {
        SftpPacketReader r(p, 9, cut);
        SftpAttributes out;
        out.setSize(99);
        QVERIFY2(!SftpAttributes::decode(r, &out), qPrintable(QString::number(cut)));
        QCOMPARE(out.size, quint64(99)); // untouched on failure
    }
}

void TestSftpWire::attributesExtendedCountLies()
{
    // flags = EXTENDED, count = 0x7fffffff, then one small pair: the count is refused before any
    // allocation, so this returns at once.
    QByteArray p = QByteArray::fromHex("80000000"
                                       "7fffffff"
                                       "00000001"
                                       "6b"
                                       "00000001"
                                       "76");
    QElapsedTimer t;
    t.start();
    SftpPacketReader r(p);
    SftpAttributes out;
    QVERIFY(!SftpAttributes::decode(r, &out));
    QVERIFY(t.elapsed() < 1000);

    p = QByteArray::fromHex("80000000"
                            "00000002"
                            "00000001"
                            "6b"
                            "00000001"
                            "76");
    SftpPacketReader r2(p);
    QVERIFY(!SftpAttributes::decode(r2, &out));
}

void TestSftpWire::modeHelpers()
{
    SftpAttributes a;
    QVERIFY(!a.isDirectory() && !a.isRegular() && !a.isSymlink());
    QCOMPARE(a.fileType(), quint32(0));
    a.setPermissions(sftp::TypeDirectory | 0755);
    QVERIFY(a.isDirectory());
    a.setPermissions(sftp::TypeSymlink | 0777);
    QVERIFY(a.isSymlink());
    QVERIFY(!a.hasSpecialBits());
    a.setPermissions(sftp::TypeRegular | 02644);
    QVERIFY(a.isRegular());
    QVERIFY(a.hasSpecialBits());
    a.setPermissions(sftp::TypeDirectory | 01777);
    QVERIFY(a.hasSpecialBits());
    a.setTimes(0, 86400);
    QCOMPARE(a.modified().toUTC(), QDateTime(QDate(1970, 1, 2), QTime(0, 0), Qt::UTC));
}

void TestSftpWire::nameProblems_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("refused");
    QTest::newRow("plain") << QByteArray("file.txt") << false;
    QTest::newRow("space and unicode") << QStringLiteral("a b ü ✓").toUtf8() << false;
    QTest::newRow("dots inside") << QByteArray("..hidden..") << false;
    QTest::newRow("not utf-8") << QByteArray("\xff\xfe") << false;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("dot") << QByteArray(".") << true;
    QTest::newRow("dotdot") << QByteArray("..") << true;
    QTest::newRow("parent path") << QByteArray("../x") << true;
    QTest::newRow("absolute") << QByteArray("/etc/x") << true;
    QTest::newRow("slash") << QByteArray("a/b") << true;
    QTest::newRow("nul") << QByteArray("a\0b", 3) << true;
    QTest::newRow("newline") << QByteArray("a\nb") << true;
    QTest::newRow("escape") << QByteArray("\x1b[31mred") << true;
    QTest::newRow("delete") << QByteArray("a\x7f") << true;
}

void TestSftpWire::nameProblems()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, refused);
    QCOMPARE(!SftpEntry::nameProblem(name).isEmpty(), refused);
}

void TestSftpWire::longNameOwnerAndGroup()
{
    QString owner;
    QString group;
    QVERIFY(SftpEntry::parseLongName("-rw-r--r--    1 alice    staff        1234 Jan  1 12:00 name with spaces", &owner,
                                     &group));
    QCOMPARE(owner, QStringLiteral("alice"));
    QCOMPARE(group, QStringLiteral("staff"));
    QVERIFY(SftpEntry::parseLongName("drwxr-xr-x 2 1000 1000 4096 Jan 1 12:00 d", &owner, &group));
    QCOMPARE(owner, QStringLiteral("1000"));
    QVERIFY(!SftpEntry::parseLongName("name-only", &owner, &group));
    QVERIFY(!SftpEntry::parseLongName("", &owner, &group));
    QVERIFY(!SftpEntry::parseLongName("xyzzyxyzzy 1 a b c", &owner, &group));
}

void TestSftpWire::joinPath()
{
    QCOMPARE(SftpEntry::joinPath(QByteArray("/"), QByteArray("a")), QByteArray("/a"));
    QCOMPARE(SftpEntry::joinPath(QByteArray("/x/"), QByteArray("a")), QByteArray("/x/a"));
    QCOMPARE(SftpEntry::joinPath(QByteArray("/x"), QByteArray("a")), QByteArray("/x/a"));
    QCOMPARE(SftpEntry::joinPath(QByteArray(), QByteArray("a")), QByteArray("a"));
    QCOMPARE(SftpEntry::joinPath(QStringLiteral("/x"), QStringLiteral("ü")), QStringLiteral("/x/ü"));
}

void TestSftpWire::errorMessagesSayWhat()
{
    QVERIFY(SftpError().message().isEmpty());
    QVERIFY(!SftpError().isError());
    const SftpError missing = SftpError::status(sftp::NoSuchFile, QStringLiteral("No such file"), QStringLiteral("/a"));
    QVERIFY(missing.isStatus(sftp::NoSuchFile));
    QCOMPARE(missing.message(), QStringLiteral("/a: The file or folder does not exist."));
    QCOMPARE(missing.reason(), QStringLiteral("The file or folder does not exist."));
    // A detail completes the sentence; without one it ends with a full stop, never a bare colon.
    QCOMPARE(SftpError::channelClosed(QStringLiteral("EOF from server")).message(),
             QStringLiteral("The file transfer session ended: EOF from server"));
    QCOMPARE(SftpError::channelClosed(QString()).message(), QStringLiteral("The file transfer session ended."));
    QCOMPARE(SftpError::status(99, QString()).message(), QStringLiteral("The server answered with error 99 and no reason."));
    QVERIFY(SftpError::status(sftp::PermissionDenied, QString()).message().contains(QStringLiteral("permission")));
    QVERIFY(SftpError::status(99, QStringLiteral("odd")).message().contains(QStringLiteral("odd")));
    QVERIFY(SftpError::protocol(QStringLiteral("a packet of 9 bytes")).message().contains(QStringLiteral("9 bytes")));
    QVERIFY(!SftpError::channelClosed(QString()).message().isEmpty());
    QVERIFY(SftpError::cancelled().isCancelled());
    for (auto refusal : {SftpError::Refusal::TooLarge, SftpError::Refusal::RemoteChanged, SftpError::Refusal::BadName,
                         SftpError::Refusal::Unsupported, SftpError::Refusal::TooDeep, SftpError::Refusal::Exists,
                         SftpError::Refusal::Other}) {
        QVERIFY(SftpError::refused(refusal, QStringLiteral("/p")).message().contains(QStringLiteral("/p")));
    }
    QVERIFY(SftpError::local(QStringLiteral("/l"), QStringLiteral("disk full"))
                .message()
                .contains(QStringLiteral("disk full")));
    QCOMPARE(SftpError::status(2, QString()).withPath(QStringLiteral("/b")).path, QStringLiteral("/b"));
    QCOMPARE(missing.withPath(QStringLiteral("/b")).path, QStringLiteral("/a"));
}

QTEST_GUILESS_MAIN(TestSftpWire)
#include "tst_sftpwire.moc"
