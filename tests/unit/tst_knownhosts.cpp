// known_hosts lookups: host patterns, hashed names, markers, verdicts, damaged files.
#include "tst_knownhostsfixture.h"

class TestKnownHosts : public KnownHostsFixture {
    Q_OBJECT

private slots:
    void initTestCase() { makeKeys(); }
    void keyTypeOfReadsBlobs();
    void sha256FingerprintMatchesSshKeygen();
    void hostPatternFormats_data();
    void hostPatternFormats();
    void missingFileIsEmptyStore();
    void unreadableFileFails();
    void plainHostKnown();
    void portSelectsLookupName();
    void hostPatternsMatchLikeOpenSsh_data();
    void hostPatternsMatchLikeOpenSsh();
    void negationExcludesLine();
    void hashedEntriesFromSshKeygen();
    void revokedKeyRefusedForEveryHost();
    void certAuthorityIgnored();
    void changedKey();
    void otherTypeKnown();
    void unknownHost();
    void malformedLinesSkippedWithWarnings();
    void garbageNeverCrashes();
};

void TestKnownHosts::keyTypeOfReadsBlobs()
{
    for (const TestKey* key : {&m_ed1, &m_rsa, &m_ecdsa})
        QCOMPARE(KnownHosts::keyTypeOf(key->blob), key->type);
    QVERIFY(KnownHosts::keyTypeOf(QByteArray()).isEmpty());
    QVERIFY(KnownHosts::keyTypeOf(bytes("\0\0\0")).isEmpty());
    QVERIFY(KnownHosts::keyTypeOf(bytes("\0\0\0\0")).isEmpty());
    QVERIFY(KnownHosts::keyTypeOf(bytes("\0\0\0\13ssh-ed2551")).isEmpty());
    QVERIFY(KnownHosts::keyTypeOf(bytes("\xff\xff\xff\xffssh-rsa")).isEmpty());
    QVERIFY(KnownHosts::keyTypeOf(bytes("\0\0\0\x03\x01\x02\x03")).isEmpty());
    QVERIFY(KnownHosts::keyTypeOf(bytes("\0\0\0\3a b")).isEmpty());
    QCOMPARE(KnownHosts::keyTypeOf(bytes("\0\0\0\7ssh-rsa")), QStringLiteral("ssh-rsa"));
}

void TestKnownHosts::sha256FingerprintMatchesSshKeygen()
{
    for (const TestKey* key : {&m_ed1, &m_rsa, &m_ecdsa}) {
        QByteArray output;
        QCOMPARE(run({QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
                      key->pubPath},
                     &output),
                 0);
        const QList<QByteArray> fields = output.split(' ');
        QVERIFY(fields.size() > 2);
        QCOMPARE(KnownHosts::sha256Fingerprint(key->blob), QString::fromLatin1(fields.at(1)));
    }
}

void TestKnownHosts::hostPatternFormats_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("default port") << QStringLiteral("example.com") << 22 << QStringLiteral("example.com");
    QTest::newRow("other port") << QStringLiteral("example.com") << 2222 << QStringLiteral("[example.com]:2222");
    QTest::newRow("ipv4 port") << QStringLiteral("127.0.0.1") << 2222 << QStringLiteral("[127.0.0.1]:2222");
    QTest::newRow("ipv6 default") << QStringLiteral("::1") << 22 << QStringLiteral("::1");
    QTest::newRow("ipv6 port") << QStringLiteral("::1") << 2222 << QStringLiteral("[::1]:2222");
    QTest::newRow("ipv6 bracketed") << QStringLiteral("[fe80::1]") << 2222 << QStringLiteral("[fe80::1]:2222");
    QTest::newRow("lower-cased") << QStringLiteral("Example.COM") << 22 << QStringLiteral("example.com");
    QTest::newRow("port 0 is 22") << QStringLiteral("example.com") << 0 << QStringLiteral("example.com");
}

void TestKnownHosts::hostPatternFormats()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, pattern);
    QCOMPARE(KnownHosts::hostPattern(host, static_cast<quint16>(port)), pattern);
}

void TestKnownHosts::missingFileIsEmptyStore()
{
    KnownHosts store(filePath(QStringLiteral("no/such/known_hosts")));
    QString error = QStringLiteral("untouched");
    QVERIFY(store.load(&error));
    QVERIFY(store.warnings().isEmpty());
    QCOMPARE(store.check(QStringLiteral("example.com"), 22, m_ed1.blob).verdict, HostKeyVerdict::Unknown);
}

void TestKnownHosts::unreadableFileFails()
{
    // Tests may run as root, where chmod 000 does not stop a read; a directory cannot be read as a file by anyone.
    KnownHosts store(writeFile(QStringLiteral("becomes-a-directory"), entryLine("example.com", m_ed1)));
    QVERIFY(store.load());
    QCOMPARE(store.check(QStringLiteral("example.com"), 22, m_ed1.blob).verdict, HostKeyVerdict::Known);
    const QString path = store.path();
    QVERIFY(QFile::remove(path));
    QVERIFY(QDir().mkpath(path));
    QString error;
    QVERIFY(!store.load(&error));
    QVERIFY(error.contains(path));
    QVERIFY(!store.load());
    QCOMPARE(store.check(QStringLiteral("example.com"), 22, m_ed1.blob).verdict, HostKeyVerdict::Unknown);
    QVERIFY(store.check(QStringLiteral("example.com"), 22, m_ed1.blob).entries.isEmpty());
}

void TestKnownHosts::plainHostKnown()
{
    const QByteArray line = entryLine("example.com", m_ed1);
    const QString path = writeFile(QStringLiteral("plain"), "# first a comment\n" + line + " a comment\n");
    KnownHosts store(path);
    QCOMPARE(store.path(), path);
    QVERIFY(store.load());
    QVERIFY(store.warnings().isEmpty());

    const KnownHostsMatch match = store.check(QStringLiteral("example.com"), 22, m_ed1.blob);
    QCOMPARE(match.verdict, HostKeyVerdict::Known);
    QCOMPARE(match.entries.size(), 1);
    QCOMPARE(match.entries.at(0).lineNumber, 2);
    QCOMPARE(match.entries.at(0).marker, QString());
    QCOMPARE(match.entries.at(0).hostPatterns, QStringLiteral("example.com"));
    QCOMPARE(match.entries.at(0).keyType, QStringLiteral("ssh-ed25519"));
    QCOMPARE(match.entries.at(0).keyBlob, m_ed1.blob);
    QCOMPARE(match.entries.at(0).line, QString::fromLatin1(line + " a comment"));

    QCOMPARE(store.check(QStringLiteral("EXAMPLE.com"), 22, m_ed1.blob).verdict, HostKeyVerdict::Known);
    QCOMPARE(store.check(QStringLiteral("example.org"), 22, m_ed1.blob).verdict, HostKeyVerdict::Unknown);
    QCOMPARE(store.check(QStringLiteral("sub.example.com"), 22, m_ed1.blob).verdict, HostKeyVerdict::Unknown);

    // A second load replaces what the first one read.
    writeFile(QStringLiteral("plain"), entryLine("other.example", m_ed1) + '\n');
    QVERIFY(store.load());
    QCOMPARE(store.check(QStringLiteral("example.com"), 22, m_ed1.blob).verdict, HostKeyVerdict::Unknown);
    QCOMPARE(store.check(QStringLiteral("other.example"), 22, m_ed1.blob).verdict, HostKeyVerdict::Known);
}

void TestKnownHosts::portSelectsLookupName()
{
    const KnownHosts store = loaded(QStringLiteral("ports"), entryLine("example.com", m_ed1) + '\n'
                                                                 + entryLine("[example.com]:2222", m_ed2) + '\n');
    const QString host = QStringLiteral("example.com");
    KnownHostsMatch match = store.check(host, 2222, m_ed2.blob);
    QCOMPARE(match.verdict, HostKeyVerdict::Known);
    QCOMPARE(match.entries.at(0).lineNumber, 2);

    // The plain entry is for port 22 only, so on 2222 the host's ed25519 key is the other one.
    match = store.check(host, 2222, m_ed1.blob);
    QCOMPARE(match.verdict, HostKeyVerdict::Changed);
    QCOMPARE(match.entries.size(), 1);
    QCOMPARE(match.entries.at(0).lineNumber, 2);

    match = store.check(host, 22, m_ed2.blob);
    QCOMPARE(match.verdict, HostKeyVerdict::Changed);
    QCOMPARE(match.entries.size(), 1);
    QCOMPARE(match.entries.at(0).lineNumber, 1);

    QCOMPARE(store.check(host, 22, m_ed1.blob).verdict, HostKeyVerdict::Known);
    QCOMPARE(store.check(host, 2200, m_ed1.blob).verdict, HostKeyVerdict::Unknown);
}

void TestKnownHosts::hostPatternsMatchLikeOpenSsh_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("known");
    QTest::newRow("star") << QStringLiteral("www.example.com") << 22 << true;
    QTest::newRow("star needs the dot") << QStringLiteral("example.com") << 22 << false;
    QTest::newRow("star, deeper") << QStringLiteral("a.b.example.com") << 22 << true;
    QTest::newRow("negated") << QStringLiteral("bad.example.com") << 22 << false;
    QTest::newRow("negation is exact") << QStringLiteral("notbad.example.com") << 22 << true;
    QTest::newRow("question mark") << QStringLiteral("host7.lan") << 22 << true;
    QTest::newRow("question mark is one char") << QStringLiteral("host17.lan") << 22 << false;
    QTest::newRow("question mark is not zero") << QStringLiteral("host.lan") << 22 << false;
    QTest::newRow("wildcard with port") << QStringLiteral("10.0.0.5") << 2222 << true;
    QTest::newRow("wildcard other port") << QStringLiteral("10.0.0.5") << 2200 << false;
    QTest::newRow("wildcard port 22") << QStringLiteral("10.0.0.5") << 22 << false;
    QTest::newRow("list first") << QStringLiteral("alpha.test") << 22 << true;
    QTest::newRow("list middle") << QStringLiteral("192.168.1.1") << 22 << true;
    QTest::newRow("list with port") << QStringLiteral("gamma.test") << 2022 << true;
    QTest::newRow("list port 22") << QStringLiteral("gamma.test") << 22 << false;
    QTest::newRow("list upper-case pattern") << QStringLiteral("delta.test") << 22 << true;
    QTest::newRow("list is not a name") << QStringLiteral("alpha.test,192.168.1.1") << 22 << false;
    QTest::newRow("star and question") << QStringLiteral("db-x.internal") << 22 << true;
    QTest::newRow("star and question, short") << QStringLiteral("db-.internal") << 22 << false;
    QTest::newRow("all but one") << QStringLiteral("anything.else") << 22 << false;
    QTest::newRow("ipv6 port") << QStringLiteral("::1") << 2222 << true;
    QTest::newRow("ipv6 default port") << QStringLiteral("::1") << 22 << false;
}

// Each row is also looked up with `ssh-keygen -F` in the same file, so OpenSSH is the judge of what matches.
void TestKnownHosts::hostPatternsMatchLikeOpenSsh()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, known);

    const QByteArrayList lines{
        entryLine("*.example.com,!bad.example.com", m_ed1),
        entryLine("host?.lan", m_ed1),
        entryLine("[10.0.0.*]:2222", m_ed1),
        entryLine("alpha.test,192.168.1.1,[gamma.test]:2022,Delta.TEST", m_ed1),
        entryLine("db-?*.internal", m_ed1),
        entryLine("!anything.else,*.else", m_ed1),
        entryLine("[::1]:2222", m_ed1),
    };
    const KnownHosts store = loaded(QStringLiteral("patterns"), lines.join('\n') + '\n');
    QVERIFY(store.warnings().isEmpty());

    const QString lookupName = KnownHosts::hostPattern(host, static_cast<quint16>(port));
    const int sshKeygenExit = run({QStringLiteral("-F"), lookupName, QStringLiteral("-f"), store.path()});
    QCOMPARE(sshKeygenExit, known ? 0 : 1);

    const KnownHostsMatch match = store.check(host, static_cast<quint16>(port), m_ed1.blob);
    QCOMPARE(match.verdict, known ? HostKeyVerdict::Known : HostKeyVerdict::Unknown);
}

void TestKnownHosts::negationExcludesLine()
{
    const KnownHosts store = loaded(QStringLiteral("negation"), entryLine("!bad.example.com,*.example.com", m_ed1)
                                                                    + '\n' + entryLine("*.example.com", m_ed2) + '\n');
    const QString bad = QStringLiteral("bad.example.com");
    // The first line is excluded for bad.example.com although its second pattern matches.
    KnownHostsMatch match = store.check(bad, 22, m_ed1.blob);
    QCOMPARE(match.verdict, HostKeyVerdict::Changed);
    QCOMPARE(match.entries.size(), 1);
    QCOMPARE(match.entries.at(0).lineNumber, 2);
    QCOMPARE(store.check(bad, 22, m_ed2.blob).verdict, HostKeyVerdict::Known);

    match = store.check(QStringLiteral("good.example.com"), 22, m_ed1.blob);
    QCOMPARE(match.verdict, HostKeyVerdict::Known);
    QCOMPARE(match.entries.at(0).lineNumber, 1);
}

void TestKnownHosts::hashedEntriesFromSshKeygen()
{
    const QString path = writeFile(QStringLiteral("hashed"),
                                   entryLine("alpha.example,10.1.2.3", m_ed1) + '\n'
                                       + entryLine("[beta.example]:2222", m_rsa) + '\n'
                                       + entryLine("*.wild.example", m_ed2) + '\n');
    QCOMPARE(run({QStringLiteral("-H"), QStringLiteral("-f"), path}), 0);
    const QByteArray hashed = readFile(path);
    QCOMPARE(hashed.count("|1|"), 3);
    QVERIFY(!hashed.contains("alpha.example"));
    QVERIFY(hashed.contains(entryLine("*.wild.example", m_ed2)));

    KnownHosts store(path);
    QVERIFY(store.load());
    QVERIFY(store.warnings().isEmpty());

    KnownHostsMatch match = store.check(QStringLiteral("alpha.example"), 22, m_ed1.blob);
    QCOMPARE(match.verdict, HostKeyVerdict::Known);
    QVERIFY(match.entries.at(0).hostPatterns.startsWith(QStringLiteral("|1|")));
    QCOMPARE(match.entries.at(0).keyBlob, m_ed1.blob);
    QCOMPARE(store.check(QStringLiteral("Alpha.Example"), 22, m_ed1.blob).verdict, HostKeyVerdict::Known);
    QCOMPARE(store.check(QStringLiteral("10.1.2.3"), 22, m_ed1.blob).verdict, HostKeyVerdict::Known);
    QCOMPARE(store.check(QStringLiteral("beta.example"), 2222, m_rsa.blob).verdict, HostKeyVerdict::Known);
    QCOMPARE(store.check(QStringLiteral("beta.example"), 22, m_rsa.blob).verdict, HostKeyVerdict::Unknown);
    QCOMPARE(store.check(QStringLiteral("alpha.example"), 2222, m_ed1.blob).verdict, HostKeyVerdict::Unknown);
    QCOMPARE(store.check(QStringLiteral("gamma.example"), 22, m_ed1.blob).verdict, HostKeyVerdict::Unknown);
    QCOMPARE(store.check(QStringLiteral("x.wild.example"), 22, m_ed2.blob).verdict, HostKeyVerdict::Known);

    match = store.check(QStringLiteral("alpha.example"), 22, m_ed2.blob);
    QCOMPARE(match.verdict, HostKeyVerdict::Changed);
    QCOMPARE(match.entries.size(), 1);
    QCOMPARE(match.entries.at(0).keyBlob, m_ed1.blob);
}

void TestKnownHosts::revokedKeyRefusedForEveryHost()
{
    const KnownHosts store = loaded(QStringLiteral("revoked"),
                                    entryLine("example.com", m_ed1) + '\n' + entryLine("example.com", m_ed3) + '\n'
                                        + entryLine("@revoked only.this.host", m_ed3) + '\n'
                                        + entryLine("@revoked |1|not|hashed", m_rsa) + '\n');
    QVERIFY(store.warnings().isEmpty());

    KnownHostsMatch match = store.check(QStringLiteral("example.com"), 22, m_ed3.blob);
    QCOMPARE(match.verdict, HostKeyVerdict::Revoked);
    QCOMPARE(match.entries.size(), 1);
    QCOMPARE(match.entries.at(0).lineNumber, 3);
    QCOMPARE(match.entries.at(0).marker, QStringLiteral("@revoked"));
    QCOMPARE(match.entries.at(0).hostPatterns, QStringLiteral("only.this.host"));

    QCOMPARE(store.check(QStringLiteral("elsewhere.example"), 2222, m_ed3.blob).verdict, HostKeyVerdict::Revoked);
    QCOMPARE(store.check(QStringLiteral("example.com"), 22, m_rsa.blob).verdict, HostKeyVerdict::Revoked);
    // Revocation is about that key only.
    QCOMPARE(store.check(QStringLiteral("example.com"), 22, m_ed1.blob).verdict, HostKeyVerdict::Known);
    QCOMPARE(store.check(QStringLiteral("only.this.host"), 22, m_ed1.blob).verdict, HostKeyVerdict::Unknown);
}

void TestKnownHosts::certAuthorityIgnored()
{
    const KnownHosts store = loaded(QStringLiteral("ca"), entryLine("@cert-authority *.example.com", m_ed1) + '\n'
                                                              + entryLine("host.example.com", m_rsa) + '\n');
    QVERIFY(store.warnings().isEmpty());
    QCOMPARE(store.check(QStringLiteral("other.example.com"), 22, m_ed1.blob).verdict, HostKeyVerdict::Unknown);
    QCOMPARE(store.check(QStringLiteral("other.example.com"), 22, m_ed2.blob).verdict, HostKeyVerdict::Unknown);

    const KnownHostsMatch match = store.check(QStringLiteral("host.example.com"), 22, m_ed1.blob);
    QCOMPARE(match.verdict, HostKeyVerdict::OtherTypeKnown);
    QCOMPARE(match.entries.size(), 1);
    QCOMPARE(match.entries.at(0).keyType, QStringLiteral("ssh-rsa"));
}

void TestKnownHosts::changedKey()
{
    const KnownHosts store = loaded(QStringLiteral("changed"), entryLine("example.com", m_ed1) + '\n'
                                                                   + entryLine("example.com", m_rsa) + '\n'
                                                                   + entryLine("example.com", m_ed2) + '\n');
    const KnownHostsMatch match = store.check(QStringLiteral("example.com"), 22, m_ed3.blob);
    QCOMPARE(match.verdict, HostKeyVerdict::Changed);
    QCOMPARE(match.entries.size(), 2);
    QCOMPARE(match.entries.at(0).lineNumber, 1);
    QCOMPARE(match.entries.at(1).lineNumber, 3);

    // A host may have several keys of one type: any of them is known.
    const KnownHostsMatch second = store.check(QStringLiteral("example.com"), 22, m_ed2.blob);
    QCOMPARE(second.verdict, HostKeyVerdict::Known);
    QCOMPARE(second.entries.size(), 1);
    QCOMPARE(second.entries.at(0).lineNumber, 3);
    QCOMPARE(store.check(QStringLiteral("example.com"), 22, m_rsa.blob).verdict, HostKeyVerdict::Known);
}

void TestKnownHosts::otherTypeKnown()
{
    const KnownHosts store = loaded(QStringLiteral("othertype"), entryLine("example.com", m_rsa) + '\n'
                                                                     + entryLine("other.example", m_ed2) + '\n'
                                                                     + entryLine("example.com", m_ecdsa) + '\n');
    const KnownHostsMatch match = store.check(QStringLiteral("example.com"), 22, m_ed1.blob);
    QCOMPARE(match.verdict, HostKeyVerdict::OtherTypeKnown);
    QCOMPARE(match.entries.size(), 2);
    QCOMPARE(match.entries.at(0).keyType, QStringLiteral("ssh-rsa"));
    QCOMPARE(match.entries.at(1).keyType, QStringLiteral("ecdsa-sha2-nistp256"));
}

void TestKnownHosts::unknownHost()
{
    const KnownHosts store
        = loaded(QStringLiteral("unknown"), "# only comments\n\n" + entryLine("example.com", m_ed1) + '\n');
    const KnownHostsMatch match = store.check(QStringLiteral("example.net"), 22, m_ed1.blob);
    QCOMPARE(match.verdict, HostKeyVerdict::Unknown);
    QVERIFY(match.entries.isEmpty());
}

void TestKnownHosts::malformedLinesSkippedWithWarnings()
{
    // Line numbers are the list index + 1.
    const QByteArrayList lines{
        "# comment",
        "",
        "   \t ",
        entryLine("good.example", m_ed1),
        "bad64.example ssh-ed25519 !!!not*base64",
        "missing.example ssh-ed25519",
        "lonely.example",
        entryLine("@bogus good.example", m_ed1),
        "mismatch.example ssh-rsa " + m_ed1.base64,
        entryLine("|1|c2hvcnQ=|aGFzaA==", m_ed1),
        "notakey.example ssh-ed25519 " + QByteArray("hello world").toBase64(),
        bytes("bin\0ary.example ") + m_ed1.type.toLatin1() + ' ' + m_ed1.base64,
        '\t' + entryLine("indented.example", m_ed1) + "\tcomment  with\tspaces",
        entryLine("crlf.example", m_ed2) + '\r',
        "@revoked",
        "@cert-authority *.example",
        entryLine("|2|c2FsdHNhbHRzYWx0c2FsdHNhbHQ=|aGFzaGhhc2hoYXNoaGFzaGhhc2g=", m_ed1),
    };
    const QByteArray content = lines.join('\n');
    KnownHosts store(writeFile(QStringLiteral("malformed"), content));
    QVERIFY(store.load());

    const QStringList warnings = store.warnings();
    const QList<int> badLines{5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17};
    QCOMPARE(warnings.size(), badLines.size());
    for (int i = 0; i < badLines.size(); ++i) {
        const QString prefix = store.path() + QLatin1Char(':') + QString::number(badLines.at(i)) + QStringLiteral(": ");
        QVERIFY2(warnings.at(i).startsWith(prefix), qPrintable(warnings.at(i)));
        QVERIFY(warnings.at(i).size() > prefix.size());
    }

    QCOMPARE(store.check(QStringLiteral("good.example"), 22, m_ed1.blob).verdict, HostKeyVerdict::Known);
    const KnownHostsMatch indented = store.check(QStringLiteral("indented.example"), 22, m_ed1.blob);
    QCOMPARE(indented.verdict, HostKeyVerdict::Known);
    QCOMPARE(indented.entries.at(0).lineNumber, 13);
    const KnownHostsMatch crlf = store.check(QStringLiteral("crlf.example"), 22, m_ed2.blob);
    QCOMPARE(crlf.verdict, HostKeyVerdict::Known);
    QVERIFY(!crlf.entries.at(0).line.contains(QLatin1Char('\r')));
    for (const char* host : {"bad64.example", "missing.example", "mismatch.example", "notakey.example"})
        QCOMPARE(store.check(QString::fromLatin1(host), 22, m_ed1.blob).verdict, HostKeyVerdict::Unknown);
    // The line with the unknown marker is not taken as an entry for good.example either.
    QCOMPARE(store.check(QStringLiteral("good.example"), 22, m_ed1.blob).entries.at(0).lineNumber, 4);
}

void TestKnownHosts::garbageNeverCrashes()
{
    // Random bytes, and random mutations of valid lines, which reach the later stages of parsing.
    QRandomGenerator random(20240611);
    const QByteArray valid = entryLine("host.example,!x,*.y,[z]:2", m_rsa) + '\n'
        + entryLine("|1|c2FsdHNhbHRzYWx0c2FsdHNhbHQ=|aGFzaGhhc2hoYXNoaGFzaGhhc2g=", m_ed1) + '\n'
        + entryLine("@revoked *", m_ed2) + '\n';
    QByteArray content;
    for (int i = 0; i < 300; ++i) {
        QByteArray line(static_cast<int>(random.bounded(200)), '\0');
        for (char& c : line)
            c = static_cast<char>(random.bounded(256));
        content += line + '\n';
        QByteArray mutated = valid;
        for (int j = 0; j < 3; ++j)
            mutated[static_cast<int>(random.bounded(mutated.size()))] = static_cast<char>(random.bounded(256));
        content += mutated;
    }
    content += entryLine("survivor.example", m_ed1);

    KnownHosts store(writeFile(QStringLiteral("garbage"), content));
    QVERIFY(store.load());
    QVERIFY(!store.warnings().isEmpty());
    QCOMPARE(store.check(QStringLiteral("survivor.example"), 22, m_ed1.blob).verdict, HostKeyVerdict::Known);
    store.check(QStringLiteral("host.example"), 22, m_ed3.blob);
    store.check(QStringLiteral("z"), 2, bytes("\0\0\0\x01"));
}

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
