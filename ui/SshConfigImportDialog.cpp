#include "SshConfigImportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace ferry {

namespace {

enum Column { NameColumn, AddressColumn, NotesColumn };

QString takenNote()
{
    return SshConfigImportDialog::tr("A session of this name is in the folder already; a copy would get a new name.");
}

} // namespace

SshConfigImportDialog::SshConfigImportDialog(const QString& configFile, const SshConfigContext& context,
                                             const QStringList& folders, const QStringList& takenPaths, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_source(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_warningView(new QPlainTextEdit(this))
    , m_warningTitle(new QLabel(tr("Lines Ferry skipped, as ssh would refuse them:"), this))
    , m_folder(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sshConfigImport"));
    setWindowTitle(tr("Import from ssh_config"));
    for (const QString& path : takenPaths) {
        m_takenPaths.insert(path);
    }

    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    auto* chooseButton = new QPushButton(tr("&Other File…"), this);

    m_list->setObjectName(QStringLiteral("proposals"));
    m_list->setHeaderLabels({tr("Session"), tr("Connects to"), tr("Notes")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(AddressColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    m_warningView->setObjectName(QStringLiteral("warnings"));
    m_warningView->setReadOnly(true);
    m_warningView->setMaximumHeight(m_warningView->fontMetrics().height() * 6);

    m_folder->setObjectName(QStringLiteral("targetFolder"));
    m_folder->setEditable(true);
    m_folder->setInsertPolicy(QComboBox::NoInsert);
    m_folder->addItem(QString());
    m_folder->addItems(folders);
    m_folder->setCurrentText(tr("ssh_config"));

    auto* selectAll = new QPushButton(tr("Select &All"), this);
    auto* selectNone = new QPushButton(tr("Select &None"), this);
    importButton()->setText(tr("&Import"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_source, 1);
    top->addWidget(chooseButton);
    auto* selection = new QHBoxLayout;
    selection->addWidget(selectAll);
    selection->addWidget(selectNone);
    selection->addStretch(1);
    auto* folderForm = new QFormLayout;
    folderForm->addRow(tr("Import into &folder:"), m_folder);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(selection);
    layout->addWidget(m_warningTitle);
    layout->addWidget(m_warningView);
    layout->addLayout(folderForm);
    layout->addWidget(m_buttons);

    connect(chooseButton, &QPushButton::clicked, this, &SshConfigImportDialog::chooseFile);
    connect(selectAll, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
            setChecked(row, true);
        }
    });
    connect(selectNone, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
            setChecked(row, false);
        }
    });
    connect(m_list, &QTreeWidget::itemChanged, this, &SshConfigImportDialog::updateButtons);
    connect(m_folder, &QComboBox::currentTextChanged, this, &SshConfigImportDialog::markTaken);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    load(configFile);
    resize(QSize(720, 480).expandedTo(sizeHint()));
}

void SshConfigImportDialog::load(const QString& configFile)
{
    m_file = configFile;
    const SshConfigImport::Result result = SshConfigImport::fromFile(configFile, m_context);
    m_proposals = result.proposals;
    m_warnings = result.warnings;

    if (!QFileInfo::exists(configFile)) {
        m_source->setText(tr("%1 does not exist.").arg(QDir::toNativeSeparators(configFile)));
    } else if (m_proposals.isEmpty()) {
        m_source->setText(tr("%1 names no host to import (Host blocks with wildcards only set defaults).")
                              .arg(QDir::toNativeSeparators(configFile)));
    } else {
        m_source->setText(tr("%n host(s) in %1. Wildcard blocks such as \"Host *\" are not sessions; their settings "
                             "apply to the hosts below.",
                             nullptr, int(m_proposals.size()))
                              .arg(QDir::toNativeSeparators(configFile)));
    }

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const SshConfigImport::Proposal& proposal : std::as_const(m_proposals)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setText(NameColumn, proposal.profile.name);
        item->setText(AddressColumn, proposal.profile.addressText());
        QStringList details;
        if (!proposal.profile.auth.identityFiles.isEmpty()) {
            details << tr("Keys: %1").arg(proposal.profile.auth.identityFiles.join(QStringLiteral(", ")));
        }
        if (!proposal.profile.connection.proxyJump.isEmpty()) {
            details << tr("ProxyJump: %1").arg(proposal.profile.connection.proxyJump);
        }
        item->setToolTip(AddressColumn, details.join(QLatin1Char('\n')));
        item->setCheckState(NameColumn, Qt::Checked);
    }
    m_warningView->setPlainText(m_warnings.join(QLatin1Char('\n')));
    m_warningView->setVisible(!m_warnings.isEmpty());
    m_warningTitle->setVisible(!m_warnings.isEmpty());
    markTaken();
    // What exists already is left out unless the user asks for it.
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        if (item->data(NameColumn, Qt::UserRole).toBool()) {
            item->setCheckState(NameColumn, Qt::Unchecked);
        }
    }
    updateButtons();
}

void SshConfigImportDialog::markTaken()
{
    const QString target = folder();
    for (int row = 0; row < m_list->topLevelItemCount() && row < m_proposals.size(); ++row) {
        SessionProfile profile = m_proposals.at(row).profile;
        profile.folder = target;
        const bool taken = m_takenPaths.contains(profile.path());
        QStringList notes = m_proposals.at(row).notes;
        if (taken) {
            notes.prepend(takenNote());
        }
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        item->setData(NameColumn, Qt::UserRole, taken);
        item->setText(NotesColumn, notes.join(QLatin1Char(' ')));
        item->setToolTip(NotesColumn, notes.join(QLatin1Char('\n')));
    }
}

void SshConfigImportDialog::setChecked(int row, bool checked)
{
    if (QTreeWidgetItem* item = m_list->topLevelItem(row)) {
        item->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
    }
}

bool SshConfigImportDialog::isChecked(int row) const
{
    const QTreeWidgetItem* item = m_list->topLevelItem(row);
    return item && item->checkState(NameColumn) == Qt::Checked;
}

void SshConfigImportDialog::setFolder(const QString& folder)
{
    m_folder->setCurrentText(folder);
}

QString SshConfigImportDialog::folder() const
{
    return SessionProfile::normalizedFolder(m_folder->currentText());
}

QVector<SessionProfile> SshConfigImportDialog::checkedProfiles() const
{
    QVector<SessionProfile> profiles;
    const QString target = folder();
    for (int row = 0; row < m_proposals.size(); ++row) {
        if (isChecked(row)) {
            SessionProfile profile = m_proposals.at(row).profile;
            profile.folder = target;
            profiles << profile;
        }
    }
    return profiles;
}

QPushButton* SshConfigImportDialog::importButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SshConfigImportDialog::chooseFile()
{
    const QString start = m_file.isEmpty() ? QDir::home().filePath(QStringLiteral(".ssh")) : m_file;
    const QString file = QFileDialog::getOpenFileName(this, tr("OpenSSH Client Configuration"), start);
    if (!file.isEmpty()) {
        load(file);
    }
}

void SshConfigImportDialog::updateButtons()
{
    bool any = false;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        any = any || isChecked(row);
    }
    importButton()->setEnabled(any);
}

} // namespace ferry
