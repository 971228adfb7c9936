#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace ferry {

class LineNumberArea;

// A plain text editor for source and configuration files: fixed-pitch font, line numbers, the current line
// highlighted, and syntax highlighting whose theme follows the palette (dark or light) as it changes.
class CodeEditor : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit CodeEditor(QWidget* parent = nullptr);

    // Chooses the highlighting for a file of this name whose content starts like this.
    void setFileName(const QString& fileName, const QByteArray& content);
    // The name of the syntax definition in use ("Python", "Bash"), empty when the text is not highlighted.
    QString syntaxName() const;
    QString themeName() const;
    bool usesDarkTheme() const { return m_dark; }

    // How many character cells a tab advances to. 8 by default, as in the terminal next to the editor.
    void setTabWidth(int columns);
    int tabWidth() const { return m_tabWidth; }

    int lineNumberAreaWidth() const;
    QWidget* lineNumberArea() const;
    void paintLineNumbers(QPaintEvent* event);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect& rect, int dy);
    void highlightCurrentLine();

    KSyntaxHighlighting::SyntaxHighlighter* m_highlighter;
    LineNumberArea* m_lineNumbers;
    KSyntaxHighlighting::Theme m_theme;
    int m_tabWidth = 8;
    bool m_dark = false;
    bool m_applyingTheme = false;
};

} // namespace ferry
