#pragma once

#include "transfer/PermissionChange.h"
#include "transfer/PermissionTarget.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ferry {

// Permissions of one or several files and folders: read, write and execute for owner, group and others,
// setuid, setgid and sticky, and the same as an octal number, the two kept in step. A bit that differs
// between the selected items shows as partially checked and is left alone unless the user sets it; the
// result is therefore a change (bits to set, bits to clear), not a mode. For folders it offers to apply
// the change to everything inside.
class PermissionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit PermissionsDialog(const QVector<PermissionTarget>& targets, QWidget* parent = nullptr);

    PermissionChange change() const;

    // The check box of one permission bit (0400 is the owner's read, 04000 setuid); null for other values.
    QCheckBox* bitBox(quint32 bit) const;
    QLineEdit* octalField() const { return m_octal; }
    // Empty while the octal field holds a mode.
    QString octalProblem() const;
    QCheckBox* recursiveBox() const { return m_recursive; }
    QPushButton* okButton() const;

private:
    void addBitBox(quint32 bit, const QString& text, const QString& toolTip);
    bool anyMixed() const;
    void onBoxChanged();
    void onOctalEdited(const QString& text);
    void showOctalOf(bool fromBoxes);
    void showProblem(const QString& problem);

    QVector<PermissionTarget> m_targets;
    QVector<QCheckBox*> m_boxes; // indexed by bit position, 0 (others' execute) to 11 (setuid)
    QLineEdit* m_octal;
    QLabel* m_symbolic;
    QLabel* m_problem;
    QCheckBox* m_recursive;
    QDialogButtonBox* m_buttons;
    bool m_syncing = false;
};

} // namespace ferry
