#include "CommandLine.h"
#include "MainWindow.h"
#include "WindowScreenshot.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));

    // The command line is read under a plain QCoreApplication first: --help, --version and mistakes need no
    // display, and a QApplication would refuse to start without one.
    ferry::CommandLine::Result commandLine;
    {
        QCoreApplication parsing(argc, argv);
        commandLine = ferry::CommandLine::parse(QCoreApplication::arguments());
    }
    switch (commandLine.action) {
    case ferry::CommandLine::Action::ShowHelp:
        std::fputs(qPrintable(commandLine.helpText), stdout);
        return 0;
    case ferry::CommandLine::Action::ShowVersion:
        std::printf("ferry %s\n", FERRY_VERSION);
        return 0;
    case ferry::CommandLine::Action::Error:
        std::fprintf(stderr, "ferry: %s\n%s\n", qPrintable(commandLine.error),
                     qPrintable(QCoreApplication::translate("main", "Run 'ferry --help' for the options.")));
        return 2;
    case ferry::CommandLine::Action::Run:
        break;
    }
    for (const QString& warning : qAsConst(commandLine.warnings))
        std::fprintf(stderr, "ferry: %s\n", qPrintable(warning));

    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Ferry"));
    QGuiApplication::setDesktopFileName(QStringLiteral("ferry"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/ferry/icons/ferry.svg")));

    ferry::MainWindow window;
    window.show();

    if (!commandLine.screenshotPath.isEmpty()) {
        auto* screenshot = new ferry::WindowScreenshot(&window, commandLine.screenshotPath,
                                                       commandLine.quitAfterScreenshot, &window);
        if (!commandLine.hasDestination)
            screenshot->scheduleWithoutConnection();
    }
    if (commandLine.hasDestination)
        window.openTerminal(commandLine.options);
    return app.exec();
}
