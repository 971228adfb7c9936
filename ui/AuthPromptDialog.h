#pragma once

#include "ssh/AuthPrompt.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QCheckBox;
class QLineEdit;

namespace ferry {

// Asks for what authentication needs: a password, a key's passphrase or the answers to a
// keyboard-interactive round. One line edit per prompt field, masked unless the server asked for echo.
//
// Open it with open() and read answers() once it is accepted; the dialog never runs its own event loop,
// which keeps the connection's other work going and lets tests find and fill it.
class AuthPromptDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuthPromptDialog(const AuthPrompt& prompt, QWidget* parent = nullptr);

    const AuthPrompt& prompt() const { return m_prompt; }
    // In field order.
    QStringList answers() const;
    QList<QLineEdit*> fieldEdits() const { return m_edits; }

    // Whether the prompt asks for the account's password: the password method, or the one hidden
    // "Password:" field of a keyboard-interactive round (PAM's usual question). Only those can be remembered.
    static bool asksForPassword(const AuthPrompt& prompt);
    // Adds a "Remember password" check box (for password prompts only), checked as given.
    void offerRemember(bool checked);
    // Null until offerRemember() added it.
    QCheckBox* rememberBox() const { return m_remember; }
    bool rememberChecked() const;

private:
    AuthPrompt m_prompt;
    QList<QLineEdit*> m_edits;
    QCheckBox* m_remember = nullptr;
};

} // namespace ferry
