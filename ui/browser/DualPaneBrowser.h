#pragma once

#include "browser/PaneModel.h"

#include <QByteArray>
#include <QStringList>
#include <QWidget>

class QLabel;
class QSplitter;

namespace ferry {

class FilePane;
struct PaneDrop;

// The WinSCP half of a session: the local disk on the left, the other side (any PaneModel, normally the
// connection's remote file system) on the right. Every way of copying from one side to the other (F5, the
// Upload/Download actions, drags between the panes, files dropped from the desktop on the right pane) comes out
// as one transferRequested() signal for the owner to queue.
class DualPaneBrowser : public QWidget {
    Q_OBJECT
public:
    // rightModel: becomes the browser's if it has no parent.
    explicit DualPaneBrowser(PaneModel* rightModel, QWidget* parent = nullptr);

    FilePane* localPane() const { return m_left; }
    FilePane* remotePane() const { return m_right; }
    QSplitter* splitter() const { return m_splitter; }

    // What the status area says about the connection ("Connected to user@host", "Connection lost").
    void setConnectionStatus(const QString& text);
    QString connectionStatus() const;
    // The heading of the right pane.
    void setRemoteTitle(const QString& title);

    // The split and both panes' columns, to keep between runs.
    QByteArray saveState() const;
    bool restoreState(const QByteArray& state);

signals:
    // Copy sourcePaths (paths of the pane of kind sourceKind) into targetFolder (a folder of the other pane).
    void transferRequested(ferry::PaneModel::Kind sourceKind, const QStringList& sourcePaths,
                           const QString& targetFolder);

private:
    void onDrop(FilePane* target, const PaneDrop& drop);

    FilePane* m_left = nullptr;
    FilePane* m_right = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_connectionStatus = nullptr;
};

} // namespace ferry
