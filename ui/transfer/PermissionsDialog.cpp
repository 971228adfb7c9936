#include "PermissionsDialog.h"

#include "DialogLabels.h"
#include "transfer/ProblemLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ferry {

namespace {

constexpr int bitCount = 12;
constexpr quint32 permissionMask = 07777;

// Names come from the server: plain text only, selectable for copying.
QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The same value for every target, or "(various)".
QString common(const QVector<PermissionTarget>& targets, QString PermissionTarget::*field, const QString& various)
{
    QString value = targets.isEmpty() ? QString() : targets.constFirst().*field;
    for (const PermissionTarget& target : targets) {
        if (target.*field != value) {
            return various;
        }
    }
    return value;
}

} // namespace

PermissionsDialog::PermissionsDialog(const QVector<PermissionTarget>& targets, QWidget* parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_boxes(bitCount, nullptr)
    , m_octal(new QLineEdit(this))
    , m_symbolic(valueLabel(QString(), this))
    , m_problem(wrappedLabel(QString(), this))
    , m_recursive(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    int folders = 0;
    for (const PermissionTarget& target : targets) {
        folders += target.isFolder ? 1 : 0;
    }
    const int count = int(targets.size());
    QString subject;
    if (count == 1) {
        setWindowTitle(tr("Permissions of %1").arg(targets.constFirst().name));
        subject = targets.constFirst().name;
    } else {
        setWindowTitle(tr("Permissions of %n Item(s)", nullptr, count));
        //: %1 is "3 items", %2 "1 folder", %3 "2 files".
        subject = tr("%1 (%2, %3)")
                      .arg(tr("%n item(s)", nullptr, count), tr("%n folder(s)", nullptr, folders),
                           tr("%n file(s)", nullptr, count - folders));
    }

    auto* about = new QFormLayout;
    auto* name = plainLabel(subject, this);
    name->setObjectName(QStringLiteral("subject"));
    about->addRow(count == 1 ? tr("Name:") : tr("Selection:"), name);
    const QString various = tr("(various)");
    const QString owner = common(targets, &PermissionTarget::owner, various);
    const QString group = common(targets, &PermissionTarget::group, various);
    if (!owner.isEmpty()) {
        auto* label = plainLabel(owner, this);
        label->setObjectName(QStringLiteral("owner"));
        about->addRow(tr("Owner:"), label);
    }
    if (!group.isEmpty()) {
        auto* label = plainLabel(group, this);
        label->setObjectName(QStringLiteral("group"));
        about->addRow(tr("Group:"), label);
    }

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->addWidget(new QLabel(tr("Read"), this), 0, 1, Qt::AlignHCenter);
    grid->addWidget(new QLabel(tr("Write"), this), 0, 2, Qt::AlignHCenter);
    grid->addWidget(new QLabel(tr("Execute"), this), 0, 3, Qt::AlignHCenter);
    const QString classes[] = {tr("Owner"), tr("Group"), tr("Others")};
    const QString rights[] = {tr("read"), tr("write"), tr("execute")};
    for (int row = 0; row < 3; ++row) {
        grid->addWidget(new QLabel(classes[row], this), row + 1, 0);
        for (int column = 0; column < 3; ++column) {
            const quint32 bit = 1u << ((2 - row) * 3 + (2 - column));
            //: %1 is Owner, Group or Others; %2 is read, write or execute.
            addBitBox(bit, QString(), tr("%1: %2").arg(classes[row], rights[column]));
            grid->addWidget(bitBox(bit), row + 1, column + 1, Qt::AlignHCenter);
        }
    }
    addBitBox(04000, tr("Set &user ID"), tr("Runs with the owner's rights (setuid)"));
    addBitBox(02000, tr("Set &group ID"), tr("Runs with the group's rights; in a folder, new files get its group"));
    addBitBox(01000, tr("S&ticky"), tr("In a folder, only a file's owner may delete or rename it"));
    auto* special = new QHBoxLayout;
    special->addWidget(bitBox(04000));
    special->addWidget(bitBox(02000));
    special->addWidget(bitBox(01000));
    special->addStretch(1);
    grid->addWidget(new QLabel(tr("Special"), this), 4, 0);
    grid->addLayout(special, 4, 1, 1, 4);
    grid->setColumnStretch(4, 1);

    m_octal->setObjectName(QStringLiteral("octal"));
    m_octal->setFont(fixedPitchFont());
    m_octal->setMaxLength(6);
    m_octal->setPlaceholderText(tr("mixed"));
    m_octal->setMaximumWidth(m_octal->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 8 + 16);
    auto* octalLabel = new QLabel(tr("&Octal:"), this);
    octalLabel->setBuddy(m_octal);
    m_symbolic->setObjectName(QStringLiteral("symbolic"));
    auto* octalRow = new QHBoxLayout;
    octalRow->addWidget(octalLabel);
    octalRow->addWidget(m_octal);
    octalRow->addWidget(m_symbolic);
    octalRow->addStretch(1);
    m_problem->setObjectName(QStringLiteral("octalProblem"));
    makeProblemLabel(m_problem);

    m_recursive->setObjectName(QStringLiteral("recursive"));
    m_recursive->setText(folders == 1 && count == 1 ? tr("&Apply to everything inside this folder")
                                                    : tr("&Apply to everything inside the selected folders"));
    m_recursive->setToolTip(tr("Files and folders inside get the same changes, at every depth"));
    m_recursive->setVisible(folders > 0);

    connect(m_octal, &QLineEdit::textEdited, this, &PermissionsDialog::onOctalEdited);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(about);
    layout->addSpacing(6);
    layout->addLayout(grid);
    if (anyMixed()) {
        auto* hint = wrappedLabel(tr("A partly filled box: the selected items differ. Each keeps its own setting "
                                     "unless you change it."),
                                  this);
        hint->setObjectName(QStringLiteral("mixedHint"));
        layout->addWidget(hint);
    }
    layout->addSpacing(6);
    layout->addLayout(octalRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_recursive);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    showOctalOf(true);
}

void PermissionsDialog::addBitBox(quint32 bit, const QString& text, const QString& toolTip)
{
    int index = 0;
    while ((1u << index) != bit) {
        ++index;
    }
    auto* box = new QCheckBox(text, this);
    box->setObjectName(QStringLiteral("bit%1").arg(bit, 4, 8, QLatin1Char('0')));
    box->setToolTip(toolTip);
    box->setAccessibleName(toolTip);
    int withBit = 0;
    for (const PermissionTarget& target : std::as_const(m_targets)) {
        withBit += (target.mode & bit) ? 1 : 0;
    }
    // Only a bit that differs can be left as it is; the others are simply on or off.
    const bool mixed = withBit > 0 && withBit < m_targets.size();
    box->setTristate(mixed);
    box->setCheckState(mixed ? Qt::PartiallyChecked : (withBit > 0 ? Qt::Checked : Qt::Unchecked));
    connect(box, &QCheckBox::stateChanged, this, &PermissionsDialog::onBoxChanged);
    m_boxes[index] = box;
}

bool PermissionsDialog::anyMixed() const
{
    return std::any_of(m_boxes.cbegin(), m_boxes.cend(),
                       [](const QCheckBox* box) { return box->checkState() == Qt::PartiallyChecked; });
}

QCheckBox* PermissionsDialog::bitBox(quint32 bit) const
{
    for (int index = 0; index < bitCount; ++index) {
        if ((1u << index) == bit) {
            return m_boxes.at(index);
        }
    }
    return nullptr;
}

QPushButton* PermissionsDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString PermissionsDialog::octalProblem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

PermissionChange PermissionsDialog::change() const
{
    PermissionChange change;
    for (int index = 0; index < bitCount; ++index) {
        const Qt::CheckState state = m_boxes.at(index)->checkState();
        if (state == Qt::Checked) {
            change.set |= 1u << index;
        } else if (state == Qt::Unchecked) {
            change.clear |= 1u << index;
        }
    }
    // Not isVisible(): change() is read once the dialog closed, when nothing in it is visible any more.
    change.recursive = !m_recursive->isHidden() && m_recursive->isChecked();
    return change;
}

void PermissionsDialog::onBoxChanged()
{
    if (m_syncing) {
        return;
    }
    showOctalOf(true);
    showProblem({});
}

void PermissionsDialog::onOctalEdited(const QString& text)
{
    const QString digits = text.trimmed();
    static const QRegularExpression octal(QStringLiteral("^[0-7]{1,4}$"));
    if (digits.isEmpty()) {
        // An empty field keeps the mixed bits mixed; with none it says nothing.
        showProblem(anyMixed() ? QString() : tr("Enter a mode in octal, such as 644 or 755."));
        return;
    }
    if (!octal.match(digits).hasMatch()) {
        showProblem(
            tr("“%1” is not an octal mode: use up to four digits from 0 to 7, such as 644 or 2775.").arg(digits));
        return;
    }
    const quint32 mode = digits.toUInt(nullptr, 8) & permissionMask;
    m_syncing = true;
    for (int index = 0; index < bitCount; ++index) {
        m_boxes.at(index)->setCheckState((mode & (1u << index)) ? Qt::Checked : Qt::Unchecked);
    }
    m_syncing = false;
    showOctalOf(false);
    showProblem({});
}

// Shows the boxes' mode symbolically, and as octal too when fromBoxes (the user did not type it).
void PermissionsDialog::showOctalOf(bool fromBoxes)
{
    quint32 mode = 0;
    quint32 mixed = 0;
    for (int index = 0; index < bitCount; ++index) {
        const Qt::CheckState state = m_boxes.at(index)->checkState();
        if (state == Qt::Checked) {
            mode |= 1u << index;
        } else if (state == Qt::PartiallyChecked) {
            mixed |= 1u << index;
        }
    }
    if (fromBoxes) {
        const int width = (mode & 07000) ? 4 : 3;
        m_octal->setText(mixed ? QString() : QStringLiteral("%1").arg(mode, width, 8, QLatin1Char('0')));
    }
    // ls -l's notation, with ? where the selected items differ.
    const auto symbol = [mode, mixed](quint32 bit, QChar letter) {
        if (mixed & bit) {
            return QChar(QLatin1Char('?'));
        }
        return (mode & bit) ? letter : QChar(QLatin1Char('-'));
    };
    const auto execute = [mode, mixed](quint32 bit, quint32 specialBit, QChar withSpecial) {
        if ((mixed & bit) || (mixed & specialBit)) {
            return QChar(QLatin1Char('?'));
        }
        const bool x = mode & bit;
        if (mode & specialBit) {
            return x ? withSpecial : withSpecial.toUpper();
        }
        return x ? QChar(QLatin1Char('x')) : QChar(QLatin1Char('-'));
    };
    QString text;
    text += symbol(0400, QLatin1Char('r'));
    text += symbol(0200, QLatin1Char('w'));
    text += execute(0100, 04000, QLatin1Char('s'));
    text += symbol(040, QLatin1Char('r'));
    text += symbol(020, QLatin1Char('w'));
    text += execute(010, 02000, QLatin1Char('s'));
    text += symbol(04, QLatin1Char('r'));
    text += symbol(02, QLatin1Char('w'));
    text += execute(01, 01000, QLatin1Char('t'));
    m_symbolic->setText(text);
}

void PermissionsDialog::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty());
}

} // namespace ferry
