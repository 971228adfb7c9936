#pragma once

#include "profiles/SessionProfile.h"

#include <QDialog>
#include <QSet>
#include <QString>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace ferry {

class SessionAuthPage;
class SessionConnectionPage;
class SessionTerminalPage;

// Creates or edits a saved session: every setting of a profile, grouped in tabs. Mistakes are explained
// next to the field concerned and OK stays disabled until there are none, so what is saved can connect.
class SessionEditorDialog : public QDialog {
    Q_OBJECT
public:
    // folders: the existing ones, offered in the folder box. takenPaths: "folder/name" of the other
    // sessions (SessionProfile::path()), which this one may not take.
    SessionEditorDialog(const SessionProfile& profile, const QStringList& folders, const QStringList& takenPaths,
                        QWidget* parent = nullptr);
    ~SessionEditorDialog() override;

    // The profile as the fields say; the id and anything the dialog does not show are the original's.
    SessionProfile profile() const;
    bool isValid() const { return m_valid; }
    // Every problem currently shown, field messages first.
    QStringList problems() const;

    QPushButton* okButton() const;
    QTabWidget* tabs() const { return m_tabs; }

private:
    QWidget* createGeneralPage();
    QWidget* createNotesPage();
    void validate();
    QString hostText() const;

    SessionProfile m_original;
    QSet<QString> m_takenPaths;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_folder = nullptr;
    QLineEdit* m_host = nullptr;
    QLineEdit* m_port = nullptr;
    QLineEdit* m_user = nullptr;
    QLabel* m_nameMessage = nullptr;
    QLabel* m_hostMessage = nullptr;
    QLabel* m_portMessage = nullptr;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    SessionAuthPage* m_authPage = nullptr;
    SessionConnectionPage* m_connectionPage = nullptr;
    SessionTerminalPage* m_terminalPage = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_valid = false;
};

} // namespace ferry
