#include "CodeEditor.h"

#include "FixedPitchFont.h"
#include "editor/LineNumberArea.h"
#include "editor/SyntaxCatalog.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QPainter>
#include <QTextBlock>

namespace ferry {

namespace {

constexpr int lineNumberPadding = 8;

} // namespace

CodeEditor::CodeEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
    , m_lineNumbers(new LineNumberArea(this))
{
    setObjectName(QStringLiteral("codeEditor"));
    setFont(fixedPitchFont());
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabWidth(m_tabWidth);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::highlightCurrentLine);

    applyTheme();
    updateLineNumberAreaWidth();
}

void CodeEditor::setFileName(const QString& fileName, const QByteArray& content)
{
    m_highlighter->setDefinition(SyntaxCatalog::definitionFor(fileName, content));
    m_highlighter->rehighlight();
}

QString CodeEditor::syntaxName() const
{
    const KSyntaxHighlighting::Definition definition = m_highlighter->definition();
    return definition.isValid() ? definition.name() : QString();
}

QString CodeEditor::themeName() const
{
    return m_theme.name();
}

void CodeEditor::setTabWidth(int columns)
{
    m_tabWidth = qMax(1, columns);
    setTabStopDistance(m_tabWidth * fontMetrics().horizontalAdvance(QLatin1Char(' ')));
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int lines = qMax(1, blockCount()); lines >= 10; lines /= 10) {
        ++digits;
    }
    // Room for three digits at least, so the text does not shift while a short file grows.
    digits = qMax(3, digits);
    return 2 * lineNumberPadding + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

QWidget* CodeEditor::lineNumberArea() const
{
    return m_lineNumbers;
}

void CodeEditor::paintLineNumbers(QPaintEvent* event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), QColor(m_theme.editorColor(KSyntaxHighlighting::Theme::IconBorder)));
    const QColor numberColor(m_theme.editorColor(KSyntaxHighlighting::Theme::LineNumbers));
    const QColor currentColor(m_theme.editorColor(KSyntaxHighlighting::Theme::CurrentLineNumber));
    const int currentBlock = textCursor().blockNumber();
    const int width = m_lineNumbers->width() - lineNumberPadding;
    const int lineHeight = fontMetrics().height();

    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal bottom = top + blockBoundingRect(block).height();
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.setPen(block.blockNumber() == currentBlock ? currentColor : numberColor);
            painter.drawText(0, qRound(top), width, lineHeight, Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
    }
}

void CodeEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void CodeEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (m_applyingTheme) {
        return;
    }
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        applyTheme();
    } else if (event->type() == QEvent::FontChange) {
        setTabWidth(m_tabWidth);
        updateLineNumberAreaWidth();
    }
}

// Colours come from the theme, so highlighted text always sits on the ground the theme was made for.
void CodeEditor::applyTheme()
{
    const bool dark = SyntaxCatalog::isDark(palette());
    const KSyntaxHighlighting::Theme theme = SyntaxCatalog::themeFor(palette());
    if (m_theme.isValid() && dark == m_dark && theme.name() == m_theme.name()) {
        return;
    }
    m_dark = dark;
    m_theme = theme;
    m_applyingTheme = true;
    QPalette colours = palette();
    colours.setColor(QPalette::Base, QColor(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    colours.setColor(QPalette::Text, QColor(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    colours.setColor(QPalette::Highlight, QColor(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    colours.setColor(QPalette::HighlightedText, QColor(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    setPalette(colours);
    m_applyingTheme = false;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
    highlightCurrentLine();
    m_lineNumbers->update();
}

void CodeEditor::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void CodeEditor::updateLineNumberArea(const QRect& rect, int dy)
{
    if (dy != 0) {
        m_lineNumbers->scroll(0, dy);
    } else {
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    }
    if (rect.contains(viewport()->rect())) {
        updateLineNumberAreaWidth();
    }
}

void CodeEditor::highlightCurrentLine()
{
    QTextEdit::ExtraSelection line;
    line.format.setBackground(QColor(m_theme.editorColor(KSyntaxHighlighting::Theme::CurrentLine)));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    setExtraSelections({line});
    // The current line's number is drawn in its own colour.
    m_lineNumbers->update();
}

} // namespace ferry
