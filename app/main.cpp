#include "CommandLine.h"
#include "MainWindow.h"
#include "Translations.h"
#include "WindowScreenshot.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

#include <cstdio>

namespace {

// Under a plain QCoreApplication: --help, --version and mistakes need no display, and a QApplication would
// refuse to start without one. Returns the exit status when the program should end here, -1 otherwise.
int parseCommandLine(int argc, char* argv[], ferry::Translations* translations, ferry::CommandLine::Result* result)
{
    QCoreApplication parsing(argc, argv);
    translations->installInto(&parsing);
    *result = ferry::CommandLine::parse(QCoreApplication::arguments());
    switch (result->action) {
    case ferry::CommandLine::Action::ShowHelp:
        std::fputs(qPrintable(result->helpText), stdout);
        return 0;
    case ferry::CommandLine::Action::ShowVersion:
        std::printf("ferry %s\n", FERRY_VERSION);
        return 0;
    case ferry::CommandLine::Action::Error:
        std::fprintf(stderr, "ferry: %s\n%s\n", qPrintable(result->error),
                     qPrintable(QCoreApplication::translate("main", "Run 'ferry --help' for the options.")));
        return 2;
    case ferry::CommandLine::Action::Run:
        break;
    }
    for (const QString& warning : qAsConst(result->warnings)) {
        std::fprintf(stderr, "ferry: %s\n", qPrintable(warning));
    }
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    // Settings and saved sessions live under <config>/Ferry/ferry.
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));

    ferry::Translations translations;
    ferry::CommandLine::Result commandLine;
    const int status = parseCommandLine(argc, argv, &translations, &commandLine);
    if (status >= 0) {
        return status;
    }

    QApplication app(argc, argv);
    translations.installInto(&app);
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Ferry"));
    // The installed desktop entry's name: desktops match windows to it for their icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.ferry.Ferry"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/ferry/icons/ferry.svg")));

    ferry::MainWindow window;
    // Saved sessions use the same ssh directory, known_hosts and ssh_config as the command line.
    ferry::SessionConnector::Environment environment = ferry::SessionConnector::Environment::forCurrentUser();
    environment.sshDir = commandLine.options.sshDir;
    environment.knownHostsFile = commandLine.options.knownHostsFile;
    environment.sshConfigFile = commandLine.sshConfigFile;
    window.setSshEnvironment(environment);
    window.show();
    // Keystrokes belong in the terminal from the start; without a window manager (Xvfb) nothing else
    // would give the window the keyboard.
    window.activateWindow();

    if (!commandLine.screenshotPath.isEmpty()) {
        auto* screenshot =
            new ferry::WindowScreenshot(&window, commandLine.screenshotPath, commandLine.quitAfterScreenshot, &window);
        if (!commandLine.hasDestination && commandLine.sessionName.isEmpty()) {
            screenshot->scheduleWithoutConnection();
        }
    }
    if (commandLine.hasDestination) {
        window.openTerminal(commandLine.options);
    } else if (!commandLine.sessionName.isEmpty()) {
        QString error;
        if (window.openSessionByName(commandLine.sessionName, &error) == nullptr) {
            std::fprintf(stderr, "ferry: %s\n", qPrintable(error));
            return 2;
        }
    }
    return app.exec();
}
