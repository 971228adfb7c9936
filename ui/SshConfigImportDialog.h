#pragma once

#include "profiles/SshConfig.h"
#include "profiles/SshConfigImport.h"

#include <QDialog>
#include <QSet>
#include <QStringList>
#include <QVector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace ferry {

// The preview of an import from an OpenSSH client configuration: one proposed session per Host alias,
// each with a checkbox, what it will connect to and what will not work as it does in ssh, the parser's
// warnings below, and the folder the checked ones go to. Nothing is saved by the dialog itself.
class SshConfigImportDialog : public QDialog {
    Q_OBJECT
public:
    // takenPaths: "folder/name" of the sessions there already; a proposal that would take one starts
    // unchecked and says so.
    SshConfigImportDialog(const QString& configFile, const SshConfigContext& context, const QStringList& folders,
                          const QStringList& takenPaths, QWidget* parent = nullptr);

    // Reads another file and proposes its hosts instead.
    void load(const QString& configFile);
    QString configFile() const { return m_file; }

    const QVector<SshConfigImport::Proposal>& proposals() const { return m_proposals; }
    QStringList warnings() const { return m_warnings; }
    void setChecked(int row, bool checked);
    bool isChecked(int row) const;
    void setFolder(const QString& folder);
    QString folder() const;
    // The checked proposals, put in the chosen folder.
    QVector<SessionProfile> checkedProfiles() const;

    QTreeWidget* list() const { return m_list; }
    QPushButton* importButton() const;

private:
    void chooseFile();
    void markTaken();
    void updateButtons();

    QString m_file;
    SshConfigContext m_context;
    QSet<QString> m_takenPaths;
    QVector<SshConfigImport::Proposal> m_proposals;
    QStringList m_warnings;
    QLabel* m_source = nullptr;
    QTreeWidget* m_list = nullptr;
    QPlainTextEdit* m_warningView = nullptr;
    QLabel* m_warningTitle = nullptr;
    QComboBox* m_folder = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace ferry
