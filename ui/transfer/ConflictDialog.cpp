#include "ConflictDialog.h"

#include "DialogLabels.h"
#include "transfer/ProblemLabel.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ferry {

namespace {

// A value in the table of both sides: one line, selectable, never read as rich text.
QLabel* cellLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString lastPart(const QString& path)
{
    const auto slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? path : path.mid(slash + 1);
}

QString sizeText(qint64 size)
{
    if (size < 0) {
        return ConflictDialog::tr("unknown");
    }
    const QLocale locale;
    if (size < 1024) {
        return ConflictDialog::tr("%n byte(s)", nullptr, int(size));
    }
    //: %1 is a size such as 1.2 MiB, %2 the exact number of bytes.
    return ConflictDialog::tr("%1 (%2 bytes)").arg(locale.formattedDataSize(size), locale.toString(size));
}

QString timeText(const QDateTime& time)
{
    if (!time.isValid()) {
        return ConflictDialog::tr("unknown");
    }
    // Seconds shown: two versions saved a few seconds apart must not look the same.
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

ConflictDialog::ConflictDialog(const FileConflict& conflict, QWidget* parent)
    : QDialog(parent)
    , m_conflict(conflict)
    , m_rename(new QLineEdit(this))
    , m_renameProblem(wrappedLabel(QString(), this))
    , m_applyToAll(new QCheckBox(tr("A&pply to all remaining conflicts"), this))
{
    const QString name = lastPart(conflict.targetPath);
    setWindowTitle(tr("File Already Exists"));

    auto* icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion, nullptr, this).pixmap(iconSize, iconSize));
    auto* headline = wrappedLabel(tr("“%1” already exists.").arg(name), this);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    auto* where = wrappedLabel(tr("Target: %1").arg(conflict.targetPath), this);
    where->setObjectName(QStringLiteral("targetPath"));
    auto* from = wrappedLabel(tr("Source: %1").arg(conflict.sourcePath), this);
    from->setObjectName(QStringLiteral("sourcePath"));

    // Which side is newer is the question most users want answered first.
    const bool bothTimes = conflict.sourceModified.isValid() && conflict.targetModified.isValid();
    QString sourceNote;
    QString targetNote;
    if (bothTimes && conflict.sourceModified > conflict.targetModified) {
        sourceNote = tr("newer");
    } else if (bothTimes && conflict.sourceModified < conflict.targetModified) {
        targetNote = tr("newer");
    } else if (bothTimes) {
        sourceNote = tr("same time");
        targetNote = sourceNote;
    }
    auto* sides = new QGridLayout;
    sides->setHorizontalSpacing(16);
    sides->addWidget(new QLabel(tr("Size"), this), 0, 1);
    sides->addWidget(new QLabel(tr("Modified"), this), 0, 2);
    const auto addSide = [this, sides](int row, const QString& title, const QString& key, qint64 size,
                                       const QDateTime& time, const QString& note) {
        sides->addWidget(cellLabel(title, this), row, 0);
        auto* sizeLabel = cellLabel(sizeText(size), this);
        sizeLabel->setObjectName(key + QStringLiteral("Size"));
        sides->addWidget(sizeLabel, row, 1);
        auto* timeLabel = cellLabel(timeText(time), this);
        timeLabel->setObjectName(key + QStringLiteral("Modified"));
        sides->addWidget(timeLabel, row, 2);
        auto* noteLabel = cellLabel(note, this);
        noteLabel->setObjectName(key + QStringLiteral("Note"));
        QFont noteFont = noteLabel->font();
        noteFont.setBold(true);
        noteLabel->setFont(noteFont);
        sides->addWidget(noteLabel, row, 3);
    };
    addSide(1, tr("New:"), QStringLiteral("source"), conflict.sourceSize, conflict.sourceModified, sourceNote);
    addSide(2, tr("Existing:"), QStringLiteral("target"), conflict.targetSize, conflict.targetModified, targetNote);
    sides->setColumnStretch(3, 1);

    m_overwrite = addChoice(ConflictAction::Overwrite, tr("&Overwrite"), tr("Replace the existing file"));
    m_overwriteIfNewer = addChoice(ConflictAction::OverwriteIfNewer, tr("Overwrite if Ne&wer"),
                                   tr("Replace the existing file only if the new one was modified later"));
    m_resume = addChoice(ConflictAction::Resume, tr("&Resume"),
                         conflict.resumePossible
                             ? tr("Continue the existing file from its current size")
                             : tr("Only a shorter file left by an earlier transfer of this file can be resumed"));
    m_resume->setEnabled(conflict.resumePossible);
    m_skip = addChoice(ConflictAction::Skip, tr("&Skip"), tr("Leave the existing file alone and go on"));
    m_renameButton = addChoice(ConflictAction::Rename, tr("Re&name"), tr("Transfer under the name on the left"));
    m_cancel = new QPushButton(tr("Cancel Transfer"), this);
    m_cancel->setObjectName(QStringLiteral("cancelTransfer"));
    m_cancel->setToolTip(tr("Stop the whole transfer (Escape)"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    // Enter skips wherever the focus is: no choice that writes over a file happens by reflex.
    m_skip->setDefault(true);

    m_rename->setObjectName(QStringLiteral("newName"));
    m_rename->setText(conflict.suggestedName);
    auto* renameLabel = new QLabel(tr("New na&me:"), this);
    renameLabel->setBuddy(m_rename);
    m_renameProblem->setObjectName(QStringLiteral("newNameProblem"));
    makeProblemLabel(m_renameProblem);
    connect(m_rename, &QLineEdit::textChanged, this, &ConflictDialog::checkNewName);
    auto* renameRow = new QHBoxLayout;
    renameRow->addWidget(renameLabel);
    renameRow->addWidget(m_rename, 1);
    renameRow->addWidget(m_renameButton);

    m_applyToAll->setObjectName(QStringLiteral("applyToAll"));
    m_applyToAll->setToolTip(tr("Do the same for every other file of this transfer that already exists; with "
                                "Rename, each gets a free name of its own"));

    auto* choices = new QHBoxLayout;
    choices->addWidget(m_overwrite);
    choices->addWidget(m_overwriteIfNewer);
    choices->addWidget(m_resume);
    choices->addStretch(1);
    choices->addWidget(m_skip);
    choices->addWidget(m_cancel);

    auto* text = new QVBoxLayout;
    text->addWidget(headline);
    text->addWidget(where);
    text->addWidget(from);
    text->addSpacing(6);
    text->addLayout(sides);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addLayout(renameRow);
    layout->addWidget(m_renameProblem);
    layout->addWidget(m_applyToAll);
    layout->addSpacing(6);
    layout->addLayout(choices);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(640);
    checkNewName();
}

QPushButton* ConflictDialog::addChoice(ConflictAction action, const QString& text, const QString& toolTip)
{
    auto* button = new QPushButton(text, this);
    button->setToolTip(toolTip);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [this, action] { choose(action); });
    return button;
}

QPushButton* ConflictDialog::button(ConflictAction action) const
{
    switch (action) {
    case ConflictAction::Overwrite:
        return m_overwrite;
    case ConflictAction::OverwriteIfNewer:
        return m_overwriteIfNewer;
    case ConflictAction::Skip:
        return m_skip;
    case ConflictAction::Resume:
        return m_resume;
    case ConflictAction::Rename:
        return m_renameButton;
    case ConflictAction::Ask:
        break;
    }
    return nullptr;
}

QString ConflictDialog::newName() const
{
    return m_action == ConflictAction::Rename ? m_rename->text() : QString();
}

bool ConflictDialog::applyToAll() const
{
    return m_applyToAll->isChecked();
}

void ConflictDialog::choose(ConflictAction action)
{
    m_action = action;
    accept();
}

QString ConflictDialog::nameProblem(const QString& name, const QString& existingName)
{
    if (name.isEmpty()) {
        return tr("Enter the name to transfer the file under.");
    }
    if (name == QLatin1String(".") || name == QLatin1String("..")) {
        return tr("“%1” is not a file name.").arg(name);
    }
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c.unicode() < 0x20 || c.unicode() == 0x7f) {
            return tr("A file name cannot contain “/” or control characters.");
        }
    }
    if (name == existingName) {
        return tr("That is the name of the existing file.");
    }
    return {};
}

void ConflictDialog::checkNewName()
{
    const QString problem = nameProblem(m_rename->text(), lastPart(m_conflict.targetPath));
    m_renameProblem->setText(problem);
    m_renameProblem->setVisible(!problem.isEmpty());
    m_renameButton->setEnabled(problem.isEmpty());
}

} // namespace ferry
