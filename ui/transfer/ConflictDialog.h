#pragma once

#include "transfer/ConflictAction.h"
#include "transfer/FileConflict.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ferry {

// Asks what to do with a file whose target already exists. Shows both sides (size, modification time,
// which one is newer) and offers Overwrite, Overwrite if Newer, Skip, Resume (only when the caller says the
// target can be continued) and Rename (to a name the user can edit, prefilled with a free one), with
// "Apply to all remaining conflicts". Skip is the default, so a reflexive Enter loses nothing; Escape or
// Cancel Transfer rejects the dialog, which cancels the whole transfer.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConflictDialog(const FileConflict& conflict, QWidget* parent = nullptr);

    // The choice once accepted (Skip before that). A rejected dialog means: cancel the transfer.
    ConflictAction action() const { return m_action; }
    // The name to transfer under, for Rename.
    QString newName() const;
    bool applyToAll() const;

    // The button choosing action (never Ask); the test hook for each choice.
    QPushButton* button(ConflictAction action) const;
    QPushButton* cancelButton() const { return m_cancel; }
    QLineEdit* renameField() const { return m_rename; }
    QCheckBox* applyToAllBox() const { return m_applyToAll; }

    // Why name cannot be used as a new file name in the target's folder; empty when it can.
    static QString nameProblem(const QString& name, const QString& existingName);

private:
    QPushButton* addChoice(ConflictAction action, const QString& text, const QString& toolTip);
    void choose(ConflictAction action);
    void checkNewName();

    FileConflict m_conflict;
    ConflictAction m_action = ConflictAction::Skip;
    QLineEdit* m_rename;
    QLabel* m_renameProblem;
    QCheckBox* m_applyToAll;
    QPushButton* m_overwrite = nullptr;
    QPushButton* m_overwriteIfNewer = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_renameButton = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace ferry
