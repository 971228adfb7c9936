#include "SessionTerminalPage.h"

#include "TerminalView.h"
#include "profiles/SessionProfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace ferry {

namespace {

constexpr int kDefaultScrollback = 10000;

// A form row whose field is a layout gets no buddy from QFormLayout, and without one the '&' would show.
QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

SessionTerminalPage::SessionTerminalPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createAppearanceBox());
    layout->addWidget(createShellBox(), 1);
}

QWidget* SessionTerminalPage::createAppearanceBox()
{
    auto* box = new QGroupBox(tr("Appearance"), this);
    m_defaultFont = new QCheckBox(tr("&Default font"), box);
    m_defaultFont->setObjectName(QStringLiteral("defaultFont"));
    m_font = new QFontComboBox(box);
    m_font->setObjectName(QStringLiteral("fontFamily"));
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_fontSize = new QSpinBox(box);
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setRange(0, 200);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setSpecialValueText(tr("Default size"));
    auto* fontRow = new QHBoxLayout;
    fontRow->addWidget(m_defaultFont);
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);

    m_colorScheme = new QComboBox(box);
    m_colorScheme->setObjectName(QStringLiteral("colorScheme"));
    m_colorScheme->addItem(tr("Default"), QString());
    QStringList schemes = TerminalView::availableColorSchemes();
    schemes.sort(Qt::CaseInsensitive);
    for (const QString& scheme : std::as_const(schemes)) {
        m_colorScheme->addItem(scheme, scheme);
    }

    m_scrollback = new QSpinBox(box);
    m_scrollback->setObjectName(QStringLiteral("scrollbackLines"));
    m_scrollback->setRange(0, 10000000);
    m_scrollback->setGroupSeparatorShown(true);
    m_scrollback->setSuffix(tr(" lines"));
    m_unlimitedScrollback = new QCheckBox(tr("&Unlimited (slower: kept in temporary files)"), box);
    m_unlimitedScrollback->setObjectName(QStringLiteral("unlimitedScrollback"));
    auto* scrollRow = new QHBoxLayout;
    scrollRow->addWidget(m_scrollback);
    scrollRow->addWidget(m_unlimitedScrollback, 1);

    auto* form = new QFormLayout(box);
    form->addRow(buddyLabel(tr("&Font:"), m_font, box), fontRow);
    form->addRow(tr("Colour sc&heme:"), m_colorScheme);
    form->addRow(buddyLabel(tr("&Scrollback:"), m_scrollback, box), scrollRow);

    connect(m_defaultFont, &QCheckBox::toggled, m_font, &QWidget::setDisabled);
    connect(m_unlimitedScrollback, &QCheckBox::toggled, m_scrollback, &QWidget::setDisabled);
    for (QCheckBox* check : {m_defaultFont, m_unlimitedScrollback}) {
        connect(check, &QCheckBox::toggled, this, &SessionTerminalPage::changed);
    }
    connect(m_font, &QFontComboBox::currentFontChanged, this, &SessionTerminalPage::changed);
    for (QSpinBox* spin : {m_fontSize, m_scrollback}) {
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, &SessionTerminalPage::changed);
    }
    connect(m_colorScheme, qOverload<int>(&QComboBox::currentIndexChanged), this, &SessionTerminalPage::changed);
    return box;
}

QWidget* SessionTerminalPage::createShellBox()
{
    auto* box = new QGroupBox(tr("Shell"), this);
    m_terminalType = new QComboBox(box);
    m_terminalType->setObjectName(QStringLiteral("terminalType"));
    m_terminalType->setEditable(true);
    m_terminalType->addItems({QStringLiteral("xterm-256color"), QStringLiteral("xterm"), QStringLiteral("vt220"),
                              QStringLiteral("vt100"), QStringLiteral("linux"), QStringLiteral("screen-256color")});
    m_terminalType->setToolTip(tr("The TERM value the server's programs see."));

    m_backspace = new QComboBox(box);
    m_backspace->setObjectName(QStringLiteral("backspace"));
    m_backspace->addItem(tr("Control-? (DEL, 0x7F): most systems"), int(SessionProfile::BackspaceKey::Delete));
    m_backspace->addItem(tr("Control-H (0x08): some old systems"), int(SessionProfile::BackspaceKey::ControlH));

    m_remoteCommand = new QLineEdit(box);
    m_remoteCommand->setObjectName(QStringLiteral("remoteCommand"));
    m_remoteCommand->setPlaceholderText(tr("empty: the login shell"));
    m_remoteCommand->setToolTip(tr("A command that runs in the terminal instead of the login shell."));

    m_environment = new QTableWidget(0, 2, box);
    m_environment->setObjectName(QStringLiteral("environment"));
    m_environment->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_environment->horizontalHeader()->setStretchLastSection(true);
    m_environment->verticalHeader()->hide();
    m_environment->setToolTip(tr("Sent to the server, which accepts only the names its AcceptEnv allows."));
    auto* addVariable = new QPushButton(tr("&New"), box);
    m_removeVariable = new QPushButton(tr("&Remove"), box);
    auto* envButtons = new QVBoxLayout;
    envButtons->addWidget(addVariable);
    envButtons->addWidget(m_removeVariable);
    envButtons->addStretch(1);
    auto* envRow = new QHBoxLayout;
    envRow->addWidget(m_environment, 1);
    envRow->addLayout(envButtons);

    m_onExit = new QComboBox(box);
    m_onExit->setObjectName(QStringLiteral("onExit"));
    m_onExit->addItem(tr("Close the tab if the shell ended cleanly"), int(SessionProfile::OnExit::CloseIfClean));
    m_onExit->addItem(tr("Always close the tab"), int(SessionProfile::OnExit::AlwaysClose));
    m_onExit->addItem(tr("Keep the tab open"), int(SessionProfile::OnExit::KeepOpen));

    m_logFile = new QLineEdit(box);
    m_logFile->setObjectName(QStringLiteral("logFile"));
    m_logFile->setPlaceholderText(tr("empty: no log"));
    auto* browse = new QPushButton(tr("Bro&wse…"), box);
    auto* logRow = new QHBoxLayout;
    logRow->addWidget(m_logFile, 1);
    logRow->addWidget(browse);

    auto* form = new QFormLayout(box);
    form->addRow(tr("TERM t&ype:"), m_terminalType);
    form->addRow(tr("&Backspace sends:"), m_backspace);
    form->addRow(tr("Re&mote command:"), m_remoteCommand);
    form->addRow(buddyLabel(tr("&Environment:"), m_environment, box), envRow);
    form->addRow(tr("On shell e&xit:"), m_onExit);
    form->addRow(buddyLabel(tr("&Log to file:"), m_logFile, box), logRow);

    connect(addVariable, &QPushButton::clicked, this, [this] {
        const int row = m_environment->rowCount();
        m_environment->insertRow(row);
        m_environment->setItem(row, 0, new QTableWidgetItem);
        m_environment->setItem(row, 1, new QTableWidgetItem);
        m_environment->setCurrentCell(row, 0);
        m_environment->editItem(m_environment->item(row, 0));
    });
    connect(m_removeVariable, &QPushButton::clicked, this, [this] {
        if (m_environment->currentRow() >= 0) {
            m_environment->removeRow(m_environment->currentRow());
            emit changed();
        }
    });
    connect(m_environment, &QTableWidget::itemChanged, this, &SessionTerminalPage::changed);
    connect(browse, &QPushButton::clicked, this, &SessionTerminalPage::chooseLogFile);
    connect(m_terminalType, &QComboBox::currentTextChanged, this, &SessionTerminalPage::changed);
    for (QComboBox* combo : {m_backspace, m_onExit}) {
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &SessionTerminalPage::changed);
    }
    for (QLineEdit* edit : {m_remoteCommand, m_logFile}) {
        connect(edit, &QLineEdit::textChanged, this, &SessionTerminalPage::changed);
    }
    return box;
}

void SessionTerminalPage::load(const SessionProfile& profile)
{
    const SessionProfile::TerminalSettings& t = profile.terminal;
    m_defaultFont->setChecked(t.fontFamily.isEmpty());
    m_font->setEnabled(!t.fontFamily.isEmpty());
    if (!t.fontFamily.isEmpty()) {
        m_font->setCurrentFont(QFont(t.fontFamily));
    }
    m_fontSize->setValue(t.fontSize);
    const int scheme = m_colorScheme->findData(t.colorScheme);
    if (scheme >= 0) {
        m_colorScheme->setCurrentIndex(scheme);
    } else {
        // A scheme this installation lacks stays selected, so saving does not silently drop it.
        m_colorScheme->addItem(t.colorScheme, t.colorScheme);
        m_colorScheme->setCurrentIndex(m_colorScheme->count() - 1);
    }
    const bool unlimited = t.scrollbackLines < 0;
    m_unlimitedScrollback->setChecked(unlimited);
    m_scrollback->setEnabled(!unlimited);
    m_scrollback->setValue(unlimited ? kDefaultScrollback : t.scrollbackLines);
    m_terminalType->setCurrentText(t.terminalType);
    m_backspace->setCurrentIndex(m_backspace->findData(int(t.backspace)));
    m_remoteCommand->setText(t.remoteCommand);
    m_onExit->setCurrentIndex(m_onExit->findData(int(t.onExit)));
    m_logFile->setText(t.logFile);

    const QSignalBlocker blocker(m_environment);
    m_environment->setRowCount(0);
    for (const SessionProfile::EnvironmentVariable& variable : t.environment) {
        const int row = m_environment->rowCount();
        m_environment->insertRow(row);
        m_environment->setItem(row, 0, new QTableWidgetItem(variable.name));
        m_environment->setItem(row, 1, new QTableWidgetItem(variable.value));
    }
}

void SessionTerminalPage::save(SessionProfile* profile) const
{
    SessionProfile::TerminalSettings& t = profile->terminal;
    t.fontFamily = m_defaultFont->isChecked() ? QString() : m_font->currentFont().family();
    t.fontSize = m_fontSize->value();
    t.colorScheme = m_colorScheme->currentData().toString();
    t.scrollbackLines = m_unlimitedScrollback->isChecked() ? -1 : m_scrollback->value();
    t.terminalType = m_terminalType->currentText().trimmed();
    t.backspace = SessionProfile::BackspaceKey(m_backspace->currentData().toInt());
    t.remoteCommand = m_remoteCommand->text().trimmed();
    t.onExit = SessionProfile::OnExit(m_onExit->currentData().toInt());
    t.logFile = m_logFile->text().trimmed();
    t.environment.clear();
    for (int row = 0; row < m_environment->rowCount(); ++row) {
        const QTableWidgetItem* name = m_environment->item(row, 0);
        const QTableWidgetItem* value = m_environment->item(row, 1);
        const QString variable = name ? name->text().trimmed() : QString();
        // A row left empty is one the user added and never filled, not a variable.
        if (!variable.isEmpty()) {
            t.environment.append({variable, value ? value->text() : QString()});
        }
    }
}

void SessionTerminalPage::chooseLogFile()
{
    const QString start = m_logFile->text().isEmpty() ? QDir::homePath() : m_logFile->text();
    const QString file = QFileDialog::getSaveFileName(this, tr("Log the Session to"), start, QString(), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty()) {
        m_logFile->setText(file);
    }
}

} // namespace ferry
