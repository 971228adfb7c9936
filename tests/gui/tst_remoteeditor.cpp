#include "editor/CodeEditor.h"
#include "editor/EditorDocument.h"
#include "editor/FindReplaceBar.h"
#include "editor/RemoteEditorWindow.h"
#include "editor/TextFileCheck.h"
#include "editor/TextFileFormat.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace ferry;

namespace {

// Stands in for the SFTP side: records each save and lets the test answer it.
class TestDocument : public EditorDocument {
    Q_OBJECT
public:
    explicit TestDocument(const QString& path)
        : m_path(path)
    {
    }

    QString path() const override { return m_path; }
    QString host() const override { return QStringLiteral("alice@example.org"); }
    void save(const QByteArray& content, bool overwriteChangedFile) override
    {
        contents.append(content);
        overwrites.append(overwriteChangedFile);
    }

    QList<QByteArray> contents;
    QList<bool> overwrites;

private:
    QString m_path;
};

struct OpenEditor {
    TestDocument* document;
    std::unique_ptr<RemoteEditorWindow> window;
};

OpenEditor openEditor(const QString& path, const QByteArray& content)
{
    auto* document = new TestDocument(path);
    OpenEditor open{document, std::make_unique<RemoteEditorWindow>(document, content)};
    open.window->show();
    QApplication::setActiveWindow(open.window.get());
    return open;
}

// Optional screenshots for a look by eye: FERRY_SCREENSHOT_DIR=/tmp/somewhere.
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        // Pending layout requests first (the status bar lays out its message late).
        QCoreApplication::processEvents();
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    return palette;
}

} // namespace

class TestRemoteEditor : public QObject {
    Q_OBJECT
private slots:
    void highlightingByNameAndContent_data();
    void highlightingByNameAndContent();
    void themeFollowsThePalette();
    void lineNumbersWidenWithTheLineCount();
    void findNextPreviousWrapAndNotFound();
    void findBarShortcuts();
    void replaceAndReplaceAll();
    void lineEndingsAndBytesSurviveAnEdit_data();
    void lineEndingsAndBytesSurviveAnEdit();
    void mixedLineEndingsAreAnnounced();
    void saveSaysSoAndClearsTheMark();
    void typingDuringASaveStaysUnsaved();
    void changedOnServerAsksBeforeOverwriting();
    void saveFailureIsShown();
    void closingWithUnsavedChangesAsks();
    void closingWithoutChangesDoesNotAsk();
    void contentCheckRefusesBinaryAndLargeFiles();
    void contentCheckAcceptsText();
};

void TestRemoteEditor::highlightingByNameAndContent_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("syntax");
    QTest::newRow("python by extension") << "script.py" << QByteArray("print('hi')\n") << "Python";
    QTest::newRow("makefile by name") << "Makefile" << QByteArray("all:\n\ttrue\n") << "Makefile";
    QTest::newRow("c++ by extension") << "main.cpp" << QByteArray("int main() {}\n") << "C++";
    QTest::newRow("apache by name") << "apache2.conf" << QByteArray("Listen 80\n") << "Apache Configuration";
    QTest::newRow("yaml by extension") << "config.yaml" << QByteArray("a: 1\n") << "YAML";
    QTest::newRow("bash by dot file name") << ".bashrc" << QByteArray("alias ll='ls -l'\n") << "Bash";
    // KSyntaxHighlighting 5.103 (Debian 12) has no nginx definition: plain text.
    QTest::newRow("nginx, unknown") << "nginx.conf" << QByteArray("server {}\n") << "";
    QTest::newRow("shell by its #! line") << "start" << QByteArray("#!/bin/sh\necho hi\n") << "Bash";
    QTest::newRow("python by its #! line") << "tool" << QByteArray("#!/usr/bin/python3\nprint(1)\n") << "Python";
    QTest::newRow("plain text") << "notes" << QByteArray("just words\n") << "";
}

void TestRemoteEditor::highlightingByNameAndContent()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, syntax);
    CodeEditor editor;
    editor.setFileName(fileName, content);
    QCOMPARE(editor.syntaxName(), syntax);
}

void TestRemoteEditor::themeFollowsThePalette()
{
    const QPalette original = QApplication::palette();
    OpenEditor open = openEditor(QStringLiteral("/etc/app.py"), "x = 1\n");
    CodeEditor* editor = open.window->editor();
    QVERIFY(!editor->usesDarkTheme());
    const QString lightTheme = editor->themeName();
    QVERIFY(!lightTheme.isEmpty());
    QVERIFY(editor->palette().color(QPalette::Base).lightness() >= 128);

    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(editor->usesDarkTheme());
    QVERIFY(editor->themeName() != lightTheme);
    // The text sits on the theme's own dark ground, whatever the style's Base colour was.
    QVERIFY(editor->palette().color(QPalette::Base).lightness() < 128);
    QVERIFY(editor->palette().color(QPalette::Text).lightness() >= 128);
    screenshot(open.window.get(), QStringLiteral("uia-editor-dark"));

    QApplication::setPalette(original);
    QTRY_VERIFY(!editor->usesDarkTheme());
    QCOMPARE(editor->themeName(), lightTheme);
}

void TestRemoteEditor::lineNumbersWidenWithTheLineCount()
{
    OpenEditor open = openEditor(QStringLiteral("/tmp/lines.txt"), "one\ntwo\n");
    CodeEditor* editor = open.window->editor();
    const int small = editor->lineNumberAreaWidth();
    QCOMPARE(editor->lineNumberArea()->width(), small);
    QCOMPARE(editor->viewport()->geometry().left(), editor->lineNumberArea()->geometry().right() + 1);

    QString many;
    for (int line = 1; line <= 100000; ++line) {
        many += QString::number(line) + QLatin1Char('\n');
    }
    editor->setPlainText(many);
    const int large = editor->lineNumberAreaWidth();
    // Six digits against three: three more digit widths.
    QCOMPARE(large - small, 3 * editor->fontMetrics().horizontalAdvance(QLatin1Char('9')));
    QCOMPARE(editor->lineNumberArea()->width(), large);
    QCOMPARE(editor->viewport()->geometry().left(), editor->lineNumberArea()->geometry().right() + 1);
}

void TestRemoteEditor::findNextPreviousWrapAndNotFound()
{
    OpenEditor open = openEditor(QStringLiteral("/srv/words.txt"), "alpha beta Alpha\nbeta ALPHA end\n");
    CodeEditor* editor = open.window->editor();
    FindReplaceBar* bar = open.window->findBar();
    bar->showFind();
    QVERIFY(bar->isVisible());
    QVERIFY(!bar->isReplaceShown());
    bar->findField()->setText(QStringLiteral("alpha"));

    QVERIFY(bar->findNext());
    QCOMPARE(editor->textCursor().selectionStart(), 0);
    QVERIFY(bar->findNext());
    QCOMPARE(editor->textCursor().selectionStart(), 11);
    QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("Alpha"));
    QVERIFY(bar->findNext());
    QCOMPARE(editor->textCursor().selectionStart(), 22);
    QVERIFY(bar->status().isEmpty());
    QVERIFY(bar->findNext());
    QCOMPARE(editor->textCursor().selectionStart(), 0);
    QCOMPARE(bar->status(), QStringLiteral("Continued from the beginning"));
    QVERIFY(bar->findPrevious());
    QCOMPARE(editor->textCursor().selectionStart(), 22);
    QCOMPARE(bar->status(), QStringLiteral("Continued from the end"));

    bar->matchCaseBox()->setChecked(true);
    bar->findField()->setText(QStringLiteral("Alpha"));
    QVERIFY(bar->findNext());
    QCOMPARE(editor->textCursor().selectionStart(), 11);
    QVERIFY(bar->findNext());
    QCOMPARE(editor->textCursor().selectionStart(), 11);

    bar->findField()->setText(QStringLiteral("gamma"));
    QVERIFY(!bar->findNext());
    QCOMPARE(bar->status(), QStringLiteral("Not found"));
    QCOMPARE(editor->textCursor().selectionStart(), 11);
    screenshot(open.window.get(), QStringLiteral("uia-editor-find"));
}

void TestRemoteEditor::findBarShortcuts()
{
    OpenEditor open = openEditor(QStringLiteral("/srv/app.py"), "import os\nos.getcwd()\nprint(os)\n");
    RemoteEditorWindow* window = open.window.get();
    QVERIFY(QTest::qWaitForWindowActive(window));
    CodeEditor* editor = window->editor();
    FindReplaceBar* bar = window->findBar();
    QTRY_COMPARE(QApplication::focusWidget(), editor);

    QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QVERIFY(!bar->isReplaceShown());
    QTRY_COMPARE(QApplication::focusWidget(), bar->findField());
    QTest::keyClicks(bar->findField(), QStringLiteral("os"));
    QTest::keyClick(bar->findField(), Qt::Key_Return);
    QCOMPARE(editor->textCursor().selectionStart(), 7);
    QTest::keyClick(bar->findField(), Qt::Key_F3);
    QCOMPARE(editor->textCursor().selectionStart(), 10);
    QTest::keyClick(bar->findField(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(editor->textCursor().selectionStart(), 7);

    QTest::keyClick(bar->findField(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), editor);
    // F3 goes on searching with the bar closed.
    QTest::keyClick(editor, Qt::Key_F3);
    QCOMPARE(editor->textCursor().selectionStart(), 10);

    QTest::keyClick(editor, Qt::Key_H, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QVERIFY(bar->isReplaceShown());
    // The selection is what to replace, so the replacement field has the focus.
    QCOMPARE(bar->findField()->text(), QStringLiteral("os"));
    QTRY_COMPARE(QApplication::focusWidget(), bar->replaceField());
}

void TestRemoteEditor::replaceAndReplaceAll()
{
    OpenEditor open = openEditor(QStringLiteral("/srv/a.txt"), "cat dog cat\nCat bird\n");
    CodeEditor* editor = open.window->editor();
    FindReplaceBar* bar = open.window->findBar();
    bar->showReplace();
    bar->findField()->setText(QStringLiteral("cat"));
    bar->replaceField()->setText(QStringLiteral("cow"));

    // The first Replace only finds; the second replaces that match and moves on.
    bar->replace();
    QCOMPARE(editor->toPlainText(), QStringLiteral("cat dog cat\nCat bird\n"));
    QCOMPARE(editor->textCursor().selectionStart(), 0);
    bar->replace();
    QCOMPARE(editor->toPlainText(), QStringLiteral("cow dog cat\nCat bird\n"));
    QCOMPARE(editor->textCursor().selectionStart(), 8);
    QVERIFY(open.window->isWindowModified());

    // A replacement that contains the search text is not replaced again.
    bar->findField()->setText(QStringLiteral("c"));
    bar->replaceField()->setText(QStringLiteral("cc"));
    bar->matchCaseBox()->setChecked(true);
    QCOMPARE(bar->replaceAll(), 2);
    QCOMPARE(editor->toPlainText(), QStringLiteral("ccow dog ccat\nCat bird\n"));
    QVERIFY(bar->status().startsWith(QStringLiteral("Replaced 2 occurrence")));
    // One undo step takes back the whole Replace All.
    editor->undo();
    QCOMPARE(editor->toPlainText(), QStringLiteral("cow dog cat\nCat bird\n"));

    bar->findField()->setText(QStringLiteral("zebra"));
    QCOMPARE(bar->replaceAll(), 0);
    QCOMPARE(bar->status(), QStringLiteral("Not found"));
    screenshot(open.window.get(), QStringLiteral("uia-editor-replace"));
}

void TestRemoteEditor::lineEndingsAndBytesSurviveAnEdit_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("lineEnding");
    QTest::newRow("crlf without final newline")
        << QByteArray("first\r\nsecond\r\n\r\nlast") << QByteArray("first\r\n>second\r\n\r\nlast") << "CRLF";
    QTest::newRow("crlf with final newline")
        << QByteArray("first\r\nsecond\r\n") << QByteArray("first\r\n>second\r\n") << "CRLF";
    QTest::newRow("lf with final newline") << QByteArray("first\nsecond\n") << QByteArray("first\n>second\n") << "LF";
    QTest::newRow("lf without final newline") << QByteArray("first\nsecond") << QByteArray("first\n>second") << "LF";
    QTest::newRow("old mac cr") << QByteArray("first\rsecond\r") << QByteArray("first\r>second\r") << "CR";
    // A byte order mark, a non-breaking space, a tab and a line separator stay as they were.
    QTest::newRow("bom and special characters") << QByteArray("\xEF\xBB\xBF"
                                                              "a\xC2\xA0"
                                                              "b\tc\r\nsecond \xE2\x80\xA8 x\r\n")
                                                << QByteArray("\xEF\xBB\xBF"
                                                              "a\xC2\xA0"
                                                              "b\tc\r\n>second \xE2\x80\xA8 x\r\n")
                                                << "CRLF";
}

void TestRemoteEditor::lineEndingsAndBytesSurviveAnEdit()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, expected);
    QFETCH(QString, lineEnding);
    OpenEditor open = openEditor(QStringLiteral("/srv/file.txt"), content);
    QCOMPARE(open.window->format().lineEndingName(), lineEnding);
    QVERIFY(!open.window->format().hasMixedLineEndings());
    QCOMPARE(open.window->contentToSave(), content);

    CodeEditor* editor = open.window->editor();
    QTextCursor cursor = editor->textCursor();
    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::NextBlock);
    editor->setTextCursor(cursor);
    QTest::keyClick(editor, Qt::Key_Greater, Qt::ShiftModifier);
    QTest::keyClick(open.window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(open.document->contents.size(), 1);
    QCOMPARE(open.document->contents.constFirst(), expected);
}

void TestRemoteEditor::mixedLineEndingsAreAnnounced()
{
    OpenEditor open = openEditor(QStringLiteral("/srv/mixed.txt"), "a\r\nb\r\nc\n");
    QVERIFY(open.window->format().hasMixedLineEndings());
    QCOMPARE(open.window->format().lineEndingName(), QStringLiteral("CRLF"));
    auto* notice = open.window->findChild<QLabel*>(QStringLiteral("mixedLineEndings"));
    QVERIFY(notice);
    QVERIFY(notice->text().contains(QStringLiteral("CRLF")));
    QCOMPARE(open.window->contentToSave(), QByteArray("a\r\nb\r\nc\r\n"));
}

void TestRemoteEditor::saveSaysSoAndClearsTheMark()
{
    OpenEditor open = openEditor(QStringLiteral("/etc/nginx/nginx.conf"), "worker_processes 1;\n");
    RemoteEditorWindow* window = open.window.get();
    QCOMPARE(window->windowTitle(), QStringLiteral("nginx.conf[*] — alice@example.org"));
    QVERIFY(!window->isWindowModified());

    QTest::keyClick(window->editor(), Qt::Key_End);
    QTest::keyClicks(window->editor(), QStringLiteral(" # two"));
    QVERIFY(window->isWindowModified());
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(window->isSaving());
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Saving nginx.conf…"));
    QCOMPARE(open.document->contents, QList<QByteArray>{QByteArray("worker_processes 1; # two\n")});
    QCOMPARE(open.document->overwrites, QList<bool>{false});
    // A second Ctrl+S while the first save runs sends nothing more.
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(open.document->contents.size(), 1);
    QVERIFY(window->isWindowModified());
    screenshot(window, QStringLiteral("uia-editor-saving"));

    emit open.document->saved();
    QVERIFY(!window->isSaving());
    QVERIFY(!window->isWindowModified());
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Saved nginx.conf"));
}

void TestRemoteEditor::typingDuringASaveStaysUnsaved()
{
    OpenEditor open = openEditor(QStringLiteral("/srv/notes.md"), "one\n");
    RemoteEditorWindow* window = open.window.get();
    QTest::keyClicks(window->editor(), QStringLiteral("zero "));
    window->save();
    QTest::keyClicks(window->editor(), QStringLiteral("more "));
    emit open.document->saved();
    // The server has "zero one", the editor "zero more one": still unsaved.
    QVERIFY(window->isWindowModified());
    window->save();
    QCOMPARE(open.document->contents.size(), 2);
    QCOMPARE(open.document->contents.constLast(), QByteArray("zero more one\n"));
}

void TestRemoteEditor::changedOnServerAsksBeforeOverwriting()
{
    OpenEditor open = openEditor(QStringLiteral("/srv/shared.conf"), "key=1\n");
    RemoteEditorWindow* window = open.window.get();
    QTest::keyClicks(window->editor(), QStringLiteral("# "));
    window->save();
    emit open.document->changedOnServer();
    QVERIFY(!window->isSaving());
    QMessageBox* question = window->question();
    QVERIFY(question);
    QCOMPARE(question->objectName(), QStringLiteral("changedOnServer"));
    QCOMPARE(question->text(), QStringLiteral("The file changed on the server since you opened it."));
    QVERIFY(QTest::qWaitForWindowExposed(question));
    screenshot(question, QStringLiteral("uia-editor-changed-on-server"));
    // Enter cancels: nothing more is written and the changes stay in the editor.
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    QTest::keyClick(question, Qt::Key_Return);
    QTRY_VERIFY(!window->question());
    QCOMPARE(open.document->contents.size(), 1);
    QVERIFY(window->isWindowModified());

    window->save();
    emit open.document->changedOnServer();
    question = window->question();
    QVERIFY(question);
    QPushButton* overwrite = nullptr;
    const QList<QAbstractButton*> buttons = question->buttons();
    for (QAbstractButton* button : buttons) {
        if (button->text() == QStringLiteral("&Overwrite")) {
            overwrite = qobject_cast<QPushButton*>(button);
        }
    }
    QVERIFY(overwrite);
    QTest::mouseClick(overwrite, Qt::LeftButton);
    QTRY_VERIFY(!window->question());
    QCOMPARE(open.document->overwrites, (QList<bool>{false, false, true}));
    QCOMPARE(open.document->contents.constLast(), QByteArray("# key=1\n"));
    QVERIFY(window->isSaving());
    emit open.document->saved();
    QVERIFY(!window->isWindowModified());
}

void TestRemoteEditor::saveFailureIsShown()
{
    OpenEditor open = openEditor(QStringLiteral("/etc/hosts"), "127.0.0.1 localhost\n");
    RemoteEditorWindow* window = open.window.get();
    QTest::keyClicks(window->editor(), QStringLiteral("#"));
    window->save();
    emit open.document->saveFailed(QStringLiteral("Permission denied"));
    QVERIFY(!window->isSaving());
    QVERIFY(window->isWindowModified());
    QMessageBox* box = window->question();
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("saveFailed"));
    QCOMPARE(box->text(), QStringLiteral("hosts was not saved."));
    QCOMPARE(box->informativeText(), QStringLiteral("Permission denied"));
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Permission denied")));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!window->question());
    // Saving is possible again.
    window->save();
    QCOMPARE(open.document->contents.size(), 2);
}

void TestRemoteEditor::closingWithUnsavedChangesAsks()
{
    OpenEditor open = openEditor(QStringLiteral("/srv/todo.txt"), "buy milk\n");
    RemoteEditorWindow* window = open.window.get();
    QTest::keyClicks(window->editor(), QStringLiteral("- "));

    QVERIFY(!window->close());
    QMessageBox* question = window->question();
    QVERIFY(question);
    QCOMPARE(question->objectName(), QStringLiteral("unsavedChanges"));
    QVERIFY(QTest::qWaitForWindowExposed(question));
    screenshot(question, QStringLiteral("uia-editor-unsaved"));
    QCOMPARE(question->escapeButton(), question->button(QMessageBox::Cancel));
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!window->question());
    QVERIFY(window->isVisible());
    QVERIFY(open.document->contents.isEmpty());

    // Save: the window waits for the save and closes once the file is written.
    QVERIFY(!window->close());
    question = window->question();
    QTest::mouseClick(question->button(QMessageBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!window->question());
    QCOMPARE(open.document->contents, QList<QByteArray>{QByteArray("- buy milk\n")});
    QVERIFY(window->isVisible());
    emit open.document->saved();
    QVERIFY(!window->isVisible());

    // Discard: closes at once, nothing written.
    OpenEditor other = openEditor(QStringLiteral("/srv/other.txt"), "x\n");
    QTest::keyClicks(other.window->editor(), QStringLiteral("y"));
    QVERIFY(!other.window->close());
    QTest::mouseClick(other.window->question()->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(!other.window->isVisible());
    QVERIFY(other.document->contents.isEmpty());
}

void TestRemoteEditor::closingWithoutChangesDoesNotAsk()
{
    OpenEditor open = openEditor(QStringLiteral("/srv/readme"), "hello\n");
    QVERIFY(open.window->close());
    QVERIFY(!open.window->question());
}

void TestRemoteEditor::contentCheckRefusesBinaryAndLargeFiles()
{
    const QString nul = TextFileCheck::contentProblem(QStringLiteral("image.bin"), QByteArray("GIF8\0\0abc", 9));
    QCOMPARE(nul, QStringLiteral("image.bin is not a text file: it contains NUL bytes, which mark binary data. "
                                 "Download it instead."));

    const QByteArray invalid[] = {
        QByteArray("caf\xE9\n"),        // Latin-1, not UTF-8
        QByteArray("\xC3\x28"),         // a lead byte without its continuation
        QByteArray("\xC0\xAF"),         // an overlong "/"
        QByteArray("\xED\xA0\x80"),     // a UTF-16 surrogate
        QByteArray("\xF4\x90\x80\x80"), // past U+10FFFF
        QByteArray("ends in the middle \xE2\x82"),
    };
    for (const QByteArray& bytes : invalid) {
        const QString problem = TextFileCheck::contentProblem(QStringLiteral("notes.txt"), bytes);
        QVERIFY2(problem.startsWith(QStringLiteral("notes.txt is not UTF-8 text")), bytes.toHex().constData());
    }

    const QByteArray huge(int(TextFileCheck::maxEditableSize) + 1, 'a');
    const QString tooLarge = TextFileCheck::contentProblem(QStringLiteral("big.log"), huge);
    QVERIFY(tooLarge.startsWith(QStringLiteral("big.log is too large to edit")));
    QVERIFY2(tooLarge.endsWith(QStringLiteral("the editor opens files of up to 5 MiB.")), qPrintable(tooLarge));
    // The size alone, from a stat, before downloading anything.
    QVERIFY(TextFileCheck::sizeProblem(QStringLiteral("big.log"), 6 * 1024 * 1024)
                .startsWith(QStringLiteral("big.log is too large to edit: it has 6.0 MiB")));
}

void TestRemoteEditor::contentCheckAcceptsText()
{
    QVERIFY(TextFileCheck::contentProblem(QStringLiteral("empty"), QByteArray()).isEmpty());
    QVERIFY(TextFileCheck::contentProblem(QStringLiteral("u.txt"), "Grüße, 日本, \xF0\x9F\x9A\xA2\n").isEmpty());
    const QByteArray limit(int(TextFileCheck::maxEditableSize), 'a');
    QVERIFY(TextFileCheck::contentProblem(QStringLiteral("limit.txt"), limit).isEmpty());
    QVERIFY(TextFileCheck::sizeProblem(QStringLiteral("limit.txt"), TextFileCheck::maxEditableSize).isEmpty());
}

QTEST_MAIN(TestRemoteEditor)
#include "tst_remoteeditor.moc"
