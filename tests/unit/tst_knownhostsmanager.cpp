#include "tst_keyhelpers.h"

#include "trust/KnownHosts.h"
#include "trust/KnownHostsModel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

namespace {

QByteArray publicKeyOf(const QString& dir, const QString& name, const QString& type)
{
    const QString path = dir + QLatin1Char('/') + name;
    QStringList arguments{
        QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"), QString(), QStringLiteral("-f"), path};
    if (type == QLatin1String("rsa")) {
        arguments << QStringLiteral("-b") << QStringLiteral("2048");
    }
    runProgram(QStringLiteral("ssh-keygen"), arguments);
    return keyPart(readAllOf(path + QStringLiteral(".pub")));
}

} // namespace

class TestKnownHostsManager : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void modelListsEntries();
    void searchFindsHashedAndPortEntries();
    void removeKeepsEveryOtherByte();
    void removeLastLineWithoutTerminator();
    void removeRefusesWhenFileChanged();
    void removeRefusesNonEntries();
    void unreadableFileGivesMessageAndWritesNothing();
    void changedKeyReplacementKeepsCrlfLines();

private:
    QString path() const { return m_dir.filePath(QStringLiteral("known_hosts")); }

    QTemporaryDir m_keys;
    QTemporaryDir m_dir;
    QByteArray m_ed25519;
    QByteArray m_ecdsa;
    QByteArray m_rsa;
    QByteArray m_hashedLine;
    QByteArray m_content;
    QList<QByteArray> m_lines; // m_content's lines with their terminators
};

void TestKnownHostsManager::initTestCase()
{
    QVERIFY(m_keys.isValid() && m_dir.isValid());
    m_ed25519 = publicKeyOf(m_keys.path(), QStringLiteral("ed"), QStringLiteral("ed25519"));
    m_ecdsa = publicKeyOf(m_keys.path(), QStringLiteral("ec"), QStringLiteral("ecdsa"));
    m_rsa = publicKeyOf(m_keys.path(), QStringLiteral("rsa"), QStringLiteral("rsa"));
    QVERIFY(!m_ed25519.isEmpty() && !m_ecdsa.isEmpty() && !m_rsa.isEmpty());

    // ssh-keygen -H hashes the name the way ssh will look it up.
    const QString toHash = m_keys.filePath(QStringLiteral("tohash"));
    QVERIFY(writeAllTo(toHash, "secret.example.com " + m_ecdsa + '\n'));
    int code = 0;
    runProgram(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), toHash}, &code);
    QCOMPARE(code, 0);
    m_hashedLine = readAllOf(toHash).trimmed();
    QVERIFY(m_hashedLine.startsWith("|1|"));

    m_lines = {
        "# Ferry must keep this comment\r\n",
        "host1,alias1.example.org " + m_ed25519 + "\r\n",
        "\n",
        "this line is not an entry at all\n",
        m_hashedLine + '\n',
        "[h2]:2222 " + m_ecdsa + " trailing comment\n",
        "  @cert-authority *.example.com " + m_ed25519 + '\n',
        "@revoked * " + m_rsa + '\n',
        "\tplain.example.net\t" + m_rsa + '\n',
        "host4 " + m_ecdsa,
    };
    m_content = m_lines.join(QByteArray());
}

void TestKnownHostsManager::init()
{
    QVERIFY(writeAllTo(path(), m_content));
    QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
}

void TestKnownHostsManager::modelListsEntries()
{
    KnownHostsModel model;
    QString error;
    QVERIFY2(model.load(path(), &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.warnings().size(), 1);
    QVERIFY(model.warnings().constFirst().contains(QLatin1String(":4:")));

    const auto cell = [&model](int row, int column) { return model.data(model.index(row, column)).toString(); };
    QCOMPARE(cell(0, KnownHostsModel::LineColumn), QStringLiteral("2"));
    QCOMPARE(cell(0, KnownHostsModel::HostsColumn), QStringLiteral("host1,alias1.example.org"));
    QCOMPARE(cell(0, KnownHostsModel::PortColumn), QStringLiteral("22"));
    QCOMPARE(cell(0, KnownHostsModel::KeyTypeColumn), QStringLiteral("ssh-ed25519"));
    const QByteArray listed = runProgram(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-f"),
                                                                        m_keys.filePath(QStringLiteral("ed.pub"))});
    QVERIFY2(listed.contains(cell(0, KnownHostsModel::FingerprintColumn).toUtf8()), listed.constData());

    QVERIFY(cell(1, KnownHostsModel::HostsColumn).startsWith(QLatin1String("(hashed) |1|")));
    QCOMPARE(cell(1, KnownHostsModel::PortColumn), QString());
    QCOMPARE(cell(2, KnownHostsModel::HostsColumn), QStringLiteral("[h2]:2222"));
    QCOMPARE(cell(2, KnownHostsModel::PortColumn), QStringLiteral("2222"));
    QCOMPARE(cell(3, KnownHostsModel::MarkerColumn), QStringLiteral("@cert-authority"));
    QCOMPARE(cell(4, KnownHostsModel::MarkerColumn), QStringLiteral("@revoked"));
    QCOMPARE(cell(4, KnownHostsModel::KeyTypeColumn), QStringLiteral("ssh-rsa"));
    QCOMPARE(cell(5, KnownHostsModel::HostsColumn), QStringLiteral("plain.example.net"));
    QCOMPARE(model.data(model.index(6, 0), KnownHostsModel::LineNumberRole).toInt(), 10);
    QCOMPARE(model.headerData(KnownHostsModel::MarkerColumn, Qt::Horizontal).toString(), QStringLiteral("Marker"));
}

void TestKnownHostsManager::searchFindsHashedAndPortEntries()
{
    KnownHostsModel model;
    QVERIFY(model.load(path()));
    const auto shownLines = [&model] {
        QList<int> lines;
        for (int row = 0; row < model.rowCount(); ++row) {
            lines << model.entry(row).lineNumber;
        }
        return lines;
    };
    // The hashed line names secret.example.com, the CA line *.example.com, and "@revoked *" every host.
    model.setSearchText(QStringLiteral("secret.example.com"));
    QCOMPARE(shownLines(), QList<int>({5, 7, 8}));
    model.setSearchText(QStringLiteral("SECRET.example.COM"));
    QCOMPARE(shownLines(), QList<int>({5, 7, 8}));
    model.setSearchText(QStringLiteral("other.example.org"));
    QCOMPARE(shownLines(), QList<int>({8}));
    model.setSearchText(QStringLiteral("h2:2222"));
    QCOMPARE(shownLines(), QList<int>({6, 8}));
    model.setSearchText(QStringLiteral("[h2]:2222"));
    QCOMPARE(shownLines(), QList<int>({6, 8}));
    model.setSearchText(QStringLiteral("alias1"));
    QCOMPARE(shownLines(), QList<int>({2, 8}));
    model.setSearchText(QStringLiteral("ALIAS1.exam"));
    QCOMPARE(shownLines(), QList<int>({2, 8}));
    model.setSearchText(QStringLiteral("www.example.com"));
    QCOMPARE(shownLines(), QList<int>({7, 8}));
    model.setSearchText(KnownHosts::sha256Fingerprint(QByteArray::fromBase64(m_ecdsa.split(' ').at(1))));
    QCOMPARE(shownLines(), QList<int>({5, 6, 10}));
    model.setSearchText(QString());
    QCOMPARE(model.rowCount(), 7);

    KnownHosts file(path());
    QVERIFY(file.load());
    QCOMPARE(file.findHost(QStringLiteral("secret.example.com"), 22).size(), 3);
    QCOMPARE(file.findHost(QStringLiteral("h2"), 2222).constFirst().lineNumber, 6);
    QCOMPARE(file.findHost(QStringLiteral("h2"), 22).size(), 1); // only the revoked wildcard
}

void TestKnownHostsManager::removeKeepsEveryOtherByte()
{
    KnownHostsModel model;
    QVERIFY(model.load(path()));
    // Rows 1 and 2: the hashed line (5) and [h2]:2222 (6); row 3, the @cert-authority line (7).
    QString error;
    QCOMPARE(model.removeEntries({1, 2, 3}, &error), 3);
    QByteArray expected;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (i != 4 && i != 5 && i != 6) {
            expected += m_lines.at(i);
        }
    }
    QCOMPARE(readAllOf(path()), expected);
    QCOMPARE(modeOf(path()), 0640);
    QCOMPARE(model.rowCount(), 4);
    // ssh still reads what is left.
    int code = 0;
    runProgram(QStringLiteral("ssh-keygen"),
               {QStringLiteral("-F"), QStringLiteral("host1"), QStringLiteral("-f"), path()}, &code);
    QCOMPARE(code, 0);
    QVERIFY(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

void TestKnownHostsManager::removeLastLineWithoutTerminator()
{
    KnownHostsModel model;
    QVERIFY(model.load(path()));
    QCOMPARE(model.entry(6).lineNumber, 10);
    QString error;
    QCOMPARE(model.removeEntries({6}, &error), 1);
    QCOMPARE(readAllOf(path()), m_content.left(m_content.size() - m_lines.constLast().size()));
}

void TestKnownHostsManager::removeRefusesWhenFileChanged()
{
    KnownHostsModel model;
    QVERIFY(model.load(path()));
    // Someone (ssh, an editor) changed the file after it was read.
    QByteArray changed = m_content;
    changed.replace("[h2]:2222", "[h2]:2223");
    QVERIFY(writeAllTo(path(), changed));
    QString error;
    QCOMPARE(model.removeEntries({2}, &error), -1);
    QVERIFY2(error.contains(QLatin1String("changed since it was read")), qPrintable(error));
    QCOMPARE(readAllOf(path()), changed);

    // Shorter: the line is gone.
    QVERIFY(model.reload());
    const QByteArray shorter = m_lines.mid(0, 5).join(QByteArray());
    QVERIFY(writeAllTo(path(), shorter));
    QCOMPARE(model.removeEntries({6}, &error), -1);
    QCOMPARE(readAllOf(path()), shorter);
}

void TestKnownHostsManager::removeRefusesNonEntries()
{
    KnownHosts file(path());
    QVERIFY(file.load());
    QString error;
    QCOMPARE(file.removeEntries({4}, &error), -1); // the garbage line
    QVERIFY(error.contains(QLatin1String("not a host key entry")));
    QCOMPARE(file.removeEntries({1}, &error), -1); // the comment
    QCOMPARE(readAllOf(path()), m_content);
}

void TestKnownHostsManager::unreadableFileGivesMessageAndWritesNothing()
{
    // A folder where the file should be cannot be read as one (root reads every mode, so modes prove nothing).
    const QString folder = m_dir.filePath(QStringLiteral("folder"));
    QVERIFY(QDir().mkpath(folder));
    KnownHostsModel model;
    QString error;
    QVERIFY(!model.load(folder, &error));
    QVERIFY2(error.contains(QLatin1String("Cannot read")), qPrintable(error));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.removeEntries({0}, &error), 0);
    KnownHosts file(folder);
    QCOMPARE(file.removeEntries({1}, &error), -1);
    QVERIFY(QFileInfo(folder).isDir());

    // Binary junk is not an entry, and stays as it is.
    const QByteArray junk("\x00\x01\x02\xff\xfe\n\x7f garbage\r\n", 14);
    QVERIFY(writeAllTo(path(), junk));
    QVERIFY(model.load(path(), &error));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.warnings().size(), 2);
    QCOMPARE(readAllOf(path()), junk);
}

void TestKnownHostsManager::changedKeyReplacementKeepsCrlfLines()
{
    // The host key dialog's "replace" goes through KnownHosts::removeHostKeys, the same line rewriting.
    KnownHosts file(path());
    QVERIFY(file.load());
    QString error;
    QCOMPARE(file.removeHostKeys(QStringLiteral("h2"), 2222, QStringLiteral("ecdsa-sha2-nistp256"), &error), 1);
    QByteArray expected = m_content;
    expected.replace(m_lines.at(5), QByteArray());
    QCOMPARE(readAllOf(path()), expected);
    QCOMPARE(file.removeHostKeys(QStringLiteral("alias1.example.org"), 22, QStringLiteral("ssh-ed25519"), &error), 1);
    expected.replace("host1,alias1.example.org ", "host1 ");
    QCOMPARE(readAllOf(path()), expected);
    QVERIFY(expected.contains(QByteArray("host1 " + m_ed25519 + "\r\n")));
}

QTEST_GUILESS_MAIN(TestKnownHostsManager)
#include "tst_knownhostsmanager.moc"
