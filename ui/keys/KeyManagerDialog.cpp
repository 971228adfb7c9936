#include "KeyManagerDialog.h"

#include "AgentAddDialog.h"
#include "AgentPanel.h"
#include "FixedPitchFont.h"
#include "InstallKeyDialog.h"
#include "KeyGenerateDialog.h"
#include "KeyPassphraseDialog.h"
#include "PublicKeyDialog.h"
#include "PuttyImportDialog.h"
#include "trust/AgentClient.h"
#include "trust/KeyInventory.h"
#include "trust/KeyJob.h"
#include "trust/KeyListModel.h"
#include "trust/KeyOperations.h"
#include "trust/OpenSshTool.h"
#include "trust/PuttyKeyFile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry {

KeyManagerDialog::KeyManagerDialog(const KeyManagerSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_folder(settings.sshDir.isEmpty() ? KeyInventory::defaultFolder() : settings.sshDir)
{
    setWindowTitle(tr("SSH Keys"));
    setObjectName(QStringLiteral("keyManagerDialog"));
    m_model = new KeyListModel(this);
    m_agent = new AgentClient(settings.agentSocket, this);

    m_tabs = new QTabWidget(this);
    auto* keysPage = new QWidget(m_tabs);
    buildKeysTab(keysPage);
    m_tabs->addTab(keysPage, tr("&Keys"));
    m_agentPanel = new AgentPanel(m_agent, m_tabs);
    m_tabs->addTab(m_agentPanel, tr("&Agent"));

    m_toolProblem = new QLabel(this);
    m_toolProblem->setObjectName(QStringLiteral("toolProblem"));
    m_toolProblem->setWordWrap(true);
    m_toolProblem->setFrameShape(QFrame::StyledPanel);
    m_toolProblem->hide();
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(12);
    m_busy->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolProblem);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(m_agent, &AgentClient::identitiesListed, m_model, &KeyListModel::setAgentIdentities);
    connect(m_agent, &AgentClient::failed, this, [this](const QString& message) {
        if (m_agentActionPending) {
            m_agentActionPending = false;
            showMessage(message, true);
        }
    });
    connect(m_agent, &AgentClient::identityRemoved, this, [this] {
        if (m_agentActionPending) {
            m_agentActionPending = false;
            showMessage(tr("The key was removed from the agent."), false);
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeyManagerDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeyManagerDialog::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &KeyManagerDialog::updateButtons);

    const QStringList added = QSettings().value(m_settings.addedKeysSetting).toStringList();
    m_model->setFolder(m_folder);
    m_model->setExtraKeyPaths(added);
    fitColumns();
    checkTools();
    updateButtons();
    m_agent->listIdentities();
    resize(1210, 500);
}

KeyManagerDialog::~KeyManagerDialog()
{
    // A running job stops its program and cleans up when deleted; its finished() must not reach a half-gone dialog.
    if (m_job) {
        m_job->disconnect(this);
    }
}

void KeyManagerDialog::buildKeysTab(QWidget* page)
{
    auto* where = new QLabel(tr("Keys in %1 and key files you added:").arg(QDir::toNativeSeparators(m_folder)), page);
    where->setTextFormat(Qt::PlainText);
    where->setWordWrap(true);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("keyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setAlternatingRowColors(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KeyManagerDialog::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &KeyManagerDialog::onShowPublicKey);

    auto* buttons = new QVBoxLayout;
    m_generate = addButton(tr("&Generate…"), QStringLiteral("generate"), &KeyManagerDialog::onGenerate);
    m_import = addButton(tr("&Import PuTTY Key…"), QStringLiteral("importPutty"), &KeyManagerDialog::onImportPutty);
    m_addFile = addButton(tr("Add Key &File…"), QStringLiteral("addKeyFile"), &KeyManagerDialog::onAddKeyFile);
    m_removeFromList =
        addButton(tr("Remove from &List"), QStringLiteral("removeFromList"), &KeyManagerDialog::onRemoveFromList);
    m_removeFromList->setToolTip(tr("Stops listing a key file you added; the file itself stays."));
    for (QPushButton* button : {m_generate, m_import, m_addFile, m_removeFromList}) {
        buttons->addWidget(button);
    }
    buttons->addSpacing(12);
    m_changePassphrase =
        addButton(tr("Change &Passphrase…"), QStringLiteral("changePassphrase"), &KeyManagerDialog::onChangePassphrase);
    m_publicKey = addButton(tr("P&ublic Key…"), QStringLiteral("publicKey"), &KeyManagerDialog::onShowPublicKey);
    m_install = addButton(tr("Install on &Server…"), QStringLiteral("install"), &KeyManagerDialog::onInstall);
    for (QPushButton* button : {m_changePassphrase, m_publicKey, m_install}) {
        buttons->addWidget(button);
    }
    buttons->addSpacing(12);
    m_addToAgent = addButton(tr("A&dd to Agent…"), QStringLiteral("addToAgent"), &KeyManagerDialog::onAddToAgent);
    m_removeFromAgent =
        addButton(tr("Remove from Agen&t"), QStringLiteral("removeFromAgent"), &KeyManagerDialog::onRemoveFromAgent);
    buttons->addWidget(m_addToAgent);
    buttons->addWidget(m_removeFromAgent);
    buttons->addStretch();
    m_refresh = addButton(tr("&Refresh"), QStringLiteral("refresh"), &KeyManagerDialog::refresh);
    buttons->addWidget(m_refresh);

    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(where);
    layout->addLayout(row);
}

QPushButton* KeyManagerDialog::addButton(const QString& text, const QString& objectName,
                                         void (KeyManagerDialog::*slot)())
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, slot);
    return button;
}

void KeyManagerDialog::checkTools()
{
    QStringList problems;
    QString why;
    m_haveKeygen = !OpenSshTool::locate(QStringLiteral("ssh-keygen"), &why).isEmpty();
    if (!m_haveKeygen) {
        problems << why + QLatin1Char(' ') + tr("Without it, keys cannot be generated nor passphrases changed.");
    }
    m_haveAdd = !OpenSshTool::locate(QStringLiteral("ssh-add"), &why).isEmpty();
    if (!m_haveAdd) {
        problems << why + QLatin1Char(' ') + tr("Without it, keys cannot be added to the agent.");
    }
    m_toolProblem->setText(problems.join(QLatin1Char('\n')));
    m_toolProblem->setVisible(!problems.isEmpty());
}

void KeyManagerDialog::refresh()
{
    m_model->refresh();
    m_agent->listIdentities();
}

void KeyManagerDialog::fitColumns()
{
    m_table->resizeColumnsToContents();
    for (const int column : {int(KeyListModel::FileColumn), int(KeyListModel::CommentColumn)}) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 180));
    }
    // The whole fingerprint is in the public key dialog and in the agent tab; here its ends tell keys apart.
    m_table->setColumnWidth(KeyListModel::FingerprintColumn,
                            std::min(m_table->columnWidth(KeyListModel::FingerprintColumn), 240));
}

bool KeyManagerDialog::selectKey(const QString& privateKeyPath)
{
    const int row = m_model->rowOf(privateKeyPath);
    if (row < 0) {
        return false;
    }
    m_table->selectRow(row);
    return true;
}

QString KeyManagerDialog::messageText() const
{
    return m_message->text();
}

bool KeyManagerDialog::currentKey(SshKeyInfo* key) const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return false;
    }
    *key = m_model->key(rows.first().row());
    return true;
}

void KeyManagerDialog::openSubDialog(QDialog* dialog)
{
    if (m_subDialog) {
        m_subDialog->close();
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_subDialog = dialog;
    dialog->open();
}

void KeyManagerDialog::runJob(KeyJob* job)
{
    m_job = job;
    job->setParent(this);
    showMessage(QString(), false);
    updateButtons();
    connect(job, &KeyJob::finished, this, [this, job] {
        const QString selected = job->resultPath();
        if (job->succeeded()) {
            showMessage(job->message(), false);
        } else {
            showMessage(job->errorString(), true);
        }
        m_job = nullptr;
        job->deleteLater();
        m_model->refresh();
        m_agent->listIdentities();
        if (!selected.isEmpty()) {
            selectKey(selected);
        }
        updateButtons();
    });
    job->start();
}

void KeyManagerDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xb0, 0x1c, 0x1c) : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

void KeyManagerDialog::updateButtons()
{
    SshKeyInfo key;
    const bool selected = currentKey(&key);
    const bool idle = !m_job;
    const bool puttyKey = key.format == PrivateKeyFile::Format::PuTTY;
    const bool readable = selected && key.protection != PrivateKeyFile::Protection::Unreadable && !puttyKey;
    m_busy->setVisible(!idle);
    m_generate->setEnabled(idle && m_haveKeygen);
    m_import->setEnabled(idle);
    m_addFile->setEnabled(idle);
    m_removeFromList->setEnabled(idle && selected && key.addedByPath);
    m_changePassphrase->setEnabled(idle && readable && m_haveKeygen);
    m_publicKey->setEnabled(selected && !key.fingerprint.isEmpty());
    m_install->setEnabled(idle && selected && !key.fingerprint.isEmpty());
    m_addToAgent->setEnabled(idle && readable && m_haveAdd);
    m_removeFromAgent->setEnabled(idle && selected && key.inAgent);
    m_refresh->setEnabled(idle);
}

void KeyManagerDialog::saveAddedKeys()
{
    QSettings().setValue(m_settings.addedKeysSetting, m_model->extraKeyPaths());
}

void KeyManagerDialog::addKeyFile(const QString& path)
{
    const SshKeyInfo info = KeyInventory::inspect(path);
    if (info.format == PrivateKeyFile::Format::Unknown) {
        showMessage(tr("%1 is not a private key file Ferry can read: %2").arg(path, info.problem), true);
        return;
    }
    m_model->addKeyPath(path);
    saveAddedKeys();
    selectKey(QFileInfo(path).absoluteFilePath());
    if (!info.problem.isEmpty()) {
        showMessage(tr("%1 was added, but: %2").arg(path, info.problem), true);
    } else {
        showMessage(tr("%1 was added to the list.").arg(path), false);
    }
}

void KeyManagerDialog::onGenerate()
{
    auto* dialog = new KeyGenerateDialog(m_folder, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!QDir().mkpath(m_folder)) {
            showMessage(tr("The folder %1 cannot be made.").arg(m_folder), true);
            return;
        }
        QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        runJob(KeyOperations::generate(dialog->request()));
    });
    openSubDialog(dialog);
}

void KeyManagerDialog::onChangePassphrase()
{
    SshKeyInfo key;
    if (!currentKey(&key)) {
        return;
    }
    auto* dialog = new KeyPassphraseDialog(key.privateKeyPath, key.hasPassphrase(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        runJob(KeyOperations::changePassphrase(dialog->keyPath(), dialog->oldPassphrase(), dialog->newPassphrase()));
    });
    openSubDialog(dialog);
}

void KeyManagerDialog::onShowPublicKey()
{
    SshKeyInfo key;
    if (!currentKey(&key)) {
        return;
    }
    QString why;
    const QString line = KeyOperations::publicKeyText(key.privateKeyPath, &why);
    if (line.isEmpty()) {
        showMessage(why, true);
        return;
    }
    openSubDialog(new PublicKeyDialog(key.privateKeyPath, line, this));
}

void KeyManagerDialog::onImportPutty()
{
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    auto* chooser = new QFileDialog(this, tr("Import PuTTY Key"), QDir::homePath(),
                                    tr("PuTTY private keys (*.ppk);;All files (*)"));
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, &KeyManagerDialog::importPuttyKey);
    m_fileDialog = chooser;
    chooser->open();
}

void KeyManagerDialog::importPuttyKey(const QString& ppkPath)
{
    PuttyKeyFile ppk;
    QString why;
    if (!ppk.load(ppkPath, &why)) {
        showMessage(tr("%1 cannot be imported: %2").arg(ppkPath, why), true);
        return;
    }
    auto* dialog = new PuttyImportDialog(ppkPath, ppk, m_folder, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QDir().mkpath(m_folder);
        runJob(KeyOperations::importPuttyKey(dialog->ppkPath(), dialog->ppkPassphrase(), dialog->targetPath(),
                                             dialog->newPassphrase()));
    });
    openSubDialog(dialog);
}

void KeyManagerDialog::onAddKeyFile()
{
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    auto* chooser = new QFileDialog(this, tr("Add Key File"), m_folder);
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    connect(chooser, &QFileDialog::fileSelected, this, &KeyManagerDialog::addKeyFile);
    m_fileDialog = chooser;
    chooser->open();
}

void KeyManagerDialog::onRemoveFromList()
{
    SshKeyInfo key;
    if (currentKey(&key) && key.addedByPath) {
        m_model->removeKeyPath(key.privateKeyPath);
        saveAddedKeys();
        showMessage(tr("%1 is no longer listed; the file was not touched.").arg(key.privateKeyPath), false);
    }
}

void KeyManagerDialog::onInstall()
{
    SshKeyInfo key;
    if (!currentKey(&key)) {
        return;
    }
    QString why;
    const QString line = KeyOperations::publicKeyText(key.privateKeyPath, &why);
    if (line.isEmpty()) {
        showMessage(why, true);
        return;
    }
    openSubDialog(
        new InstallKeyDialog(key.privateKeyPath, line, m_settings.sessions, m_settings.connectionFactory, this));
}

void KeyManagerDialog::onAddToAgent()
{
    SshKeyInfo key;
    if (!currentKey(&key)) {
        return;
    }
    auto* dialog = new AgentAddDialog(key.privateKeyPath, key.hasPassphrase(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        runJob(KeyOperations::addToAgent(dialog->keyPath(), dialog->passphrase(), dialog->lifetimeSeconds(),
                                         m_settings.agentSocket));
    });
    openSubDialog(dialog);
}

void KeyManagerDialog::onRemoveFromAgent()
{
    SshKeyInfo key;
    if (!currentKey(&key)) {
        return;
    }
    const QList<AgentIdentity> identities = m_agent->identities();
    for (const AgentIdentity& identity : identities) {
        if (identity.keyBlob == key.publicKeyBlob || KeyInventory::certifies(identity.keyBlob, key.publicKeyBlob)) {
            m_agentActionPending = true;
            m_agent->removeIdentity(identity.keyBlob);
        }
    }
    if (!m_agentActionPending) {
        showMessage(tr("The agent does not hold this key."), true);
    }
}

} // namespace ferry
