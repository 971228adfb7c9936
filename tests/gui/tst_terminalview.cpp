#include "PtyFeeder.h"
#include "TerminalView.h"

#include <QClipboard>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

#include <utility>

#include <fcntl.h>
#include <unistd.h>

using ferry::TerminalView;

class TestTerminalView : public QObject {
    Q_OBJECT
private slots:
    void feederQueuesWhatTheDescriptorCannotTake();
    void showsFedText();
    void decodesUtf8SplitAcrossFeeds();
    void keepsLineFeedsRaw();
    void screenTextCoversTheWholeScreen();
    void largeFeedDoesNotDeadlock();
    void resizeChangesGrid();
    void keystrokesComeOutAsBytes();
    void pasteShortcutSendsTheClipboard();

private:
    static void showView(TerminalView& view, int width = 640, int height = 400);
};

void TestTerminalView::showView(TerminalView& view, int width, int height)
{
    view.resize(width, height);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
}

void TestTerminalView::feederQueuesWhatTheDescriptorCannotTake()
{
    // A pipe stands in for the pty: same 64 KiB buffer, and here nobody reads it until the writes are done.
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    const int readEnd = fds[0];
    QCOMPARE(::fcntl(readEnd, F_SETFL, O_NONBLOCK), 0);

    QByteArray expected;
    {
        ferry::PtyFeeder feeder(fds[1]);
        for (int i = 0; i < 64; ++i) {
            QByteArray chunk(16 * 1024, char('a' + i % 26));
            chunk.prepend(QByteArray::number(i));
            feeder.write(chunk);
            expected += chunk;
        }
        QVERIFY(feeder.pendingBytes() > 0);
        QVERIFY(feeder.pendingBytes() < expected.size());

        QByteArray received;
        char buffer[8192];
        QDeadlineTimer deadline(20000);
        while (received.size() < expected.size() && !deadline.hasExpired()) {
            const ssize_t n = ::read(readEnd, buffer, sizeof buffer);
            if (n > 0)
                received.append(buffer, int(n));
            else
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        QCOMPARE(received.size(), expected.size());
        QVERIFY(received == expected);
        QCOMPARE(feeder.pendingBytes(), qint64(0));
    }
    ::close(fds[0]);
    ::close(fds[1]);
}

void TestTerminalView::showsFedText()
{
    TerminalView view;
    showView(view);
    view.feed(QByteArrayLiteral("hello from the server\r\n$ "));
    QTRY_VERIFY(view.screenText().contains(QLatin1String("hello from the server")));
    QVERIFY(view.screenText().contains(QLatin1String("\n$")));
}

void TestTerminalView::decodesUtf8SplitAcrossFeeds()
{
    TerminalView view;
    showView(view);
    const QString text = QString::fromUtf8("grüße ✓ καλημέρα");
    const QByteArray bytes = text.toUtf8();
    // Cut inside the two-byte "ü" and the three-byte "✓": the decoder must carry the partial sequences.
    const int cutInUmlaut = bytes.indexOf("\xc3\xbc") + 1;
    const int cutInCheck = bytes.indexOf("\xe2\x9c\x93") + 2;
    view.feed(bytes.left(cutInUmlaut));
    view.feed(bytes.mid(cutInUmlaut, cutInCheck - cutInUmlaut));
    view.feed(bytes.mid(cutInCheck) + "\r\n");
    QTRY_VERIFY(view.screenText().contains(text));
}

void TestTerminalView::keepsLineFeedsRaw()
{
    TerminalView view;
    showView(view);
    // On a raw pty a bare LF moves down without returning to the first column; a cooked one (ONLCR) would
    // turn it into CRLF and put "cd" at the start of the line.
    view.feed(QByteArrayLiteral("ab\ncd\r\nend\r\n"));
    QTRY_VERIFY(view.screenText().contains(QLatin1String("end")));
    QVERIFY2(view.screenText().contains(QLatin1String("ab\n  cd\n")), qPrintable(view.screenText()));
}

void TestTerminalView::screenTextCoversTheWholeScreen()
{
    TerminalView view;
    showView(view);
    const int rows = view.rows();
    QVERIFY(rows > 3);
    // Scrollback first, then exactly one screenful with the last row in use and no newline after it.
    QByteArray bytes;
    for (int i = 1; i <= 5; ++i)
        bytes += "scrolled away " + QByteArray::number(i) + "\r\n";
    for (int i = 1; i < rows; ++i)
        bytes += "row " + QByteArray::number(i) + "\r\n";
    bytes += "row " + QByteArray::number(rows);
    view.feed(bytes);
    const QString lastRow = QStringLiteral("row %1").arg(rows);
    QTRY_VERIFY(view.screenText().endsWith(lastRow));

    const QStringList lines = view.screenText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), rows);
    QCOMPARE(lines.constFirst(), QStringLiteral("row 1"));
    QCOMPARE(lines.constLast(), lastRow);
}

void TestTerminalView::largeFeedDoesNotDeadlock()
{
    TerminalView view;
    showView(view);
    QByteArray bulk;
    const int lineCount = 12000;
    for (int i = 0; i < lineCount; ++i)
        bulk += QByteArray("line ") + QByteArray::number(i).rightJustified(5, '0') + " of the bulk test output\r\n";
    QVERIFY(bulk.size() > 200 * 1024);

    // One feed far larger than the pty's buffer, then many small ones behind it: feed() must return at once
    // every time, with the rest queued.
    QElapsedTimer timer;
    timer.start();
    view.feed(bulk);
    for (int i = 0; i < 100; ++i)
        view.feed(QByteArray("tail ") + QByteArray::number(i) + "\r\n");
    QVERIFY2(timer.elapsed() < 2000, "feed() blocked");

    QTRY_VERIFY_WITH_TIMEOUT(view.screenText().contains(QLatin1String("tail 99")), 30000);
    const QString screen = view.screenText();
    QVERIFY(screen.contains(QLatin1String("tail 98")));
    QVERIFY(!screen.contains(QLatin1String("line 00000")));
}

void TestTerminalView::resizeChangesGrid()
{
    TerminalView view;
    QSignalSpy sizes(&view, &TerminalView::terminalSizeChanged);
    showView(view, 400, 300);
    QTRY_VERIFY(sizes.count() >= 1);
    const int smallColumns = sizes.last().at(0).toInt();
    const int smallRows = sizes.last().at(1).toInt();
    QVERIFY(smallColumns > 10);
    QVERIFY(smallRows > 5);
    QCOMPARE(view.columns(), smallColumns);
    QCOMPARE(view.rows(), smallRows);

    const int before = sizes.count();
    view.resize(900, 620);
    QTRY_VERIFY(sizes.count() > before);
    const int largeColumns = sizes.last().at(0).toInt();
    const int largeRows = sizes.last().at(1).toInt();
    QVERIFY2(largeColumns > smallColumns, qPrintable(QStringLiteral("%1 -> %2").arg(smallColumns).arg(largeColumns)));
    QVERIFY2(largeRows > smallRows, qPrintable(QStringLiteral("%1 -> %2").arg(smallRows).arg(largeRows)));
    QCOMPARE(view.columns(), largeColumns);
    QCOMPARE(view.rows(), largeRows);
}

void TestTerminalView::keystrokesComeOutAsBytes()
{
    TerminalView view;
    showView(view);
    QSignalSpy keys(&view, &TerminalView::keysTyped);
    // Key events go to the emulator's display widget, the focus proxy of QTermWidget.
    QWidget* display = view.focusProxy() ? view.focusProxy()->focusProxy() : nullptr;
    QVERIFY(display);
    QTest::keyClicks(display, QStringLiteral("ls -l"));
    QTest::keyClick(display, Qt::Key_Return);
    QTest::keyClick(display, Qt::Key_C, Qt::ControlModifier);

    QByteArray typed;
    for (const QList<QVariant>& emission : std::as_const(keys))
        typed += emission.at(0).toByteArray();
    QCOMPARE(typed, QByteArray("ls -l\r\x03"));
}

void TestTerminalView::pasteShortcutSendsTheClipboard()
{
    TerminalView view;
    showView(view);
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QWidget* display = view.focusProxy()->focusProxy();
    display->setFocus();
    QTRY_VERIFY(display->hasFocus());

    QGuiApplication::clipboard()->setText(QStringLiteral("pasted from the clipboard"));
    QSignalSpy keys(&view, &TerminalView::keysTyped);
    // Ctrl+Shift+V, not Ctrl+V: that one belongs to the programs in the terminal.
    QTest::keyClick(display, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QByteArray typed;
    for (const QList<QVariant>& emission : std::as_const(keys))
        typed += emission.at(0).toByteArray();
    QVERIFY2(typed.contains("pasted from the clipboard"), typed.constData());
}

QTEST_MAIN(TestTerminalView)
#include "tst_terminalview.moc"
