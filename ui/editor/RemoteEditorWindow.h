#pragma once

#include "editor/TextFileFormat.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QMessageBox;

namespace ferry {

class CodeEditor;
class EditorDocument;
class FindReplaceBar;

// A window editing one text file of an EditorDocument: "name — host" in the title with a mark while there
// are unsaved changes, Ctrl+S to save, find and replace, the line endings and byte order mark of the file
// kept as they were. Saving is asynchronous and the window says so while it lasts; the user may go on
// typing. When the file changed on the server since it was opened, the window asks before overwriting it;
// closing with unsaved changes asks whether to save them. The questions are window-modal and open without
// a nested event loop; question() returns the one on screen.
class RemoteEditorWindow : public QMainWindow {
    Q_OBJECT
public:
    // content is the file as downloaded; it must have passed TextFileCheck. The window takes ownership of
    // the document.
    RemoteEditorWindow(EditorDocument* document, const QByteArray& content, QWidget* parent = nullptr);

    EditorDocument* document() const { return m_document; }
    CodeEditor* editor() const { return m_editor; }
    FindReplaceBar* findBar() const { return m_findBar; }
    const TextFileFormat& format() const { return m_format; }
    // The question or error message on screen, else null.
    QMessageBox* question() const;
    bool isSaving() const { return m_saving; }
    // The editor's text as the file's bytes: what Save writes.
    QByteArray contentToSave() const;

public slots:
    void save();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void startSave(bool overwriteChangedFile);
    void onSaved();
    void onSaveFailed(const QString& message);
    void onChangedOnServer();
    void askToSaveBeforeClosing();
    void showQuestion(QMessageBox* box, const std::function<void()>& onAnswer);
    void updateCursorPosition();
    QString editorText() const;

    EditorDocument* m_document;
    TextFileFormat m_format;
    CodeEditor* m_editor;
    FindReplaceBar* m_findBar;
    QAction* m_saveAction = nullptr;
    QLabel* m_position = nullptr;
    QPointer<QMessageBox> m_question;
    QString m_savingText;
    bool m_saving = false;
    bool m_closeAfterSave = false;
    bool m_discardConfirmed = false;
};

} // namespace ferry
