#include "tst_keyhelpers.h"

#include "trust/KeyInventory.h"
#include "trust/KeyJob.h"
#include "trust/KeyListModel.h"
#include "trust/KeyOperations.h"
#include "trust/PrivateKeyFile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ferry;
using namespace ferry::test;

Q_DECLARE_METATYPE(ferry::KeyAlgorithm)

namespace {

QByteArray sshKeygen(const QStringList& arguments, int* code = nullptr)
{
    return runProgram(QStringLiteral("ssh-keygen"), arguments, code);
}

} // namespace

class TestKeyOperations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void generateReadableBySshKeygen_data();
    void generateReadableBySshKeygen();
    void generateModesIgnoreUmask();
    void generateRefusesExistingFiles();
    void generateMakesMissingFolderPrivate();
    void passphrasesOnlyOnStdin();
    void missingToolsAreNamed();
    void changePassphrase();
    void changePassphraseOfPemKey();
    void wrongOldPassphraseLeavesKey();
    void passphraseWithLineBreakRefused();
    void publicKeyText();
    void inventoryReadsWhatSshKeygenWrites();
    void inventoryListModel();
    void importPuttyKeyJob();
    void importPuttyKeyWrongPassphraseWritesNothing();

private:
    QTemporaryDir m_dir;
};

void TestKeyOperations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty(), "ssh-keygen is missing");
}

void TestKeyOperations::generateReadableBySshKeygen_data()
{
    QTest::addColumn<KeyAlgorithm>("algorithm");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("typeName");
    const struct {
        KeyAlgorithm algorithm;
        int bits;
        const char* typeName;
    } algorithms[] = {
        {KeyAlgorithm::Ed25519, 256, "ED25519"}, {KeyAlgorithm::EcdsaP256, 256, "ECDSA"},
        {KeyAlgorithm::EcdsaP384, 384, "ECDSA"}, {KeyAlgorithm::EcdsaP521, 521, "ECDSA"},
        {KeyAlgorithm::Rsa3072, 3072, "RSA"},    {KeyAlgorithm::Rsa4096, 4096, "RSA"},
    };
    for (const auto& a : algorithms) {
        for (const QString& passphrase : {QString(), QStringLiteral("correct horse ünïcode")}) {
            const QString tag = KeyOperations::algorithmName(a.algorithm) +
                                (passphrase.isEmpty() ? QStringLiteral(" plain") : QStringLiteral(" encrypted"));
            QTest::newRow(qPrintable(tag)) << a.algorithm << passphrase << a.bits << QString::fromLatin1(a.typeName);
        }
    }
}

void TestKeyOperations::generateReadableBySshKeygen()
{
    QFETCH(KeyAlgorithm, algorithm);
    QFETCH(QString, passphrase);
    QFETCH(int, bits);
    QFETCH(QString, typeName);

    QTemporaryDir dir;
    KeyGenerationRequest request;
    request.algorithm = algorithm;
    request.path = dir.filePath(KeyOperations::defaultFileName(algorithm));
    request.comment = QStringLiteral("me@ferry test");
    request.passphrase = passphrase;
    std::unique_ptr<KeyJob> job(KeyOperations::generate(request));
    QVERIFY(waitForJob(job.get()));
    QVERIFY2(job->succeeded(), describe(job.get()).constData());
    QCOMPARE(job->resultPath(), request.path);

    QCOMPARE(modeOf(request.path), 0600);
    QCOMPARE(modeOf(request.path + QStringLiteral(".pub")), 0644);
    // Nothing but the pair is left in the folder.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);
    QCOMPARE(PrivateKeyFile::protection(request.path),
             passphrase.isEmpty() ? PrivateKeyFile::Protection::Plain : PrivateKeyFile::Protection::Encrypted);

    int code = 0;
    const QByteArray derived =
        sshKeygen({QStringLiteral("-y"), QStringLiteral("-P"), passphrase, QStringLiteral("-f"), request.path}, &code);
    QCOMPARE(code, 0);
    const QByteArray publicLine = readAllOf(request.path + QStringLiteral(".pub"));
    QCOMPARE(keyPart(derived), keyPart(publicLine));
    QVERIFY(publicLine.trimmed().endsWith(" me@ferry test"));

    // ssh-keygen -l on the private key reads its comment from inside it.
    const QByteArray listed = sshKeygen({QStringLiteral("-l"), QStringLiteral("-f"), request.path}, &code);
    QCOMPARE(code, 0);
    const SshKeyInfo info = KeyInventory::inspect(request.path);
    QCOMPARE(
        listed.trimmed(),
        QStringLiteral("%1 %2 me@ferry test (%3)").arg(QString::number(bits), info.fingerprint, typeName).toUtf8());
    QCOMPARE(info.bits, bits);
    QCOMPARE(info.typeName(), typeName);
    QCOMPARE(info.comment, QStringLiteral("me@ferry test"));
    QCOMPARE(info.hasPassphrase(), !passphrase.isEmpty());

    if (!passphrase.isEmpty()) {
        sshKeygen(
            {QStringLiteral("-y"), QStringLiteral("-P"), QStringLiteral("wrong"), QStringLiteral("-f"), request.path},
            &code);
        QVERIFY(code != 0);
    }
}

void TestKeyOperations::generateModesIgnoreUmask()
{
    const UmaskGuard umask(0);
    QTemporaryDir dir;
    KeyGenerationRequest request;
    request.path = dir.filePath(QStringLiteral("id_ed25519"));
    std::unique_ptr<KeyJob> job(KeyOperations::generate(request));
    QVERIFY(waitForJob(job.get()));
    QVERIFY2(job->succeeded(), describe(job.get()).constData());
    QCOMPARE(modeOf(request.path), 0600);
    QCOMPARE(modeOf(request.path + QStringLiteral(".pub")), 0644);
}

void TestKeyOperations::generateRefusesExistingFiles()
{
    QTemporaryDir dir;
    KeyGenerationRequest request;
    request.path = dir.filePath(QStringLiteral("id_ed25519"));
    for (const QString& existing : QStringList{request.path, request.path + QStringLiteral(".pub")}) {
        QVERIFY(writeAllTo(existing, "precious"));
        std::unique_ptr<KeyJob> job(KeyOperations::generate(request));
        QVERIFY(waitForJob(job.get()));
        QVERIFY(!job->succeeded());
        QVERIFY2(job->errorString().contains(QLatin1String("already exists")), describe(job.get()).constData());
        QCOMPARE(readAllOf(existing), QByteArray("precious"));
        QFile::remove(existing);
    }
}

void TestKeyOperations::generateMakesMissingFolderPrivate()
{
    QTemporaryDir dir;
    KeyGenerationRequest request;
    request.path = dir.filePath(QStringLiteral("new/.ssh/id_ed25519"));
    std::unique_ptr<KeyJob> job(KeyOperations::generate(request));
    QVERIFY(waitForJob(job.get()));
    QVERIFY2(job->succeeded(), describe(job.get()).constData());
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("new/.ssh"))), 0700);
}

void TestKeyOperations::passphrasesOnlyOnStdin()
{
    // A stand-in ssh-keygen records what it was given: the passphrase must be on stdin only, and the program
    // must have no terminal to ask on.
    QTemporaryDir bin;
    const QString record = bin.filePath(QStringLiteral("record"));
    QVERIFY(writeAllTo(bin.filePath(QStringLiteral("ssh-keygen")),
                       "#!/bin/sh\n"
                       "d=$(dirname \"$0\")\n"
                       "printf '%s\\n' \"$@\" > \"$d/argv\"\n"
                       "env > \"$d/env\"\n"
                       "cat > \"$d/stdin\"\n"
                       "if (: > /dev/tty) 2>/dev/null; then echo tty > \"$d/tty\"; fi\n"
                       "echo 'no key made' >&2\n"
                       "exit 3\n"));
    QFile::setPermissions(bin.filePath(QStringLiteral("ssh-keygen")), QFile::ReadOwner | QFile::ExeOwner);
    const EnvironmentGuard path("PATH", QFile::encodeName(bin.path()) + ":/usr/bin:/bin");
    const EnvironmentGuard display("DISPLAY", ":0");

    QTemporaryDir dir;
    KeyGenerationRequest request;
    request.path = dir.filePath(QStringLiteral("id_ed25519"));
    request.passphrase = QStringLiteral("s3cret-passphrase");
    std::unique_ptr<KeyJob> job(KeyOperations::generate(request));
    QVERIFY(waitForJob(job.get()));
    QVERIFY(!job->succeeded());
    QVERIFY2(job->errorString().contains(QLatin1String("no key made")), describe(job.get()).constData());
    QVERIFY(!readAllOf(bin.filePath(QStringLiteral("argv"))).contains("s3cret"));
    const QByteArray environment = readAllOf(bin.filePath(QStringLiteral("env")));
    QVERIFY(!environment.isEmpty());
    QVERIFY(!environment.contains("s3cret"));
    QVERIFY(!environment.contains("DISPLAY="));
    QVERIFY(environment.contains("SSH_ASKPASS_REQUIRE=never"));
    QCOMPARE(readAllOf(bin.filePath(QStringLiteral("stdin"))), QByteArray("s3cret-passphrase\ns3cret-passphrase\n"));
    QVERIFY(!QFile::exists(bin.filePath(QStringLiteral("tty"))));
    QVERIFY(!QFile::exists(request.path));
    Q_UNUSED(record)
}

void TestKeyOperations::missingToolsAreNamed()
{
    QTemporaryDir dir;
    KeyGenerationRequest existing;
    existing.path = dir.filePath(QStringLiteral("id_existing"));
    std::unique_ptr<KeyJob> made(KeyOperations::generate(existing));
    QVERIFY(waitForJob(made.get()) && made->succeeded());

    QTemporaryDir empty;
    const EnvironmentGuard path("PATH", QFile::encodeName(empty.path()));
    KeyGenerationRequest request;
    request.path = dir.filePath(QStringLiteral("id_ed25519"));
    std::unique_ptr<KeyJob> generate(KeyOperations::generate(request));
    QVERIFY(waitForJob(generate.get()));
    QVERIFY(!generate->succeeded());
    QVERIFY2(generate->errorString().contains(QLatin1String("ssh-keygen was not found")),
             describe(generate.get()).constData());
    QVERIFY(!QFile::exists(request.path));

    std::unique_ptr<KeyJob> change(KeyOperations::changePassphrase(existing.path, QString(), QStringLiteral("new")));
    QVERIFY(waitForJob(change.get()));
    QVERIFY(change->errorString().contains(QLatin1String("ssh-keygen was not found")));
    QCOMPARE(PrivateKeyFile::protection(existing.path), PrivateKeyFile::Protection::Plain);

    std::unique_ptr<KeyJob> add(
        KeyOperations::addToAgent(existing.path, QString(), 0, dir.filePath(QStringLiteral("agent.sock"))));
    QVERIFY(waitForJob(add.get()));
    QVERIFY(!add->succeeded());
    QVERIFY2(add->errorString().contains(QLatin1String("ssh-add was not found")), describe(add.get()).constData());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);
}

void TestKeyOperations::changePassphrase()
{
    QTemporaryDir dir;
    KeyGenerationRequest request;
    request.path = dir.filePath(QStringLiteral("id_ecdsa"));
    request.algorithm = KeyAlgorithm::EcdsaP256;
    request.comment = QStringLiteral("keep this comment");
    std::unique_ptr<KeyJob> job(KeyOperations::generate(request));
    QVERIFY(waitForJob(job.get()));
    const QByteArray publicLine = readAllOf(request.path + QStringLiteral(".pub"));

    const auto change = [&](const QString& oldPassphrase, const QString& newPassphrase) {
        std::unique_ptr<KeyJob> changeJob(KeyOperations::changePassphrase(request.path, oldPassphrase, newPassphrase));
        return waitForJob(changeJob.get()) && changeJob->succeeded();
    };
    QVERIFY(change(QString(), QStringLiteral("first")));
    QCOMPARE(PrivateKeyFile::protection(request.path), PrivateKeyFile::Protection::Encrypted);
    int code = 0;
    QCOMPARE(keyPart(sshKeygen({QStringLiteral("-y"), QStringLiteral("-P"), QStringLiteral("first"),
                                QStringLiteral("-f"), request.path},
                               &code)),
             keyPart(publicLine));
    QVERIFY(change(QStringLiteral("first"), QStringLiteral("second")));
    QCOMPARE(keyPart(sshKeygen({QStringLiteral("-y"), QStringLiteral("-P"), QStringLiteral("second"),
                                QStringLiteral("-f"), request.path},
                               &code)),
             keyPart(publicLine));
    QVERIFY(change(QStringLiteral("second"), QString()));
    QCOMPARE(PrivateKeyFile::protection(request.path), PrivateKeyFile::Protection::Plain);
    QCOMPARE(modeOf(request.path), 0600);
    QVERIFY(sshKeygen({QStringLiteral("-l"), QStringLiteral("-f"), request.path}).contains("keep this comment"));
    QCOMPARE(readAllOf(request.path + QStringLiteral(".pub")), publicLine);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);
}

void TestKeyOperations::changePassphraseOfPemKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("id_rsa"));
    int code = 0;
    sshKeygen({QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"),
               QStringLiteral("2048"), QStringLiteral("-m"), QStringLiteral("PEM"), QStringLiteral("-N"),
               QStringLiteral("old pem"), QStringLiteral("-f"), path},
              &code);
    QCOMPARE(code, 0);
    std::unique_ptr<KeyJob> job(
        KeyOperations::changePassphrase(path, QStringLiteral("old pem"), QStringLiteral("new")));
    QVERIFY(waitForJob(job.get()));
    QVERIFY2(job->succeeded(), describe(job.get()).constData());
    PrivateKeyFile::Format format = PrivateKeyFile::Format::Unknown;
    QCOMPARE(PrivateKeyFile::protectionOf(readAllOf(path), &format), PrivateKeyFile::Protection::Encrypted);
    QCOMPARE(format, PrivateKeyFile::Format::OpenSsh);
    sshKeygen({QStringLiteral("-y"), QStringLiteral("-P"), QStringLiteral("new"), QStringLiteral("-f"), path}, &code);
    QCOMPARE(code, 0);
}

void TestKeyOperations::wrongOldPassphraseLeavesKey()
{
    QTemporaryDir dir;
    KeyGenerationRequest request;
    request.path = dir.filePath(QStringLiteral("id_ed25519"));
    request.passphrase = QStringLiteral("right");
    std::unique_ptr<KeyJob> job(KeyOperations::generate(request));
    QVERIFY(waitForJob(job.get()));
    const QByteArray before = readAllOf(request.path);

    std::unique_ptr<KeyJob> change(KeyOperations::changePassphrase(request.path, QStringLiteral("wrong"), QString()));
    QVERIFY(waitForJob(change.get()));
    QVERIFY(!change->succeeded());
    QCOMPARE(change->errorString(), QStringLiteral("The current passphrase is wrong."));
    QCOMPARE(readAllOf(request.path), before);

    std::unique_ptr<KeyJob> noOld(KeyOperations::changePassphrase(request.path, QString(), QStringLiteral("x")));
    QVERIFY(waitForJob(noOld.get()));
    QVERIFY(!noOld->succeeded());
    QVERIFY(noOld->errorString().contains(QLatin1String("current one")));

    std::unique_ptr<KeyJob> missing(
        KeyOperations::changePassphrase(dir.filePath(QStringLiteral("nope")), QString(), QStringLiteral("x")));
    QVERIFY(waitForJob(missing.get()));
    QVERIFY(!missing->succeeded());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);
}

void TestKeyOperations::passphraseWithLineBreakRefused()
{
    QTemporaryDir dir;
    KeyGenerationRequest request;
    request.path = dir.filePath(QStringLiteral("id_ed25519"));
    request.passphrase = QStringLiteral("two\nlines");
    std::unique_ptr<KeyJob> job(KeyOperations::generate(request));
    QVERIFY(waitForJob(job.get()));
    QVERIFY(!job->succeeded());
    QVERIFY(job->errorString().contains(QLatin1String("line break")));
    QVERIFY(!QFile::exists(request.path));
}

void TestKeyOperations::publicKeyText()
{
    QTemporaryDir dir;
    KeyGenerationRequest request;
    request.path = dir.filePath(QStringLiteral("id_ed25519"));
    request.comment = QStringLiteral("shown");
    request.passphrase = QStringLiteral("pp");
    std::unique_ptr<KeyJob> job(KeyOperations::generate(request));
    QVERIFY(waitForJob(job.get()));
    const QByteArray publicLine = readAllOf(request.path + QStringLiteral(".pub")).trimmed();
    QString error;
    QCOMPARE(KeyOperations::publicKeyText(request.path, &error).toUtf8(), publicLine);

    // Without the .pub, an OpenSSH key still gives its public half, even encrypted.
    QFile::remove(request.path + QStringLiteral(".pub"));
    QCOMPARE(KeyOperations::publicKeyText(request.path, &error).toUtf8(), keyPart(publicLine));
    const SshKeyInfo info = KeyInventory::inspect(request.path);
    QCOMPARE(info.keyType, QStringLiteral("ssh-ed25519"));
    QVERIFY(info.publicKeyPath.isEmpty());

    QVERIFY(writeAllTo(dir.filePath(QStringLiteral("junk")), "junk"));
    QVERIFY(KeyOperations::publicKeyText(dir.filePath(QStringLiteral("junk")), &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("cannot be read")));
}

void TestKeyOperations::inventoryReadsWhatSshKeygenWrites()
{
    QTemporaryDir dir;
    struct Made {
        QString name;
        QStringList arguments;
        bool encrypted;
    };
    const QList<Made> made{
        {QStringLiteral("ed"), {QStringLiteral("-t"), QStringLiteral("ed25519")}, false},
        {QStringLiteral("ed-enc"),
         {QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QStringLiteral("five+")},
         true},
        {QStringLiteral("ec384-pem"),
         {QStringLiteral("-t"), QStringLiteral("ecdsa"), QStringLiteral("-b"), QStringLiteral("384"),
          QStringLiteral("-m"), QStringLiteral("PEM")},
         false},
        {QStringLiteral("ec521-pkcs8-enc"),
         {QStringLiteral("-t"), QStringLiteral("ecdsa"), QStringLiteral("-b"), QStringLiteral("521"),
          QStringLiteral("-m"), QStringLiteral("PKCS8"), QStringLiteral("-N"), QStringLiteral("five+")},
         true},
        {QStringLiteral("rsa-pem-enc"),
         {QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"), QStringLiteral("2048"),
          QStringLiteral("-m"), QStringLiteral("PEM"), QStringLiteral("-N"), QStringLiteral("five+")},
         true},
        {QStringLiteral("rsa"),
         {QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"), QStringLiteral("3072")},
         false},
    };
    for (const Made& m : made) {
        QStringList arguments{QStringLiteral("-q"), QStringLiteral("-C"), m.name + QStringLiteral(" comment"),
                              QStringLiteral("-f"), dir.filePath(m.name)};
        if (!m.arguments.contains(QStringLiteral("-N"))) {
            arguments << QStringLiteral("-N") << QString();
        }
        int code = 0;
        sshKeygen(arguments + m.arguments, &code);
        QCOMPARE(code, 0);
    }
    // A certificate for one of them, from a CA made here.
    int code = 0;
    sshKeygen({QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
               QStringLiteral("-f"), dir.filePath(QStringLiteral("ca.key"))},
              &code);
    QCOMPARE(code, 0);
    sshKeygen({QStringLiteral("-q"), QStringLiteral("-s"), dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-I"),
               QStringLiteral("id"), QStringLiteral("-n"), QStringLiteral("me"),
               dir.filePath(QStringLiteral("ed.pub"))},
              &code);
    QCOMPARE(code, 0);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("ed-cert.pub"))));
    QFile::remove(dir.filePath(QStringLiteral("ca.key")));
    QFile::remove(dir.filePath(QStringLiteral("ca.key.pub")));
    // Things in an ssh folder that are not keys.
    QVERIFY(writeAllTo(dir.filePath(QStringLiteral("config")), "Host *\n"));
    QVERIFY(writeAllTo(dir.filePath(QStringLiteral("known_hosts")), "host ssh-ed25519 AAAA\n"));
    QVERIFY(writeAllTo(dir.filePath(QStringLiteral("notes.txt")), QByteArray(100, '\x01')));

    const QList<SshKeyInfo> keys = KeyInventory::scanFolder(dir.path());
    QStringList names;
    for (const SshKeyInfo& key : keys) {
        names << QFileInfo(key.privateKeyPath).fileName();
    }
    QCOMPARE(names, QStringList({QStringLiteral("ec384-pem"), QStringLiteral("ec521-pkcs8-enc"), QStringLiteral("ed"),
                                 QStringLiteral("ed-enc"), QStringLiteral("rsa"), QStringLiteral("rsa-pem-enc")}));
    for (const SshKeyInfo& key : keys) {
        const QString name = QFileInfo(key.privateKeyPath).fileName();
        const QByteArray listed =
            sshKeygen({QStringLiteral("-l"), QStringLiteral("-f"), key.privateKeyPath + QStringLiteral(".pub")}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(listed.trimmed(), QStringLiteral("%1 %2 %3 comment (%4)")
                                       .arg(QString::number(key.bits), key.fingerprint, name, key.typeName())
                                       .toUtf8());
        bool encrypted = false;
        for (const Made& m : made) {
            if (m.name == name) {
                encrypted = m.encrypted;
            }
        }
        QCOMPARE(key.hasPassphrase(), encrypted);
        QCOMPARE(key.hasCertificate(), name == QLatin1String("ed"));
        QVERIFY2(key.problem.isEmpty(), qPrintable(key.problem));
    }

    // Without its .pub, a plain PEM key still shows its public half; an encrypted one says why it cannot.
    QFile::remove(dir.filePath(QStringLiteral("ec384-pem.pub")));
    QFile::remove(dir.filePath(QStringLiteral("rsa-pem-enc.pub")));
    const SshKeyInfo pem = KeyInventory::inspect(dir.filePath(QStringLiteral("ec384-pem")));
    QCOMPARE(pem.bits, 384);
    QVERIFY(!pem.fingerprint.isEmpty());
    const SshKeyInfo locked = KeyInventory::inspect(dir.filePath(QStringLiteral("rsa-pem-enc")));
    QVERIFY(locked.fingerprint.isEmpty());
    QVERIFY(locked.problem.contains(QLatin1String("passphrase")));
}

void TestKeyOperations::inventoryListModel()
{
    QTemporaryDir dir;
    QTemporaryDir other;
    KeyGenerationRequest request;
    request.path = dir.filePath(QStringLiteral("id_ed25519"));
    request.comment = QStringLiteral("in folder");
    std::unique_ptr<KeyJob> first(KeyOperations::generate(request));
    request.path = other.filePath(QStringLiteral("elsewhere"));
    request.comment = QStringLiteral("added by path");
    request.algorithm = KeyAlgorithm::EcdsaP384;
    request.passphrase = QStringLiteral("p");
    std::unique_ptr<KeyJob> second(KeyOperations::generate(request));
    QVERIFY(waitForJob(first.get()) && waitForJob(second.get()));

    KeyListModel model;
    model.setFolder(dir.path());
    QCOMPARE(model.rowCount(), 1);
    model.addKeyPath(request.path);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(KeyListModel::ColumnCount));
    QCOMPARE(model.headerData(KeyListModel::FingerprintColumn, Qt::Horizontal).toString(),
             QStringLiteral("Fingerprint"));
    const int row = model.rowOf(request.path);
    QCOMPARE(row, 1);
    QCOMPARE(model.data(model.index(row, KeyListModel::FileColumn)).toString(), request.path);
    QCOMPARE(model.data(model.index(row, KeyListModel::TypeColumn)).toString(), QStringLiteral("ECDSA"));
    QCOMPARE(model.data(model.index(row, KeyListModel::BitsColumn)).toInt(), 384);
    QCOMPARE(model.data(model.index(row, KeyListModel::CommentColumn)).toString(), QStringLiteral("added by path"));
    QVERIFY(
        model.data(model.index(row, KeyListModel::FingerprintColumn)).toString().startsWith(QLatin1String("SHA256:")));
    QCOMPARE(model.data(model.index(row, KeyListModel::PassphraseColumn)).toString(), QStringLiteral("Yes"));
    QCOMPARE(model.data(model.index(0, KeyListModel::PassphraseColumn)).toString(), QStringLiteral("No"));
    QCOMPARE(model.data(model.index(row, KeyListModel::AgentColumn)).toString(), QStringLiteral("No"));

    AgentIdentity identity;
    identity.keyBlob = model.key(row).publicKeyBlob;
    model.setAgentIdentities({identity});
    QCOMPARE(model.data(model.index(row, KeyListModel::AgentColumn)).toString(), QStringLiteral("Yes"));
    QCOMPARE(model.data(model.index(0, KeyListModel::AgentColumn)).toString(), QStringLiteral("No"));
    model.removeKeyPath(request.path);
    QCOMPARE(model.rowCount(), 1);
}

void TestKeyOperations::importPuttyKeyJob()
{
    QTemporaryDir dir;
    const QString pass = dir.filePath(QStringLiteral("pass"));
    QVERIFY(writeAllTo(pass, "ppk pass\n"));
    const QString ppk = dir.filePath(QStringLiteral("k.ppk"));
    int code = 0;
    runProgram(QStringLiteral("puttygen"),
               {QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-C"), QStringLiteral("from putty"),
                QStringLiteral("-o"), ppk, QStringLiteral("--new-passphrase"), pass},
               &code);
    QCOMPARE(code, 0);

    const UmaskGuard umask(0);
    const QString target = dir.filePath(QStringLiteral("ssh/id_imported"));
    std::unique_ptr<KeyJob> job(
        KeyOperations::importPuttyKey(ppk, QStringLiteral("ppk pass"), target, QStringLiteral("new pass")));
    QVERIFY(waitForJob(job.get()));
    QVERIFY2(job->succeeded(), describe(job.get()).constData());
    QCOMPARE(modeOf(target), 0600);
    QCOMPARE(modeOf(target + QStringLiteral(".pub")), 0644);
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("ssh"))), 0700);
    QCOMPARE(PrivateKeyFile::protection(target), PrivateKeyFile::Protection::Encrypted);
    const QByteArray derived = sshKeygen(
        {QStringLiteral("-y"), QStringLiteral("-P"), QStringLiteral("new pass"), QStringLiteral("-f"), target}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(keyPart(derived), keyPart(readAllOf(target + QStringLiteral(".pub"))));
    QVERIFY(readAllOf(target + QStringLiteral(".pub")).contains("from putty"));
    QVERIFY(sshKeygen({QStringLiteral("-l"), QStringLiteral("-f"), target}).contains("from putty"));
}

void TestKeyOperations::importPuttyKeyWrongPassphraseWritesNothing()
{
    QTemporaryDir dir;
    const QString pass = dir.filePath(QStringLiteral("pass"));
    QVERIFY(writeAllTo(pass, "right\n"));
    const QString ppk = dir.filePath(QStringLiteral("k.ppk"));
    int code = 0;
    runProgram(QStringLiteral("puttygen"),
               {QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"), QStringLiteral("2048"),
                QStringLiteral("-o"), ppk, QStringLiteral("--new-passphrase"), pass, QStringLiteral("--ppk-param"),
                QStringLiteral("version=2")},
               &code);
    QCOMPARE(code, 0);
    const QString target = dir.filePath(QStringLiteral("id_rsa"));
    std::unique_ptr<KeyJob> job(KeyOperations::importPuttyKey(ppk, QStringLiteral("wrong"), target, QString()));
    QVERIFY(waitForJob(job.get()));
    QVERIFY(!job->succeeded());
    QVERIFY2(job->errorString().contains(QLatin1String("passphrase is wrong")), describe(job.get()).constData());
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral(".pub")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);

    // A target that exists is never replaced.
    QVERIFY(writeAllTo(target, "mine"));
    std::unique_ptr<KeyJob> again(KeyOperations::importPuttyKey(ppk, QStringLiteral("right"), target, QString()));
    QVERIFY(waitForJob(again.get()));
    QVERIFY(!again->succeeded());
    QCOMPARE(readAllOf(target), QByteArray("mine"));
}

QTEST_GUILESS_MAIN(TestKeyOperations)
#include "tst_keyoperations.moc"
