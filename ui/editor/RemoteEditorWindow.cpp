#include "RemoteEditorWindow.h"

#include "editor/CodeEditor.h"
#include "editor/EditorDocument.h"
#include "editor/FindReplaceBar.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ferry {

namespace {

constexpr int savedMessageTimeout = 5000;

} // namespace

RemoteEditorWindow::RemoteEditorWindow(EditorDocument* document, const QByteArray& content, QWidget* parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_format(TextFileFormat::detect(content))
    , m_editor(new CodeEditor(this))
    , m_findBar(new FindReplaceBar(m_editor, this))
{
    setObjectName(QStringLiteral("remoteEditorWindow"));
    m_document->setParent(this);
    const QString fileName = m_document->fileName();
    const QString host = m_document->host();
    // [*] is where Qt puts the unsaved-changes mark.
    const QString marked = fileName + QStringLiteral("[*]");
    setWindowTitle(host.isEmpty() ? marked : tr("%1 — %2").arg(marked, host));

    m_editor->setPlainText(m_format.decode(content));
    m_editor->setFileName(fileName, content.left(4096));
    m_editor->document()->setModified(false);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &QWidget::setWindowModified);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    // The path sits where status messages go: while the window has something to say (saving, an error),
    // that matters more. The file's properties stay on the right.
    const auto addLabel = [this](const QString& text, const QString& objectName, bool permanent) {
        auto* label = new QLabel(text, this);
        label->setTextFormat(Qt::PlainText);
        label->setObjectName(objectName);
        label->setContentsMargins(6, 0, 6, 0);
        if (permanent) {
            statusBar()->addPermanentWidget(label);
        } else {
            statusBar()->addWidget(label, 1);
        }
        return label;
    };
    addLabel(m_document->path(), QStringLiteral("documentPath"), false);
    if (m_format.hasMixedLineEndings()) {
        addLabel(tr("Mixed line endings: saving writes %1 on every line").arg(m_format.lineEndingName()),
                 QStringLiteral("mixedLineEndings"), true);
    }
    const QString syntax = m_editor->syntaxName();
    addLabel(syntax.isEmpty() ? tr("Plain text") : syntax, QStringLiteral("syntaxName"), true);
    addLabel(m_format.hasByteOrderMark() ? tr("UTF-8 with BOM") : tr("UTF-8"), QStringLiteral("encoding"), true);
    addLabel(m_format.lineEndingName(), QStringLiteral("lineEnding"), true);
    m_position = addLabel(QString(), QStringLiteral("cursorPosition"), true);
    // Wide enough for long files, so the labels do not shift while the cursor moves.
    m_position->setMinimumWidth(
        m_position->fontMetrics().horizontalAdvance(tr("Line %1, Column %2").arg(99999).arg(999)) + 12);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &RemoteEditorWindow::updateCursorPosition);
    updateCursorPosition();

    buildMenus();
    connect(m_document, &EditorDocument::saved, this, &RemoteEditorWindow::onSaved);
    connect(m_document, &EditorDocument::saveFailed, this, &RemoteEditorWindow::onSaveFailed);
    connect(m_document, &EditorDocument::changedOnServer, this, &RemoteEditorWindow::onChangedOnServer);

    const int columns = 100;
    const int lines = 36;
    const QFontMetrics metrics(m_editor->font());
    resize(metrics.horizontalAdvance(QLatin1Char('x')) * columns + m_editor->lineNumberAreaWidth(),
           metrics.lineSpacing() * lines);
    m_editor->setFocus();
}

void RemoteEditorWindow::buildMenus()
{
    const auto addAction = [this](QMenu* menu, const QString& text, const QKeySequence& keys) {
        auto* action = new QAction(text, this);
        action->setShortcut(keys);
        menu->addAction(action);
        return action;
    };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_saveAction = addAction(file, tr("&Save"), QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &RemoteEditorWindow::save);
    file->addSeparator();
    connect(addAction(file, tr("&Close"), QKeySequence::Close), &QAction::triggered, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = addAction(edit, tr("&Undo"), QKeySequence::Undo);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, m_editor, &QPlainTextEdit::undo);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    QAction* redo = addAction(edit, tr("&Redo"), QKeySequence::Redo);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, m_editor, &QPlainTextEdit::redo);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    edit->addSeparator();
    // Fixed keys rather than QKeySequence::Find and friends: the standard ones differ between desktops
    // (Replace has none on KDE, Find Next is Ctrl+G on some).
    connect(addAction(edit, tr("&Find…"), QKeySequence(Qt::CTRL | Qt::Key_F)), &QAction::triggered, m_findBar,
            &FindReplaceBar::showFind);
    connect(addAction(edit, tr("R&eplace…"), QKeySequence(Qt::CTRL | Qt::Key_H)), &QAction::triggered, m_findBar,
            &FindReplaceBar::showReplace);
    connect(addAction(edit, tr("Find &Next"), QKeySequence(Qt::Key_F3)), &QAction::triggered, m_findBar,
            &FindReplaceBar::findNext);
    connect(addAction(edit, tr("Find Pre&vious"), QKeySequence(Qt::SHIFT | Qt::Key_F3)), &QAction::triggered, m_findBar,
            &FindReplaceBar::findPrevious);
}

QMessageBox* RemoteEditorWindow::question() const
{
    return m_question;
}

QString RemoteEditorWindow::editorText() const
{
    // toPlainText() would turn non-breaking spaces into spaces; the raw text keeps every character and
    // separates lines with the paragraph separator.
    QString text = m_editor->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

QByteArray RemoteEditorWindow::contentToSave() const
{
    return m_format.encode(editorText());
}

void RemoteEditorWindow::save()
{
    if (m_question) {
        m_question->raise();
        return;
    }
    if (m_saving) {
        return;
    }
    startSave(false);
}

void RemoteEditorWindow::startSave(bool overwriteChangedFile)
{
    m_saving = true;
    m_savingText = editorText();
    m_saveAction->setEnabled(false);
    statusBar()->showMessage(tr("Saving %1…").arg(m_document->fileName()));
    m_document->save(m_format.encode(m_savingText), overwriteChangedFile);
}

void RemoteEditorWindow::onSaved()
{
    if (!m_saving) {
        return;
    }
    m_saving = false;
    m_saveAction->setEnabled(true);
    // Text typed while the save ran is not on the server yet.
    if (editorText() == m_savingText) {
        m_editor->document()->setModified(false);
    }
    m_savingText.clear();
    statusBar()->showMessage(tr("Saved %1").arg(m_document->fileName()), savedMessageTimeout);
    if (m_closeAfterSave) {
        m_closeAfterSave = false;
        close();
    }
}

void RemoteEditorWindow::onSaveFailed(const QString& message)
{
    if (!m_saving) {
        return;
    }
    m_saving = false;
    m_closeAfterSave = false;
    m_saveAction->setEnabled(true);
    m_savingText.clear();
    const QString failed = tr("%1 was not saved.").arg(m_document->fileName());
    statusBar()->showMessage(failed + QLatin1Char(' ') + message);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Save Failed"), failed, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("saveFailed"));
    box->setInformativeText(message);
    showQuestion(box, {});
}

void RemoteEditorWindow::onChangedOnServer()
{
    if (!m_saving) {
        return;
    }
    m_saving = false;
    m_saveAction->setEnabled(true);
    statusBar()->showMessage(tr("%1 changed on the server; not saved yet.").arg(m_document->fileName()));
    auto* box = new QMessageBox(QMessageBox::Warning, tr("File Changed on the Server"),
                                tr("The file changed on the server since you opened it."), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("changedOnServer"));
    box->setInformativeText(tr("Overwrite %1 with your version, discarding the changes made there, or cancel and "
                               "keep your changes in the editor only.")
                                .arg(m_document->path()));
    QPushButton* overwrite = box->addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    // Replacing someone else's changes takes a deliberate click.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    showQuestion(box, [this, box, overwrite] {
        if (box->clickedButton() == overwrite) {
            startSave(true);
        } else {
            m_closeAfterSave = false;
            statusBar()->showMessage(tr("Not saved: %1 changed on the server.").arg(m_document->fileName()));
        }
    });
}

void RemoteEditorWindow::closeEvent(QCloseEvent* event)
{
    if (m_question) {
        event->ignore();
        m_question->raise();
        return;
    }
    if (m_saving) {
        // The outcome of the save decides: close once it is saved, stay open if it fails.
        event->ignore();
        m_closeAfterSave = true;
        statusBar()->showMessage(tr("Saving %1; the window closes once it is saved.").arg(m_document->fileName()));
        return;
    }
    if (m_discardConfirmed || !m_editor->document()->isModified()) {
        event->accept();
        return;
    }
    event->ignore();
    askToSaveBeforeClosing();
}

void RemoteEditorWindow::askToSaveBeforeClosing()
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
                                tr("Save the changes to %1 before closing?").arg(m_document->fileName()),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChanges"));
    box->setInformativeText(tr("If you don't save, your changes are lost."));
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    showQuestion(box, [this, box] {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Save) {
            m_closeAfterSave = true;
            startSave(false);
        } else if (answer == QMessageBox::Discard) {
            m_discardConfirmed = true;
            close();
        }
    });
}

void RemoteEditorWindow::showQuestion(QMessageBox* box, const std::function<void()>& onAnswer)
{
    box->setTextFormat(Qt::PlainText);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // The question is over once answered, even before the box is deleted: what the answer does (close the
    // window, ask again) must not find it still pending.
    connect(box, &QMessageBox::finished, this, [this, onAnswer] {
        m_question = nullptr;
        if (onAnswer) {
            onAnswer();
        }
    });
    m_question = box;
    box->open();
}

void RemoteEditorWindow::updateCursorPosition()
{
    const QTextCursor cursor = m_editor->textCursor();
    m_position->setText(tr("Line %1, Column %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
}

} // namespace ferry
