// Connecting and trusting, against a real OpenSSH sshd: host key questions, refusals, errors,
// parallel connections, the service hook and the connection log.
#include "ssh/ConnectionService.h"
#include "ScriptedClient.h"
#include "profiles/SshConfig.h"
#include "profiles/SshConfigOptions.h"
#include "SshdFixture.h"
#include "TestHome.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <libssh/libssh.h>

#include <csignal>

using namespace ferry;
using namespace ferry::test;

namespace {

// A service for the hook test: records the thread it runs in and runs one exec on its own channel.
class ProbeService : public ConnectionService {
    Q_OBJECT
public:
    QThread* startedIn = nullptr;
    QString stoppedWith;

signals:
    void done(const QString& output);

public:

    void start(ServiceHost* host) override
    {
        startedIn = QThread::currentThread();
        m_host = host;
        m_channel = ssh_channel_new(host->session());
    }
    void pump() override
    {
        if (m_channel == nullptr || m_done) {
            return;
        }
        if (!m_open) {
            const int rc = ssh_channel_open_session(m_channel);
            if (rc == SSH_AGAIN) {
                return;
            }
            m_open = rc == SSH_OK;
        }
        if (m_open && !m_execStarted) {
            const int rc = ssh_channel_request_exec(m_channel, "echo service-says-hi");
            if (rc == SSH_AGAIN) {
                return;
            }
            m_execStarted = true;
        }
        char buf[256];
        int n = 0;
        while ((n = ssh_channel_read_nonblocking(m_channel, buf, sizeof buf, 0)) > 0) {
            m_bytes.append(buf, n);
        }
        // A login profile may write to stderr; EOF counts only once both streams are drained.
        while (ssh_channel_read_nonblocking(m_channel, buf, sizeof buf, 1) > 0) {
        }
        if (ssh_channel_is_eof(m_channel)) {
            m_done = true;
            const QString text = QString::fromUtf8(m_bytes);
            ssh_channel_close(m_channel);
            ssh_channel_free(m_channel);
            m_channel = nullptr;
            m_host->log(QStringLiteral("probe service done"));
            emit done(text);
        }
    }
    void stop(const QString& reason) override
    {
        stoppedWith = reason;
        m_channel = nullptr; // freed by libssh with the session
    }

private:
    ServiceHost* m_host = nullptr;
    ssh_channel m_channel = nullptr;
    bool m_open = false;
    bool m_execStarted = false;
    bool m_done = false;
    QByteArray m_bytes;
};

SshdFixture::Config debugLogging()
{
    SshdFixture::Config config;
    config.logLevel = QStringLiteral("DEBUG1");
    return config;
}

// At DEBUG1 sshd logs every authentication request the client makes.
bool userauthRequested(const QString& sshdLog)
{
    return sshdLog.contains(QLatin1String("userauth-request"));
}

} // namespace

class TestConnection : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void unknownHostAskedThenSaved();
    void changedHostKeyRefusedBeforeAnyAuthentication();
    void rejectedHostKeySendsNothing();
    void revokedHostKeyRefused();
    void otherKeyTypeKnownIsAsked();
    void closedPortIsRefused();
    void silentServerTimesOut();
    void serverSideKilledIsReported();
    void keepalivesDetectAHungServer();
    void twoConnectionsInParallelThreads();
    void serviceRunsInWorkerThread();
    void algorithmsAndLogExposed();
    void connectsThroughSshConfigAlias();

private:
    SshdFixture m_sshd;
};

void TestConnection::initTestCase()
{
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
}

void TestConnection::unknownHostAskedThenSaved()
{
    TestHome home;
    ScriptedClient first(m_sshd.clientOptions(home.sshDir(), home.knownHostsFile()));
    first.hostKeyDecision = HostKeyDecision::AcceptAndSave;
    QVERIFY2(first.connectAndWait(), qPrintable(first.error().message));
    QCOMPARE(first.hostKeyQuestions.size(), 1);
    const HostKeyInfo asked = first.hostKeyQuestions.first();
    QCOMPARE(asked.keyType, QStringLiteral("ssh-ed25519"));
    QCOMPARE(asked.status, HostKeyInfo::Status::Unknown);
    // The fingerprint shown is the one ssh-keygen prints for the server's key.
    const QString keygen = TestHome::runTool(QStringLiteral("ssh-keygen"),
                                             {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                                              QStringLiteral("-f"), m_sshd.hostKeyPublicFile()});
    QVERIFY2(keygen.contains(asked.fingerprint), qPrintable(keygen + QStringLiteral(" vs ") + asked.fingerprint));

    int code = -1;
    const QString pattern = QStringLiteral("[127.0.0.1]:%1").arg(m_sshd.port());
    const QString found = TestHome::runTool(
        QStringLiteral("ssh-keygen"), {QStringLiteral("-F"), pattern, QStringLiteral("-f"), home.knownHostsFile()}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(found.contains(pattern), qPrintable(found));

    // Known now: a second connection goes straight in.
    ScriptedClient second(m_sshd.clientOptions(home.sshDir(), home.knownHostsFile()));
    QVERIFY2(second.connectAndWait(), qPrintable(second.error().message));
    QVERIFY(second.hostKeyQuestions.isEmpty());
}

void TestConnection::changedHostKeyRefusedBeforeAnyAuthentication()
{
    TestHome home;
    const QString otherKey = home.path() + QStringLiteral("/other");
    QVERIFY(TestHome::generateKey(otherKey, QStringLiteral("ed25519")));
    QFile pub(otherKey + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = pub.readAll().split(' ');
    SshdFixture sshd; // a fresh server, so its log holds only this connection
    QVERIFY2(sshd.start(debugLogging()), qPrintable(sshd.errorString()));
    QFile known(home.knownHostsFile());
    QVERIFY(known.open(QIODevice::WriteOnly));
    known.write("[127.0.0.1]:" + QByteArray::number(sshd.port()) + ' ' + fields.at(0) + ' ' + fields.at(1) + '\n');
    known.close();

    ScriptedClient client(sshd.clientOptions(home.sshDir(), home.knownHostsFile()));
    client.answers << QStringList{QStringLiteral("must-never-be-asked")};
    QVERIFY(!client.connectAndWait());
    QCOMPARE(client.error().kind, ConnectionError::Kind::HostKeyChanged);
    QVERIFY(client.error().message.contains(QLatin1String("man-in-the-middle")));
    QVERIFY(client.hostKeyQuestions.isEmpty());
    QVERIFY(client.prompts.isEmpty());
    QCOMPARE(client.hostKeyRefusals.size(), 1);
    const HostKeyInfo refused = client.hostKeyRefusals.first();
    QCOMPARE(refused.status, HostKeyInfo::Status::Changed);
    QCOMPARE(refused.knownLines.size(), 1);
    QVERIFY(refused.knownLines.first().startsWith(QLatin1String("line 1: [127.0.0.1]")));
    QVERIFY(refused.knownFingerprints.first() != refused.fingerprint);

    QTRY_VERIFY(sshd.log().contains(QLatin1String("Connection closed by")) || sshd.log().contains(QLatin1String("disconnect")));
    QVERIFY2(sshd.log().contains(QLatin1String("Connection from 127.0.0.1")), qPrintable(sshd.log()));
    QVERIFY2(!userauthRequested(sshd.log()), qPrintable(sshd.log()));
}

void TestConnection::rejectedHostKeySendsNothing()
{
    TestHome home;
    SshdFixture sshd;
    QVERIFY2(sshd.start(debugLogging()), qPrintable(sshd.errorString()));
    ScriptedClient client(sshd.clientOptions(home.sshDir(), home.knownHostsFile()));
    client.hostKeyDecision = HostKeyDecision::Reject;
    QVERIFY(!client.connectAndWait());
    QCOMPARE(client.error().kind, ConnectionError::Kind::HostKeyRejected);
    QCOMPARE(client.hostKeyQuestions.size(), 1);
    QVERIFY(!QFile::exists(home.knownHostsFile()));
    QTRY_VERIFY(sshd.log().contains(QLatin1String("Connection closed by")) || sshd.log().contains(QLatin1String("disconnect")));
    QVERIFY2(!userauthRequested(sshd.log()), qPrintable(sshd.log()));
}

void TestConnection::revokedHostKeyRefused()
{
    TestHome home;
    QFile hostPub(m_sshd.hostKeyPublicFile());
    QVERIFY(hostPub.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = hostPub.readAll().split(' ');
    QFile known(home.knownHostsFile());
    QVERIFY(known.open(QIODevice::WriteOnly));
    // The same key both trusted and revoked: revocation wins, as in OpenSSH.
    known.write("[127.0.0.1]:" + QByteArray::number(m_sshd.port()) + ' ' + fields.at(0) + ' ' + fields.at(1) + '\n');
    known.write("@revoked * " + fields.at(0) + ' ' + fields.at(1) + '\n');
    known.close();
    ScriptedClient client(m_sshd.clientOptions(home.sshDir(), home.knownHostsFile()));
    QVERIFY(!client.connectAndWait());
    QCOMPARE(client.error().kind, ConnectionError::Kind::HostKeyRevoked);
    QCOMPARE(client.hostKeyRefusals.size(), 1);
    QCOMPARE(client.hostKeyRefusals.first().status, HostKeyInfo::Status::Revoked);
    QVERIFY(client.prompts.isEmpty());
}

void TestConnection::otherKeyTypeKnownIsAsked()
{
    TestHome home;
    const QString rsa = home.path() + QStringLiteral("/rsa");
    QVERIFY(TestHome::generateKey(rsa, QStringLiteral("rsa")));
    QFile pub(rsa + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = pub.readAll().split(' ');
    QFile known(home.knownHostsFile());
    QVERIFY(known.open(QIODevice::WriteOnly));
    known.write("[127.0.0.1]:" + QByteArray::number(m_sshd.port()) + ' ' + fields.at(0) + ' ' + fields.at(1) + '\n');
    known.close();
    ScriptedClient client(m_sshd.clientOptions(home.sshDir(), home.knownHostsFile()));
    client.hostKeyDecision = HostKeyDecision::AcceptOnce;
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    QCOMPARE(client.hostKeyQuestions.size(), 1);
    QCOMPARE(client.hostKeyQuestions.first().status, HostKeyInfo::Status::OtherTypeKnown);
}

void TestConnection::closedPortIsRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    TestHome home;
    ConnectionOptions options = m_sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    options.port = port;
    options.connectTimeoutMs = 5000;
    ScriptedClient client(options);
    QVERIFY(!client.connectAndWait());
    QCOMPARE(client.error().kind, ConnectionError::Kind::ConnectionRefused);
    QVERIFY(client.error().message.contains(QString::number(port)));
}

void TestConnection::silentServerTimesOut()
{
    // Accepts TCP and never says a word: only the connect timeout can end this.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket*> accepted;
    connect(&silent, &QTcpServer::newConnection, this, [&] { accepted << silent.nextPendingConnection(); });
    TestHome home;
    ConnectionOptions options = m_sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    options.port = silent.serverPort();
    options.connectTimeoutMs = 1500;
    ScriptedClient client(options);
    QSignalSpy down(client.connection(), &Connection::disconnected);
    client.connection()->connectToHost();
    QVERIFY(down.wait(options.connectTimeoutMs + 10000));
    QCOMPARE(client.error().kind, ConnectionError::Kind::Timeout);
    QVERIFY(client.error().message.contains(QLatin1String("did not answer")));
    QVERIFY(!accepted.isEmpty());
    qDeleteAll(accepted);
}

void TestConnection::serverSideKilledIsReported()
{
    TestHome home;
    SshdFixture sshd;
    QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
    ScriptedClient client(sshd.clientOptions(home.sshDir(), home.knownHostsFile()));
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    RemoteChannel* shell = client.connection()->openChannel(ChannelRequest::shell());
    QSignalSpy opened(shell, &RemoteChannel::opened);
    QVERIFY(opened.wait(20000));
    QSignalSpy down(client.connection(), &Connection::disconnected);
    QSignalSpy closed(shell, &RemoteChannel::closed);
    QVERIFY(sshd.killConnections() > 0);
    QVERIFY(down.wait(20000));
    QCOMPARE(client.error().kind, ConnectionError::Kind::ServerClosed);
    QTRY_COMPARE(closed.size(), 1);
    QVERIFY(!shell->errorString().isEmpty());
    QCOMPARE(client.connection()->state(), Connection::State::Disconnected);
}

void TestConnection::keepalivesDetectAHungServer()
{
    TestHome home;
    SshdFixture sshd;
    QVERIFY2(sshd.start(debugLogging()), qPrintable(sshd.errorString()));
    ConnectionOptions options = sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    options.keepaliveIntervalSec = 1;
    options.keepaliveCountMax = 2;
    ScriptedClient client(options);
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    // An idle, healthy connection: the server sees keepalives and the connection stays up.
    const QString keepalive = QStringLiteral("keepalive@openssh.com");
    QTRY_VERIFY_WITH_TIMEOUT(sshd.log().count(keepalive) >= 4, 20000);
    QVERIFY(client.connection()->isConnected());
    // The server hangs without closing the socket: only unanswered keepalives can tell.
    QSignalSpy down(client.connection(), &Connection::disconnected);
    QVERIFY(sshd.signalConnections(SIGSTOP) > 0);
    QVERIFY(down.wait(20000));
    QCOMPARE(client.error().kind, ConnectionError::Kind::Timeout);
    QVERIFY2(client.error().message.contains(QLatin1String("keepalive")), qPrintable(client.error().message));
    sshd.signalConnections(SIGCONT);
}

void TestConnection::twoConnectionsInParallelThreads()
{
    TestHome home;
    ScriptedClient a(m_sshd.clientOptions(home.sshDir(), home.knownHostsFile()));
    ScriptedClient b(m_sshd.clientOptions(home.sshDir(), home.knownHostsFile()));
    QSignalSpy upA(a.connection(), &Connection::connected);
    QSignalSpy upB(b.connection(), &Connection::connected);
    a.connection()->connectToHost();
    b.connection()->connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(upA.size() == 1 && upB.size() == 1, 30000);
    RemoteChannel* ca = a.connection()->openChannel(ChannelRequest::exec(QStringLiteral("echo from-a")));
    RemoteChannel* cb = b.connection()->openChannel(ChannelRequest::exec(QStringLiteral("echo from-b")));
    QByteArray outA;
    QByteArray outB;
    connect(ca, &RemoteChannel::stdoutReceived, this, [&](const QByteArray& d) { outA += d; });
    connect(cb, &RemoteChannel::stdoutReceived, this, [&](const QByteArray& d) { outB += d; });
    QTRY_VERIFY_WITH_TIMEOUT(ca->state() == RemoteChannel::State::Closed && cb->state() == RemoteChannel::State::Closed,
                             30000);
    QCOMPARE(outA, QByteArray("from-a\n"));
    QCOMPARE(outB, QByteArray("from-b\n"));
}

void TestConnection::serviceRunsInWorkerThread()
{
    TestHome home;
    ScriptedClient client(m_sshd.clientOptions(home.sshDir(), home.knownHostsFile()));
    auto service = std::make_unique<ProbeService>();
    ProbeService* probe = service.get();
    QString output;
    // Queued to this thread: the probe lives in the worker's.
    connect(probe, &ProbeService::done, this, [&output](const QString& text) { output = text; });
    QVERIFY(client.connectAndWait());
    client.connection()->startService(std::move(service));
    QTRY_COMPARE_WITH_TIMEOUT(output, QStringLiteral("service-says-hi\n"), 20000);
    QVERIFY(probe->startedIn != nullptr);
    QVERIFY(probe->startedIn != QThread::currentThread());
    QTRY_VERIFY(client.connection()->log()->contains(QStringLiteral("probe service done")));
}

void TestConnection::algorithmsAndLogExposed()
{
    TestHome home;
    ConnectionOptions options = m_sshd.clientOptions(home.sshDir(), home.knownHostsFile());
    options.logVerbosity = SSH_LOG_PROTOCOL;
    ScriptedClient client(options);
    QVERIFY(client.connectAndWait());
    const AlgorithmInfo info = client.connection()->algorithms();
    QVERIFY(!info.keyExchange.isEmpty());
    QCOMPARE(info.hostKey, QStringLiteral("ssh-ed25519"));
    QVERIFY(!info.cipherClientToServer.isEmpty());
    QVERIFY(info.serverBanner.startsWith(QLatin1String("SSH-2.0-OpenSSH")));
    ConnectionLog* log = client.connection()->log();
    QVERIFY(log->contains(QStringLiteral("Connecting to 127.0.0.1")));
    QVERIFY(log->contains(QStringLiteral("Authenticated with publickey")));
    // libssh's own messages are routed into the same log.
    bool libsshLine = false;
    for (const auto& line : log->lines()) {
        libsshLine = libsshLine || line.level > 0;
    }
    QVERIFY(libsshLine);
}

void TestConnection::connectsThroughSshConfigAlias()
{
    // The same parser reads ~/.ssh/config for connecting and for import: an alias alone reaches the server.
    TestHome home;
    const QByteArray config = "Host sandbox\n  HostName 127.0.0.1\n  Port " + QByteArray::number(m_sshd.port())
                              + "\n  User " + m_sshd.loginUser().toUtf8() + "\n  IdentityFile "
                              + m_sshd.userKeyFile().toUtf8() + "\n  IdentitiesOnly yes\n  ServerAliveInterval 30\n";
    SshConfigContext context = SshConfigContext::forCurrentUser();
    context.homeDir = home.path();
    const SshConfig parsed = SshConfig::parseText(config, QStringLiteral("config"), context);
    QVERIFY2(parsed.warnings().isEmpty(), qPrintable(parsed.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(parsed.hostAliases(), QStringList{QStringLiteral("sandbox")});

    ConnectionOptions defaults;
    defaults.sshDir = home.sshDir();
    defaults.knownHostsFile = home.knownHostsFile();
    defaults.user = QStringLiteral("nobody-in-particular");
    const SshConfigOptions::Result applied = SshConfigOptions::apply(parsed.resolve(QStringLiteral("sandbox")), defaults);
    QVERIFY(applied.warnings.isEmpty());
    QCOMPARE(applied.options.port, m_sshd.port());
    QVERIFY(!applied.options.useAgent);
    QCOMPARE(applied.options.keepaliveIntervalSec, 30);

    ScriptedClient client(applied.options);
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    QCOMPARE(client.exec(QStringLiteral("echo via-alias")).out, QByteArray("via-alias\n"));
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
