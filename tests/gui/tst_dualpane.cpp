#include "browser/DualPaneBrowser.h"
#include "browser/FilePane.h"
#include "browser/LocalPaneModel.h"
#include "browser/PaneMimeData.h"
#include "browser/PaneSortProxy.h"
#include "browser/PaneView.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QIcon>
#include <QMenu>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstring>
#include <memory>

using namespace ferry;

namespace {

constexpr int kTimeoutMs = 10000;

void writeFile(const QString& path, int bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(QByteArray(bytes, 'x'));
}

// A remote file system as a server would describe it, in memory: what the SFTP model will be, as far as the
// panes can tell. It lists on the next event-loop turn, like a server's reply, and records what it is asked.
class FakeRemoteModel : public PaneModel {
public:
    FakeRemoteModel()
    {
        PaneEntry docs;
        docs.name = QStringLiteral("docs");
        docs.isDir = true;
        docs.permissions = 0755;
        docs.hasPermissions = true;
        docs.owner = QStringLiteral("alice");
        docs.group = QStringLiteral("staff");
        docs.modified = QDateTime(QDate(2026, 3, 1), QTime(9, 30));
        PaneEntry script = docs;
        script.name = QStringLiteral("deploy.sh");
        script.isDir = false;
        script.size = 4242;
        script.permissions = 04755;
        PaneEntry link = script;
        link.name = QStringLiteral("current");
        link.isSymlink = true;
        link.linkTarget = QStringLiteral("releases/2026-03");
        link.linkTargetIsDir = true;
        link.permissions = 0777;
        PaneEntry archive = script;
        archive.name = QStringLiteral("backup.tar.gz");
        archive.size = 73400320;
        archive.permissions = 0640;
        m_folders.insert(QStringLiteral("/home/alice"), {docs, link, script, archive});
        m_folders.insert(QStringLiteral("/home/alice/docs"), {});
    }

    Kind kind() const override { return Kind::Remote; }
    void setPath(const QString& path) override
    {
        setLoading(true);
        QTimer::singleShot(0, this, [this, path] {
            if (!m_folders.contains(path)) {
                failListing(path, QStringLiteral("No such file"));
                return;
            }
            beginListing(path);
            appendEntries(m_folders.value(path));
            finishListing();
        });
    }
    QString homePath() const override { return QStringLiteral("/home/alice"); }
    QString parentPath(const QString& path) const override
    {
        const int slash = path.lastIndexOf(QLatin1Char('/'));
        return slash <= 0 ? QStringLiteral("/") : path.left(slash);
    }
    QString childPath(const QString& folder, const QString& name) const override
    {
        return folder.endsWith(QLatin1Char('/')) ? QString(folder + name) : QString(folder + QLatin1Char('/') + name);
    }
    bool isRoot(const QString& path) const override { return path == QLatin1String("/"); }
    QString resolvePath(const QString& input) const override
    {
        return input.startsWith(QLatin1Char('/')) ? input : childPath(path(), input);
    }
    void makeDirectory(const QString& path) override { m_calls.append(QStringLiteral("mkdir ") + path); }
    void rename(const QString& from, const QString& to) override
    {
        m_calls.append(QStringLiteral("rename %1 %2").arg(from, to));
    }
    void remove(const QStringList& paths) override { m_calls.append(QStringLiteral("rm ") + paths.join(u' ')); }
    void setPermissions(const QStringList& paths, quint32 mode, bool) override
    {
        m_calls.append(QStringLiteral("chmod %1 ").arg(mode, 0, 8) + paths.join(u' '));
    }

    QStringList calls() const { return m_calls; }

private:
    QHash<QString, PaneEntries> m_folders;
    QStringList m_calls;
};

} // namespace

class TestDualPane : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void desktopFilesDroppedOnTheRightPaneAskForATransfer();
    void dropsOfNothingOrOnTheLocalPaneAreRefused();
    void dragsBetweenThePanesAskForATransfer();
    void f5CopiesToTheOtherPanesFolder();
    void remoteDragFillsItsFilesOnlyWhenAsked();
    void malformedOrForeignDragDataIsRefused();
    void x11DragDataRequestsStampedWithTheWallClockAreAnswered();
    void moveInsideTheRemotePane();
    void splitterAndColumnsRestore();
    void screenshots();

private:
    void load(FilePane* pane, const QString& path);
    QModelIndex rowNamed(FilePane* pane, const QString& name) const;
    bool dropOn(FilePane* pane, QMimeData* data, const QPoint& position);
    // Passes a 32-byte X11 event of this type, with this time at timeOffset, through the application's native
    // event filters as the xcb plugin would, and returns the time the filters leave in it.
    static quint32 filterXcbEvent(unsigned char type, int timeOffset, quint32 time);
    void useFakeRemote();

    std::unique_ptr<QTemporaryDir> m_dir;
    DualPaneBrowser* m_browser = nullptr;
    FakeRemoteModel* m_remote = nullptr;
    QString m_left;
    QString m_right;
};

void TestDualPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QDir dir(m_dir->path());
    m_left = dir.filePath(QStringLiteral("local"));
    m_right = dir.filePath(QStringLiteral("other"));
    QVERIFY(dir.mkpath(QStringLiteral("local/Photos")));
    QVERIFY(dir.mkpath(QStringLiteral("local/Projects/ferry")));
    QVERIFY(dir.mkpath(QStringLiteral("other/sub")));
    writeFile(dir.filePath(QStringLiteral("local/notes.txt")), 1200);
    writeFile(dir.filePath(QStringLiteral("local/report 2026.pdf")), 250000);
    writeFile(dir.filePath(QStringLiteral("local/photo-2.jpg")), 90000);
    writeFile(dir.filePath(QStringLiteral("local/photo-10.jpg")), 120000);
    writeFile(dir.filePath(QStringLiteral("local/build.sh")), 300);
    writeFile(dir.filePath(QStringLiteral("other/f.txt")), 5);
    m_browser = new DualPaneBrowser(new LocalPaneModel);
    m_browser->resize(1200, 700);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser));
    load(m_browser->localPane(), m_left);
    load(m_browser->remotePane(), m_right);
}

void TestDualPane::cleanup()
{
    delete m_browser;
    m_browser = nullptr;
    m_remote = nullptr;
    m_dir.reset();
}

void TestDualPane::useFakeRemote()
{
    delete m_browser;
    m_remote = new FakeRemoteModel;
    m_browser = new DualPaneBrowser(m_remote);
    m_browser->resize(1200, 700);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser));
    load(m_browser->localPane(), m_left);
    load(m_browser->remotePane(), QStringLiteral("/home/alice"));
}

void TestDualPane::load(FilePane* pane, const QString& path)
{
    pane->navigateTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->path(), path, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->model()->isLoading(), kTimeoutMs);
}

QModelIndex TestDualPane::rowNamed(FilePane* pane, const QString& name) const
{
    const int row = pane->model()->rowOf(name);
    return row < 0 ? QModelIndex() : pane->proxy()->mapFromSource(pane->model()->index(row, 0));
}

bool TestDualPane::dropOn(FilePane* pane, QMimeData* data, const QPoint& position)
{
    QWidget* viewport = pane->view()->viewport();
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
    QDragEnterEvent enter(position, actions, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(position, actions, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(position, actions, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    // A file manager told "move" would delete its files after the upload: external drops are copies.
    if (drop.isAccepted() && data->hasUrls() && !PaneMimeData::decode(data)) {
        return drop.dropAction() == Qt::CopyAction;
    }
    return drop.isAccepted();
}

void TestDualPane::desktopFilesDroppedOnTheRightPaneAskForATransfer()
{
    FilePane* right = m_browser->remotePane();
    QSignalSpy transfers(m_browser, &DualPaneBrowser::transferRequested);
    const QStringList files{QDir(m_left).filePath(QStringLiteral("notes.txt")),
                            QDir(m_left).filePath(QStringLiteral("report 2026.pdf"))};
    QMimeData desktop;
    desktop.setUrls({QUrl::fromLocalFile(files.at(0)), QUrl::fromLocalFile(files.at(1)),
                     QUrl(QStringLiteral("https://example.com/not-a-file"))});

    // Onto the empty area: into the folder shown.
    const QPoint empty(20, right->view()->viewport()->height() - 10);
    QVERIFY(!right->view()->indexAt(empty).isValid());
    QVERIFY(dropOn(right, &desktop, empty));
    QCOMPARE(transfers.count(), 1);
    QCOMPARE(transfers.at(0).at(0).value<PaneModel::Kind>(), PaneModel::Kind::Local);
    QCOMPARE(transfers.at(0).at(1).toStringList(), files);
    QCOMPARE(transfers.at(0).at(2).toString(), m_right);

    // Onto a folder row: into that folder.
    QVERIFY(dropOn(right, &desktop, right->view()->visualRect(rowNamed(right, QStringLiteral("sub"))).center()));
    QCOMPARE(transfers.count(), 2);
    QCOMPARE(transfers.at(1).at(2).toString(), QDir(m_right).filePath(QStringLiteral("sub")));

    // Onto a file row: into the folder shown, not "into" the file.
    QVERIFY(dropOn(right, &desktop, right->view()->visualRect(rowNamed(right, QStringLiteral("f.txt"))).center()));
    QCOMPARE(transfers.count(), 3);
    QCOMPARE(transfers.at(2).at(2).toString(), m_right);
}

void TestDualPane::dropsOfNothingOrOnTheLocalPaneAreRefused()
{
    QSignalSpy transfers(m_browser, &DualPaneBrowser::transferRequested);
    FilePane* right = m_browser->remotePane();
    const QPoint empty(20, right->view()->viewport()->height() - 10);
    QMimeData text;
    text.setText(QStringLiteral("just words"));
    QVERIFY(!dropOn(right, &text, empty));
    QMimeData web;
    web.setUrls({QUrl(QStringLiteral("https://example.com/file.txt"))});
    QVERIFY(!dropOn(right, &web, empty));
    QMimeData empties;
    empties.setUrls({});
    QVERIFY(!dropOn(right, &empties, empty));
    // The local pane takes no files from the desktop: that would be a local copy, the desktop's own job.
    QMimeData desktop;
    desktop.setUrls({QUrl::fromLocalFile(QDir(m_right).filePath(QStringLiteral("f.txt")))});
    QVERIFY(!dropOn(m_browser->localPane(), &desktop, QPoint(20, 20)));
    QCOMPARE(transfers.count(), 0);
}

void TestDualPane::dragsBetweenThePanesAskForATransfer()
{
    useFakeRemote();
    FilePane* left = m_browser->localPane();
    FilePane* right = m_browser->remotePane();
    QSignalSpy transfers(m_browser, &DualPaneBrowser::transferRequested);

    const QStringList uploads{QDir(m_left).filePath(QStringLiteral("notes.txt"))};
    std::unique_ptr<QMimeData> up(left->createDragData(uploads));
    QVERIFY(dropOn(right, up.get(), right->view()->visualRect(rowNamed(right, QStringLiteral("docs"))).center()));
    QCOMPARE(transfers.count(), 1);
    QCOMPARE(transfers.at(0).at(0).value<PaneModel::Kind>(), PaneModel::Kind::Local);
    QCOMPARE(transfers.at(0).at(1).toStringList(), uploads);
    QCOMPARE(transfers.at(0).at(2).toString(), QStringLiteral("/home/alice/docs"));

    // Remote files onto the local pane's folder: a download, with no temporary copy made for it.
    int downloads = 0;
    right->setDragDownloader([&downloads](const QStringList&) {
        ++downloads;
        return QList<QUrl>();
    });
    std::unique_ptr<QMimeData> down(right->createDragData({QStringLiteral("/home/alice/deploy.sh")}));
    QVERIFY(dropOn(left, down.get(), left->view()->visualRect(rowNamed(left, QStringLiteral("Photos"))).center()));
    QCOMPARE(transfers.count(), 2);
    QCOMPARE(transfers.at(1).at(0).value<PaneModel::Kind>(), PaneModel::Kind::Remote);
    QCOMPARE(transfers.at(1).at(1).toStringList(), QStringList{QStringLiteral("/home/alice/deploy.sh")});
    QCOMPARE(transfers.at(1).at(2).toString(), QDir(m_left).filePath(QStringLiteral("Photos")));
    QCOMPARE(downloads, 0);
    QVERIFY(m_remote->calls().isEmpty());
}

void TestDualPane::f5CopiesToTheOtherPanesFolder()
{
    useFakeRemote();
    FilePane* left = m_browser->localPane();
    FilePane* right = m_browser->remotePane();
    QSignalSpy transfers(m_browser, &DualPaneBrowser::transferRequested);
    left->selectNames({QStringLiteral("notes.txt"), QStringLiteral("Photos")});
    QTest::keyClick(left->view(), Qt::Key_F5);
    QCOMPARE(transfers.count(), 1);
    QCOMPARE(transfers.at(0).at(0).value<PaneModel::Kind>(), PaneModel::Kind::Local);
    QCOMPARE(transfers.at(0).at(1).toStringList(), (QStringList{QDir(m_left).filePath(QStringLiteral("Photos")),
                                                                QDir(m_left).filePath(QStringLiteral("notes.txt"))}));
    QCOMPARE(transfers.at(0).at(2).toString(), QStringLiteral("/home/alice"));
    QCOMPARE(left->findChild<QAction*>(QStringLiteral("transferAction"))->text(), tr("&Upload"));

    right->selectNames({QStringLiteral("backup.tar.gz")});
    QAction* download = right->findChild<QAction*>(QStringLiteral("transferAction"));
    QCOMPARE(download->text(), tr("&Download"));
    download->trigger();
    QCOMPARE(transfers.count(), 2);
    QCOMPARE(transfers.at(1).at(0).value<PaneModel::Kind>(), PaneModel::Kind::Remote);
    QCOMPARE(transfers.at(1).at(1).toStringList(), QStringList{QStringLiteral("/home/alice/backup.tar.gz")});
    QCOMPARE(transfers.at(1).at(2).toString(), m_left);
    // A terminal can be opened in the remote pane only.
    QVERIFY(right->findChild<QAction*>(QStringLiteral("openTerminalAction"))->isVisible());
    QVERIFY(!left->findChild<QAction*>(QStringLiteral("openTerminalAction"))->isVisible());
}

void TestDualPane::remoteDragFillsItsFilesOnlyWhenAsked()
{
    useFakeRemote();
    FilePane* right = m_browser->remotePane();
    const QString local = QDir(m_left).filePath(QStringLiteral("deploy.sh"));
    QStringList asked;
    right->setDragDownloader([&asked, &local](const QStringList& paths) {
        asked += paths;
        return QList<QUrl>{QUrl::fromLocalFile(local)};
    });
    const QStringList remote{QStringLiteral("/home/alice/deploy.sh"), QStringLiteral("/home/alice/docs")};
    std::unique_ptr<QMimeData> data(right->createDragData(remote));
    // Offered to other programs, but nothing is downloaded just to look at the drag.
    QVERIFY(data->formats().contains(QStringLiteral("text/uri-list")));
    QVERIFY(data->hasUrls());
    QVERIFY(asked.isEmpty());
    const std::optional<PaneMimeData::Contents> contents = PaneMimeData::decode(data.get());
    QVERIFY(contents);
    QCOMPARE(contents->paneId, right->paneId());
    QCOMPARE(contents->kind, PaneModel::Kind::Remote);
    QCOMPARE(contents->paths, remote);
    QVERIFY(asked.isEmpty());

    // The drop target asks: the files are downloaded once, whichever way they are asked for.
    QCOMPARE(data->urls(), QList<QUrl>{QUrl::fromLocalFile(local)});
    QCOMPARE(asked, remote);
    QCOMPARE(data->data(QStringLiteral("text/uri-list")), QUrl::fromLocalFile(local).toEncoded() + "\r\n");
    QCOMPARE(data->urls(), QList<QUrl>{QUrl::fromLocalFile(local)});
    QCOMPARE(asked.size(), remote.size());
    QVERIFY(static_cast<PaneMimeData*>(data.get())->downloaded());

    // Without a downloader, a remote drag offers no files to other programs at all.
    right->setDragDownloader(nullptr);
    std::unique_ptr<QMimeData> bare(right->createDragData(remote));
    QVERIFY(!bare->hasUrls());
    QVERIFY(bare->urls().isEmpty());
}

void TestDualPane::malformedOrForeignDragDataIsRefused()
{
    QSignalSpy transfers(m_browser, &DualPaneBrowser::transferRequested);
    FilePane* right = m_browser->remotePane();
    const QPoint empty(20, right->view()->viewport()->height() - 10);
    QMimeData garbage;
    // Version 1, then a pane id said to be 4 GiB long in a 16-byte drag.
    garbage.setData(PaneMimeData::formatName(), QByteArray::fromHex("00000001fffffff06a756e6b"));
    QVERIFY(!PaneMimeData::decode(&garbage));
    QVERIFY(!dropOn(right, &garbage, empty));
    QMimeData huge;
    // A null pane id, then 2^31 - 1 paths announced.
    huge.setData(PaneMimeData::formatName(), QByteArray::fromHex("00000001ffffffff007fffffff"));
    QVERIFY(!PaneMimeData::decode(&huge));
    QVERIFY(!dropOn(right, &huge, empty));
    // Remote files of a pane in another window: not something this pane can copy.
    std::unique_ptr<QMimeData> foreign(
        PaneMimeData::forRemoteFiles(QStringLiteral("another-window"), {QStringLiteral("/etc/passwd")}, nullptr));
    QVERIFY(!dropOn(right, foreign.get(), empty));
    QVERIFY(!dropOn(m_browser->localPane(), foreign.get(), QPoint(20, 20)));
    QCOMPARE(transfers.count(), 0);
}

quint32 TestDualPane::filterXcbEvent(unsigned char type, int timeOffset, quint32 time)
{
    unsigned char event[32] = {};
    event[0] = type;
    std::memcpy(event + timeOffset, &time, sizeof time);
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    qintptr result = 0;
#else
    long result = 0;
#endif
    QAbstractEventDispatcher::instance()->filterNativeEvent(QByteArrayLiteral("xcb_generic_event_t"), event, &result);
    quint32 after = 0;
    std::memcpy(&after, event + timeOffset, sizeof after);
    return after;
}

void TestDualPane::x11DragDataRequestsStampedWithTheWallClockAreAnswered()
{
    // pcmanfm asks for the dragged files during the drag with time(NULL) as the X timestamp; Qt answers only a
    // request stamped with its last XdndPosition's time, which is the server time of the last pointer event.
    constexpr unsigned char kMotionNotify = 6;
    constexpr unsigned char kSelectionRequest = 30;
    constexpr quint32 kServerTime = 15802744;
    constexpr quint32 kWallClock = 1795258885;
    useFakeRemote();
    FilePane* right = m_browser->remotePane();
    right->setDragDownloader([](const QStringList&) { return QList<QUrl>(); });
    QCOMPARE(filterXcbEvent(kMotionNotify, 4, kServerTime), kServerTime);
    {
        std::unique_ptr<QMimeData> data(right->createDragData({QStringLiteral("/home/alice/deploy.sh")}));
        QCOMPARE(filterXcbEvent(kSelectionRequest, 4, kWallClock), kServerTime);
        // Proper timestamps (a drop's, or CurrentTime) are Qt's to match as they are.
        QCOMPARE(filterXcbEvent(kSelectionRequest, 4, kServerTime - 20), kServerTime - 20);
        QCOMPARE(filterXcbEvent(kSelectionRequest, 4, 0), quint32(0));
    }
    // No drag of remote files under way: nothing is touched.
    QCOMPARE(filterXcbEvent(kSelectionRequest, 4, kWallClock), kWallClock);
}

void TestDualPane::moveInsideTheRemotePane()
{
    useFakeRemote();
    FilePane* right = m_browser->remotePane();
    QSignalSpy transfers(m_browser, &DualPaneBrowser::transferRequested);
    std::unique_ptr<QMimeData> data(
        right->createDragData({QStringLiteral("/home/alice/deploy.sh"), QStringLiteral("/home/alice/current")}));
    QVERIFY(dropOn(right, data.get(), right->view()->visualRect(rowNamed(right, QStringLiteral("docs"))).center()));
    QCOMPARE(m_remote->calls(), (QStringList{QStringLiteral("rename /home/alice/deploy.sh /home/alice/docs/deploy.sh"),
                                             QStringLiteral("rename /home/alice/current /home/alice/docs/current")}));
    QCOMPARE(transfers.count(), 0);
    // A link to a folder takes drops like a folder; the dragged link itself does not take itself.
    QVERIFY(!dropOn(right, data.get(), right->view()->visualRect(rowNamed(right, QStringLiteral("current"))).center()));
}

void TestDualPane::splitterAndColumnsRestore()
{
    QSplitter* splitter = m_browser->splitter();
    splitter->setSizes({300, 900});
    m_browser->localPane()->view()->header()->resizeSection(PaneModel::SizeColumn, 151);
    m_browser->remotePane()->setShowHidden(true);
    const QList<int> sizes = splitter->sizes();
    const QByteArray state = m_browser->saveState();

    splitter->setSizes({600, 600});
    m_browser->localPane()->view()->header()->resizeSection(PaneModel::SizeColumn, 60);
    m_browser->remotePane()->setShowHidden(false);
    QVERIFY(m_browser->restoreState(state));
    QCOMPARE(splitter->sizes(), sizes);
    QCOMPARE(m_browser->localPane()->view()->header()->sectionSize(PaneModel::SizeColumn), 151);
    QVERIFY(m_browser->remotePane()->showsHidden());
    QVERIFY(!m_browser->restoreState(QByteArray("nonsense")));
    QCOMPARE(splitter->sizes(), sizes);
}

void TestDualPane::screenshots()
{
    m_browser->localPane()->selectNames({QStringLiteral("notes.txt"), QStringLiteral("photo-10.jpg")});
    load(m_browser->remotePane(), m_left);
    m_browser->remotePane()->setTitle(QStringLiteral("Local again (test)"));
    m_browser->setConnectionStatus(tr("Connected to alice@example.org"));
    QTRY_VERIFY(m_browser->localPane()->statusText().contains(QLatin1String("2 selected")));
    QVERIFY(m_browser->grab().save(QStringLiteral("/tmp/uib-dualpane-local.png")));

    useFakeRemote();
    m_browser->setRemoteTitle(QStringLiteral("alice@example.org"));
    m_browser->setConnectionStatus(tr("Connected to alice@example.org"));
    m_browser->remotePane()->navigateTo(QStringLiteral("/nowhere"));
    QTRY_VERIFY(!m_browser->remotePane()->message().isEmpty());
    m_browser->remotePane()->selectNames({QStringLiteral("current")});
    QTRY_VERIFY(m_browser->remotePane()->statusText().contains(QLatin1String("1 selected")));
    QVERIFY(m_browser->grab().save(QStringLiteral("/tmp/uib-dualpane-remote.png")));

    // As on a desktop with an icon theme (Debian's default, when installed): file-type icons by MIME type.
    // Offscreen, Qt looks for themes in its resources only.
    const QString theme = QIcon::themeName();
    const QStringList searchPaths = QIcon::themeSearchPaths();
    QIcon::setThemeSearchPaths(searchPaths + QStringList{QStringLiteral("/usr/share/icons")});
    QIcon::setThemeName(QStringLiteral("Adwaita"));
    useFakeRemote();
    m_browser->setRemoteTitle(QStringLiteral("alice@example.org"));
    m_browser->setConnectionStatus(tr("Connected to alice@example.org"));
    m_browser->localPane()->selectNames({QStringLiteral("Projects")});
    QTRY_VERIFY(m_browser->localPane()->statusText().contains(QLatin1String("1 selected")));
    QTRY_VERIFY(m_browser->remotePane()->statusText().startsWith(QLatin1String("4 item")));
    QVERIFY(m_browser->grab().save(QStringLiteral("/tmp/uib-dualpane-themed.png")));
    QIcon::setThemeName(theme);
    QIcon::setThemeSearchPaths(searchPaths);
}

QTEST_MAIN(TestDualPane)
#include "tst_dualpane.moc"
