#include "FindReplaceBar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

namespace ferry {

FindReplaceBar::FindReplaceBar(QPlainTextEdit* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match &case"), this))
    , m_status(new QLabel(this))
    , m_replaceLabel(new QLabel(tr("Replace &with:"), this))
    , m_replaceOne(new QPushButton(tr("&Replace"), this))
    , m_replaceAll(new QPushButton(tr("Replace &All"), this))
{
    setObjectName(QStringLiteral("findReplaceBar"));
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(QStringLiteral("replaceField"));
    m_replace->setPlaceholderText(tr("Replacement"));
    m_matchCase->setObjectName(QStringLiteral("matchCase"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setTextFormat(Qt::PlainText);

    auto* findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_find);
    m_replaceLabel->setBuddy(m_replace);
    auto* previous = new QPushButton(tr("&Previous"), this);
    auto* next = new QPushButton(tr("&Next"), this);
    auto* closeButton = new QToolButton(this);
    closeButton->setObjectName(QStringLiteral("closeFindBar"));
    closeButton->setAutoRaise(true);
    closeButton->setToolTip(tr("Close (Escape)"));
    const QIcon closeIcon = style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this);
    if (closeIcon.isNull()) {
        closeButton->setText(tr("Close"));
    } else {
        closeButton->setIcon(closeIcon);
    }
    // Buttons here act on the text; Enter in the fields is handled below, not by a default button.
    for (QPushButton* button : {previous, next, m_replaceOne, m_replaceAll}) {
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::TabFocus);
    }

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setVerticalSpacing(2);
    layout->addWidget(findLabel, 0, 0);
    layout->addWidget(m_find, 0, 1);
    layout->addWidget(previous, 0, 2);
    layout->addWidget(next, 0, 3);
    layout->addWidget(m_matchCase, 0, 4);
    layout->addWidget(m_status, 0, 5);
    layout->addWidget(closeButton, 0, 6, Qt::AlignRight);
    layout->addWidget(m_replaceLabel, 1, 0);
    layout->addWidget(m_replace, 1, 1);
    layout->addWidget(m_replaceOne, 1, 2);
    layout->addWidget(m_replaceAll, 1, 3);
    layout->setColumnStretch(1, 2);
    layout->setColumnStretch(5, 1);
    m_find->setMinimumWidth(m_find->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);

    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        // Shift+Enter searches backwards, as in most editors.
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier) {
            findPrevious();
        } else {
            findNext();
        }
    });
    connect(m_find, &QLineEdit::textEdited, this, [this] { setStatus({}, false); });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replace);
    connect(previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_replaceOne, &QPushButton::clicked, this, &FindReplaceBar::replace);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(closeButton, &QToolButton::clicked, this, &FindReplaceBar::close);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &FindReplaceBar::close);
    hide();
}

QString FindReplaceBar::status() const
{
    return m_status->text();
}

bool FindReplaceBar::isReplaceShown() const
{
    return !m_replace->isHidden();
}

void FindReplaceBar::showFind()
{
    open(false);
}

void FindReplaceBar::showReplace()
{
    open(true);
}

void FindReplaceBar::open(bool withReplace)
{
    // A selection within one line is what the user wants to find; a multi-line one is not.
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)) {
        m_find->setText(selected);
    }
    for (QWidget* widget : {static_cast<QWidget*>(m_replaceLabel), static_cast<QWidget*>(m_replace),
                            static_cast<QWidget*>(m_replaceOne), static_cast<QWidget*>(m_replaceAll)}) {
        widget->setVisible(withReplace);
    }
    setStatus({}, false);
    show();
    if (withReplace && !m_find->text().isEmpty()) {
        m_replace->setFocus();
        m_replace->selectAll();
    } else {
        m_find->setFocus();
        m_find->selectAll();
    }
}

void FindReplaceBar::close()
{
    hide();
    m_editor->setFocus();
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

bool FindReplaceBar::find(bool backward)
{
    const QString needle = m_find->text();
    if (needle.isEmpty()) {
        setStatus({}, false);
        return false;
    }
    QTextDocument::FindFlags flags;
    if (m_matchCase->isChecked()) {
        flags |= QTextDocument::FindCaseSensitively;
    }
    if (backward) {
        flags |= QTextDocument::FindBackward;
    }
    QTextDocument* document = m_editor->document();
    QTextCursor found = document->find(needle, m_editor->textCursor(), flags);
    bool wrapped = false;
    if (found.isNull()) {
        QTextCursor from(document);
        from.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        found = document->find(needle, from, flags);
        wrapped = true;
    }
    if (found.isNull()) {
        setStatus(tr("Not found"), true);
        return false;
    }
    m_editor->setTextCursor(found);
    m_editor->centerCursor();
    if (wrapped) {
        setStatus(backward ? tr("Continued from the end") : tr("Continued from the beginning"), false);
    } else {
        setStatus({}, false);
    }
    return true;
}

bool FindReplaceBar::selectionMatches() const
{
    const Qt::CaseSensitivity sensitivity = m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const QString selected = m_editor->textCursor().selectedText();
    return !selected.isEmpty() && selected.compare(m_find->text(), sensitivity) == 0;
}

void FindReplaceBar::replace()
{
    if (m_find->text().isEmpty() || m_editor->isReadOnly()) {
        return;
    }
    if (selectionMatches()) {
        QTextCursor cursor = m_editor->textCursor();
        cursor.insertText(m_replace->text());
        m_editor->setTextCursor(cursor);
    }
    findNext();
}

int FindReplaceBar::replaceAll()
{
    const QString needle = m_find->text();
    if (needle.isEmpty() || m_editor->isReadOnly()) {
        return 0;
    }
    QTextDocument::FindFlags flags;
    if (m_matchCase->isChecked()) {
        flags |= QTextDocument::FindCaseSensitively;
    }
    QTextDocument* document = m_editor->document();
    QTextCursor group(document);
    group.beginEditBlock();
    int count = 0;
    // Each search starts after the text just inserted, so a replacement containing the needle is not
    // replaced again.
    QTextCursor found = document->find(needle, 0, flags);
    while (!found.isNull()) {
        found.insertText(m_replace->text());
        ++count;
        found = document->find(needle, found, flags);
    }
    group.endEditBlock();
    if (count == 0) {
        setStatus(tr("Not found"), true);
    } else {
        setStatus(tr("Replaced %n occurrence(s)", nullptr, count), false);
    }
    return count;
}

void FindReplaceBar::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    QPalette colours = palette();
    if (problem) {
        // A red that stays readable on the window's ground, dark or light.
        const bool dark = colours.color(QPalette::Window).lightness() < 128;
        colours.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb0, 0x1c, 0x1c));
    }
    m_status->setPalette(colours);
}

} // namespace ferry
