#include "profiles/SessionStore.h"
#include "profiles/SessionTreeModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using ferry::SessionProfile;
using ferry::SessionStore;
using ferry::SessionTreeModel;

namespace {

SessionProfile makeProfile(const QString& name, const QString& folder, const QString& host = QString())
{
    SessionProfile p;
    p.name = name;
    p.folder = folder;
    p.host = host.isEmpty() ? name.toLower() + QStringLiteral(".example.org") : host;
    p.user = QStringLiteral("admin");
    return p;
}

} // namespace

class TestSessionTreeModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void treeShowsFoldersFirstThenSortedSessions();
    void rolesDescribeEachRow();
    void renameSessionAndFolderIsSaved();
    void renameIsRefusedWhenEmptyOrTaken();
    void addFolderAndSession();
    void duplicateGetsCopyNameAndFreshId();
    void deleteSessionsAndWholeFolders();
    void moveItemsIntoFolders();
    void dragAndDropMovesByMimeData();
    void folderCannotBeDroppedIntoItself();
    void viewRemovingSourceRowsAfterAMoveIsHarmless();
    void editorUpdateMovesTheRow();
    void recursiveFilterProxyFindsNestedSessions();
    void saveFailureIsReported();
    void importFromFileAddsRows();

private:
    SessionStore loadStore() const;
    QStringList tree(const QAbstractItemModel* model, const QModelIndex& parent = QModelIndex(),
                     const QString& indent = QString()) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<SessionTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QUuid m_web;
    QUuid m_db;
    QUuid m_home;
};

void TestSessionTreeModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<SessionStore>(m_dir->filePath(QStringLiteral("sessions.json")));
    m_web = m_store->add(makeProfile(QStringLiteral("web"), QStringLiteral("Work/Servers")));
    m_db = m_store->add(makeProfile(QStringLiteral("DB"), QStringLiteral("Work/Servers"), QStringLiteral("10.0.0.5")));
    m_home = m_store->add(makeProfile(QStringLiteral("home"), QString()));
    m_store->add(makeProfile(QStringLiteral("alpha"), QStringLiteral("Work")));
    m_store->addFolder(QStringLiteral("Archive"));
    QVERIFY(m_store->save());
    m_model = std::make_unique<SessionTreeModel>(m_store.get());
    // Checks every signal and index the model gives, through every test.
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSessionTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

SessionStore TestSessionTreeModel::loadStore() const
{
    SessionStore store(m_store->path());
    store.load();
    return store;
}

QStringList TestSessionTreeModel::tree(const QAbstractItemModel* model, const QModelIndex& parent,
                                       const QString& indent) const
{
    QStringList lines;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        const bool folder = index.data(SessionTreeModel::IsFolderRole).toBool();
        lines << indent + (folder ? QStringLiteral("[") : QString()) + index.data().toString() +
                     (folder ? QStringLiteral("]") : QString());
        lines << tree(model, index, indent + QStringLiteral("  "));
    }
    return lines;
}

void TestSessionTreeModel::treeShowsFoldersFirstThenSortedSessions()
{
    QCOMPARE(tree(m_model.get()),
             (QStringList{QStringLiteral("[Archive]"), QStringLiteral("[Work]"), QStringLiteral("  [Servers]"),
                          QStringLiteral("    DB"), QStringLiteral("    web"), QStringLiteral("  alpha"),
                          QStringLiteral("home")}));
}

void TestSessionTreeModel::rolesDescribeEachRow()
{
    const QModelIndex db = m_model->indexForSession(m_db);
    QVERIFY(db.isValid());
    QCOMPARE(db.data().toString(), QStringLiteral("DB"));
    QCOMPARE(db.data(SessionTreeModel::ProfileIdRole).value<QUuid>(), m_db);
    QCOMPARE(db.data(SessionTreeModel::IsFolderRole).toBool(), false);
    QCOMPARE(db.data(Qt::ToolTipRole).toString(), QStringLiteral("admin@10.0.0.5:22"));
    QCOMPARE(db.data(SessionTreeModel::AddressRole).toString(), QStringLiteral("admin@10.0.0.5:22"));
    QCOMPARE(db.data(SessionTreeModel::FolderPathRole).toString(), QStringLiteral("Work/Servers"));
    QVERIFY(m_model->flags(db) & Qt::ItemNeverHasChildren);
    QVERIFY(!(m_model->flags(db) & Qt::ItemIsDropEnabled));
    QCOMPARE(m_model->profile(db).host, QStringLiteral("10.0.0.5"));

    const QModelIndex servers = db.parent();
    QCOMPARE(servers, m_model->indexForFolder(QStringLiteral("Work/Servers")));
    QCOMPARE(servers.data(SessionTreeModel::IsFolderRole).toBool(), true);
    QCOMPARE(servers.data(SessionTreeModel::FolderPathRole).toString(), QStringLiteral("Work/Servers"));
    QVERIFY(servers.data(SessionTreeModel::ProfileIdRole).value<QUuid>().isNull());
    QVERIFY(m_model->flags(servers) & Qt::ItemIsDropEnabled);
    QVERIFY(m_model->profile(servers).id.isNull());
    QVERIFY(m_model->flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    QVERIFY(!m_model->indexForFolder(QString()).isValid());
}

void TestSessionTreeModel::renameSessionAndFolderIsSaved()
{
    QVERIFY(m_model->setData(m_model->indexForSession(m_web), QStringLiteral("a-web")));
    QVERIFY(m_model->setData(m_model->indexForFolder(QStringLiteral("Work")), QStringLiteral("Job")));
    QCOMPARE(tree(m_model.get()),
             (QStringList{QStringLiteral("[Archive]"), QStringLiteral("[Job]"), QStringLiteral("  [Servers]"),
                          QStringLiteral("    a-web"), QStringLiteral("    DB"), QStringLiteral("  alpha"),
                          QStringLiteral("home")}));
    const SessionStore saved = loadStore();
    QCOMPARE(saved.session(m_web).name, QStringLiteral("a-web"));
    QCOMPARE(saved.session(m_web).folder, QStringLiteral("Job/Servers"));
    QCOMPARE(saved.session(m_db).folder, QStringLiteral("Job/Servers"));
    QVERIFY(!saved.hasFolder(QStringLiteral("Work")));
    QCOMPARE(m_model->indexForSession(m_web).data(SessionTreeModel::FolderPathRole).toString(),
             QStringLiteral("Job/Servers"));
}

void TestSessionTreeModel::renameIsRefusedWhenEmptyOrTaken()
{
    QSignalSpy refused(m_model.get(), &SessionTreeModel::operationRefused);
    QVERIFY(!m_model->setData(m_model->indexForSession(m_web), QStringLiteral("  ")));
    QVERIFY(!m_model->setData(m_model->indexForFolder(QStringLiteral("Archive")), QStringLiteral("Work")));
    QVERIFY(!m_model->setData(m_model->indexForFolder(QStringLiteral("Archive")), QStringLiteral("a/b")));
    QCOMPARE(refused.count(), 3);
    QVERIFY(refused.at(1).at(0).toString().contains(QLatin1String("Work")));
    QCOMPARE(loadStore().session(m_web).name, QStringLiteral("web"));
    QVERIFY(m_model->indexForFolder(QStringLiteral("Archive")).isValid());
}

void TestSessionTreeModel::addFolderAndSession()
{
    const QModelIndex work = m_model->indexForFolder(QStringLiteral("Work"));
    const QModelIndex fresh = m_model->addFolder(work, QStringLiteral(" Clients "));
    QVERIFY(fresh.isValid());
    QCOMPARE(m_model->folderPath(fresh), QStringLiteral("Work/Clients"));
    QCOMPARE(fresh.row(), 0); // Clients before Servers
    QSignalSpy refused(m_model.get(), &SessionTreeModel::operationRefused);
    QVERIFY(!m_model->addFolder(work, QStringLiteral("Clients")).isValid());
    QVERIFY(!m_model->addFolder(QModelIndex(), QString()).isValid());
    QCOMPARE(refused.count(), 2);

    const QModelIndex added = m_model->addSession(makeProfile(QStringLiteral("new"), QStringLiteral("Far/Away")));
    QVERIFY(added.isValid());
    QCOMPARE(m_model->folderPath(added), QStringLiteral("Far/Away"));
    QCOMPARE(added.parent().parent(), m_model->indexForFolder(QStringLiteral("Far")));

    const SessionStore saved = loadStore();
    QVERIFY(saved.hasFolder(QStringLiteral("Work/Clients")));
    QCOMPARE(saved.findByName(QStringLiteral("Far/Away/new")).size(), 1);
}

void TestSessionTreeModel::duplicateGetsCopyNameAndFreshId()
{
    const QModelIndex first = m_model->duplicateSession(m_model->indexForSession(m_web));
    const QModelIndex second = m_model->duplicateSession(m_model->indexForSession(m_web));
    QCOMPARE(first.data().toString(), QStringLiteral("web (copy)"));
    QCOMPARE(second.data().toString(), QStringLiteral("web (copy 2)"));
    SessionProfile copy = m_model->profile(first);
    QVERIFY(copy.id != m_web);
    QVERIFY(copy.secretAccount() != m_store->session(m_web).secretAccount());
    copy.id = m_web;
    copy.name = QStringLiteral("web");
    QVERIFY(copy == m_store->session(m_web));
    QVERIFY(!m_model->duplicateSession(m_model->indexForFolder(QStringLiteral("Work"))).isValid());
    QCOMPARE(loadStore().sessions().size(), 6);
}

void TestSessionTreeModel::deleteSessionsAndWholeFolders()
{
    const QVector<QUuid> removed =
        m_model->removeItems({m_model->indexForFolder(QStringLiteral("Work/Servers")), m_model->indexForSession(m_web),
                              m_model->indexForSession(m_home)});
    QCOMPARE(removed.size(), 3);
    QVERIFY(removed.contains(m_web) && removed.contains(m_db) && removed.contains(m_home));
    QCOMPARE(tree(m_model.get()),
             (QStringList{QStringLiteral("[Archive]"), QStringLiteral("[Work]"), QStringLiteral("  alpha")}));
    const SessionStore saved = loadStore();
    QCOMPARE(saved.sessions().size(), 1);
    QVERIFY(!saved.hasFolder(QStringLiteral("Work/Servers")));

    QCOMPARE(m_model->removeItems({m_model->indexForFolder(QStringLiteral("Archive"))}).size(), 0);
    QVERIFY(!loadStore().hasFolder(QStringLiteral("Archive")));
}

void TestSessionTreeModel::moveItemsIntoFolders()
{
    QVERIFY(
        m_model->moveItems({m_model->indexForSession(m_home), m_model->indexForFolder(QStringLiteral("Work/Servers"))},
                           m_model->indexForFolder(QStringLiteral("Archive"))));
    QCOMPARE(tree(m_model.get()),
             (QStringList{QStringLiteral("[Archive]"), QStringLiteral("  [Servers]"), QStringLiteral("    DB"),
                          QStringLiteral("    web"), QStringLiteral("  home"), QStringLiteral("[Work]"),
                          QStringLiteral("  alpha")}));
    const SessionStore saved = loadStore();
    QCOMPARE(saved.session(m_home).folder, QStringLiteral("Archive"));
    QCOMPARE(saved.session(m_web).folder, QStringLiteral("Archive/Servers"));

    // Back to the top level.
    QVERIFY(m_model->moveItems({m_model->indexForSession(m_home)}, QModelIndex()));
    QCOMPARE(loadStore().session(m_home).folder, QString());
    QSignalSpy refused(m_model.get(), &SessionTreeModel::operationRefused);
    QVERIFY(!m_model->moveItems({m_model->indexForSession(m_web)}, m_model->indexForSession(m_home)));
    QCOMPARE(refused.count(), 1);
}

void TestSessionTreeModel::dragAndDropMovesByMimeData()
{
    QCOMPARE(m_model->supportedDropActions(), Qt::MoveAction);
    QCOMPARE(m_model->mimeTypes(), QStringList{SessionTreeModel::mimeType()});
    const std::unique_ptr<QMimeData> data(
        m_model->mimeData({m_model->indexForSession(m_web), m_model->indexForSession(m_home)}));
    QVERIFY(data);
    QVERIFY(data->hasFormat(SessionTreeModel::mimeType()));

    // Dropped on a session: into that session's folder.
    const QModelIndex alpha = m_model->index(1, 0, m_model->indexForFolder(QStringLiteral("Work")));
    QCOMPARE(alpha.data().toString(), QStringLiteral("alpha"));
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, alpha));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, alpha));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, alpha));
    QCOMPARE(tree(m_model.get()),
             (QStringList{QStringLiteral("[Archive]"), QStringLiteral("[Work]"), QStringLiteral("  [Servers]"),
                          QStringLiteral("    DB"), QStringLiteral("  alpha"), QStringLiteral("  home"),
                          QStringLiteral("  web")}));
    QCOMPARE(loadStore().session(m_web).folder, QStringLiteral("Work"));

    // A folder dropped on a folder, between rows of the top level.
    const std::unique_ptr<QMimeData> folder(m_model->mimeData({m_model->indexForFolder(QStringLiteral("Archive"))}));
    QVERIFY(m_model->dropMimeData(folder.get(), Qt::MoveAction, 0, 0,
                                  m_model->indexForFolder(QStringLiteral("Work/Servers"))));
    QVERIFY(m_model->indexForFolder(QStringLiteral("Work/Servers/Archive")).isValid());
    QVERIFY(loadStore().hasFolder(QStringLiteral("Work/Servers/Archive")));

    // Foreign data is not accepted.
    QMimeData foreign;
    foreign.setText(QStringLiteral("hello"));
    QVERIFY(!m_model->canDropMimeData(&foreign, Qt::MoveAction, -1, -1, QModelIndex()));
    QVERIFY(!m_model->dropMimeData(&foreign, Qt::MoveAction, -1, -1, QModelIndex()));
}

void TestSessionTreeModel::folderCannotBeDroppedIntoItself()
{
    const std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexForFolder(QStringLiteral("Work"))}));
    const QModelIndex servers = m_model->indexForFolder(QStringLiteral("Work/Servers"));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, servers));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, m_model->indexForSession(m_web)));
    QSignalSpy refused(m_model.get(), &SessionTreeModel::operationRefused);
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, servers));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(loadStore().session(m_web).folder, QStringLiteral("Work/Servers"));

    // A folder whose name is taken at the target.
    m_model->addFolder(m_model->indexForFolder(QStringLiteral("Archive")), QStringLiteral("Servers"));
    const std::unique_ptr<QMimeData> servers2(m_model->mimeData({servers}));
    QVERIFY(!m_model->canDropMimeData(servers2.get(), Qt::MoveAction, -1, -1,
                                      m_model->indexForFolder(QStringLiteral("Archive"))));
}

void TestSessionTreeModel::viewRemovingSourceRowsAfterAMoveIsHarmless()
{
    // QAbstractItemView removes the dragged rows after a successful move; here the move already happened.
    const std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexForSession(m_home)}));
    QVERIFY(
        m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, m_model->indexForFolder(QStringLiteral("Archive"))));
    const QModelIndex moved = m_model->indexForSession(m_home);
    QVERIFY(!m_model->removeRows(moved.row(), 1, moved.parent()));
    QVERIFY(m_model->indexForSession(m_home).isValid());
    QVERIFY(loadStore().contains(m_home));
}

void TestSessionTreeModel::editorUpdateMovesTheRow()
{
    QPersistentModelIndex persistent(m_model->indexForSession(m_db));
    SessionProfile p = m_store->session(m_db);
    p.name = QStringLiteral("zz-db");
    p.folder = QStringLiteral("Archive");
    p.port = 5432;
    QVERIFY(m_model->updateSession(p));
    QVERIFY(persistent.isValid());
    QCOMPARE(persistent.data().toString(), QStringLiteral("zz-db"));
    QCOMPARE(m_model->folderPath(persistent), QStringLiteral("Archive"));
    QCOMPARE(persistent.data(Qt::ToolTipRole).toString(), QStringLiteral("admin@10.0.0.5:5432"));
    QVERIFY(loadStore().session(m_db) == p);
    SessionProfile unknown = makeProfile(QStringLiteral("ghost"), QString());
    QVERIFY(!m_model->updateSession(unknown));
}

void TestSessionTreeModel::recursiveFilterProxyFindsNestedSessions()
{
    QSortFilterProxyModel proxy;
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterRole(SessionTreeModel::FilterTextRole);
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    proxy.setFilterFixedString(QStringLiteral("WEB"));
    QCOMPARE(tree(&proxy),
             (QStringList{QStringLiteral("[Work]"), QStringLiteral("  [Servers]"), QStringLiteral("    web")}));
    // By host.
    proxy.setFilterFixedString(QStringLiteral("10.0.0"));
    QCOMPARE(tree(&proxy),
             (QStringList{QStringLiteral("[Work]"), QStringLiteral("  [Servers]"), QStringLiteral("    DB")}));
    // Changes while filtered show up in the proxy.
    m_model->addSession(makeProfile(QStringLiteral("backup"), QStringLiteral("Archive"), QStringLiteral("10.0.0.9")));
    QCOMPARE(tree(&proxy),
             (QStringList{QStringLiteral("[Archive]"), QStringLiteral("  backup"), QStringLiteral("[Work]"),
                          QStringLiteral("  [Servers]"), QStringLiteral("    DB")}));
    m_model->moveItems({m_model->indexForSession(m_db)}, QModelIndex());
    QCOMPARE(tree(&proxy),
             (QStringList{QStringLiteral("[Archive]"), QStringLiteral("  backup"), QStringLiteral("DB")}));
    proxy.setFilterFixedString(QStringLiteral("no such thing"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterFixedString(QString());
    QCOMPARE(tree(&proxy).size(), tree(m_model.get()).size());
}

void TestSessionTreeModel::saveFailureIsReported()
{
    // Put a folder where the file goes: every save now fails, and the rows still change.
    QVERIFY(QFile::remove(m_store->path()));
    QVERIFY(QDir().mkpath(m_store->path()));
    QSignalSpy failed(m_model.get(), &SessionTreeModel::saveFailed);
    QVERIFY(m_model->setData(m_model->indexForSession(m_home), QStringLiteral("house")));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(m_store->path()));
    QCOMPARE(m_model->indexForSession(m_home).data().toString(), QStringLiteral("house"));
}

void TestSessionTreeModel::importFromFileAddsRows()
{
    const QString exported = m_dir->filePath(QStringLiteral("export.json"));
    QVERIFY(m_store->exportTo(exported, {m_web, m_home}));
    const SessionStore::ImportResult result = m_model->importFrom(exported);
    QVERIFY(result.ok);
    QCOMPARE(result.added.size(), 2);
    QCOMPARE(result.problems.size(), 2); // both ids were taken
    QCOMPARE(m_model->rowCount(m_model->indexForFolder(QStringLiteral("Work/Servers"))), 3);
    QCOMPARE(loadStore().sessions().size(), 6);
}

QTEST_GUILESS_MAIN(TestSessionTreeModel)
#include "tst_sessiontreemodel.moc"
