#include "trust/PuttyKeyFile.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

namespace {

QByteArray run(const QString& program, const QStringList& args, int* code = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    if (code != nullptr) {
        *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    return p.readAll();
}

bool writeFile(const QString& path, const QByteArray& content,
               QFile::Permissions mode = QFile::ReadOwner | QFile::WriteOwner)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size()) {
        return false;
    }
    f.close();
    return QFile::setPermissions(path, mode);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The "type base64" part of a public key line.
QByteArray keyPart(const QByteArray& line)
{
    const QList<QByteArray> fields = line.simplified().split(' ');
    return fields.size() >= 2 ? fields.at(0) + ' ' + fields.at(1) : QByteArray();
}

} // namespace

class TestPpkImport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void importsWhatPuttygenWrites_data();
    void importsWhatPuttygenWrites();
    void wrongPassphrase();
    void damagedFilesGiveMessages_data();
    void damagedFilesGiveMessages();
    void hostileArgon2ParametersRefused();
    void garbageNeverCrashes();

private:
    QString makePpk(const QString& name, const QString& type, int bits, int version, const QByteArray& passphrase,
                    const QString& kdf = QString());

    QTemporaryDir m_dir;
};

void TestPpkImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("puttygen")).isEmpty(),
             "puttygen is missing: install putty-tools (scripts/deps)");
}

QString TestPpkImport::makePpk(const QString& name, const QString& type, int bits, int version,
                               const QByteArray& passphrase, const QString& kdf)
{
    const QString passFile = m_dir.filePath(name + QStringLiteral(".pass"));
    writeFile(passFile, passphrase.isEmpty() ? QByteArray() : passphrase + '\n');
    const QString out = m_dir.filePath(name + QStringLiteral(".ppk"));
    QStringList args{QStringLiteral("-t"),
                     type,
                     QStringLiteral("-C"),
                     QStringLiteral("imported ") + name,
                     QStringLiteral("-o"),
                     out,
                     QStringLiteral("--new-passphrase"),
                     passFile};
    if (bits > 0) {
        args << QStringLiteral("-b") << QString::number(bits);
    }
    QString param = QStringLiteral("version=%1").arg(version);
    if (!kdf.isEmpty()) {
        param += QStringLiteral(",kdf=") + kdf;
    }
    args << QStringLiteral("--ppk-param") << param;
    int code = 0;
    const QByteArray output = run(QStringLiteral("puttygen"), args, &code);
    if (code != 0) {
        qWarning("puttygen: %s", output.constData());
        return {};
    }
    return out;
}

void TestPpkImport::importsWhatPuttygenWrites_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("bits");
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("kdf");

    const QList<QPair<QString, int>> types{{QStringLiteral("ed25519"), 0},
                                           {QStringLiteral("ecdsa"), 256},
                                           {QStringLiteral("ecdsa"), 384},
                                           {QStringLiteral("ecdsa"), 521},
                                           {QStringLiteral("rsa"), 2048}};
    for (const auto& type : types) {
        for (const int version : {2, 3}) {
            for (const QByteArray& passphrase : {QByteArray(), QByteArrayLiteral("pass phrase é")}) {
                const QByteArray name =
                    QStringLiteral("%1-%2 v%3 %4")
                        .arg(type.first, QString::number(type.second), QString::number(version),
                             passphrase.isEmpty() ? QStringLiteral("plain") : QStringLiteral("encrypted"))
                        .toUtf8();
                QTest::newRow(name.constData()) << type.first << type.second << version << passphrase << QString();
            }
        }
    }
    QTest::newRow("ed25519 v3 argon2i") << QStringLiteral("ed25519") << 0 << 3 << QByteArrayLiteral("x")
                                        << QStringLiteral("argon2i");
    QTest::newRow("ed25519 v3 argon2d") << QStringLiteral("ed25519") << 0 << 3 << QByteArrayLiteral("x")
                                        << QStringLiteral("argon2d");
}

void TestPpkImport::importsWhatPuttygenWrites()
{
    QFETCH(QString, type);
    QFETCH(int, bits);
    QFETCH(int, version);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, kdf);

    const QString name = QStringLiteral("k%1").arg(QString::fromUtf8(QTest::currentDataTag())).remove(QLatin1Char(' '));
    const QString ppk = makePpk(name, type, bits, version, passphrase, kdf);
    QVERIFY(!ppk.isEmpty());

    PuttyKeyFile file;
    QString error;
    QVERIFY2(file.load(ppk, &error), qPrintable(error));
    QCOMPARE(file.version(), version);
    QCOMPARE(file.isEncrypted(), !passphrase.isEmpty());
    QCOMPARE(file.comment(), QStringLiteral("imported ") + name);

    const QByteArray expectedPublic =
        run(QStringLiteral("puttygen"),
            {ppk, QStringLiteral("-O"), QStringLiteral("public-openssh"), QStringLiteral("--old-passphrase"),
             m_dir.filePath(name + QStringLiteral(".pass"))});
    QCOMPARE(keyPart(file.openSshPublicKeyLine()), keyPart(expectedPublic));

    const QByteArray openssh = file.toOpenSshPrivateKey(passphrase, &error);
    QVERIFY2(!openssh.isEmpty(), qPrintable(error));
    QVERIFY(openssh.startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n"));
    const QString out = m_dir.filePath(name + QStringLiteral(".openssh"));
    QVERIFY(writeFile(out, openssh));

    // OpenSSH reads it, derives the same public key and sees PuTTY's comment.
    int code = 0;
    const QByteArray derived =
        run(QStringLiteral("ssh-keygen"), {QStringLiteral("-y"), QStringLiteral("-f"), out}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(keyPart(derived), keyPart(expectedPublic));
    const QByteArray listed =
        run(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-f"), out}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(listed.contains(QByteArray("imported " + name.toUtf8())), listed.constData());
}

void TestPpkImport::wrongPassphrase()
{
    for (const int version : {2, 3}) {
        const QString ppk =
            makePpk(QStringLiteral("wrong%1").arg(version), QStringLiteral("ed25519"), 0, version, "right");
        PuttyKeyFile file;
        QString error;
        QVERIFY2(file.load(ppk, &error), qPrintable(error));
        QVERIFY(file.toOpenSshPrivateKey("wrong", &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("passphrase is wrong")), qPrintable(error));
        QVERIFY(file.toOpenSshPrivateKey(QByteArray(), &error).isEmpty());
        QVERIFY(!file.toOpenSshPrivateKey("right", &error).isEmpty());
    }
}

void TestPpkImport::damagedFilesGiveMessages_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");

    for (const int version : {2, 3}) {
        for (const bool encrypted : {false, true}) {
            const QString tag =
                QStringLiteral(" v%1%2").arg(version).arg(encrypted ? QStringLiteral(" encrypted") : QString());
            QTest::newRow(qPrintable(QStringLiteral("truncated") + tag))
                << version << encrypted << QStringLiteral("truncate") << QStringLiteral("damaged");
            QTest::newRow(qPrintable(QStringLiteral("private byte flipped") + tag))
                << version << encrypted << QStringLiteral("flip-private") << QString();
            QTest::newRow(qPrintable(QStringLiteral("comment changed") + tag))
                << version << encrypted << QStringLiteral("comment") << QString();
            QTest::newRow(qPrintable(QStringLiteral("bad MAC line") + tag))
                << version << encrypted << QStringLiteral("mac") << QStringLiteral("Private-MAC");
        }
    }
    QTest::newRow("version 1") << 3 << false << QStringLiteral("version1") << QStringLiteral("version");
    QTest::newRow("unknown type") << 3 << false << QStringLiteral("type") << QStringLiteral("cannot be imported");
    QTest::newRow("openssh key") << 3 << false << QStringLiteral("openssh") << QStringLiteral("not a PuTTY key");
}

void TestPpkImport::damagedFilesGiveMessages()
{
    QFETCH(int, version);
    QFETCH(bool, encrypted);
    QFETCH(QString, damage);
    QFETCH(QString, expected);

    const QByteArray passphrase = encrypted ? QByteArrayLiteral("pw") : QByteArray();
    const QString ppk = makePpk(QStringLiteral("damaged"), QStringLiteral("ecdsa"), 256, version, passphrase);
    QByteArray content = readFile(ppk);
    QVERIFY(!content.isEmpty());
    if (damage == QLatin1String("truncate")) {
        content.truncate(content.indexOf("Private-Lines"));
    } else if (damage == QLatin1String("flip-private")) {
        const auto at =
            static_cast<int>(content.indexOf(QByteArrayLiteral("\n"), content.indexOf("Private-Lines")) + 3);
        content[at] = content.at(at) == 'A' ? 'B' : 'A';
    } else if (damage == QLatin1String("comment")) {
        content.replace("Comment: imported damaged", "Comment: imported damaged!");
    } else if (damage == QLatin1String("mac")) {
        content.replace("Private-MAC: ", "Private-MAC: zz");
    } else if (damage == QLatin1String("version1")) {
        content.replace("PuTTY-User-Key-File-3", "PuTTY-User-Key-File-1");
    } else if (damage == QLatin1String("type")) {
        content.replace("PuTTY-User-Key-File-3: ecdsa-sha2-nistp256", "PuTTY-User-Key-File-3: ssh-dss");
    } else if (damage == QLatin1String("openssh")) {
        content = "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n";
    }

    PuttyKeyFile file;
    QString error;
    const bool parsed = file.parse(content, &error);
    if (!parsed) {
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(expected), qPrintable(error));
        return;
    }
    // Damage the parser cannot see is caught by the MAC.
    QVERIFY(file.toOpenSshPrivateKey(passphrase, &error).isEmpty());
    QVERIFY2(error.contains(encrypted ? QLatin1String("passphrase is wrong") : QLatin1String("damaged")),
             qPrintable(error));
}

void TestPpkImport::hostileArgon2ParametersRefused()
{
    const QString ppk = makePpk(QStringLiteral("argon"), QStringLiteral("ed25519"), 0, 3, "pw");
    const QByteArray content = readFile(ppk);
    const struct {
        const char* from;
        const char* to;
    } edits[] = {
        {"Argon2-Memory: 8192", "Argon2-Memory: 4294967295"},
        {"Argon2-Memory: 8192", "Argon2-Memory: 2097152"},
        {"Argon2-Passes: ", "Argon2-Passes: 99999"},
        {"Argon2-Parallelism: 1", "Argon2-Parallelism: 0"},
        {"Argon2-Parallelism: 1", "Argon2-Parallelism: 100000"},
        {"Key-Derivation: Argon2id", "Key-Derivation: scrypt"},
    };
    for (const auto& edit : edits) {
        QByteArray changed = content;
        changed.replace(edit.from, edit.to);
        QVERIFY(changed != content);
        PuttyKeyFile file;
        QString error;
        QVERIFY2(!file.parse(changed, &error), edit.to);
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    }
}

void TestPpkImport::garbageNeverCrashes()
{
    const QByteArray valid = readFile(makePpk(QStringLiteral("garbage"), QStringLiteral("rsa"), 2048, 2, "pw"));
    QVERIFY(!valid.isEmpty());
    // Every prefix, and every line replaced by junk: a message each time, never a crash or a key.
    for (qsizetype length = 0; length < valid.size(); length += 7) {
        PuttyKeyFile file;
        QString error;
        if (file.parse(valid.left(length), &error)) {
            QVERIFY(file.toOpenSshPrivateKey("pw", &error).isEmpty());
        }
        QVERIFY(!error.isEmpty());
    }
    const QList<QByteArray> lines = valid.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        for (const QByteArray& junk : {QByteArray("Public-Lines: 999999"), QByteArray("Private-Lines: -1"),
                                       QByteArray("\x01\x02\xff"), QByteArray()}) {
            QList<QByteArray> changed = lines;
            changed[i] = junk;
            PuttyKeyFile file;
            QString error;
            if (file.parse(changed.join('\n'), &error)) {
                file.toOpenSshPrivateKey("pw", &error);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestPpkImport)
#include "tst_ppkimport.moc"
