#pragma once

#include "ssh/HostKeyInfo.h"

#include <QDialog>
#include <QPointer>

class QMessageBox;
class QPushButton;

namespace ferry {

// The warning shown after a connection was refused because the server's host key changed or is revoked.
// It explains what a man-in-the-middle attack is and shows the new key next to what known_hosts holds.
// It offers no way to connect anyway. For a changed key (never a revoked one) it offers to replace the key
// on record and reconnect, behind a second question whose default is No; the reconnection then asks about
// the new key as for an unknown host.
class HostKeyWarningDialog : public QDialog {
    Q_OBJECT
public:
    explicit HostKeyWarningDialog(const HostKeyInfo& info, QWidget* parent = nullptr);

    const HostKeyInfo& info() const { return m_info; }
    QPushButton* closeButton() const { return m_close; }
    // Null when replacing is not offered (a revoked key).
    QPushButton* replaceButton() const { return m_replace; }
    // The confirmation question while it is open, else null.
    QMessageBox* confirmation() const;

signals:
    // The user confirmed: remove the old key and connect again. The dialog has closed.
    void replaceConfirmed();

private:
    void askToReplace();

    HostKeyInfo m_info;
    QPushButton* m_close = nullptr;
    QPushButton* m_replace = nullptr;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace ferry
