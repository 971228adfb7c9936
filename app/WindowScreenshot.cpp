#include "WindowScreenshot.h"

#include "MainWindow.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QTimer>

#include <cstdio>

namespace ferry {

WindowScreenshot::WindowScreenshot(MainWindow* window, const QString& path, bool quitAfter, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_path(path)
    , m_quitAfter(quitAfter)
{
    connect(window, &MainWindow::firstRemoteOutput, this, [this] { schedule(Outcome::Output, kSettleMs); });
    connect(window, &MainWindow::connectionFailed, this, [this] { schedule(Outcome::Failure, kSettleMs); });
    QTimer::singleShot(kGiveUpMs, this, [this] {
        if (!m_scheduled) {
            std::fprintf(stderr, "ferry: %s\n",
                         qPrintable(tr("No remote output after %1 seconds; taking the screenshot anyway.")
                                        .arg(kGiveUpMs / 1000)));
            schedule(Outcome::NothingYet, 0);
        }
    });
}

void WindowScreenshot::scheduleWithoutConnection()
{
    schedule(Outcome::Output, kSettleMs);
}

void WindowScreenshot::schedule(Outcome outcome, int delayMs)
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    m_outcome = outcome;
    QTimer::singleShot(delayMs, this, &WindowScreenshot::take);
}

void WindowScreenshot::take()
{
    bool ok = false;
    if (m_window) {
        QScreen* screen = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
        const QPixmap pixels = screen ? screen->grabWindow(m_window->winId()) : QPixmap();
        if (pixels.isNull()) {
            std::fprintf(stderr, "ferry: %s\n", qPrintable(tr("Could not grab the window from the screen.")));
        } else if (!pixels.save(m_path, "PNG")) {
            std::fprintf(stderr, "ferry: %s\n", qPrintable(tr("Could not save the screenshot to %1.").arg(m_path)));
        } else {
            ok = true;
            std::printf("%s\n", qPrintable(QFileInfo(m_path).absoluteFilePath()));
            std::fflush(stdout);
            emit saved(m_path);
        }
    }
    if (m_quitAfter)
        QCoreApplication::exit(ok && m_outcome == Outcome::Output ? 0 : 1);
}

} // namespace ferry
