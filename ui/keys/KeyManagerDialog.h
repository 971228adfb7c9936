#pragma once

#include "KeyManagerSettings.h"
#include "trust/KeyJob.h"

#include <QDialog>
#include <QFileDialog>
#include <QPointer>
#include <QString>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ferry {

class AgentClient;
class AgentPanel;

class KeyListModel;
struct SshKeyInfo;

// The key manager: the keys of the ssh folder and keys added by path, what each is (type, size, comment,
// fingerprint, passphrase, agent, certificate), and what can be done with them: generate, change the
// passphrase, show the public key, import a PuTTY key, install on a server, add to and remove from the agent.
// Work runs in KeyJobs, so the window never freezes: while one runs the buttons wait and a busy bar shows;
// its outcome, or its error in plain words, shows in the message line. Non-modal: show() it.
class KeyManagerDialog : public QDialog {
    Q_OBJECT
public:
    explicit KeyManagerDialog(const KeyManagerSettings& settings, QWidget* parent = nullptr);
    ~KeyManagerDialog() override;

    // Lists a key file outside the ssh folder, and remembers it in the settings.
    void addKeyFile(const QString& path);
    // Reads a .ppk file and opens the import questions (or says why it cannot be imported).
    void importPuttyKey(const QString& ppkPath);
    // Reads the folder, the added keys and the agent again.
    void refresh();
    // Selects the row of a private key; false when it is not listed.
    bool selectKey(const QString& privateKeyPath);

    KeyListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    AgentPanel* agentPanel() const { return m_agentPanel; }
    QTabWidget* tabs() const { return m_tabs; }
    bool isBusy() const { return m_job != nullptr; }
    QString messageText() const;
    // The question open over the manager (generate, passphrase, import, public key, install), else null.
    QDialog* subDialog() const { return m_subDialog; }

private:
    void buildKeysTab(QWidget* page);
    QPushButton* addButton(const QString& text, const QString& objectName, void (KeyManagerDialog::*slot)());
    void checkTools();
    void fitColumns();
    bool currentKey(SshKeyInfo* key) const;
    void openSubDialog(QDialog* dialog);
    void runJob(KeyJob* job);
    void showMessage(const QString& text, bool error);
    void updateButtons();
    void saveAddedKeys();

    void onGenerate();
    void onChangePassphrase();
    void onShowPublicKey();
    void onImportPutty();
    void onAddKeyFile();
    void onRemoveFromList();
    void onInstall();
    void onAddToAgent();
    void onRemoveFromAgent();

    KeyManagerSettings m_settings;
    QString m_folder;
    KeyListModel* m_model = nullptr;
    AgentClient* m_agent = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_table = nullptr;
    AgentPanel* m_agentPanel = nullptr;
    QLabel* m_toolProblem = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_generate = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_addFile = nullptr;
    QPushButton* m_removeFromList = nullptr;
    QPushButton* m_changePassphrase = nullptr;
    QPushButton* m_publicKey = nullptr;
    QPushButton* m_install = nullptr;
    QPushButton* m_addToAgent = nullptr;
    QPushButton* m_removeFromAgent = nullptr;
    QPushButton* m_refresh = nullptr;
    QPointer<KeyJob> m_job;
    QPointer<QDialog> m_subDialog;
    QPointer<QFileDialog> m_fileDialog;
    bool m_haveKeygen = true;
    bool m_haveAdd = true;
    bool m_agentActionPending = false;
};

} // namespace ferry
