// Channels on a real connection: exec results, shell round trips, pty size, environment, several
// channels at once and end-of-file in both directions.
#include "ScriptedClient.h"
#include "SshdFixture.h"
#include "TestHome.h"

#include <QTest>

using namespace ferry;
using namespace ferry::test;

class TestChannels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void execExitStatusAndStderr();
    void execExitSignal();
    void execStdinAndEof();
    void shellEchoRoundTrip();
    void resizeSeenBySttySize();
    void environmentWhereAllowed();
    void severalChannelsAtOnce();
    void largeOutputArrivesWhole();
    void closingChannelKeepsConnection();
    void manualAcknowledgeBoundsWhatIsReadAhead();

private:
    RemoteChannel* openShell(QByteArray* output, const ChannelRequest& request = ChannelRequest::shell());
    SshdFixture m_sshd;
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<ScriptedClient> m_client;
};

void TestChannels::initTestCase()
{
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    m_home = std::make_unique<TestHome>();
    m_client = std::make_unique<ScriptedClient>(m_sshd.clientOptions(m_home->sshDir(), m_home->knownHostsFile()));
    QVERIFY2(m_client->connectAndWait(), qPrintable(m_client->error().message));
}

void TestChannels::cleanupTestCase()
{
    m_client.reset();
    m_home.reset();
}

RemoteChannel* TestChannels::openShell(QByteArray* output, const ChannelRequest& request)
{
    RemoteChannel* ch = m_client->connection()->openChannel(request);
    connect(ch, &RemoteChannel::stdoutReceived, this, [output](const QByteArray& d) { output->append(d); });
    return ch;
}

void TestChannels::execExitStatusAndStderr()
{
    const auto r = m_client->exec(QStringLiteral("echo to-out; echo to-err >&2; exit 3"));
    QVERIFY(r.closed);
    QCOMPARE(r.out, QByteArray("to-out\n"));
    QCOMPARE(r.err, QByteArray("to-err\n"));
    QCOMPARE(r.exitStatus, 3);
    QVERIFY(r.exitSignal.isEmpty());
}

void TestChannels::execExitSignal()
{
    const auto r = m_client->exec(QStringLiteral("kill -TERM $$"));
    QVERIFY(r.closed);
    QCOMPARE(r.exitSignal, QStringLiteral("TERM"));
}

void TestChannels::execStdinAndEof()
{
    RemoteChannel* ch = m_client->connection()->openChannel(ChannelRequest::exec(QStringLiteral("tr a-z A-Z")));
    QByteArray out;
    connect(ch, &RemoteChannel::stdoutReceived, this, [&out](const QByteArray& d) { out += d; });
    QSignalSpy eof(ch, &RemoteChannel::eofReceived);
    QSignalSpy closed(ch, &RemoteChannel::closed);
    ch->write("hello ferry\n");
    ch->sendEof();
    QVERIFY(closed.wait(20000));
    QCOMPARE(out, QByteArray("HELLO FERRY\n"));
    QCOMPARE(eof.size(), 1);
    QCOMPARE(ch->exitStatus(), 0);
    delete ch;
}

void TestChannels::shellEchoRoundTrip()
{
    QByteArray out;
    RemoteChannel* ch = openShell(&out);
    QSignalSpy opened(ch, &RemoteChannel::opened);
    QVERIFY(opened.wait(20000));
    ch->write("echo ferry-$((6*7))\n");
    QTRY_VERIFY_WITH_TIMEOUT(out.contains("ferry-42"), 20000);
    QSignalSpy closed(ch, &RemoteChannel::closed);
    ch->write("exit 5\n");
    QVERIFY(closed.wait(20000));
    QCOMPARE(ch->exitStatus(), 5);
    delete ch;
}

void TestChannels::resizeSeenBySttySize()
{
    QByteArray out;
    RemoteChannel* ch = openShell(&out, ChannelRequest::shell(80, 24));
    QSignalSpy opened(ch, &RemoteChannel::opened);
    QVERIFY(opened.wait(20000));
    ch->write("stty size; echo size-done\n");
    QTRY_VERIFY_WITH_TIMEOUT(out.contains("24 80"), 20000);
    ch->resizePty(132, 43);
    ch->write("stty size\n");
    QTRY_VERIFY_WITH_TIMEOUT(out.contains("43 132"), 20000);
    delete ch;
}

void TestChannels::environmentWhereAllowed()
{
    ChannelRequest request = ChannelRequest::exec(QStringLiteral("echo \"$FERRY_GREETING|$OTHER_VAR\""));
    // sshd's AcceptEnv allows FERRY_*; OTHER_VAR is refused without failing the channel.
    request.environment = {{"FERRY_GREETING", "ahoy"}, {"OTHER_VAR", "nope"}};
    RemoteChannel* ch = m_client->connection()->openChannel(request);
    QByteArray out;
    connect(ch, &RemoteChannel::stdoutReceived, this, [&out](const QByteArray& d) { out += d; });
    QSignalSpy closed(ch, &RemoteChannel::closed);
    QVERIFY(closed.wait(20000));
    QCOMPARE(out, QByteArray("ahoy|\n"));
    delete ch;
}

void TestChannels::severalChannelsAtOnce()
{
    QList<RemoteChannel*> channels;
    QVector<QByteArray> outputs(5);
    for (int i = 0; i < 5; ++i) {
        RemoteChannel* ch = m_client->connection()->openChannel(
            ChannelRequest::exec(QStringLiteral("sleep 0.%1; echo channel-%2").arg(5 - i).arg(i)));
        connect(ch, &RemoteChannel::stdoutReceived, this, [&outputs, i](const QByteArray& d) { outputs[i] += d; });
        channels << ch;
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(channels.cbegin(), channels.cend(),
                                         [](RemoteChannel* c) { return c->state() == RemoteChannel::State::Closed; }),
                             30000);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(outputs.at(i), QStringLiteral("channel-%1\n").arg(i).toUtf8());
        QCOMPARE(channels.at(i)->exitStatus(), 0);
    }
    qDeleteAll(channels);
}

void TestChannels::largeOutputArrivesWhole()
{
    // 20 MiB through one channel: more than the SSH window and the flow-control budget together.
    const auto r = m_client->exec(QStringLiteral("head -c 20971520 /dev/zero | tr '\\0' x; echo end"), 120000);
    QVERIFY(r.closed);
    QCOMPARE(r.out.size(), 20971520 + 4);
    QVERIFY(r.out.endsWith("xend\n"));
}

void TestChannels::closingChannelKeepsConnection()
{
    QByteArray out;
    RemoteChannel* ch = openShell(&out);
    QSignalSpy opened(ch, &RemoteChannel::opened);
    QVERIFY(opened.wait(20000));
    ch->close();
    QCOMPARE(ch->state(), RemoteChannel::State::Closed);
    delete ch;
    QVERIFY(m_client->connection()->isConnected());
    QCOMPARE(m_client->exec(QStringLiteral("echo still-here")).out, QByteArray("still-here\n"));
}

void TestChannels::manualAcknowledgeBoundsWhatIsReadAhead()
{
    // A consumer that acknowledges late never has more than the worker's budget outstanding.
    const qint64 total = 24 * 1024 * 1024;
    RemoteChannel* ch = m_client->connection()->openChannel(
        ChannelRequest::exec(QStringLiteral("head -c %1 /dev/zero").arg(total)));
    ch->setManualAcknowledge(true);
    qint64 received = 0;
    qint64 acknowledged = 0;
    qint64 maxOutstanding = 0;
    connect(ch, &RemoteChannel::stdoutReceived, this, [&](const QByteArray& data) {
        received += data.size();
        const qint64 outstanding = received - acknowledged;
        maxOutstanding = qMax(maxOutstanding, outstanding);
        if (outstanding >= 6 * 1024 * 1024) {
            ch->acknowledge(outstanding);
            acknowledged += outstanding;
        }
    });
    QTRY_COMPARE_WITH_TIMEOUT(received, total, 60000);
    QTRY_COMPARE(ch->state(), RemoteChannel::State::Closed);
    QVERIFY(maxOutstanding >= 6 * 1024 * 1024);
    QVERIFY2(maxOutstanding <= 8 * 1024 * 1024, qPrintable(QString::number(maxOutstanding)));
    delete ch;
}

QTEST_GUILESS_MAIN(TestChannels)
#include "tst_channels.moc"
