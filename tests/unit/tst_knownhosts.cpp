#include "trust/KnownHosts.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using ferry::HostKeyVerdict;
using ferry::KnownHosts;
using ferry::KnownHostsMatch;

namespace ferry {
// Found by QCOMPARE through argument-dependent lookup, so a failed comparison names the verdicts.
char* toString(HostKeyVerdict verdict)
{
    static const char* const names[] = {"Known", "Unknown", "OtherTypeKnown", "Changed", "Revoked"};
    return qstrdup(names[static_cast<int>(verdict)]);
}
} // namespace ferry

namespace {

struct TestKey {
    QString pubPath;
    QString type;
    QByteArray blob;
    QByteArray base64;
};

// A byte array of the whole literal, embedded NULs included, without counting bytes by hand.
template <int N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

int modeOf(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

int run(const QStringList& arguments, QByteArray* output = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("ssh-keygen"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitCode();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray entryLine(const QByteArray& hosts, const TestKey& key)
{
    return hosts + ' ' + key.type.toLatin1() + ' ' + key.base64;
}

// Restores the process umask when a test ends, however it ends.
class UmaskGuard {
public:
    explicit UmaskGuard(mode_t mask)
        : m_old(::umask(mask))
    {
    }
    ~UmaskGuard() { ::umask(m_old); }
    UmaskGuard(const UmaskGuard&) = delete;
    UmaskGuard& operator=(const UmaskGuard&) = delete;

private:
    mode_t m_old;
};

} // namespace

class TestKnownHosts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

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

private:
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    QString writeFile(const QString& name, const QByteArray& content) const;
    KnownHosts loaded(const QString& name, const QByteArray& content) const;
    TestKey generateKey(const QString& name, const QStringList& typeArguments);

    QTemporaryDir m_dir;
    TestKey m_ed1;
    TestKey m_ed2;
    TestKey m_ed3;
    TestKey m_rsa;
    TestKey m_ecdsa;
};

TestKey TestKnownHosts::generateKey(const QString& name, const QStringList& typeArguments)
{
    const QString path = filePath(name);
    TestKey key;
    if (run(QStringList{QStringLiteral("-q"), QStringLiteral("-N"), QString(), QStringLiteral("-C"), name,
                        QStringLiteral("-f"), path}
            + typeArguments)
        != 0)
        return key;
    key.pubPath = path + QStringLiteral(".pub");
    const QList<QByteArray> fields = readFile(key.pubPath).trimmed().split(' ');
    if (fields.size() < 2)
        return key;
    key.type = QString::fromLatin1(fields.at(0));
    key.base64 = fields.at(1);
    key.blob = QByteArray::fromBase64(key.base64);
    return key;
}

QString TestKnownHosts::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write the test file");
    return path;
}

KnownHosts TestKnownHosts::loaded(const QString& name, const QByteArray& content) const
{
    KnownHosts store(writeFile(name, content));
    if (!store.load())
        qFatal("load failed");
    return store;
}

void TestKnownHosts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QStringList ed25519{QStringLiteral("-t"), QStringLiteral("ed25519")};
    m_ed1 = generateKey(QStringLiteral("ed1"), ed25519);
    m_ed2 = generateKey(QStringLiteral("ed2"), ed25519);
    m_ed3 = generateKey(QStringLiteral("ed3"), ed25519);
    m_rsa = generateKey(QStringLiteral("rsa"), {QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"),
                                                QStringLiteral("2048")});
    m_ecdsa = generateKey(QStringLiteral("ecdsa"), {QStringLiteral("-t"), QStringLiteral("ecdsa")});
    for (const TestKey* key : {&m_ed1, &m_ed2, &m_ed3, &m_rsa, &m_ecdsa})
        QVERIFY2(!key->blob.isEmpty(), "ssh-keygen did not produce a key");
    QCOMPARE(m_ed1.type, QStringLiteral("ssh-ed25519"));
    QCOMPARE(m_rsa.type, QStringLiteral("ssh-rsa"));
    QCOMPARE(m_ecdsa.type, QStringLiteral("ecdsa-sha2-nistp256"));
    QVERIFY(m_ed1.blob != m_ed2.blob);
}

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

void TestKnownHosts::appendFoundBySshKeygen()
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

void TestKnownHosts::appendKeepsExistingBytes_data()
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

void TestKnownHosts::appendKeepsExistingBytes()
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

void TestKnownHosts::appendFileModes()
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

void TestKnownHosts::appendFollowsSymlink()
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

void TestKnownHosts::appendRefusesBadInputAndPaths()
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

void TestKnownHosts::removeKeepsOtherBytes_data()
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

void TestKnownHosts::removeKeepsOtherBytes()
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

void TestKnownHosts::removeTakesOnlyThisHostFromSharedLines()
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

void TestKnownHosts::removeHashedEntry()
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

void TestKnownHosts::removeRefusesWildcardEntries()
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

void TestKnownHosts::removeWithoutMatchLeavesFileAlone()
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

void TestKnownHosts::removeKeepsModeAndLink()
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

void TestKnownHosts::removeThenAppendIsKnownToSshKeygen()
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

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
