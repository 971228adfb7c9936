// known_hosts changes: appending and removing entries while every other byte, the mode and links stay.
#include "tst_knownhostsfixture.h"

class TestKnownHostsEdit : public KnownHostsFixture {
    Q_OBJECT

private slots:
    void initTestCase() { makeKeys(); }
    void appendFoundBySshKeygen();
    void appendKeepsExistingBytes_data();
    void appendKeepsExistingBytes();
    void appendFileModes();
    void appendFollowsSymlink();
    void appendRefusesBadInputAndPaths();
    void removeKeepsOtherBytes_data();
    void removeKeepsOtherBytes();
    void removeTakesOnlyThisHostFromSharedLines();
    void removeHashedEntry();
    void removeRefusesWildcardEntries();
    void removeWithoutMatchLeavesFileAlone();
    void removeKeepsModeAndLink();
    void removeThenAppendIsKnownToSshKeygen();
};

void TestKnownHostsEdit::appendFoundBySshKeygen()
{
    const QString path = filePath(QStringLiteral("fresh/known_hosts"));
    KnownHosts store(path);
    QString error;
    QVERIFY2(store.append(QStringLiteral("127.0.0.1"), 2222, m_ed1.blob, &error), qPrintable(error));
    QVERIFY2(store.append(QStringLiteral("example.com"), 22, m_rsa.blob, &error), qPrintable(error));
    const QByteArray first = entryLine("[127.0.0.1]:2222", m_ed1);
    const QByteArray second = entryLine("example.com", m_rsa);
    QCOMPARE(readFile(path), first + '\n' + second + '\n');

    QByteArray output;
    QCOMPARE(run({QStringLiteral("-F"), QStringLiteral("[127.0.0.1]:2222"), QStringLiteral("-f"), path}, &output), 0);
    QVERIFY2(output.split('\n').contains(first), output.constData());
    QCOMPARE(run({QStringLiteral("-F"), QStringLiteral("example.com"), QStringLiteral("-f"), path}, &output), 0);
    QVERIFY2(output.split('\n').contains(second), output.constData());
    QCOMPARE(run({QStringLiteral("-F"), QStringLiteral("127.0.0.1"), QStringLiteral("-f"), path}), 1);

    // The store follows what was written, without a load().
    QCOMPARE(store.check(QStringLiteral("127.0.0.1"), 2222, m_ed1.blob).verdict, HostKeyVerdict::Known);
    QCOMPARE(store.check(QStringLiteral("example.com"), 22, m_rsa.blob).verdict, HostKeyVerdict::Known);
    KnownHosts reloaded(path);
    QVERIFY(reloaded.load());
    QVERIFY(reloaded.warnings().isEmpty());
    QCOMPARE(reloaded.check(QStringLiteral("127.0.0.1"), 2222, m_ed1.blob).verdict, HostKeyVerdict::Known);
}

void TestKnownHostsEdit::appendKeepsExistingBytes_data()
{
    QTest::addColumn<QByteArray>("old");
    QTest::addColumn<QByteArray>("separator");
    const QByteArray line = entryLine("old.example", m_ed2);
    QTest::newRow("empty file") << QByteArray() << QByteArray();
    QTest::newRow("final newline") << QByteArray(line + '\n') << QByteArray();
    QTest::newRow("no final newline") << QByteArray("# comment\n" + line) << QByteArray("\n");
    QTest::newRow("comments and blanks") << QByteArray("# a\n\n   # b\t\n" + line + " comment\n\n") << QByteArray();
    QTest::newRow("crlf") << QByteArray("# windows\r\n" + line + "\r\n") << QByteArray();
    QTest::newRow("junk kept") << bytes("\xff\xfe junk\0\x01\n") << QByteArray();
    QTest::newRow("comment without newline") << QByteArray("# trailing") << QByteArray("\n");
}

void TestKnownHostsEdit::appendKeepsExistingBytes()
{
    QFETCH(QByteArray, old);
    QFETCH(QByteArray, separator);
    const QString path = writeFile(QStringLiteral("keep"), old);
    KnownHosts store(path);
    QString error;
    QVERIFY2(store.append(QStringLiteral("new.example"), 22, m_ed1.blob, &error), qPrintable(error));
    QCOMPARE(readFile(path), old + separator + entryLine("new.example", m_ed1) + '\n');
    QCOMPARE(store.check(QStringLiteral("new.example"), 22, m_ed1.blob).verdict, HostKeyVerdict::Known);
}

void TestKnownHostsEdit::appendFileModes()
{
    // With no umask the modes below can only come from append() itself.
    const UmaskGuard noUmask(0);
    const QString fresh = filePath(QStringLiteral("modes/sub/known_hosts"));
    QVERIFY(KnownHosts(fresh).append(QStringLiteral("example.com"), 22, m_ed1.blob));
    QCOMPARE(modeOf(fresh), 0644);
    QCOMPARE(modeOf(filePath(QStringLiteral("modes/sub"))), 0700);
    QCOMPARE(modeOf(filePath(QStringLiteral("modes"))), 0700);

    const QString existing = writeFile(QStringLiteral("private"), entryLine("old.example", m_ed2) + '\n');
    QVERIFY(QFile::setPermissions(existing, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(modeOf(existing), 0600);
    QVERIFY(KnownHosts(existing).append(QStringLiteral("example.com"), 22, m_ed1.blob));
    QCOMPARE(modeOf(existing), 0600);

    // An existing directory's mode is left alone.
    QVERIFY(QDir().mkpath(filePath(QStringLiteral("open"))));
    QVERIFY(QFile::setPermissions(filePath(QStringLiteral("open")),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                      | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                      | QFileDevice::ExeOther));
    QVERIFY(KnownHosts(filePath(QStringLiteral("open/known_hosts"))).append(QStringLiteral("a"), 22, m_ed1.blob));
    QCOMPARE(modeOf(filePath(QStringLiteral("open"))), 0755);
}

void TestKnownHostsEdit::appendFollowsSymlink()
{
    // Dotfile managers often make ~/.ssh/known_hosts a link; it must stay one.
    const QByteArray old = entryLine("old.example", m_ed2) + '\n';
    const QString target = writeFile(QStringLiteral("link-target"), old);
    const QString link = filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(target, link));
    QVERIFY(KnownHosts(link).append(QStringLiteral("example.com"), 22, m_ed1.blob));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readFile(target), old + entryLine("example.com", m_ed1) + '\n');
}

void TestKnownHostsEdit::appendRefusesBadInputAndPaths()
{
    const QString path = filePath(QStringLiteral("rejects"));
    KnownHosts store(path);
    QString error;
    QVERIFY(!store.append(QStringLiteral("example.com"), 22, QByteArray("not a key"), &error));
    QVERIFY(!error.isEmpty());
    for (const char* host : {"", "two words", "a,b", "*.example.com", "!neg", "|1|x|y", "@revoked", "#c", "a\nb",
                             "[x]y]"}) {
        error.clear();
        QVERIFY2(!store.append(QString::fromLatin1(host), 2222, m_ed1.blob, &error), host);
        QVERIFY(!error.isEmpty());
    }
    QVERIFY(!QFile::exists(path));

    // Paths that cannot be written: a directory, and a file under a plain file.
    const QString directory = filePath(QStringLiteral("dir-as-file"));
    QVERIFY(QDir().mkpath(directory));
    error.clear();
    QVERIFY(!KnownHosts(directory).append(QStringLiteral("example.com"), 22, m_ed1.blob, &error));
    QVERIFY(!error.isEmpty());

    const QString plainFile = writeFile(QStringLiteral("plain-file"), "x\n");
    error.clear();
    KnownHosts underFile(plainFile + QStringLiteral("/known_hosts"));
    QVERIFY(!underFile.append(QStringLiteral("a"), 22, m_ed1.blob, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(readFile(plainFile), QByteArray("x\n"));
}

void TestKnownHostsEdit::removeKeepsOtherBytes_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("removed");
    const QByteArray target = entryLine("[127.0.0.1]:2222", m_ed1);
    const QByteArray other = entryLine("other.example", m_ed2);
    const QByteArray otherPort = entryLine("127.0.0.1", m_ed2);
    const QByteArray rsa = entryLine("[127.0.0.1]:2222", m_rsa);
    QTest::newRow("only line") << QByteArray(target + '\n') << QByteArray() << 1;
    QTest::newRow("middle") << QByteArray("# head\n" + other + '\n' + target + '\n' + otherPort + '\n')
                            << QByteArray("# head\n" + other + '\n' + otherPort + '\n') << 1;
    QTest::newRow("last without newline") << QByteArray(other + '\n' + target) << QByteArray(other + '\n') << 1;
    QTest::newRow("crlf and comment kept")
        << QByteArray("# windows\r\n" + target + " a comment\r\n" + other + "\r\n")
        << QByteArray("# windows\r\n" + other + "\r\n") << 1;
    QTest::newRow("other key type stays") << QByteArray(rsa + '\n' + target + '\n') << QByteArray(rsa + '\n') << 1;
    QTest::newRow("duplicates all go") << QByteArray(target + '\n' + other + '\n' + entryLine("[127.0.0.1]:2222", m_ed3)
                                                     + '\n')
                                       << QByteArray(other + '\n') << 2;
    QTest::newRow("junk kept") << QByteArray(bytes("\xff\xfe junk\0\x01\n") + entryLine("[127.0.0.1]:2222", m_ed1)
                                                 + "\n\n  \t# trailing")
                                   << QByteArray(bytes("\xff\xfe junk\0\x01\n") + "\n  \t# trailing") << 1;
    QTest::newRow("revoked line stays") << QByteArray("@revoked * " + m_ed1.type.toLatin1() + ' ' + m_ed1.base64 + '\n'
                                                      + target + '\n')
                                        << QByteArray("@revoked * " + m_ed1.type.toLatin1() + ' ' + m_ed1.base64 + '\n')
                                        << 1;
}

void TestKnownHostsEdit::removeKeepsOtherBytes()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, removed);
    const QString path = writeFile(QStringLiteral("remove"), before);
    KnownHosts store(path);
    QString error;
    QCOMPARE(store.removeHostKeys(QStringLiteral("127.0.0.1"), 2222, m_ed1.type, &error), removed);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(readFile(path), after);
    // The store follows the file: the new key is no longer a changed one, and adding it makes it known.
    QVERIFY(store.check(QStringLiteral("127.0.0.1"), 2222, m_ed2.blob).verdict != HostKeyVerdict::Changed);
    QVERIFY(store.append(QStringLiteral("127.0.0.1"), 2222, m_ed2.blob, &error));
    QCOMPARE(store.check(QStringLiteral("127.0.0.1"), 2222, m_ed2.blob).verdict, HostKeyVerdict::Known);
}

void TestKnownHostsEdit::removeTakesOnlyThisHostFromSharedLines()
{
    const QByteArray keyPart = ' ' + m_ed1.type.toLatin1() + ' ' + m_ed1.base64 + " comment\n";
    const QString path = writeFile(QStringLiteral("shared"), "  Alpha.Example,10.1.2.3,!bad.example" + keyPart
                                                                 + "alpha.example" + keyPart);
    KnownHosts store(path);
    QString error;
    QCOMPARE(store.removeHostKeys(QStringLiteral("alpha.example"), 22, m_ed1.type, &error), 2);
    QCOMPARE(readFile(path), QByteArray("  10.1.2.3,!bad.example" + keyPart));
    QCOMPARE(store.check(QStringLiteral("10.1.2.3"), 22, m_ed1.blob).verdict, HostKeyVerdict::Known);
    QCOMPARE(store.check(QStringLiteral("alpha.example"), 22, m_ed1.blob).verdict, HostKeyVerdict::Unknown);

    // A line left with only negations names no host any more, so it goes.
    QCOMPARE(store.removeHostKeys(QStringLiteral("10.1.2.3"), 22, m_ed1.type, &error), 1);
    QCOMPARE(readFile(path), QByteArray());
}

void TestKnownHostsEdit::removeHashedEntry()
{
    const QByteArray plain = entryLine("beta.example", m_ed2) + '\n';
    const QString path = writeFile(QStringLiteral("hashed-remove"), entryLine("[alpha.example]:2222", m_ed1) + '\n');
    QCOMPARE(run({QStringLiteral("-H"), QStringLiteral("-f"), path}), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(plain);
    file.close();
    KnownHosts store(path);
    QCOMPARE(store.removeHostKeys(QStringLiteral("alpha.example"), 2222, m_ed1.type), 1);
    QCOMPARE(readFile(path), plain);
}

void TestKnownHostsEdit::removeRefusesWildcardEntries()
{
    const QByteArray before = entryLine("alpha.example", m_ed2) + '\n' + entryLine("alpha.example,*.example", m_ed1)
                              + '\n' + entryLine("alpha.example", m_ed1) + '\n';
    const QString path = writeFile(QStringLiteral("wildcard"), before);
    KnownHosts store(path);
    QString error;
    QCOMPARE(store.removeHostKeys(QStringLiteral("alpha.example"), 22, m_ed1.type, &error), -1);
    QVERIFY2(error.contains(QLatin1String("Line 2")), qPrintable(error));
    QCOMPARE(readFile(path), before);
}

void TestKnownHostsEdit::removeWithoutMatchLeavesFileAlone()
{
    const QByteArray before = entryLine("alpha.example", m_ed1) + '\n';
    const QString path = writeFile(QStringLiteral("nomatch"), before);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    KnownHosts store(path);
    QString error;
    // Another port, another type: nothing to do, and a read-only file is no obstacle to doing nothing.
    QCOMPARE(store.removeHostKeys(QStringLiteral("alpha.example"), 2222, m_ed1.type, &error), 0);
    QCOMPARE(store.removeHostKeys(QStringLiteral("alpha.example"), 22, m_rsa.type, &error), 0);
    QVERIFY(error.isEmpty());
    QCOMPARE(readFile(path), before);
    QCOMPARE(KnownHosts(filePath(QStringLiteral("missing"))).removeHostKeys(QStringLiteral("a"), 22, m_ed1.type), 0);
    QVERIFY(!QFile::exists(filePath(QStringLiteral("missing"))));
}

void TestKnownHostsEdit::removeKeepsModeAndLink()
{
    const QByteArray keep = entryLine("keep.example", m_ed2) + '\n';
    const QString target = writeFile(QStringLiteral("remove-target"), keep + entryLine("gone.example", m_ed1) + '\n');
    QVERIFY(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QString link = filePath(QStringLiteral("remove-link"));
    QVERIFY(QFile::link(target, link));
    QCOMPARE(KnownHosts(link).removeHostKeys(QStringLiteral("gone.example"), 22, m_ed1.type), 1);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readFile(target), keep);
    QCOMPARE(modeOf(target), 0600);
}

void TestKnownHostsEdit::removeThenAppendIsKnownToSshKeygen()
{
    const QString path = writeFile(QStringLiteral("replace"), entryLine("[127.0.0.1]:2222", m_ed1) + '\n');
    KnownHosts store(path);
    QCOMPARE(store.removeHostKeys(QStringLiteral("127.0.0.1"), 2222, m_ed1.type), 1);
    QVERIFY(store.append(QStringLiteral("127.0.0.1"), 2222, m_ed2.blob));
    QByteArray found;
    QCOMPARE(run({QStringLiteral("-F"), QStringLiteral("[127.0.0.1]:2222"), QStringLiteral("-f"), path}, &found), 0);
    QVERIFY(found.contains(m_ed2.base64));
    QVERIFY(!found.contains(m_ed1.base64));
}

QTEST_GUILESS_MAIN(TestKnownHostsEdit)
#include "tst_knownhostsedit.moc"
