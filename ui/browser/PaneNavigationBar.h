#pragma once

#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QMenu;
class QToolButton;

namespace ferry {

// The row above a pane's list: back, forward, up, home, refresh, the hidden-files toggle, the bookmarks menu and
// the address bar with the folders visited. It only asks; the pane decides and tells it where it is.
class PaneNavigationBar : public QWidget {
    Q_OBJECT
public:
    explicit PaneNavigationBar(QWidget* parent = nullptr);

    QAction* backAction() const { return m_back; }
    QAction* forwardAction() const { return m_forward; }
    QAction* upAction() const { return m_up; }
    QAction* homeAction() const { return m_home; }
    QAction* refreshAction() const { return m_refresh; }
    QAction* hiddenAction() const { return m_hidden; }
    QAction* bookmarkAction() const { return m_bookmark; }
    QComboBox* addressBar() const { return m_address; }
    QMenu* bookmarksMenu() const { return m_bookmarksMenu; }

    // The folder now shown: into the address bar and its history.
    void showPath(const QString& path);
    // Puts the shown folder back in the address bar (after a path typed there would not open).
    void revertAddress();

    QStringList bookmarks() const { return m_bookmarks; }
    void setBookmarks(const QStringList& paths);

signals:
    // input: as typed or picked in the address bar or the bookmarks.
    void navigateRequested(const QString& input);
    void bookmarksChanged(const QStringList& paths);

private:
    void rebuildBookmarksMenu();

    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
    QAction* m_up = nullptr;
    QAction* m_home = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_hidden = nullptr;
    QAction* m_bookmark = nullptr;
    QComboBox* m_address = nullptr;
    QMenu* m_bookmarksMenu = nullptr;
    QToolButton* m_bookmarksButton = nullptr;
    QString m_path;
    QStringList m_bookmarks;
};

} // namespace ferry
