#include "browser/FilePane.h"
#include "browser/LocalPaneModel.h"
#include "browser/PaneMimeData.h"
#include "browser/PaneSortProxy.h"
#include "browser/PaneView.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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

} // namespace

class TestFilePane : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void doubleClickOpensAndBackspaceGoesUp();
    void backForwardUpHome();
    void addressBarBadPathKeepsTheFolder();
    void addressBarRelativePath();
    void hiddenFilesToggle();
    void foldersFirstNaturalNamesAndSizes();
    void f2RenamesInPlaceOnDisk();
    void renameOntoAnExistingNameIsRefused();
    void deleteAsksFirstAndNamesWhatGoes();
    void f7CreatesAFolder();
    void enterOnAFileAsksToOpenIt();
    void symlinkShowsItsTargetAndOpensAsFolder();
    void actionsFollowTheSelection();
    void statusLineCountsAndSizes();
    void bookmarks();
    void rightClickSelectsTheRowAndOpensTheMenu();
    void dropOnOwnFolderMovesThere();
    void dropOnOwnFileRowIsRefused();
    void largeFolderLoadsInBatchesWhileTheLoopRuns();

private:
    QString root() const { return m_dir->path(); }
    void load(const QString& path);
    QModelIndex rowNamed(const QString& name) const;
    QStringList shownNames() const;
    void selectOnly(const QStringList& names);
    void dropOnView(QMimeData* data, const QPoint& position, bool* accepted);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_home;
    FilePane* m_pane = nullptr;
};

void TestFilePane::initTestCase()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    // QDir::homePath() reads HOME each time: Home goes here, not into the user's real home.
    qputenv("HOME", m_home->path().toLocal8Bit());
}

void TestFilePane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QDir dir(root());
    QVERIFY(dir.mkpath(QStringLiteral("alpha/beta")));
    QVERIFY(dir.mkdir(QStringLiteral("Gamma")));
    writeFile(dir.filePath(QStringLiteral("file10.txt")), 10);
    writeFile(dir.filePath(QStringLiteral("file2.txt")), 3000);
    writeFile(dir.filePath(QStringLiteral("a.bin")), 500);
    writeFile(dir.filePath(QStringLiteral("alpha/inner.txt")), 7);
    writeFile(dir.filePath(QStringLiteral(".hidden")), 1);
    m_pane = new FilePane(new LocalPaneModel);
    m_pane->resize(800, 500);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
    load(root());
}

void TestFilePane::cleanup()
{
    delete m_pane;
    m_pane = nullptr;
    m_dir.reset();
}

void TestFilePane::load(const QString& path)
{
    m_pane->navigateTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->path(), path, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->model()->isLoading(), kTimeoutMs);
}

QModelIndex TestFilePane::rowNamed(const QString& name) const
{
    const int row = m_pane->model()->rowOf(name);
    return row < 0 ? QModelIndex() : m_pane->proxy()->mapFromSource(m_pane->model()->index(row, 0));
}

QStringList TestFilePane::shownNames() const
{
    QStringList names;
    for (int row = 0; row < m_pane->proxy()->rowCount(); ++row) {
        names.append(m_pane->proxy()->index(row, 0).data(Qt::EditRole).toString());
    }
    return names;
}

void TestFilePane::selectOnly(const QStringList& names)
{
    m_pane->view()->clearSelection();
    for (const QString& name : names) {
        const QModelIndex index = rowNamed(name);
        QVERIFY2(index.isValid(), qPrintable(name));
        m_pane->view()->selectionModel()->setCurrentIndex(index,
                                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TestFilePane::dropOnView(QMimeData* data, const QPoint& position, bool* accepted)
{
    QWidget* viewport = m_pane->view()->viewport();
    QDragEnterEvent enter(position, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(position, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(position, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    *accepted = drop.isAccepted();
}

void TestFilePane::doubleClickOpensAndBackspaceGoesUp()
{
    const QModelIndex alpha = rowNamed(QStringLiteral("alpha"));
    QVERIFY(alpha.isValid());
    const QPoint center = m_pane->view()->visualRect(alpha).center();
    // A real double click starts with a press: Qt's item views open only what was pressed first.
    QTest::mouseClick(m_pane->view()->viewport(), Qt::LeftButton, Qt::NoModifier, center);
    QTest::mouseDClick(m_pane->view()->viewport(), Qt::LeftButton, Qt::NoModifier, center);
    const QString alphaPath = QDir(root()).filePath(QStringLiteral("alpha"));
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->path(), alphaPath, kTimeoutMs);
    QTRY_VERIFY(!m_pane->model()->isLoading());
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("beta"), QStringLiteral("inner.txt")}));
    QCOMPARE(m_pane->addressBar()->currentText(), alphaPath);

    QTest::keyClick(m_pane->view(), Qt::Key_Backspace);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->path(), root(), kTimeoutMs);
    // Back in the parent, the folder just left is the current row, so Enter goes straight back in.
    QTRY_COMPARE(m_pane->view()->currentIndex().data(Qt::EditRole).toString(), QStringLiteral("alpha"));
    QTest::keyClick(m_pane->view(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->path(), alphaPath, kTimeoutMs);
}

void TestFilePane::backForwardUpHome()
{
    auto trigger = [this](const char* name) {
        QAction* action = m_pane->findChild<QAction*>(QLatin1String(name));
        QVERIFY2(action && action->isEnabled(), name);
        action->trigger();
    };
    const QString alpha = QDir(root()).filePath(QStringLiteral("alpha"));
    const QString beta = QDir(alpha).filePath(QStringLiteral("beta"));
    QVERIFY(!m_pane->canGoBack());
    load(alpha);
    load(beta);
    trigger("backAction");
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->path(), alpha, kTimeoutMs);
    trigger("backAction");
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->path(), root(), kTimeoutMs);
    QVERIFY(!m_pane->canGoBack());
    QVERIFY(!m_pane->findChild<QAction*>(QStringLiteral("backAction"))->isEnabled());
    trigger("forwardAction");
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->path(), alpha, kTimeoutMs);
    QVERIFY(m_pane->canGoForward());
    // Going somewhere new forgets what was ahead.
    trigger("upAction");
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->path(), root(), kTimeoutMs);
    QVERIFY(!m_pane->canGoForward());
    trigger("homeAction");
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->path(), QDir::cleanPath(m_home->path()), kTimeoutMs);
    trigger("backAction");
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->path(), root(), kTimeoutMs);

    load(QStringLiteral("/"));
    QVERIFY(!m_pane->findChild<QAction*>(QStringLiteral("upAction"))->isEnabled());
    QTest::keyClick(m_pane->view(), Qt::Key_Backspace);
    QCoreApplication::processEvents();
    QCOMPARE(m_pane->model()->path(), QStringLiteral("/"));
}

void TestFilePane::addressBarBadPathKeepsTheFolder()
{
    QLineEdit* edit = m_pane->addressBar()->lineEdit();
    const int rows = m_pane->proxy()->rowCount();
    const QString missing = QDir(root()).filePath(QStringLiteral("no such folder"));
    edit->selectAll();
    QTest::keyClicks(edit, missing);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->message().isEmpty(), kTimeoutMs);
    QVERIFY2(m_pane->message().contains(QLatin1String("it does not exist")), qPrintable(m_pane->message()));
    QVERIFY(m_pane->message().contains(missing));
    QCOMPARE(m_pane->model()->path(), root());
    QCOMPARE(m_pane->proxy()->rowCount(), rows);
    QCOMPARE(edit->text(), root());
    QVERIFY(!m_pane->model()->isLoading());

    // A file is not a folder either; the pane stays usable and the next good path clears the message.
    edit->selectAll();
    QTest::keyClicks(edit, QDir(root()).filePath(QStringLiteral("a.bin")));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->message().contains(QLatin1String("not a folder")), kTimeoutMs);
    QVERIFY(!m_pane->canGoBack());
    load(QDir(root()).filePath(QStringLiteral("Gamma")));
    QVERIFY(m_pane->message().isEmpty());
}

void TestFilePane::addressBarRelativePath()
{
    QLineEdit* edit = m_pane->addressBar()->lineEdit();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("alpha/beta"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->path(), QDir(root()).filePath(QStringLiteral("alpha/beta")), kTimeoutMs);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("../.."));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->path(), root(), kTimeoutMs);
    // The folders visited are the address bar's history.
    QVERIFY(m_pane->addressBar()->findText(QDir(root()).filePath(QStringLiteral("alpha/beta"))) >= 0);
}

void TestFilePane::hiddenFilesToggle()
{
    QVERIFY(!shownNames().contains(QStringLiteral(".hidden")));
    QAction* hidden = m_pane->findChild<QAction*>(QStringLiteral("hiddenAction"));
    QVERIFY(hidden && hidden->isCheckable());
    hidden->trigger();
    QVERIFY(m_pane->showsHidden());
    QVERIFY(shownNames().contains(QStringLiteral(".hidden")));
    hidden->trigger();
    QVERIFY(!shownNames().contains(QStringLiteral(".hidden")));
}

void TestFilePane::foldersFirstNaturalNamesAndSizes()
{
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("alpha"), QStringLiteral("Gamma"), QStringLiteral("a.bin"),
                                        QStringLiteral("file2.txt"), QStringLiteral("file10.txt")}));
    // By size with a click on the header, then the other way with a second click: folders stay on top.
    QHeaderView* header = m_pane->view()->header();
    const int sizeX = header->sectionViewportPosition(PaneModel::SizeColumn) + header->sectionSize(1) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(sizeX, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(PaneModel::SizeColumn));
    const Qt::SortOrder first = header->sortIndicatorOrder();
    if (first == Qt::DescendingOrder) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(sizeX, header->height() / 2));
    }
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("alpha"), QStringLiteral("Gamma"), QStringLiteral("file10.txt"),
                                        QStringLiteral("a.bin"), QStringLiteral("file2.txt")}));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(sizeX, header->height() / 2));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Gamma"), QStringLiteral("alpha"), QStringLiteral("file2.txt"),
                                        QStringLiteral("a.bin"), QStringLiteral("file10.txt")}));
}

void TestFilePane::f2RenamesInPlaceOnDisk()
{
    selectOnly({QStringLiteral("file2.txt")});
    QTest::keyClick(m_pane->view(), Qt::Key_F2);
    auto* editor = m_pane->view()->viewport()->findChild<QLineEdit*>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("file2.txt"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("renamed"));
    // QTest types ASCII only: the rest as an input method would insert it.
    editor->insert(QStringLiteral(" – ünï.txt"));
    QTest::keyClick(editor, Qt::Key_Return);
    const QString renamed = QDir(root()).filePath(QStringLiteral("renamed – ünï.txt"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(renamed), kTimeoutMs);
    QVERIFY(!QFileInfo::exists(QDir(root()).filePath(QStringLiteral("file2.txt"))));
    QCOMPARE(QFileInfo(renamed).size(), 3000);
    // The list shows the new name, selected.
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(QStringLiteral("renamed – ünï.txt")).isValid(), kTimeoutMs);
    QTRY_COMPARE(m_pane->selectedPaths(), QStringList{renamed});
}

void TestFilePane::renameOntoAnExistingNameIsRefused()
{
    QSignalSpy finished(m_pane->model(), &PaneModel::operationFinished);
    m_pane->model()->setData(m_pane->model()->index(m_pane->model()->rowOf(QStringLiteral("a.bin")), 0),
                             QStringLiteral("file10.txt"));
    QVERIFY(finished.wait(kTimeoutMs));
    QVERIFY2(m_pane->message().contains(QLatin1String("already exists")), qPrintable(m_pane->message()));
    QCOMPARE(QFileInfo(QDir(root()).filePath(QStringLiteral("a.bin"))).size(), 500);
    QCOMPARE(QFileInfo(QDir(root()).filePath(QStringLiteral("file10.txt"))).size(), 10);

    // Names with a slash would be a path, not a name: refused before anything is asked of the disk.
    m_pane->model()->setData(m_pane->model()->index(m_pane->model()->rowOf(QStringLiteral("a.bin")), 0),
                             QStringLiteral("../escape"));
    QVERIFY(m_pane->message().contains(QLatin1String("cannot be used")));
    QVERIFY(QFileInfo::exists(QDir(root()).filePath(QStringLiteral("a.bin"))));
}

void TestFilePane::deleteAsksFirstAndNamesWhatGoes()
{
    selectOnly({QStringLiteral("alpha"), QStringLiteral("a.bin")});
    QTest::keyClick(m_pane->view(), Qt::Key_Delete);
    QMessageBox* question = m_pane->deleteConfirmation();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(question->text().contains(QLatin1String("alpha")));
    QVERIFY(question->text().contains(QLatin1String("a.bin")));
    QVERIFY(question->text().contains(QLatin1String("2")));
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_pane->deleteConfirmation());
    QCoreApplication::processEvents();
    QVERIFY(QFileInfo::exists(QDir(root()).filePath(QStringLiteral("alpha/inner.txt"))));
    QVERIFY(QFileInfo::exists(QDir(root()).filePath(QStringLiteral("a.bin"))));

    QTest::keyClick(m_pane->view(), Qt::Key_Delete);
    question = m_pane->deleteConfirmation();
    QVERIFY(question);
    QSignalSpy finished(m_pane->model(), &PaneModel::operationFinished);
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(finished.wait(kTimeoutMs));
    QVERIFY(!QFileInfo::exists(QDir(root()).filePath(QStringLiteral("alpha"))));
    QVERIFY(!QFileInfo::exists(QDir(root()).filePath(QStringLiteral("a.bin"))));
    QVERIFY(QFileInfo::exists(QDir(root()).filePath(QStringLiteral("Gamma"))));
    QTRY_VERIFY_WITH_TIMEOUT(!rowNamed(QStringLiteral("alpha")).isValid() && !m_pane->model()->isLoading(), kTimeoutMs);
    QVERIFY(m_pane->message().isEmpty());
}

void TestFilePane::f7CreatesAFolder()
{
    QTest::keyClick(m_pane->view(), Qt::Key_F7);
    QInputDialog* prompt = m_pane->newFolderPrompt();
    QVERIFY(prompt);
    QTRY_VERIFY(prompt->isVisible());
    QCOMPARE(prompt->textValue(), QStringLiteral("New folder"));
    prompt->setTextValue(QStringLiteral("Reports 2024"));
    prompt->accept();
    const QString created = QDir(root()).filePath(QStringLiteral("Reports 2024"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(created).isDir(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->selectedPaths(), QStringList{created}, kTimeoutMs);

    // An invalid name is refused with a message, nothing is created.
    QTest::keyClick(m_pane->view(), Qt::Key_F7);
    prompt = m_pane->newFolderPrompt();
    QVERIFY(prompt);
    prompt->setTextValue(QStringLiteral("a/b"));
    prompt->accept();
    QVERIFY(m_pane->message().contains(QLatin1String("cannot be used")));
    QVERIFY(!QFileInfo::exists(QDir(root()).filePath(QStringLiteral("a"))));
}

void TestFilePane::enterOnAFileAsksToOpenIt()
{
    QSignalSpy open(m_pane, &FilePane::openFileRequested);
    selectOnly({QStringLiteral("a.bin")});
    QTest::keyClick(m_pane->view(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), QDir(root()).filePath(QStringLiteral("a.bin")));
    QCOMPARE(m_pane->model()->path(), root());
}

void TestFilePane::symlinkShowsItsTargetAndOpensAsFolder()
{
    const QString target = QDir(root()).filePath(QStringLiteral("alpha"));
    QVERIFY(QFile::link(target, QDir(root()).filePath(QStringLiteral("shortcut"))));
    m_pane->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(QStringLiteral("shortcut")).isValid(), kTimeoutMs);
    const QModelIndex link = rowNamed(QStringLiteral("shortcut"));
    QVERIFY(link.data(Qt::DisplayRole).toString().contains(target));
    QVERIFY(link.data(Qt::ToolTipRole).toString().contains(target));
    QVERIFY(link.data(Qt::DecorationRole).value<QIcon>().isNull() == false);
    // A link to a folder sorts and opens as a folder, by its own path.
    QVERIFY(link.row() < rowNamed(QStringLiteral("a.bin")).row());
    QTest::mouseClick(m_pane->view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      m_pane->view()->visualRect(link).center());
    QTest::mouseDClick(m_pane->view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                       m_pane->view()->visualRect(link).center());
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->path(), QDir(root()).filePath(QStringLiteral("shortcut")), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(QStringLiteral("inner.txt")).isValid(), kTimeoutMs);
}

void TestFilePane::actionsFollowTheSelection()
{
    auto action = [this](const char* name) { return m_pane->findChild<QAction*>(QLatin1String(name)); };
    m_pane->view()->clearSelection();
    QVERIFY(!action("renameAction")->isEnabled());
    QVERIFY(!action("deleteAction")->isEnabled());
    QVERIFY(!action("transferAction")->isEnabled());
    QVERIFY(!action("permissionsAction")->isEnabled());
    QVERIFY(action("newFolderAction")->isEnabled());
    QVERIFY(!action("openTerminalAction")->isVisible());
    action("copyPathAction")->trigger();
    QCOMPARE(QApplication::clipboard()->text(), root());

    selectOnly({QStringLiteral("alpha")});
    QVERIFY(action("renameAction")->isEnabled());
    QVERIFY(!action("editAction")->isEnabled());
    selectOnly({QStringLiteral("a.bin"), QStringLiteral("file10.txt")});
    QVERIFY(!action("renameAction")->isEnabled());
    QVERIFY(action("deleteAction")->isEnabled());
    const QStringList both{QDir(root()).filePath(QStringLiteral("a.bin")),
                           QDir(root()).filePath(QStringLiteral("file10.txt"))};
    action("copyPathAction")->trigger();
    QCOMPARE(QApplication::clipboard()->text(), both.join(QLatin1Char('\n')));

    QSignalSpy copy(m_pane, &FilePane::copyToOtherPaneRequested);
    QTest::keyClick(m_pane->view(), Qt::Key_F5);
    QCOMPARE(copy.count(), 1);
    QCOMPARE(copy.first().first().toStringList(), both);
    QSignalSpy permissions(m_pane, &FilePane::permissionsRequested);
    action("permissionsAction")->trigger();
    QCOMPARE(permissions.count(), 1);
    const auto entries = permissions.first().at(1).value<PaneEntries>();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().size, qint64(500));
    QVERIFY(entries.first().hasPermissions);

    selectOnly({QStringLiteral("a.bin")});
    QSignalSpy edit(m_pane, &FilePane::editRequested);
    QVERIFY(action("editAction")->isEnabled());
    action("editAction")->trigger();
    QCOMPARE(edit.count(), 1);
    QCOMPARE(edit.first().first().toString(), both.first());

    QSignalSpy terminal(m_pane, &FilePane::openTerminalRequested);
    m_pane->setTerminalAllowed(true);
    QVERIFY(action("openTerminalAction")->isVisible());
    selectOnly({QStringLiteral("alpha")});
    action("openTerminalAction")->trigger();
    QCOMPARE(terminal.count(), 1);
    QCOMPARE(terminal.first().first().toString(), QDir(root()).filePath(QStringLiteral("alpha")));
}

void TestFilePane::statusLineCountsAndSizes()
{
    // Without the app's English plural forms installed, the source text's "item(s)" shows.
    QTRY_VERIFY(m_pane->statusText().startsWith(QLatin1String("5 item")));
    QVERIFY2(m_pane->statusText().endsWith(QLocale().formattedDataSize(3510)), qPrintable(m_pane->statusText()));
    selectOnly({QStringLiteral("a.bin"), QStringLiteral("file10.txt"), QStringLiteral("alpha")});
    QTRY_VERIFY(m_pane->statusText().contains(QLatin1String(", 3 selected, ")));
    QVERIFY2(m_pane->statusText().endsWith(QLocale().formattedDataSize(510)), qPrintable(m_pane->statusText()));
}

void TestFilePane::bookmarks()
{
    QSignalSpy changed(m_pane, &FilePane::bookmarksChanged);
    QAction* bookmark = m_pane->findChild<QAction*>(QStringLiteral("bookmarkAction"));
    QVERIFY(bookmark->isEnabled());
    bookmark->trigger();
    QCOMPARE(m_pane->bookmarks(), QStringList{root()});
    QCOMPARE(changed.count(), 1);
    QVERIFY(!bookmark->isEnabled());

    const QString gamma = QDir(root()).filePath(QStringLiteral("Gamma"));
    m_pane->setBookmarks({root(), gamma, root()});
    QCOMPARE(m_pane->bookmarks(), (QStringList{root(), gamma}));
    QMenu* menu = m_pane->findChild<QMenu*>(QStringLiteral("bookmarksMenu"));
    QAction* go = nullptr;
    for (QAction* a : menu->actions()) {
        if (a->text() == gamma) {
            go = a;
        }
    }
    QVERIFY(go);
    go->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->path(), gamma, kTimeoutMs);
}

void TestFilePane::rightClickSelectsTheRowAndOpensTheMenu()
{
    selectOnly({QStringLiteral("a.bin")});
    const QRect row = m_pane->view()->visualRect(rowNamed(QStringLiteral("file10.txt")));
    QContextMenuEvent event(QContextMenuEvent::Mouse, row.center(),
                            m_pane->view()->viewport()->mapToGlobal(row.center()));
    QApplication::sendEvent(m_pane->view()->viewport(), &event);
    auto* menu = m_pane->findChild<QMenu*>(QStringLiteral("paneContextMenu"));
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(m_pane->selectedPaths(), QStringList{QDir(root()).filePath(QStringLiteral("file10.txt"))});
    QVERIFY(m_pane->findChild<QAction*>(QStringLiteral("renameAction"))->isEnabled());
    QVERIFY(menu->actions().contains(m_pane->findChild<QAction*>(QStringLiteral("deleteAction"))));
    menu->hide();

    // On the empty area: about the folder shown, nothing selected.
    const QPoint empty(10, m_pane->view()->viewport()->height() - 5);
    QVERIFY(!m_pane->view()->indexAt(empty).isValid());
    QContextMenuEvent outside(QContextMenuEvent::Mouse, empty, m_pane->view()->viewport()->mapToGlobal(empty));
    QApplication::sendEvent(m_pane->view()->viewport(), &outside);
    QTRY_VERIFY(menu->isVisible());
    QVERIFY(m_pane->selectedPaths().isEmpty());
    QVERIFY(!m_pane->findChild<QAction*>(QStringLiteral("deleteAction"))->isEnabled());
    QVERIFY(m_pane->findChild<QAction*>(QStringLiteral("newFolderAction"))->isEnabled());
    menu->hide();
}

void TestFilePane::dropOnOwnFolderMovesThere()
{
    std::unique_ptr<QMimeData> data(m_pane->createDragData(
        {QDir(root()).filePath(QStringLiteral("a.bin")), QDir(root()).filePath(QStringLiteral("file10.txt"))}));
    QSignalSpy requests(m_pane, &FilePane::dropRequested);
    QSignalSpy finished(m_pane->model(), &PaneModel::operationFinished);
    bool accepted = false;
    dropOnView(data.get(), m_pane->view()->visualRect(rowNamed(QStringLiteral("Gamma"))).center(), &accepted);
    QVERIFY(accepted);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kTimeoutMs);
    QVERIFY(QFileInfo::exists(QDir(root()).filePath(QStringLiteral("Gamma/a.bin"))));
    QVERIFY(QFileInfo::exists(QDir(root()).filePath(QStringLiteral("Gamma/file10.txt"))));
    QVERIFY(!QFileInfo::exists(QDir(root()).filePath(QStringLiteral("a.bin"))));
    // A move inside the pane is the pane's own business: nothing asked of the owner.
    QCOMPARE(requests.count(), 0);
}

void TestFilePane::dropOnOwnFileRowIsRefused()
{
    std::unique_ptr<QMimeData> data(m_pane->createDragData({QDir(root()).filePath(QStringLiteral("a.bin"))}));
    bool accepted = true;
    dropOnView(data.get(), m_pane->view()->visualRect(rowNamed(QStringLiteral("file10.txt"))).center(), &accepted);
    QVERIFY(!accepted);
    // Nor onto itself, if it is a folder.
    std::unique_ptr<QMimeData> folder(m_pane->createDragData({QDir(root()).filePath(QStringLiteral("alpha"))}));
    dropOnView(folder.get(), m_pane->view()->visualRect(rowNamed(QStringLiteral("alpha"))).center(), &accepted);
    QVERIFY(!accepted);
    QCoreApplication::processEvents();
    QVERIFY(QFileInfo::exists(QDir(root()).filePath(QStringLiteral("a.bin"))));
    QVERIFY(QFileInfo(QDir(root()).filePath(QStringLiteral("alpha"))).isDir());
}

void TestFilePane::largeFolderLoadsInBatchesWhileTheLoopRuns()
{
    constexpr int kFiles = 20000;
    const QString big = QDir(root()).filePath(QStringLiteral("big"));
    QVERIFY(QDir().mkdir(big));
    for (int i = 0; i < kFiles; ++i) {
        QFile file(big + QStringLiteral("/file-%1.dat").arg(i));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    int ticks = 0;
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&] {
        if (ticks > 0) {
            longestGap = std::max(longestGap, sinceTick.elapsed());
        }
        ++ticks;
        sinceTick.restart();
    });
    int batches = 0;
    int ticksAtFirstBatch = -1;
    bool indicatorShown = false;
    auto* indicator = m_pane->findChild<QProgressBar*>(QStringLiteral("loadingIndicator"));
    QVERIFY(indicator && !indicator->isVisible());
    connect(m_pane->model(), &QAbstractItemModel::rowsInserted, this, [&] {
        ++batches;
        indicatorShown = indicatorShown || indicator->isVisible();
        if (ticksAtFirstBatch < 0) {
            ticksAtFirstBatch = ticks;
        }
    });
    QElapsedTimer took;
    took.start();
    timer.start();
    m_pane->navigateTo(big);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->path(), big, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->model()->isLoading(), 60000);
    timer.stop();
    QCOMPARE(m_pane->model()->entryCount(), kFiles);
    QCOMPARE(m_pane->proxy()->rowCount(), kFiles);
    qInfo("20,000 files: %lld ms, %d batches, %d timer ticks, longest gap between ticks %lld ms", took.elapsed(),
          batches, ticks, longestGap);
    QVERIFY(batches >= 10);
    // Loading showed while the rows came in, and went once they all had.
    QVERIFY(indicatorShown);
    QVERIFY(!indicator->isVisible());
    // The timer kept firing between the first and the last batch: the loop was never held for the whole load.
    QVERIFY(ticks - ticksAtFirstBatch >= 2);
    QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
    // Natural order over the whole folder.
    QCOMPARE(m_pane->proxy()->index(2, 0).data(Qt::EditRole).toString(), QStringLiteral("file-2.dat"));
    QCOMPARE(m_pane->proxy()->index(10, 0).data(Qt::EditRole).toString(), QStringLiteral("file-10.dat"));
    QTRY_VERIFY(m_pane->statusText().startsWith(QLocale().toString(kFiles) + QLatin1String(" item")));
}

QTEST_MAIN(TestFilePane)
#include "tst_filepane.moc"
