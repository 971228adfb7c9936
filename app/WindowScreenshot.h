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
    // A connection still waiting after this long is most likely waiting for the user (a host key or
    // password question nobody answers in a script): the screenshot is taken anyway, showing that.
    static constexpr int kGiveUpMs = 30000;

    // For a window that will have no connection: takes the screenshot after the settle time.
    void scheduleWithoutConnection();

signals:
    void saved(const QString& path);

private:
    enum class Outcome { Output, Failure, NothingYet };
    void schedule(Outcome outcome, int delayMs);
    void take();

    QPointer<MainWindow> m_window;
    QString m_path;
    bool m_quitAfter = false;
    bool m_scheduled = false;
    Outcome m_outcome = Outcome::Output;
};

} // namespace ferry
