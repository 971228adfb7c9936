#pragma once

#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ferry {

// The find and replace bar under an editor's text. Plain text search, with or without case; searches wrap
// around the end of the file and say so; "Not found" is said plainly. Escape closes it and gives the text
// back the focus. The window owning it binds Ctrl+F, Ctrl+H, F3 and Shift+F3 to the slots below.
class FindReplaceBar : public QWidget {
    Q_OBJECT
public:
    explicit FindReplaceBar(QPlainTextEdit* editor, QWidget* parent = nullptr);

    QLineEdit* findField() const { return m_find; }
    QLineEdit* replaceField() const { return m_replace; }
    QCheckBox* matchCaseBox() const { return m_matchCase; }
    // What the last search or replacement found to say: empty, "Not found", a wrap or a count.
    QString status() const;
    bool isReplaceShown() const;

public slots:
    void showFind();
    void showReplace();
    bool findNext();
    bool findPrevious();
    // Replaces the current match, if the selection is one, then moves to the next.
    void replace();
    // Replaces every match in the file as one undo step; returns how many there were.
    int replaceAll();
    void close();

private:
    void open(bool withReplace);
    bool find(bool backward);
    bool selectionMatches() const;
    void setStatus(const QString& text, bool problem);

    QPlainTextEdit* m_editor;
    QLineEdit* m_find;
    QLineEdit* m_replace;
    QCheckBox* m_matchCase;
    QLabel* m_status;
    QLabel* m_replaceLabel;
    QPushButton* m_replaceOne;
    QPushButton* m_replaceAll;
};

} // namespace ferry
