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
    connect(window, &MainWindow::firstRemoteOutput, this, [this] { schedule(false); });
    connect(window, &MainWindow::connectionFailed, this, [this] { schedule(true); });
}

void WindowScreenshot::scheduleWithoutConnection()
{
    schedule(false);
}

void WindowScreenshot::schedule(bool afterFailure)
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    m_afterFailure = afterFailure;
    QTimer::singleShot(kSettleMs, this, &WindowScreenshot::take);
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
        QCoreApplication::exit(ok && !m_afterFailure ? 0 : 1);
}

} // namespace ferry
