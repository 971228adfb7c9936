// A terminal view on a real channel: the server waits for a slow terminal instead of the connection
// queueing without bound, and every byte arrives in order.
#include "ScriptedClient.h"
#include "SshdFixture.h"
#include "TerminalView.h"
#include "TestHome.h"
#include "ssh/WorkerChannel.h"

#include <qtermwidget.h>

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ferry::TerminalView;

class TestTerminalChannel : public QObject {
    Q_OBJECT
private slots:
    void remoteOutputWaitsForTheTerminal();
};

void TestTerminalChannel::remoteOutputWaitsForTheTerminal()
{
    using namespace ferry;
    test::SshdFixture sshd;
    QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
    test::TestHome home;
    test::ScriptedClient client(sshd.clientOptions(home.sshDir(), home.knownHostsFile()));
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));

    // Twice what the connection may read ahead of the terminal, in lines of printable text, so the server
    // has to wait for the terminal more than once.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.txt"));
    QByteArray content;
    QRandomGenerator random(42);
    const qint64 size = 2 * WorkerChannel::MaxUnacknowledged;
    int line = 0;
    while (content.size() < size) {
        QByteArray text = QByteArray::number(++line) + ' ';
        const int length = 10 + int(random.bounded(190));
        while (text.size() < length) {
            text += char('!' + random.bounded(94));
        }
        content += text + '\n';
    }
    content += "the very last line\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), qint64(content.size()));
    }

    TerminalView view;
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.columns() > 0);
    QVERIFY(view.startLogging(dir.filePath(QStringLiteral("session.log")), false));
    ChannelRequest request = ChannelRequest::shell(view.columns(), view.rows());
    // The marker sets the data apart from whatever the account's shell startup files print first.
    request.command = QStringLiteral("echo ferry-begin && cat ") + path;
    RemoteChannel* channel = client.connection()->openChannel(request);
    view.attach(channel);
    QVERIFY(channel->manualAcknowledge());
    // Sampled right after the view has taken each piece, when the most is waiting.
    qint64 peak = 0;
    connect(channel, &RemoteChannel::stdoutReceived, &view, [&] { peak = qMax(peak, view.pendingOutputBytes()); });
    QSignalSpy closed(&view, &TerminalView::channelClosed);

    QTRY_VERIFY_WITH_TIMEOUT(!closed.isEmpty(), 90000);
    QTRY_COMPARE_WITH_TIMEOUT(view.pendingOutputBytes(), qint64(0), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(view.screenText().contains(QLatin1String("\nthe very last line")), 10000);
    QCOMPARE(channel->exitStatus(), 0);
    // What waited here never exceeded what the connection may read ahead: the rest waited at the server.
    QVERIFY2(peak > 0 && peak <= WorkerChannel::MaxUnacknowledged, qPrintable(QString::number(peak)));
    // Detached, the channel is back to acknowledging on delivery.
    view.attach(nullptr);
    QVERIFY(!channel->manualAcknowledge());

    // Every byte arrived, in order (the remote pty turns each LF into CRLF).
    view.stopLogging();
    QFile log(dir.filePath(QStringLiteral("session.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray all = log.readAll();
    const QByteArray received = all.mid(all.indexOf("ferry-begin\r\n"));
    const QByteArray expected = "ferry-begin\r\n" + content.replace("\n", "\r\n");
    QCOMPARE(received.size(), expected.size());
    QVERIFY(received == expected);

    // The channel is gone, the scrollback stays.
    auto* term = view.findChild<QTermWidget*>();
    QCOMPARE(term->historyLinesCount(), view.scrollbackLines());
    delete channel;
}

QTEST_MAIN(TestTerminalChannel)
#include "tst_terminalchannel.moc"
