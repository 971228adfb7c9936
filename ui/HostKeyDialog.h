#pragma once

#include "ssh/HostKeyInfo.h"

#include <QDialog>

class QPushButton;

namespace ferry {

// Asks whether to trust a server's host key on first contact (or when only a key of another type is
// known). Cancel is the default button, so a reflexive Enter never trusts a key.
//
// Open it with open() and read decision() once finished() has been emitted; the dialog never runs its
// own event loop, which keeps the connection's other work going and lets tests find and click it.
class HostKeyDialog : public QDialog {
    Q_OBJECT
public:
    explicit HostKeyDialog(const HostKeyInfo& info, QWidget* parent = nullptr);

    const HostKeyInfo& info() const { return m_info; }
    // Reject until the user picks one of the accept buttons.
    HostKeyDecision decision() const { return m_decision; }

    QPushButton* acceptAndSaveButton() const { return m_acceptAndSave; }
    QPushButton* acceptOnceButton() const { return m_acceptOnce; }
    QPushButton* cancelButton() const { return m_cancel; }

private:
    void decide(HostKeyDecision decision);

    HostKeyInfo m_info;
    HostKeyDecision m_decision = HostKeyDecision::Reject;
    QPushButton* m_acceptAndSave = nullptr;
    QPushButton* m_acceptOnce = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace ferry
