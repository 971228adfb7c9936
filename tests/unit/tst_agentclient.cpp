#include "tst_keyhelpers.h"

#include "SshAgent.h"
#include "trust/AgentClient.h"
#include "trust/KeyInventory.h"
#include "trust/KeyListModel.h"
#include "trust/KeyOperations.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

class TestAgentClient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void listEmptyAgent();
    void addListRemove();
    void addWithLifetime();
    void wrongPassphrase();
    void encryptedKeyNeedsPassphrase();
    void removeAll();
    void removeUnknownKey();
    void certificateCountsAsLoaded();
    void noAgent();
    void notAnAgent();

private:
    QList<AgentIdentity> list(QString* error = nullptr);
    QString makeKey(const QString& name, const QString& passphrase, KeyAlgorithm algorithm = KeyAlgorithm::Ed25519);

    QTemporaryDir m_dir;
    std::unique_ptr<SshAgent> m_agent;
};

void TestAgentClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestAgentClient::init()
{
    m_agent = std::make_unique<SshAgent>();
    QString error;
    QVERIFY2(m_agent->start(&error), qPrintable(error));
}

QList<AgentIdentity> TestAgentClient::list(QString* error)
{
    AgentClient client(m_agent->socketPath());
    QSignalSpy listed(&client, &AgentClient::identitiesListed);
    QSignalSpy failed(&client, &AgentClient::failed);
    client.listIdentities();
    if (!QTest::qWaitFor([&] { return !listed.isEmpty() || !failed.isEmpty(); }, 10000)) {
        return {};
    }
    if (!failed.isEmpty() && error != nullptr) {
        *error = failed.constFirst().constFirst().toString();
    }
    return client.identities();
}

QString TestAgentClient::makeKey(const QString& name, const QString& passphrase, KeyAlgorithm algorithm)
{
    KeyGenerationRequest request;
    request.path = m_dir.filePath(name);
    request.algorithm = algorithm;
    request.passphrase = passphrase;
    request.comment = name + QStringLiteral(" comment");
    QFile::remove(request.path);
    QFile::remove(request.path + QStringLiteral(".pub"));
    std::unique_ptr<KeyJob> job(KeyOperations::generate(request));
    return waitForJob(job.get()) && job->succeeded() ? request.path : QString();
}

void TestAgentClient::listEmptyAgent()
{
    QString error;
    QVERIFY(list(&error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestAgentClient::addListRemove()
{
    const QString ed = makeKey(QStringLiteral("ed"), QStringLiteral("pass phrase"));
    const QString rsa = makeKey(QStringLiteral("rsa"), QString(), KeyAlgorithm::Rsa3072);
    QVERIFY(!ed.isEmpty() && !rsa.isEmpty());
    for (const auto& [path, passphrase] : {qMakePair(ed, QStringLiteral("pass phrase")), qMakePair(rsa, QString())}) {
        std::unique_ptr<KeyJob> job(KeyOperations::addToAgent(path, passphrase, 0, m_agent->socketPath()));
        QVERIFY(waitForJob(job.get()));
        QVERIFY2(job->succeeded(), describe(job.get()).constData());
        QVERIFY(job->message().contains(QLatin1String("added to the agent")));
    }
    const QList<AgentIdentity> identities = list();
    QCOMPARE(identities.size(), 2);
    const SshKeyInfo edInfo = KeyInventory::inspect(ed);
    QCOMPARE(identities.at(0).keyBlob, edInfo.publicKeyBlob);
    QCOMPARE(identities.at(0).fingerprint(), edInfo.fingerprint);
    QCOMPARE(identities.at(0).keyType(), QStringLiteral("ssh-ed25519"));
    QCOMPARE(identities.at(1).keyType(), QStringLiteral("ssh-rsa"));
    // ssh-add -l agrees on what the agent holds.
    QProcess sshAdd;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SSH_AUTH_SOCK"), m_agent->socketPath());
    sshAdd.setProcessEnvironment(environment);
    sshAdd.start(QStringLiteral("ssh-add"), {QStringLiteral("-l")});
    QVERIFY(sshAdd.waitForFinished(10000));
    const QByteArray sshAddList = sshAdd.readAllStandardOutput();
    QVERIFY2(sshAddList.contains(edInfo.fingerprint.toUtf8()), sshAddList.constData());

    KeyListModel model;
    model.setFolder(m_dir.path());
    model.setAgentIdentities(identities);
    QCOMPARE(model.data(model.index(model.rowOf(ed), KeyListModel::AgentColumn)).toString(), QStringLiteral("Yes"));

    AgentClient client(m_agent->socketPath());
    QSignalSpy removed(&client, &AgentClient::identityRemoved);
    client.removeIdentity(edInfo.publicKeyBlob);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.constFirst().constFirst().toByteArray(), edInfo.publicKeyBlob);
    const QList<AgentIdentity> left = list();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.constFirst().keyType(), QStringLiteral("ssh-rsa"));
    model.setAgentIdentities(left);
    QCOMPARE(model.data(model.index(model.rowOf(ed), KeyListModel::AgentColumn)).toString(), QStringLiteral("No"));
}

void TestAgentClient::addWithLifetime()
{
    const QString key = makeKey(QStringLiteral("timed"), QString(), KeyAlgorithm::EcdsaP256);
    std::unique_ptr<KeyJob> job(KeyOperations::addToAgent(key, QString(), 1, m_agent->socketPath()));
    QVERIFY(waitForJob(job.get()));
    QVERIFY2(job->succeeded(), describe(job.get()).constData());
    QVERIFY(job->message().contains(QLatin1String("1 second")));
    // The agent forgets it by itself once the lifetime is over.
    QTRY_VERIFY_WITH_TIMEOUT(list().isEmpty(), 10000);
}

void TestAgentClient::wrongPassphrase()
{
    const QString key = makeKey(QStringLiteral("locked"), QStringLiteral("right one"));
    std::unique_ptr<KeyJob> job(KeyOperations::addToAgent(key, QStringLiteral("wrong one"), 0, m_agent->socketPath()));
    QVERIFY(waitForJob(job.get()));
    QVERIFY(!job->succeeded());
    QCOMPARE(job->errorString(), QStringLiteral("The passphrase is wrong."));
    QVERIFY(list().isEmpty());
}

void TestAgentClient::encryptedKeyNeedsPassphrase()
{
    const QString key = makeKey(QStringLiteral("needs"), QStringLiteral("secret"));
    std::unique_ptr<KeyJob> job(KeyOperations::addToAgent(key, QString(), 0, m_agent->socketPath()));
    QVERIFY(waitForJob(job.get()));
    QVERIFY(!job->succeeded());
    QVERIFY(job->errorString().contains(QLatin1String("passphrase")));
}

void TestAgentClient::removeAll()
{
    QString error;
    QVERIFY2(m_agent->add(makeKey(QStringLiteral("a"), QString()), &error), qPrintable(error));
    QVERIFY2(m_agent->add(makeKey(QStringLiteral("b"), QString()), &error), qPrintable(error));
    QCOMPARE(list().size(), 2);
    AgentClient client(m_agent->socketPath());
    QSignalSpy removed(&client, &AgentClient::allIdentitiesRemoved);
    client.removeAllIdentities();
    QVERIFY(removed.wait(10000));
    QVERIFY(list().isEmpty());
}

void TestAgentClient::removeUnknownKey()
{
    AgentClient client(m_agent->socketPath());
    QSignalSpy failed(&client, &AgentClient::failed);
    client.removeIdentity(KeyInventory::inspect(makeKey(QStringLiteral("never"), QString())).publicKeyBlob);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.constFirst().constFirst().toString().contains(QLatin1String("does not hold")));
}

void TestAgentClient::certificateCountsAsLoaded()
{
    const QString key = makeKey(QStringLiteral("certified"), QString());
    const QString ca = makeKey(QStringLiteral("ca"), QString());
    int code = 0;
    runProgram(QStringLiteral("ssh-keygen"),
               {QStringLiteral("-q"), QStringLiteral("-s"), ca, QStringLiteral("-I"), QStringLiteral("id"),
                QStringLiteral("-n"), QStringLiteral("me"), key + QStringLiteral(".pub")},
               &code);
    QCOMPARE(code, 0);
    // ssh-add adds the certificate beside the key too.
    std::unique_ptr<KeyJob> job(KeyOperations::addToAgent(key, QString(), 0, m_agent->socketPath()));
    QVERIFY(waitForJob(job.get()));
    QVERIFY2(job->succeeded(), describe(job.get()).constData());
    const QList<AgentIdentity> identities = list();
    QCOMPARE(identities.size(), 2);
    QCOMPARE(identities.at(1).isCertificate(), true);
    const SshKeyInfo info = KeyInventory::inspect(key);
    QVERIFY(info.hasCertificate());
    QVERIFY(KeyInventory::certifies(identities.at(1).keyBlob, info.publicKeyBlob));
    QVERIFY(!KeyInventory::certifies(identities.at(1).keyBlob, KeyInventory::inspect(ca).publicKeyBlob));
    QList<SshKeyInfo> keys{info};
    KeyInventory::markLoaded(&keys, {identities.at(1)});
    QVERIFY(keys.constFirst().inAgent);
}

void TestAgentClient::noAgent()
{
    const EnvironmentGuard socket("SSH_AUTH_SOCK", QByteArray());
    qunsetenv("SSH_AUTH_SOCK");
    AgentClient client;
    QSignalSpy failed(&client, &AgentClient::failed);
    client.listIdentities();
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.constFirst().constFirst().toString().contains(QLatin1String("SSH_AUTH_SOCK is not set")));

    std::unique_ptr<KeyJob> job(KeyOperations::addToAgent(makeKey(QStringLiteral("x"), QString()), QString(), 0));
    QVERIFY(waitForJob(job.get()));
    QVERIFY(job->errorString().contains(QLatin1String("SSH_AUTH_SOCK is not set")));

    AgentClient gone(m_dir.filePath(QStringLiteral("no-such-socket")));
    QSignalSpy goneFailed(&gone, &AgentClient::failed);
    gone.listIdentities();
    QVERIFY(goneFailed.wait(10000));
    QVERIFY(goneFailed.constFirst().constFirst().toString().contains(QLatin1String("cannot be reached")));
}

void TestAgentClient::notAnAgent()
{
    // Something on the socket that answers nonsense must give a message, not a crash or a huge allocation.
    const QList<QByteArray> answers{
        QByteArray::fromHex("ffffffff0c"),                 // a length far over the limit
        QByteArray::fromHex("000000050cffffffff"),         // 4 billion identities in 5 bytes
        QByteArray::fromHex("0000000105"),                 // failure
        QByteArray::fromHex("000000090c0000000100000010"), // a blob longer than the message
    };
    int round = 0;
    for (const QByteArray& answer : answers) {
        QLocalServer server;
        const QString path = m_dir.filePath(QStringLiteral("liar%1.sock").arg(++round));
        QVERIFY(server.listen(path));
        connect(&server, &QLocalServer::newConnection, &server, [&server, answer] {
            QLocalSocket* socket = server.nextPendingConnection();
            connect(socket, &QLocalSocket::readyRead, socket, [socket, answer] {
                socket->readAll();
                socket->write(answer);
            });
        });
        AgentClient client(path);
        QSignalSpy failed(&client, &AgentClient::failed);
        QSignalSpy listed(&client, &AgentClient::identitiesListed);
        client.listIdentities();
        QVERIFY(failed.wait(10000));
        QVERIFY(listed.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestAgentClient)
#include "tst_agentclient.moc"
