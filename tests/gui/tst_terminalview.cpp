#include "PtyFeeder.h"
#include "TerminalView.h"

#include <qtermwidget.h>

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFontInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

#include <fcntl.h>
#include <unistd.h>

using ferry::SessionProfile;
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
    void copyShortcutCopiesTheSelection();
    void outputOfOneTurnIsWrittenAtOnce();
    void titleSequenceSetsTheTitle();
    void bellIsSignalled();
    void zoomShortcutsChangeTheFontSize();
    void colorSchemesCanBeChosen();
    void backspaceSendsTheChosenCode();
    void backspaceIgnoresTheKeyBindings();
    void multilinePasteAsksFirst();
    void singleLinePasteDoesNotAsk();
    void defaultPasteQuestionIsAMessageBox();
    void bracketedPasteWrapsThePaste();
    void findShortcutSearchesTheScrollback();
    void scrollbackKeepsTheSetNumberOfLines();
    void statusLineStandsOnItsOwnLine();
    void statusLineIsDim();
    void logHoldsExactlyTheBytesReceived();
    void logFailureIsReported();
    void settingsFromAProfileApply();
    void contextMenuOffersTheActions();

private:
    static void showView(TerminalView& view, int width = 640, int height = 400);
    static QWidget* display(TerminalView& view);
    static void focusDisplay(TerminalView& view);
    static QByteArray typed(const QSignalSpy& keys);
    // Feeds bytes, then a marker line, and waits until the emulator has shown the marker.
    static void feedAndWait(TerminalView& view, const QByteArray& bytes);
};

void TestTerminalView::showView(TerminalView& view, int width, int height)
{
    view.resize(width, height);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
}

QWidget* TestTerminalView::display(TerminalView& view)
{
    // Key events go to the emulator's display widget, the focus proxy of QTermWidget.
    return view.focusProxy() ? view.focusProxy()->focusProxy() : nullptr;
}

void TestTerminalView::focusDisplay(TerminalView& view)
{
    // Shortcuts only fire in the active window.
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QWidget* target = display(view);
    QVERIFY(target);
    target->setFocus();
    QTRY_VERIFY(target->hasFocus());
}

QByteArray TestTerminalView::typed(const QSignalSpy& keys)
{
    QByteArray bytes;
    for (const QList<QVariant>& emission : keys) {
        bytes += emission.at(0).toByteArray();
    }
    return bytes;
}

void TestTerminalView::feedAndWait(TerminalView& view, const QByteArray& bytes)
{
    static int markers = 0;
    const QByteArray marker = "marker-" + QByteArray::number(++markers);
    view.feed(bytes + "\r\n" + marker + "\r\n");
    QTRY_VERIFY(view.screenText().contains(QLatin1String(marker)));
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

void TestTerminalView::copyShortcutCopiesTheSelection()
{
    TerminalView view;
    showView(view);
    feedAndWait(view, "first line\r\nsecond line");
    auto* term = view.findChild<QTermWidget*>();
    QVERIFY(term);
    term->setSelectionStart(1, 0);
    term->setSelectionEnd(1, 5);
    QCOMPARE(view.selectedText(), QStringLiteral("second"));
    QGuiApplication::clipboard()->setText(QStringLiteral("old contents"));
    focusDisplay(view);
    QSignalSpy keys(&view, &TerminalView::keysTyped);
    // Ctrl+Shift+C, since Ctrl+C interrupts the remote program.
    QTest::keyClick(display(view), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("second"));
    QCOMPARE(typed(keys), QByteArray());
}

void TestTerminalView::outputOfOneTurnIsWrittenAtOnce()
{
    TerminalView view;
    showView(view);
    auto* feeder = view.findChild<ferry::PtyFeeder*>();
    QVERIFY(feeder);
    QSignalSpy consumed(feeder, &ferry::PtyFeeder::consumed);
    view.feed("one ");
    view.feed("two ");
    view.feed("three\r\n");
    // Nothing is written before the event loop turns; then the three pieces go into the pty as one.
    QCOMPARE(view.pendingOutputBytes(), qint64(15));
    QCOMPARE(consumed.count(), 0);
    QTRY_COMPARE(view.pendingOutputBytes(), qint64(0));
    QCOMPARE(consumed.count(), 1);
    QCOMPARE(consumed.at(0).at(0).toLongLong(), qint64(15));
    QTRY_VERIFY(view.screenText().contains(QLatin1String("one two three")));
}

void TestTerminalView::titleSequenceSetsTheTitle()
{
    TerminalView view;
    showView(view);
    QSignalSpy titles(&view, &TerminalView::titleChanged);
    QVERIFY(view.title().isEmpty());

    // OSC 0 (icon name and title), ended by BEL, as bash's PROMPT_COMMAND sends it.
    view.feed("\x1b]0;alice@remote: ~/src\x07$ ");
    QTRY_VERIFY(!titles.isEmpty());
    QCOMPARE(titles.last().at(0).toString(), QStringLiteral("alice@remote: ~/src"));
    QCOMPARE(view.title(), QStringLiteral("alice@remote: ~/src"));

    // OSC 2 (title only), ended by ST, as vim sends it.
    view.feed("\x1b]2;notes.txt - VIM\x1b\\");
    QTRY_COMPARE(view.title(), QStringLiteral("notes.txt - VIM"));
    QCOMPARE(titles.last().at(0).toString(), QStringLiteral("notes.txt - VIM"));
    // Neither sequence leaves text on the screen.
    QVERIFY(!view.screenText().contains(QLatin1String("alice@remote")));
}

void TestTerminalView::bellIsSignalled()
{
    TerminalView view;
    showView(view);
    QSignalSpy bells(&view, &TerminalView::bell);
    view.feed("before\x07"
              "after\r\n");
    QTRY_COMPARE(bells.count(), 1);
    QTRY_VERIFY(view.screenText().contains(QLatin1String("beforeafter")));
}

void TestTerminalView::zoomShortcutsChangeTheFontSize()
{
    TerminalView view;
    showView(view);
    focusDisplay(view);
    QTRY_VERIFY(view.columns() > 0);
    auto* term = view.findChild<QTermWidget*>();
    QVERIFY(term);
    const qreal base = view.terminalFont().pointSizeF();
    QVERIFY(base > 0);
    const int baseColumns = view.columns();
    QSignalSpy keys(&view, &TerminalView::keysTyped);
    QSignalSpy sizes(&view, &TerminalView::terminalSizeChanged);

    QTest::keyClick(display(view), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(view.zoomSteps(), 1);
    QCOMPARE(term->getTerminalFont().pointSizeF(), base + 1);
    // A bigger font leaves fewer cells, and the new grid is announced (it goes to the remote pty).
    QTRY_VERIFY(!sizes.isEmpty());
    QVERIFY2(view.columns() < baseColumns, qPrintable(QStringLiteral("%1 -> %2").arg(baseColumns).arg(view.columns())));
    QCOMPARE(sizes.last().at(0).toInt(), view.columns());

    QTest::keyClick(display(view), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(display(view), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(term->getTerminalFont().pointSizeF(), base - 1);
    QTRY_VERIFY(view.columns() > baseColumns);

    QTest::keyClick(display(view), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view.zoomSteps(), 0);
    QCOMPARE(term->getTerminalFont().pointSizeF(), base);
    QTRY_COMPARE(view.columns(), baseColumns);
    // The shortcuts belong to the view: none of them reached the shell.
    QCOMPARE(typed(keys), QByteArray());

    // A font set later is the new zoom 0.
    QFont bigger = view.terminalFont();
    bigger.setPointSizeF(base + 4);
    view.zoomIn();
    view.setTerminalFont(bigger);
    QCOMPARE(view.zoomSteps(), 0);
    QCOMPARE(term->getTerminalFont().pointSizeF(), base + 4);
}

void TestTerminalView::colorSchemesCanBeChosen()
{
    const QStringList schemes = TerminalView::availableColorSchemes();
    QVERIFY(schemes.contains(TerminalView::defaultColorScheme()));
    QVERIFY(schemes.size() > 1);

    TerminalView view;
    showView(view);
    QCOMPARE(view.colorScheme(), TerminalView::defaultColorScheme());
    const QImage before = view.grab().toImage();
    const QString other =
        schemes.contains(QStringLiteral("BlackOnWhite")) ? QStringLiteral("BlackOnWhite") : schemes.constLast();
    QVERIFY(view.setColorScheme(other));
    QCOMPARE(view.colorScheme(), other);
    QVERIFY(view.grab().toImage() != before);
    // An unknown name changes nothing (QTermWidget itself would fall back or open a message box).
    QVERIFY(!view.setColorScheme(QStringLiteral("No Such Scheme")));
    QCOMPARE(view.colorScheme(), other);
}

void TestTerminalView::backspaceSendsTheChosenCode()
{
    TerminalView view;
    showView(view);
    QWidget* target = display(view);
    QVERIFY(target);
    QSignalSpy keys(&view, &TerminalView::keysTyped);

    QCOMPARE(view.backspaceKey(), SessionProfile::BackspaceKey::Delete);
    QTest::keyClick(target, Qt::Key_Backspace);
    QCOMPARE(typed(keys), QByteArray("\x7f"));
    keys.clear();
    // Ctrl+Backspace sends the other code and Alt prefixes ESC, as in xterm; Ctrl+H stays ^H.
    QTest::keyClick(target, Qt::Key_Backspace, Qt::ControlModifier);
    QTest::keyClick(target, Qt::Key_Backspace, Qt::AltModifier);
    QTest::keyClick(target, Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(typed(keys), QByteArray("\x08\x1b\x7f\x08"));
    keys.clear();

    view.setBackspaceKey(SessionProfile::BackspaceKey::ControlH);
    QTest::keyClick(target, Qt::Key_Backspace);
    QTest::keyClick(target, Qt::Key_Backspace, Qt::ControlModifier);
    QTest::keyClick(target, Qt::Key_Backspace, Qt::AltModifier);
    QTest::keyClicks(target, QStringLiteral("a"));
    QCOMPARE(typed(keys), QByteArray("\x08\x7f\x1b\x08"
                                     "a"));
}

void TestTerminalView::backspaceIgnoresTheKeyBindings()
{
    TerminalView view;
    showView(view);
    auto* term = view.findChild<QTermWidget*>();
    QVERIFY(term);
    QSignalSpy keys(&view, &TerminalView::keysTyped);
    // The bindings differ in what Backspace sends ("linux" ^?, "solaris" ^H); the setting wins over both.
    for (const QString& bindings : {QStringLiteral("linux"), QStringLiteral("solaris"), QStringLiteral("default")}) {
        QVERIFY(QTermWidget::availableKeyBindings().contains(bindings));
        term->setKeyBindings(bindings);
        keys.clear();
        view.setBackspaceKey(SessionProfile::BackspaceKey::Delete);
        QTest::keyClick(display(view), Qt::Key_Backspace);
        view.setBackspaceKey(SessionProfile::BackspaceKey::ControlH);
        QTest::keyClick(display(view), Qt::Key_Backspace);
        QVERIFY2(typed(keys) == QByteArray("\x7f\x08"),
                 qPrintable(bindings + QLatin1String(": ") + QString::fromLatin1(typed(keys).toHex())));
    }
}

void TestTerminalView::multilinePasteAsksFirst()
{
    TerminalView view;
    showView(view);
    QStringList asked;
    bool answer = false;
    view.setPasteConfirmation([&](const QString& text) {
        asked << text;
        return answer;
    });
    QSignalSpy keys(&view, &TerminalView::keysTyped);
    QGuiApplication::clipboard()->setText(QStringLiteral("rm -rf build\r\nmake\n"));

    view.paste();
    QTRY_COMPARE(asked.size(), 1);
    QCOMPARE(asked.constFirst(), QStringLiteral("rm -rf build\nmake\n"));
    QCoreApplication::processEvents();
    QCOMPARE(typed(keys), QByteArray());

    answer = true;
    view.paste();
    QTRY_COMPARE(asked.size(), 2);
    // Line breaks go out as CR, the Enter key's code.
    QTRY_COMPARE(typed(keys), QByteArray("rm -rf build\rmake\r"));
}

void TestTerminalView::singleLinePasteDoesNotAsk()
{
    TerminalView view;
    showView(view);
    int asked = 0;
    view.setPasteConfirmation([&asked](const QString&) {
        ++asked;
        return false;
    });
    QSignalSpy keys(&view, &TerminalView::keysTyped);
    QGuiApplication::clipboard()->setText(QStringLiteral("ls -la /var/log"));
    view.paste();
    QCOMPARE(typed(keys), QByteArray("ls -la /var/log"));
    QCoreApplication::processEvents();
    QCOMPARE(asked, 0);
}

void TestTerminalView::defaultPasteQuestionIsAMessageBox()
{
    TerminalView view;
    showView(view);
    QSignalSpy keys(&view, &TerminalView::keysTyped);
    QGuiApplication::clipboard()->setText(QStringLiteral("one\ntwo\nthree"));
    const auto question = [&view] {
        QMessageBox* box = view.findChild<QMessageBox*>();
        return box && box->isVisible() ? box : nullptr;
    };

    view.paste();
    QTRY_VERIFY(question());
    QCOMPARE(question()->detailedText(), QStringLiteral("one\ntwo\nthree"));
    // The question does not block: the terminal keeps running while it is open, and nothing is sent yet.
    view.feed("output meanwhile\r\n");
    QTRY_VERIFY(view.screenText().contains(QLatin1String("output meanwhile")));
    QCOMPARE(typed(keys), QByteArray());
    QTest::keyClick(question(), Qt::Key_Escape);
    QTRY_VERIFY(!question());
    QCoreApplication::processEvents();
    QCOMPARE(typed(keys), QByteArray());

    view.paste();
    QTRY_VERIFY(question());
    QPushButton* pasteButton = nullptr;
    for (QAbstractButton* button : question()->buttons()) {
        if (question()->buttonRole(button) == QMessageBox::AcceptRole) {
            pasteButton = qobject_cast<QPushButton*>(button);
        }
    }
    QVERIFY(pasteButton);
    QCOMPARE(question()->defaultButton(), pasteButton);
    pasteButton->click();
    QTRY_COMPARE(typed(keys), QByteArray("one\rtwo\rthree"));
}

void TestTerminalView::bracketedPasteWrapsThePaste()
{
    TerminalView view;
    showView(view);
    QStringList asked;
    view.setPasteConfirmation([&asked](const QString& text) {
        asked << text;
        return true;
    });
    // The remote program (bash 5.1 and later, vim, zsh) turns on bracketed paste mode.
    feedAndWait(view, "\x1b[?2004h");
    QSignalSpy keys(&view, &TerminalView::keysTyped);
    QGuiApplication::clipboard()->setText(QStringLiteral("first\nsecond"));
    view.paste();
    QTRY_COMPARE(typed(keys), QByteArray("\x1b[200~first\rsecond\x1b[201~"));
    // Still asked, and shown the text without the brackets.
    QCOMPARE(asked, QStringList{QStringLiteral("first\nsecond")});
}

void TestTerminalView::findShortcutSearchesTheScrollback()
{
    TerminalView view;
    showView(view);
    QByteArray text;
    text += "a needle in the scrollback\r\n";
    for (int i = 0; i < 100; ++i) {
        text += "hay " + QByteArray::number(i) + "\r\n";
    }
    feedAndWait(view, text);
    QVERIFY(!view.screenText().contains(QLatin1String("needle")));
    focusDisplay(view);
    QVERIFY(!view.isSearchBarVisible());

    QTest::keyClick(display(view), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(view.isSearchBarVisible());
    auto* field = view.findChild<QLineEdit*>(QStringLiteral("searchTextEdit"));
    QVERIFY(field);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("needle"));
    QTRY_COMPARE(view.selectedText(), QStringLiteral("needle"));

    // The same shortcut closes the bar and gives the keyboard back to the terminal.
    QTest::keyClick(field, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!view.isSearchBarVisible());
    QTRY_VERIFY(display(view)->hasFocus());
}

void TestTerminalView::scrollbackKeepsTheSetNumberOfLines()
{
    TerminalView view;
    showView(view);
    auto* term = view.findChild<QTermWidget*>();
    QVERIFY(term);
    QCOMPARE(view.scrollbackLines(), 10000);
    view.setScrollbackLines(50);
    QCOMPARE(view.scrollbackLines(), 50);
    QByteArray text;
    for (int i = 0; i < 300; ++i) {
        text += "line " + QByteArray::number(i) + "\r\n";
    }
    feedAndWait(view, text);
    QCOMPARE(term->historyLinesCount(), 50);

    view.setScrollbackLines(0);
    feedAndWait(view, "more\r\nand more");
    QCOMPARE(term->historyLinesCount(), 0);
}

void TestTerminalView::statusLineStandsOnItsOwnLine()
{
    TerminalView view;
    showView(view);
    // The remote output ends in the middle of a line, with the cursor hidden.
    view.feed("alice@remote:~$ exit\r\nlogout\x1b[?25l");
    view.showStatusLine(QStringLiteral("[exit status 3]"));
    QTRY_VERIFY2(view.screenText().trimmed().endsWith(QLatin1String("\nlogout\n[exit status 3]")),
                 qPrintable(view.screenText()));

    // A reason from the server cannot smuggle escape sequences in (this one would clear the screen).
    view.showStatusLine(QStringLiteral("[connection lost: bad\x1b[2J\nnews]"));
    QTRY_VERIFY2(
        view.screenText().trimmed().endsWith(QLatin1String("\n[exit status 3]\n[connection lost: bad [2J news]")),
        qPrintable(view.screenText()));
    QVERIFY(view.screenText().contains(QLatin1String("logout")));
}

void TestTerminalView::statusLineIsDim()
{
    // How far the first row's pixels stray from the background: the contrast of the text drawn there.
    const auto firstRowContrast = [](TerminalView& view) {
        const QImage image = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const int background = qGray(image.pixel(image.width() / 2, image.height() - 2));
        const int rowHeight = view.height() / view.rows();
        int contrast = 0;
        // The left half only: the scroll bar on the right has greys of its own.
        for (int y = 0; y < rowHeight; ++y) {
            for (int x = 0; x < image.width() / 2; ++x) {
                contrast = qMax(contrast, qAbs(qGray(image.pixel(x, y)) - background));
            }
        }
        return contrast;
    };
    // A dark scheme and a light one, where a fixed grey would be anything but dim.
    for (const QString& scheme : {QStringLiteral("Linux"), QStringLiteral("SolarizedLight")}) {
        TerminalView remote;
        QVERIFY(remote.setColorScheme(scheme));
        showView(remote);
        feedAndWait(remote, "[exit status 3]");
        const int remoteContrast = firstRowContrast(remote);

        TerminalView status;
        QVERIFY(status.setColorScheme(scheme));
        showView(status);
        status.showStatusLine(QStringLiteral("[exit status 3]"));
        QTRY_VERIFY(status.screenText().contains(QLatin1String("[exit status 3]")));
        // The display repaints a moment after the emulator has taken the bytes (and the cursor, drawn at
        // full contrast, leaves the first row only then).
        QTRY_VERIFY2(
            firstRowContrast(status) > 40 && firstRowContrast(status) < remoteContrast * 3 / 4,
            qPrintable(QStringLiteral("%1: %2 vs %3").arg(scheme).arg(firstRowContrast(status)).arg(remoteContrast)));
    }
}

void TestTerminalView::logHoldsExactlyTheBytesReceived()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("session.log"));
    TerminalView view;
    showView(view);
    QVERIFY(!view.isLogging());
    QString error;
    QVERIFY2(view.startLogging(path, false, &error), qPrintable(error));
    QVERIFY(view.isLogging());
    QCOMPARE(view.logFileName(), path);

    // Escape sequences, UTF-8 cut in the middle and bytes that are not text at all stay as they came.
    QByteArray bytes = "plain\r\n\x1b[1;31mred\x1b[0m\r\n\x1b]0;title\x07gr\xc3";
    QByteArray rest = "\xbc\xc3\x9f"
                      "e\r\n";
    for (int i = 0; i < 256; ++i) {
        rest += char(i);
    }
    view.feed(bytes);
    view.feed(rest);
    bytes += rest;
    view.showStatusLine(QStringLiteral("[not part of the log]"));
    QTRY_VERIFY(view.screenText().contains(QLatin1String("[not part of the log]")));
    view.stopLogging();
    QVERIFY(!view.isLogging());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    file.close();
    // A session shows whatever the user works on: the new log is theirs alone.
    QCOMPARE(int(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), 0);

    QVERIFY(view.startLogging(path, true));
    view.feed("appended");
    view.stopLogging();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes + "appended");
    file.close();

    QVERIFY(view.startLogging(path, false));
    view.feed("replaced");
    view.stopLogging();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("replaced"));
}

void TestTerminalView::logFailureIsReported()
{
    TerminalView view;
    QTemporaryDir dir;
    QString error;
    QVERIFY(!view.startLogging(dir.filePath(QStringLiteral("no/such/dir/session.log")), true, &error));
    QVERIFY2(error.contains(QLatin1String("no/such/dir")), qPrintable(error));
    QVERIFY(!view.isLogging());

    // /dev/full takes the open and fails every write with "no space left on device".
    QVERIFY(QFile::exists(QStringLiteral("/dev/full")));
    QSignalSpy failed(&view, &TerminalView::logFailed);
    QVERIFY(view.startLogging(QStringLiteral("/dev/full"), false));
    view.feed(QByteArray(64 * 1024, 'x'));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("/dev/full")),
             qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!view.isLogging());
    // The terminal itself carries on.
    view.feed("\r\nstill here\r\n");
    QTRY_VERIFY(view.screenText().contains(QLatin1String("still here")));
    QCOMPARE(failed.count(), 1);
}

void TestTerminalView::settingsFromAProfileApply()
{
    TerminalView view;
    showView(view);
    SessionProfile::TerminalSettings settings;
    settings.fontSize = 17;
    settings.colorScheme = QStringLiteral("Solarized");
    settings.scrollbackLines = 123;
    settings.backspace = SessionProfile::BackspaceKey::ControlH;
    view.applySettings(settings);
    QCOMPARE(view.terminalFont().pointSizeF(), 17.0);
    QVERIFY(QFontInfo(view.terminalFont()).fixedPitch());
    QCOMPARE(view.colorScheme(), QStringLiteral("Solarized"));
    QCOMPARE(view.scrollbackLines(), 123);
    QCOMPARE(view.backspaceKey(), SessionProfile::BackspaceKey::ControlH);

    // Empty fields and unknown schemes mean the defaults.
    settings = SessionProfile::TerminalSettings();
    settings.colorScheme = QStringLiteral("Gone Since The Profile Was Saved");
    view.applySettings(settings);
    QCOMPARE(view.terminalFont().pointSizeF(), TerminalView::defaultFont().pointSizeF());
    QCOMPARE(view.colorScheme(), TerminalView::defaultColorScheme());
    QCOMPARE(view.backspaceKey(), SessionProfile::BackspaceKey::Delete);
}

void TestTerminalView::contextMenuOffersTheActions()
{
    TerminalView view;
    showView(view);
    QWidget* target = display(view);
    QVERIFY(target);
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(20, 20), target->mapToGlobal(QPoint(20, 20)));
    QCoreApplication::sendEvent(target, &event);
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = view.findChild<QMenu*>()) != nullptr && menu->isVisible());
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : {view.copyAction(), view.pasteAction(), view.findAction(), view.zoomInAction()}) {
        QVERIFY2(actions.contains(action), qPrintable(action->text()));
    }
    QCOMPARE(view.pasteAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    menu->close();
}

QTEST_MAIN(TestTerminalView)
#include "tst_terminalview.moc"
