// Keys made or imported by Ferry, installed on and used against a real OpenSSH sshd: install-on-server with
// ssh-copy-id semantics, .ppk imports logging in, and certificates signed by a CA the server trusts.
#include "../unit/tst_keyhelpers.h"

#include "ScriptedClient.h"
#include "SshdFixture.h"
#include "TestHome.h"
#include "trust/AuthorizedKeyInstaller.h"
#include "trust/KeyCertificate.h"
#include "trust/KeyJob.h"
#include "trust/KeyOperations.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libssh/libssh.h>

using namespace ferry;
using namespace ferry::test;

namespace {

bool waitInstalled(AuthorizedKeyInstaller* installer)
{
    return QTest::qWaitFor([installer] { return installer->isFinished(); }, 30000);
}

// A blocking libssh login with one key, the way the certificate has to be used: true when the server accepted.
int libsshLogin(const SshdFixture& sshd, const QString& sshDir, const QString& keyPath, bool withCertificate,
                QString* problem)
{
    ssh_session session = ssh_new();
    const QByteArray host = "127.0.0.1";
    const int port = sshd.port();
    const QByteArray user = sshd.loginUser().toUtf8();
    const QByteArray dir = QFile::encodeName(sshDir);
    const int no = 0;
    ssh_options_set(session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(session, SSH_OPTIONS_SSH_DIR, dir.constData());
    ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, "/dev/null");
    ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &no);
    int rc = SSH_AUTH_ERROR;
    ssh_key key = nullptr;
    if (ssh_connect(session) != SSH_OK) {
        *problem = QString::fromUtf8(ssh_get_error(session));
    } else if (ssh_pki_import_privkey_file(QFile::encodeName(keyPath).constData(), nullptr, nullptr, nullptr, &key) !=
               SSH_OK) {
        *problem = QStringLiteral("key not readable");
    } else if (withCertificate && !KeyCertificate::attach(keyPath, key, problem)) {
        rc = SSH_AUTH_ERROR;
    } else {
        rc = ssh_userauth_publickey(session, nullptr, key);
    }
    ssh_key_free(key);
    ssh_disconnect(session);
    ssh_free(session);
    return rc;
}

} // namespace

class TestKeyInstall : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void installThenLogin();
    void installKeepsExistingFileAndMode();
    void installRefusesWhatIsNotAKey();
    void hostileCommentStaysData();
    void importedPuttyKeysLogIn_data();
    void importedPuttyKeysLogIn();
    void certificateLogsIn();

private:
    bool startInstallServer();
    QString remoteKeys() const { return m_remoteHome.filePath(QStringLiteral(".ssh/authorized_keys")); }

    SshdFixture m_sshd;
    QTemporaryDir m_remoteHome;
};

void TestKeyInstall::initTestCase()
{
    QVERIFY(m_remoteHome.isValid());
}

bool TestKeyInstall::startInstallServer()
{
    // The login's HOME is a temporary folder (sshd's SetEnv overrides the account's), and sshd reads the
    // authorized_keys there as well as the fixture's own, so installing never touches the real home.
    QDir(m_remoteHome.path()).removeRecursively();
    QDir().mkpath(m_remoteHome.path());
    QFile::setPermissions(m_remoteHome.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    SshdFixture::Config config;
    config.extraLines << QStringLiteral("SetEnv HOME=%1").arg(m_remoteHome.path())
                      << QStringLiteral("AuthorizedKeysFile %1 %2/authorized_keys").arg(remoteKeys(), m_sshd.dir());
    return m_sshd.start(config);
}

void TestKeyInstall::installThenLogin()
{
    QVERIFY2(startInstallServer(), qPrintable(m_sshd.errorString()));
    TestHome home;
    KeyGenerationRequest request;
    request.path = home.sshDir() + QStringLiteral("/id_new");
    request.comment = QStringLiteral("installed by ferry");
    request.passphrase = QStringLiteral("new key pass");
    std::unique_ptr<KeyJob> job(KeyOperations::generate(request));
    QVERIFY(waitForJob(job.get()));
    QVERIFY2(job->succeeded(), describe(job.get()).constData());
    const QString publicKey = KeyOperations::publicKeyText(request.path);

    // The new key alone does not get in yet.
    ConnectionOptions newKeyOnly = m_sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    newKeyOnly.identityFiles = QStringList{request.path};
    {
        ScriptedClient refused(newKeyOnly);
        refused.answers << QStringList{request.passphrase};
        QVERIFY(!refused.connectAndWait());
    }

    ScriptedClient client(m_sshd.clientOptions(home.sshDir(), home.knownHostsFile()));
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    AuthorizedKeyInstaller installer(client.connection());
    installer.install(publicKey);
    QVERIFY(waitInstalled(&installer));
    QCOMPARE(installer.outcome(), AuthorizedKeyInstaller::Outcome::Added);
    QCOMPARE(installer.remotePath(), remoteKeys());
    QVERIFY(installer.message().contains(remoteKeys()));
    QCOMPARE(modeOf(m_remoteHome.filePath(QStringLiteral(".ssh"))), 0700);
    QCOMPARE(modeOf(remoteKeys()), 0600);
    QCOMPARE(readAllOf(remoteKeys()), publicKey.toUtf8() + '\n');

    // Again: nothing added, and it says where the key already is.
    AuthorizedKeyInstaller again(client.connection());
    again.install(publicKey);
    QVERIFY(waitInstalled(&again));
    QCOMPARE(again.outcome(), AuthorizedKeyInstaller::Outcome::AlreadyPresent);
    QCOMPARE(again.remotePath(), remoteKeys());
    QCOMPARE(readAllOf(remoteKeys()), publicKey.toUtf8() + '\n');
    // Also when the line differs only in its comment.
    AuthorizedKeyInstaller otherComment(client.connection());
    otherComment.install(QString::fromUtf8(keyPart(publicKey.toUtf8())) + QStringLiteral(" another comment"));
    QVERIFY(waitInstalled(&otherComment));
    QCOMPARE(otherComment.outcome(), AuthorizedKeyInstaller::Outcome::AlreadyPresent);

    // A fresh login with only the new key now succeeds.
    ScriptedClient fresh(newKeyOnly);
    fresh.answers << QStringList{request.passphrase};
    QVERIFY2(fresh.connectAndWait(), qPrintable(fresh.error().message));
    QCOMPARE(fresh.connection()->authenticatedWith(), QStringList{QStringLiteral("publickey")});
}

void TestKeyInstall::installKeepsExistingFileAndMode()
{
    QVERIFY2(startInstallServer(), qPrintable(m_sshd.errorString()));
    QVERIFY(QDir().mkpath(m_remoteHome.filePath(QStringLiteral(".ssh"))));
    QFile::setPermissions(m_remoteHome.filePath(QStringLiteral(".ssh")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
    // An existing file whose last line has no line feed, with a mode of its own.
    const QByteArray existing =
        "# mine\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZlcnJ5LXRlc3Qta2V5LW5vdC1yZWFsLTEyMzQ1Njc4 old";
    QVERIFY(writeAllTo(remoteKeys(), existing));
    QFile::setPermissions(remoteKeys(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);

    TestHome home;
    ScriptedClient client(m_sshd.clientOptions(home.sshDir(), home.knownHostsFile()));
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    const QString publicKey = KeyOperations::publicKeyText(m_sshd.userKeyFile());
    AuthorizedKeyInstaller installer(client.connection());
    installer.install(publicKey);
    QVERIFY(waitInstalled(&installer));
    QCOMPARE(installer.outcome(), AuthorizedKeyInstaller::Outcome::Added);
    QCOMPARE(readAllOf(remoteKeys()), existing + '\n' + publicKey.toUtf8() + '\n');
    QCOMPARE(modeOf(remoteKeys()), 0644);
    QCOMPARE(modeOf(m_remoteHome.filePath(QStringLiteral(".ssh"))), 0750);
}

void TestKeyInstall::installRefusesWhatIsNotAKey()
{
    QVERIFY2(startInstallServer(), qPrintable(m_sshd.errorString()));
    TestHome home;
    ScriptedClient client(m_sshd.clientOptions(home.sshDir(), home.knownHostsFile()));
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    for (const QString& line :
         {QStringLiteral("not a key"), QStringLiteral("ssh-ed25519 !!!!"),
          QStringLiteral("ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIGZlcnJ5LXRlc3Qta2V5LW5vdC1yZWFsLTEyMzQ1Njc4"), QString()}) {
        AuthorizedKeyInstaller installer(client.connection());
        installer.install(line);
        QVERIFY(waitInstalled(&installer));
        QCOMPARE(installer.outcome(), AuthorizedKeyInstaller::Outcome::Failed);
        QVERIFY(installer.errorString().contains(QLatin1String("not a public key")));
    }
    QVERIFY(!QFile::exists(m_remoteHome.filePath(QStringLiteral(".ssh"))));
}

void TestKeyInstall::hostileCommentStaysData()
{
    QVERIFY2(startInstallServer(), qPrintable(m_sshd.errorString()));
    TestHome home;
    ScriptedClient client(m_sshd.clientOptions(home.sshDir(), home.knownHostsFile()));
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    const QString marker = m_remoteHome.filePath(QStringLiteral("pwned"));
    const QString keyLine = QString::fromUtf8(keyPart(readAllOf(m_sshd.userKeyFile() + QStringLiteral(".pub"))));
    const QString hostile =
        keyLine + QStringLiteral(" x'; touch %1; echo '$(touch %1)`touch %1`\nssh-rsa AAAA").arg(marker);
    AuthorizedKeyInstaller installer(client.connection());
    installer.install(hostile);
    QVERIFY(waitInstalled(&installer));
    QCOMPARE(installer.outcome(), AuthorizedKeyInstaller::Outcome::Added);
    QVERIFY(!QFile::exists(marker));
    const QByteArray written = readAllOf(remoteKeys());
    QCOMPARE(written.count('\n'), 1);
    QVERIFY(written.startsWith(QByteArray(keyLine.toUtf8() + " x'; touch ")));
}

void TestKeyInstall::importedPuttyKeysLogIn_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("bits");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("ppkPassphrase");
    QTest::addColumn<QString>("newPassphrase");
    const QList<QPair<QString, int>> types{
        {QStringLiteral("ed25519"), 0}, {QStringLiteral("ecdsa"), 384}, {QStringLiteral("rsa"), 2048}};
    for (const auto& type : types) {
        for (const int version : {2, 3}) {
            for (const bool encrypted : {false, true}) {
                const QString tag = QStringLiteral("%1 v%2 %3")
                                        .arg(type.first)
                                        .arg(version)
                                        .arg(encrypted ? QStringLiteral("encrypted") : QStringLiteral("plain"));
                QTest::newRow(qPrintable(tag))
                    << type.first << type.second << version << (encrypted ? QStringLiteral("ppk pass") : QString())
                    << (encrypted ? QStringLiteral("openssh pass") : QString());
            }
        }
    }
}

void TestKeyInstall::importedPuttyKeysLogIn()
{
    QFETCH(QString, type);
    QFETCH(int, bits);
    QFETCH(int, version);
    QFETCH(QString, ppkPassphrase);
    QFETCH(QString, newPassphrase);
    QVERIFY2(startInstallServer(), qPrintable(m_sshd.errorString()));
    TestHome home;
    const QString passFile = home.path() + QStringLiteral("/pass");
    QVERIFY(writeAllTo(passFile, ppkPassphrase.isEmpty() ? QByteArray() : ppkPassphrase.toUtf8() + '\n'));
    const QString ppk = home.path() + QStringLiteral("/key.ppk");
    QStringList arguments{QStringLiteral("-t"),
                          type,
                          QStringLiteral("-o"),
                          ppk,
                          QStringLiteral("--new-passphrase"),
                          passFile,
                          QStringLiteral("--ppk-param"),
                          QStringLiteral("version=%1").arg(version)};
    if (bits > 0) {
        arguments << QStringLiteral("-b") << QString::number(bits);
    }
    int code = 0;
    const QByteArray out = runProgram(QStringLiteral("puttygen"), arguments, &code);
    QVERIFY2(code == 0, out.constData());

    const QString target = home.sshDir() + QStringLiteral("/id_imported");
    std::unique_ptr<KeyJob> job(KeyOperations::importPuttyKey(ppk, ppkPassphrase, target, newPassphrase));
    QVERIFY(waitForJob(job.get()));
    QVERIFY2(job->succeeded(), describe(job.get()).constData());
    QVERIFY(m_sshd.authorize(target + QStringLiteral(".pub")));

    ConnectionOptions options = m_sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    options.identityFiles = QStringList{target};
    ScriptedClient client(options);
    if (!newPassphrase.isEmpty()) {
        client.answers << QStringList{newPassphrase};
    }
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    QCOMPARE(client.connection()->authenticatedWith(), QStringList{QStringLiteral("publickey")});
    QCOMPARE(client.prompts.size(), newPassphrase.isEmpty() ? 0 : 1);
}

void TestKeyInstall::certificateLogsIn()
{
    TestHome home;
    const QString ca = home.path() + QStringLiteral("/user_ca");
    const QString key = home.sshDir() + QStringLiteral("/id_certified");
    QVERIFY(TestHome::generateKey(ca, QStringLiteral("ed25519")));
    QVERIFY(TestHome::generateKey(key, QStringLiteral("ecdsa")));
    // The key itself is in no authorized_keys: only the certificate can let it in.
    SshdFixture sshd;
    SshdFixture::Config config;
    config.extraLines << QStringLiteral("TrustedUserCAKeys %1.pub").arg(ca);
    QVERIFY2(sshd.start(config), qPrintable(sshd.errorString()));

    QString problem;
    QCOMPARE(libsshLogin(sshd, home.sshDir(), key, false, &problem), int(SSH_AUTH_DENIED));
    QVERIFY(KeyCertificate::pathFor(key).isEmpty());
    QVERIFY(!KeyCertificate::attach(key, nullptr, &problem));
    QVERIFY(problem.isEmpty());

    int code = 0;
    const QByteArray out = runProgram(QStringLiteral("ssh-keygen"),
                                      {QStringLiteral("-q"), QStringLiteral("-s"), ca, QStringLiteral("-I"),
                                       QStringLiteral("ferry-test"), QStringLiteral("-n"), sshd.loginUser(),
                                       QStringLiteral("-V"), QStringLiteral("-5m:+1h"), key + QStringLiteral(".pub")},
                                      &code);
    QVERIFY2(code == 0, out.constData());
    QCOMPARE(KeyCertificate::pathFor(key), key + QStringLiteral("-cert.pub"));
    QCOMPARE(libsshLogin(sshd, home.sshDir(), key, true, &problem), int(SSH_AUTH_SUCCESS));
    QTRY_VERIFY_WITH_TIMEOUT(sshd.log().contains(QLatin1String("Accepted certificate ID \"ferry-test\"")), 10000);

    // A certificate for another key is refused before anything is sent.
    const QString other = home.sshDir() + QStringLiteral("/id_other");
    QVERIFY(TestHome::generateKey(other, QStringLiteral("ecdsa")));
    QFile::copy(key + QStringLiteral("-cert.pub"), other + QStringLiteral("-cert.pub"));
    QCOMPARE(libsshLogin(sshd, home.sshDir(), other, true, &problem), int(SSH_AUTH_ERROR));
    QVERIFY2(problem.contains(QLatin1String("is not for the key")), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestKeyInstall)
#include "tst_keyinstall.moc"
