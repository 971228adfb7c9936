#include "MainWindow.h"

#include "ConnectionTab.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace ferry {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
{
    auto* placeholder = new QLabel(
        tr("No connection.\n\nStart Ferry with the host to connect to, for example:\nferry user@example.com"), this);
    placeholder->setObjectName(QStringLiteral("placeholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setTextFormat(Qt::PlainText);

    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);

    m_stack->addWidget(placeholder);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    // A long error message is cut off (the tooltip has all of it) instead of widening the window.
    m_stateLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_hostLabel = new QLabel(this);
    m_hostLabel->setObjectName(QStringLiteral("hostLabel"));
    m_cipherLabel = new QLabel(this);
    m_cipherLabel->setObjectName(QStringLiteral("cipherLabel"));
    m_hostLabel->setContentsMargins(8, 0, 8, 0);
    m_cipherLabel->setContentsMargins(8, 0, 4, 0);
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_hostLabel);
    statusBar()->addPermanentWidget(m_cipherLabel);

    createMenus();
    resize(980, 640);
    updateStatus();
}

MainWindow::~MainWindow() = default;

ConnectionTab* MainWindow::openTerminal(const ConnectionOptions& options)
{
    auto* tab = new ConnectionTab(options, m_tabs);
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);

    connect(tab, &ConnectionTab::statusChanged, this, [this, tab] {
        const int at = m_tabs->indexOf(tab);
        if (at >= 0)
            m_tabs->setTabToolTip(at, tab->stateText());
        if (tab == currentTab())
            updateStatus();
    });
    connect(tab, &ConnectionTab::firstOutputReceived, this, [this] {
        if (m_outputSeen)
            return;
        m_outputSeen = true;
        emit firstRemoteOutput();
    });
    connect(tab, &ConnectionTab::connectionFailed, this, &MainWindow::connectionFailed);

    tab->setFocus();
    tab->start();
    updateStatus();
    return tab;
}

ConnectionTab* MainWindow::currentTab() const
{
    return qobject_cast<ConnectionTab*>(m_tabs->currentWidget());
}

ConnectionTab* MainWindow::tabAt(int index) const
{
    return qobject_cast<ConnectionTab*>(m_tabs->widget(index));
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

QString MainWindow::statusStateText() const
{
    return m_stateLabel->text();
}

QString MainWindow::statusHostText() const
{
    return m_hostLabel->text();
}

QString MainWindow::statusCipherText() const
{
    return m_cipherLabel->text();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    auto* closeTabAction = new QAction(tr("&Close Tab"), this);
    // Ctrl+W and Ctrl+Q belong to programs in the terminal (readline, emacs), so Ferry's own use Shift.
    closeTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(closeTabAction, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    file->addAction(closeTabAction);
    file->addSeparator();
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    auto* about = new QAction(tr("&About Ferry"), this);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    help->addAction(about);
}

void MainWindow::closeTab(int index)
{
    ConnectionTab* tab = tabAt(index);
    if (!tab)
        return;
    m_tabs->removeTab(index);
    // Deleting the tab disconnects its connection.
    tab->deleteLater();
    if (m_tabs->count() == 0)
        m_stack->setCurrentIndex(0);
    updateStatus();
}

void MainWindow::updateStatus()
{
    ConnectionTab* tab = currentTab();
    if (!tab) {
        m_stateLabel->setText(tr("Not connected"));
        m_stateLabel->setToolTip(QString());
        m_hostLabel->clear();
        m_cipherLabel->clear();
        setWindowTitle(QString());
        return;
    }
    m_stateLabel->setText(tab->stateText());
    m_stateLabel->setToolTip(tab->stateText());
    m_hostLabel->setText(tab->title());
    m_cipherLabel->setText(tab->cipherText());
    m_cipherLabel->setToolTip(tab->algorithmsText());
    setWindowTitle(tab->title());
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About Ferry"),
                                tr("Ferry %1\n\nAn SSH terminal and SFTP client.").arg(QStringLiteral(FERRY_VERSION)),
                                QMessageBox::Close, this);
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace ferry
