#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace ferry {

class MainWindow;

// Saves what the main window looks like on the screen (pixels grabbed from the display, not a widget
// rendering) once the first remote output has arrived, or the connection has failed, and a short
// settle time has passed. Used by scripts and CI to show the real thing.
class WindowScreenshot : public QObject {
    Q_OBJECT
public:
    WindowScreenshot(MainWindow* window, const QString& path, bool quitAfter, QObject* parent = nullptr);

    // Lets time pass for a prompt and the rest of the first screen to arrive and be painted.
    static constexpr int kSettleMs = 1500;

    // For a window that will have no connection: takes the screenshot after the settle time.
    void scheduleWithoutConnection();

signals:
    void saved(const QString& path);

private:
    void schedule(bool afterFailure);
    void take();

    QPointer<MainWindow> m_window;
    QString m_path;
    bool m_quitAfter = false;
    bool m_scheduled = false;
    bool m_afterFailure = false;
};

} // namespace ferry
