#pragma once

#include "ssh/ConnectionOptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QStringList>

namespace ferry {

// Ferry's command line: `ferry [options] [[user@]host[:port] | ssh://[user@]host[:port]]`, or
// `ferry --session NAME`. Parsing is separate from acting on it so the rules (defaults taken from the ssh
// directory, which option wins) can be tested without a GUI.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Action { Run, ShowHelp, ShowVersion, Error };

    struct Result {
        Action action = Action::Run;
        bool hasDestination = false;
        ConnectionOptions options; // filled when hasDestination
        QString sessionName;       // --session: a saved session to open; never with a destination
        QString sshConfigFile;     // -F: absolute, or "none"; empty: the default (config in the ssh directory)
        QString screenshotPath;    // absolute; empty: no screenshot
        bool quitAfterScreenshot = false;
        QStringList warnings; // ssh_config lines skipped, settings not supported
        QString error;        // Action::Error
        QString helpText;     // Action::ShowHelp
    };

    // arguments as from QCoreApplication::arguments(), the program name first. homeDir stands in for
    // the user's home in defaults and in a leading "~/"; localUser is the login name used when neither
    // the destination nor -l names one. An application object must exist (QCommandLineParser's help
    // text needs it).
    static Result parse(const QStringList& arguments, const QString& homeDir = QDir::homePath(),
                        const QString& localUser = currentUserName());

    static QString currentUserName();
};

} // namespace ferry
