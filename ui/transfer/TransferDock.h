#pragma once

// TransferQueue.h returns a QPointer<RemoteFileSystem> inline and needs the complete type first.
#include "RemoteFileSystem.h"
#include "transfer/TransferQueue.h"

#include <QDockWidget>
#include <QPointer>

class QAction;
class QLabel;
class QSpinBox;
class QToolBar;
class QTreeView;

namespace ferry {

// The transfer queue of the browser tab in front, in a dock at the bottom of the window: a row per job with a
// progress bar, its direction, size, speed, ETA and state; pause, resume, cancel and retry for the selected
// jobs or all of them, removing finished rows; a line with the total progress, speed and ETA; and the
// settings every queue shares (parallel files, bandwidth limit), kept in QSettings.
class TransferDock : public QDockWidget {
    Q_OBJECT
public:
    explicit TransferDock(QWidget* parent = nullptr);

    // The queue shown and acted on; null shows an empty dock. Not owned.
    void setQueue(TransferQueue* queue);
    TransferQueue* queue() const { return m_queue; }
    // Gives queue the dock's settings (parallel files, bandwidth limit).
    void applySettings(TransferQueue* queue) const;

    QTreeView* view() const { return m_view; }
    QString totalsText() const;
    QSpinBox* parallelBox() const { return m_parallel; }
    // KiB/s; 0: no limit.
    QSpinBox* bandwidthBox() const { return m_bandwidth; }
    // By objectName: pauseAction, resumeAction, cancelAction, retryAction, pauseAllAction, resumeAllAction,
    // cancelAllAction, retryFailedAction, removeFinishedAction.
    QList<QAction*> queueActions() const;

signals:
    // The settings changed; every queue should get them.
    void settingsChanged();

private:
    QAction* addQueueAction(const QString& text, const QString& name, const char* icon, int fallback);
    QList<quint64> selectedJobs() const;
    void forSelected(void (TransferQueue::*call)(quint64));
    void updateTotals();
    void updateActions();
    void saveSettings();

    QPointer<TransferQueue> m_queue;
    QTreeView* m_view = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_totals = nullptr;
    QSpinBox* m_parallel = nullptr;
    QSpinBox* m_bandwidth = nullptr;
    QList<QAction*> m_actions;
    QAction* m_pause = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_retry = nullptr;
};

} // namespace ferry
