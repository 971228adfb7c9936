#include "browser/PaneNavigationBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

#include <initializer_list>

namespace ferry {

namespace {

constexpr int kAddressHistory = 20;

// The first of the names the icon theme has (themes disagree: Breeze says view-hidden, Adwaita
// view-reveal-symbolic), else the style's own icon.
QIcon themedIcon(std::initializer_list<const char*> names, QStyle::StandardPixmap fallback)
{
    for (const char* name : names) {
        if (QIcon::hasThemeIcon(QLatin1String(name))) {
            return QIcon::fromTheme(QLatin1String(name));
        }
    }
    return QApplication::style()->standardIcon(fallback);
}

QAction* makeAction(QObject* parent, const QString& objectName, const QString& text,
                    std::initializer_list<const char*> icons, QStyle::StandardPixmap fallback)
{
    auto* action = new QAction(themedIcon(icons, fallback), text, parent);
    action->setObjectName(objectName);
    return action;
}

} // namespace

PaneNavigationBar::PaneNavigationBar(QWidget* parent)
    : QWidget(parent)
    , m_back(makeAction(this, QStringLiteral("backAction"), tr("Back"), {"go-previous"}, QStyle::SP_ArrowBack))
    , m_forward(makeAction(this, QStringLiteral("forwardAction"), tr("Forward"), {"go-next"}, QStyle::SP_ArrowForward))
    , m_up(makeAction(this, QStringLiteral("upAction"), tr("Up"), {"go-up"}, QStyle::SP_FileDialogToParent))
    , m_home(makeAction(this, QStringLiteral("homeAction"), tr("Home"), {"go-home"}, QStyle::SP_DirHomeIcon))
    , m_refresh(
          makeAction(this, QStringLiteral("refreshAction"), tr("Refresh"), {"view-refresh"}, QStyle::SP_BrowserReload))
    , m_hidden(makeAction(this, QStringLiteral("hiddenAction"), tr("Hidden Files"),
                          {"view-hidden", "view-reveal-symbolic"}, QStyle::SP_FileDialogDetailedView))
    , m_bookmark(makeAction(this, QStringLiteral("bookmarkAction"), tr("Bookmark This Folder"), {"bookmark-new"},
                            QStyle::SP_DialogSaveButton))
    , m_address(new QComboBox(this))
    , m_bookmarksMenu(new QMenu(this))
    , m_bookmarksButton(new QToolButton(this))
{
    m_up->setToolTip(tr("Parent folder (Backspace)"));
    m_hidden->setToolTip(tr("Show hidden files"));
    m_hidden->setCheckable(true);
    connect(m_bookmark, &QAction::triggered, this, [this] { setBookmarks(m_bookmarks + QStringList{m_path}); });

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("paneToolBar"));
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolbar->addActions({m_back, m_forward, m_up, m_home, m_refresh});
    toolbar->addSeparator();
    toolbar->addAction(m_hidden);
    m_bookmarksMenu->setObjectName(QStringLiteral("bookmarksMenu"));
    m_bookmarksButton->setObjectName(QStringLiteral("bookmarksButton"));
    m_bookmarksButton->setIcon(themedIcon({"bookmarks", "user-bookmarks"}, QStyle::SP_DirLinkIcon));
    m_bookmarksButton->setToolTip(tr("Bookmarks"));
    m_bookmarksButton->setMenu(m_bookmarksMenu);
    m_bookmarksButton->setPopupMode(QToolButton::InstantPopup);
    m_bookmarksButton->setAutoRaise(true);
    toolbar->addWidget(m_bookmarksButton);
    rebuildBookmarksMenu();

    m_address->setObjectName(QStringLiteral("addressBar"));
    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->setMaxCount(kAddressHistory);
    m_address->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_address->setMinimumContentsLength(12);
    m_address->lineEdit()->setAccessibleName(tr("Folder"));
    connect(m_address->lineEdit(), &QLineEdit::returnPressed, this,
            [this] { emit navigateRequested(m_address->lineEdit()->text()); });
    connect(m_address, QOverload<int>::of(&QComboBox::activated), this,
            [this](int index) { emit navigateRequested(m_address->itemText(index)); });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolbar);
    layout->addWidget(m_address, 1);
}

void PaneNavigationBar::showPath(const QString& path)
{
    m_path = path;
    const int known = m_address->findText(path);
    if (known >= 0) {
        m_address->removeItem(known);
    }
    m_address->insertItem(0, path);
    m_address->setCurrentIndex(0);
    m_address->setEditText(path);
    m_bookmark->setEnabled(!path.isEmpty() && !m_bookmarks.contains(path));
}

void PaneNavigationBar::revertAddress()
{
    m_address->setEditText(m_path);
}

void PaneNavigationBar::setBookmarks(const QStringList& paths)
{
    QStringList unique;
    for (const QString& path : paths) {
        if (!path.isEmpty() && !unique.contains(path)) {
            unique.append(path);
        }
    }
    if (unique == m_bookmarks) {
        return;
    }
    m_bookmarks = unique;
    m_bookmark->setEnabled(!m_path.isEmpty() && !m_bookmarks.contains(m_path));
    rebuildBookmarksMenu();
    emit bookmarksChanged(m_bookmarks);
}

void PaneNavigationBar::rebuildBookmarksMenu()
{
    m_bookmarksMenu->clear();
    m_bookmarksMenu->addAction(m_bookmark);
    if (m_bookmarks.isEmpty()) {
        return;
    }
    m_bookmarksMenu->addSeparator();
    for (const QString& path : m_bookmarks) {
        // Paths are shown as they are: an "&" in a name is no accelerator.
        QString label = path;
        QAction* go = m_bookmarksMenu->addAction(label.replace(QLatin1Char('&'), QStringLiteral("&&")));
        connect(go, &QAction::triggered, this, [this, path] { emit navigateRequested(path); });
    }
    m_bookmarksMenu->addSeparator();
    QMenu* removeMenu = m_bookmarksMenu->addMenu(tr("Remove Bookmark"));
    removeMenu->setObjectName(QStringLiteral("removeBookmarkMenu"));
    for (const QString& path : m_bookmarks) {
        QString label = path;
        QAction* remove = removeMenu->addAction(label.replace(QLatin1Char('&'), QStringLiteral("&&")));
        connect(remove, &QAction::triggered, this, [this, path] {
            QStringList rest = m_bookmarks;
            rest.removeAll(path);
            setBookmarks(rest);
        });
    }
}

} // namespace ferry
