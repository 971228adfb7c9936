#pragma once

#include "browser/PaneDrop.h"
#include "browser/PaneEntry.h"
#include "browser/PaneHistory.h"
#include "browser/PaneMimeData.h"
#include "browser/PaneNavigationBar.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QFrame;
class QInputDialog;
class QLabel;
class QMenu;
class QMessageBox;
class QMimeData;
class QProgressBar;
class QTimer;

namespace ferry {

class PaneDragDrop;
class PaneModel;
class PaneSortProxy;
class PaneView;

// One side of the browser: a folder of a PaneModel (local or remote) with a toolbar, an address bar with history,
// the list, a message line for what went wrong and a status line. It does what stays inside its own file system
// (navigation, rename, delete, new folder, moves by drag and drop) and asks its owner, by signals, for what needs
// more (transfers, the permissions dialog, the editor, a terminal).
class FilePane : public QWidget {
    Q_OBJECT
public:
    // A model without a parent becomes the pane's.
    explicit FilePane(PaneModel* model, QWidget* parent = nullptr);
    ~FilePane() override;

    PaneModel* model() const { return m_model; }
    PaneSortProxy* proxy() const { return m_proxy; }
    PaneView* view() const { return m_view; }
    PaneNavigationBar* navigationBar() const { return m_navigation; }
    QComboBox* addressBar() const { return m_navigation->addressBar(); }
    // Unique among all panes of all Ferry processes: drags carry it.
    QString paneId() const { return m_paneId; }

    // The heading above the toolbar ("Local", "user@host"); none when empty.
    void setTitle(const QString& title);
    QString title() const;

    // input: what a user would type in the address bar.
    void navigateTo(const QString& input);
    void goBack();
    void goForward();
    void goUp();
    void goHome();
    void refresh();
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }

    bool showsHidden() const;
    void setShowHidden(bool show);

    QStringList bookmarks() const { return m_navigation->bookmarks(); }
    void setBookmarks(const QStringList& paths) { m_navigation->setBookmarks(paths); }

    // Full paths and entries of the selected rows, in the order shown.
    QStringList selectedPaths() const;
    PaneEntries selectedEntries() const;
    void selectNames(const QStringList& names);

    // "Download" or "Upload": the copy-to-the-other-pane action's text (F5).
    void setTransferActionText(const QString& text);
    void setTerminalAllowed(bool allowed);
    // Files from other programs (the desktop) may be dropped here.
    void setAcceptsExternalFiles(bool accepts);
    // A pane whose drags this one takes (as a copy, through dropRequested()).
    void addPeerPane(const QString& paneId);
    // Fills a remote pane's drags with local files for other programs. Without it they carry no files.
    void setDragDownloader(PaneMimeData::Downloader downloader);
    // What a drag of paths from this pane carries.
    QMimeData* createDragData(const QStringList& paths) const;

    // The line saying what went wrong (a folder that would not open, a failed rename); empty when hidden.
    QString message() const;
    QString statusText() const;
    // The questions the pane asks, while they are open (else null): for tests and for the owner to raise them.
    QMessageBox* deleteConfirmation() const;
    QInputDialog* newFolderPrompt() const;

    // The user actions, also reachable by objectName (openAction, transferAction, editAction, renameAction,
    // deleteAction, newFolderAction, permissionsAction, copyPathAction, openTerminalAction; backAction,
    // forwardAction, upAction, homeAction, refreshAction, hiddenAction, bookmarkAction).
    QList<QAction*> contextActions() const;

signals:
    void pathChanged(const QString& path);
    void openFileRequested(const QString& path);
    void editRequested(const QString& path);
    void copyToOtherPaneRequested(const QStringList& paths);
    void permissionsRequested(const QStringList& paths, const ferry::PaneEntries& entries);
    void openTerminalRequested(const QString& folder);
    void dropRequested(const ferry::PaneDrop& drop);
    void bookmarksChanged(const QStringList& paths);

private:
    enum class Move { New, Back, Forward };

    void buildActions();
    void buildLayout();
    void sizeColumns();
    void connectModel();
    void go(const QString& path, Move move);
    void onPathChanged(const QString& path);
    void onListingStarted(const QString& path);
    void onLoadFailed(const QString& path, const QString& text);
    void onRowsArrived();
    void onLoadingChanged(bool loading);
    void showMessage(const QString& text);
    void hideMessage();
    void updateActions();
    void scheduleStatus();
    void updateStatus();
    void showContextMenu(const QPoint& position);

    void openIndex(const QModelIndex& proxyIndex);
    void openCurrent();
    void renameCurrent();
    void askToDelete();
    void askForNewFolder();
    void requestTransfer();
    void requestEdit();
    void requestPermissions();
    void copyPaths();
    void requestTerminal();

    PaneModel* m_model = nullptr;
    PaneSortProxy* m_proxy = nullptr;
    PaneView* m_view = nullptr;
    QString m_paneId;
    PaneDragDrop* m_dragDrop = nullptr;
    PaneNavigationBar* m_navigation = nullptr;
    PaneHistory m_history;
    QString m_shownPath;
    QString m_pendingPath;
    Move m_pendingMove = Move::New;
    // Rows to select as they arrive: what was selected before a refresh, the folder just left by Up, a new name.
    QSet<QString> m_reselect;
    QString m_recurrent;

    QLabel* m_title = nullptr;
    QFrame* m_messageBar = nullptr;
    QLabel* m_messageText = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QTimer* m_statusTimer = nullptr;
    QMenu* m_contextMenu = nullptr;
    QPointer<QMessageBox> m_deleteConfirmation;
    QPointer<QInputDialog> m_newFolderPrompt;

    QAction* m_openAction = nullptr;
    QAction* m_transferAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_newFolderAction = nullptr;
    QAction* m_permissionsAction = nullptr;
    QAction* m_copyPathAction = nullptr;
    QAction* m_terminalAction = nullptr;
    bool m_terminalAllowed = false;
};

} // namespace ferry
