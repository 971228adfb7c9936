#pragma once

#include "InstallKeyDialog.h"
#include "profiles/SessionConnector.h"

#include <QCoreApplication>

class QWidget;

namespace ferry {

// The connections "Install on server" uses, made the way the window makes a session's (SessionConnector, the
// user's ssh_config and keys), with the host key question and the login prompts shown as Ferry's own dialogs.
// A remembered password is not fetched: the user types it once, which is fine for a one-time install.
class InstallConnector {
    Q_DECLARE_TR_FUNCTIONS(InstallConnector)
public:
    // A new connection for profile, not yet connecting. Questions open over the active modal dialog (the install
    // dialog), else over fallbackParent.
    static Connection* connectionFor(const SessionProfile& profile, const SessionConnector::Environment& environment,
                                     QWidget* fallbackParent);
    // The factory KeyManagerSettings::connectionFactory expects.
    static InstallKeyDialog::ConnectionFactory factory(const SessionConnector::Environment& environment,
                                                       QWidget* fallbackParent);
};

} // namespace ferry
