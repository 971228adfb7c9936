#include "profiles/SessionStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using ferry::SessionProfile;
using ferry::SessionStore;

namespace {

SessionProfile makeProfile(const QString& name, const QString& folder = QString())
{
    SessionProfile p;
    p.name = name;
    p.folder = folder;
    p.host = name.toLower() + QStringLiteral(".example.org");
    p.user = QStringLiteral("user");
    return p;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestSessionStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void missingFileIsAnEmptyStore();
    void saveAndLoadRoundTrip();
    void saveIsAtomicAndPrivate();
    void saveCreatesTheConfigFolder();
    void corruptFileIsMovedAsideWithItsBytes_data();
    void corruptFileIsMovedAsideWithItsBytes();
    void newerVersionIsMovedAside();
    void backupsNeverOverwriteEachOther();
    void problemsKeepACopyAndTheRest();
    void unreadableFileIsNeverOverwritten();
    void foldersMoveAndRemoveWithTheirSessions();
    void namesAndLookup();
    void exportAndImportGiveFreshIdsOnConflict();
    void importRefusesWhatIsNotASessionsFile();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("config/sessions.json")); }
    QStringList backups() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSessionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QStringList TestSessionStore::backups() const
{
    return QDir(QFileInfo(path()).absolutePath())
        .entryList({QStringLiteral("sessions.json.*")}, QDir::Files | QDir::Hidden, QDir::Name);
}

void TestSessionStore::missingFileIsAnEmptyStore()
{
    SessionStore store(path());
    const SessionStore::LoadResult result = store.load();
    QCOMPARE(result.status, SessionStore::LoadResult::Status::Missing);
    QVERIFY(!result.needsAttention());
    QVERIFY(store.sessions().isEmpty());
    QVERIFY(!QFileInfo::exists(path())); // loading writes nothing
}

void TestSessionStore::saveAndLoadRoundTrip()
{
    SessionStore store(path());
    SessionProfile web = makeProfile(QStringLiteral("Web"), QStringLiteral("Work/Servers"));
    web.terminal.remoteCommand = QStringLiteral("htop");
    const QUuid webId = store.add(web);
    QCOMPARE(webId, web.id);
    const QUuid dbId = store.add(makeProfile(QStringLiteral("db")));
    store.addFolder(QStringLiteral("Empty/Deeper"));
    QString error;
    QVERIFY2(store.save(&error), qPrintable(error));

    const QJsonObject root = QJsonDocument::fromJson(readAll(path())).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("ferry-sessions"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("sessions")).toArray().size(), 2);
    // Only the folder nothing else implies is listed.
    QCOMPARE(root.value(QStringLiteral("folders")).toArray(), QJsonArray{QStringLiteral("Empty/Deeper")});

    SessionStore again(path());
    const SessionStore::LoadResult result = again.load();
    QCOMPARE(result.status, SessionStore::LoadResult::Status::Loaded);
    QVERIFY(!result.needsAttention());
    QCOMPARE(again.sessions().size(), 2);
    QVERIFY(again.session(webId) == web);
    QCOMPARE(again.session(dbId).name, QStringLiteral("db"));
    QCOMPARE(again.folders(), (QStringList{QStringLiteral("Empty"), QStringLiteral("Empty/Deeper"),
                                           QStringLiteral("Work"), QStringLiteral("Work/Servers")}));
    QVERIFY(again.session(QUuid::createUuid()).id.isNull());
}

void TestSessionStore::saveIsAtomicAndPrivate()
{
    SessionStore store(path());
    store.add(makeProfile(QStringLiteral("one")));
    QVERIFY(store.save());
    struct stat status {};
    QCOMPARE(::stat(QFile::encodeName(path()).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777, 0600u);

    // Replaced, not rewritten in place: a reader holding the old file keeps its bytes, and nothing is left
    // behind but the file itself.
    const ino_t before = status.st_ino;
    QFile held(path());
    QVERIFY(held.open(QIODevice::ReadOnly));
    const QByteArray oldBytes = readAll(path());
    store.add(makeProfile(QStringLiteral("two")));
    QVERIFY(store.save());
    QCOMPARE(held.readAll(), oldBytes);
    QCOMPARE(::stat(QFile::encodeName(path()).constData(), &status), 0);
    QVERIFY(status.st_ino != before);
    QCOMPARE(status.st_mode & 0777, 0600u);
    QCOMPARE(QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("sessions.json")});

    // An existing file with loose permissions is tightened on the next save.
    QVERIFY(QFile::setPermissions(path(), QFile::permissions(path()) | QFileDevice::ReadOther));
    QVERIFY(store.save());
    QCOMPARE(::stat(QFile::encodeName(path()).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777, 0600u);
}

void TestSessionStore::saveCreatesTheConfigFolder()
{
    const QString deep = m_dir->filePath(QStringLiteral("a/b/c/sessions.json"));
    SessionStore store(deep);
    QVERIFY(store.save());
    QVERIFY(QFileInfo::exists(deep));

    // A path that cannot be written gives a message, not a crash or a partial file.
    QVERIFY(writeAll(m_dir->filePath(QStringLiteral("plainfile")), "x"));
    SessionStore blocked(m_dir->filePath(QStringLiteral("plainfile/sessions.json")));
    QString error;
    QVERIFY(!blocked.save(&error));
    QVERIFY(error.contains(QLatin1String("plainfile")));
}

void TestSessionStore::corruptFileIsMovedAsideWithItsBytes_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("{\"format\": \"ferry-sessions\", \"version\": 1, \"sessions\": [");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("wrong format") << QByteArray(R"({"format": "something-else", "version": 1, "sessions": []})");
    QTest::newRow("array") << QByteArray(R"([{"name": "x"}])");
    QTest::newRow("no version") << QByteArray(R"({"format": "ferry-sessions", "sessions": []})");
    QTest::newRow("sessions not a list") << QByteArray(R"({"format": "ferry-sessions", "version": 1, "sessions": 3})");
}

void TestSessionStore::corruptFileIsMovedAsideWithItsBytes()
{
    QFETCH(QByteArray, content);
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QVERIFY(writeAll(path(), content));

    SessionStore store(path());
    store.add(makeProfile(QStringLiteral("stale"))); // load replaces what was in memory
    const SessionStore::LoadResult result = store.load();
    QCOMPARE(result.status, SessionStore::LoadResult::Status::MovedAside);
    QVERIFY(store.sessions().isEmpty());
    QVERIFY(!QFileInfo::exists(path()));
    QVERIFY(result.backupPath.startsWith(path() + QStringLiteral(".corrupt-")));
    QCOMPARE(readAll(result.backupPath), content);
    // The message says, in words, what happened and where the backup is.
    QVERIFY(result.needsAttention());
    QVERIFY2(result.message.contains(result.backupPath), qPrintable(result.message));
    QVERIFY(result.message.contains(path()));
    QVERIFY(result.message.contains(QLatin1String("moved")));

    // Saving afterwards writes a fresh file and leaves the backup alone.
    store.add(makeProfile(QStringLiteral("new")));
    QVERIFY(store.save());
    QCOMPARE(readAll(result.backupPath), content);
    QCOMPARE(backups().size(), 1);
}

void TestSessionStore::newerVersionIsMovedAside()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    const QByteArray content = R"({"format": "ferry-sessions", "version": 2, "sessions": [{"name": "future"}]})";
    QVERIFY(writeAll(path(), content));
    SessionStore store(path());
    const SessionStore::LoadResult result = store.load();
    QCOMPARE(result.status, SessionStore::LoadResult::Status::MovedAside);
    QVERIFY(result.backupPath.startsWith(path() + QStringLiteral(".newer-version-")));
    QCOMPARE(readAll(result.backupPath), content);
    QVERIFY(result.message.contains(QLatin1String("newer version of Ferry")));
    QVERIFY(result.message.contains(result.backupPath));
    QVERIFY(store.sessions().isEmpty());
}

void TestSessionStore::backupsNeverOverwriteEachOther()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QStringList seen;
    // Same second, three times: each backup gets its own name.
    for (const char* content : {"first broken", "second broken", "third broken"}) {
        QVERIFY(writeAll(path(), content));
        SessionStore store(path());
        const SessionStore::LoadResult result = store.load();
        QCOMPARE(result.status, SessionStore::LoadResult::Status::MovedAside);
        QVERIFY(!seen.contains(result.backupPath));
        seen << result.backupPath;
    }
    QCOMPARE(backups().size(), 3);
    QCOMPARE(readAll(seen.at(0)), QByteArray("first broken"));
    QCOMPARE(readAll(seen.at(1)), QByteArray("second broken"));
    QCOMPARE(readAll(seen.at(2)), QByteArray("third broken"));
}

void TestSessionStore::problemsKeepACopyAndTheRest()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    const QByteArray content = R"({"format": "ferry-sessions", "version": 1, "sessions": [
        {"id": "6f1c1f5e-8e3a-4c39-9a43-1b2fb5e0c001", "name": "good", "host": "good.example", "port": 2022},
        {"id": "6f1c1f5e-8e3a-4c39-9a43-1b2fb5e0c002", "name": "odd", "host": "odd.example", "port": "x",
         "future": 1},
        42,
        {"id": "6f1c1f5e-8e3a-4c39-9a43-1b2fb5e0c001", "name": "twin", "host": "twin.example"}
    ], "folders": ["Empty"]})";
    QVERIFY(writeAll(path(), content));
    SessionStore store(path());
    const SessionStore::LoadResult result = store.load();
    QCOMPARE(result.status, SessionStore::LoadResult::Status::LoadedWithProblems);
    QCOMPARE(store.sessions().size(), 3);
    QCOMPARE(store.sessions().at(0).port, quint16(2022));
    QCOMPARE(store.sessions().at(1).host, QStringLiteral("odd.example"));
    QCOMPARE(store.sessions().at(2).name, QStringLiteral("twin"));
    QVERIFY(store.sessions().at(2).id != store.sessions().at(0).id);
    QVERIFY(store.hasFolder(QStringLiteral("Empty")));
    QCOMPARE(result.problems.size(), 4); // port, unknown key, entry 3, duplicate id
    QVERIFY(result.message.contains(result.backupPath));
    QVERIFY(result.backupPath.startsWith(path() + QStringLiteral(".before-repair-")));
    QCOMPARE(readAll(result.backupPath), content);
    QVERIFY(!store.isReadOnly());

    // The file was rewritten with what could be read: the next start is clean and makes no more backups.
    SessionStore again(path());
    const SessionStore::LoadResult second = again.load();
    QCOMPARE(second.status, SessionStore::LoadResult::Status::Loaded);
    QCOMPARE(again.sessions().size(), 3);
    QVERIFY(again.session(store.sessions().at(1).id) == store.sessions().at(1));
    QCOMPARE(backups().size(), 1);
}

void TestSessionStore::unreadableFileIsNeverOverwritten()
{
    // A folder where the file should be: cannot be read (even as root) and must not be replaced.
    QVERIFY(QDir().mkpath(path()));
    SessionStore store(path());
    const SessionStore::LoadResult result = store.load();
    QCOMPARE(result.status, SessionStore::LoadResult::Status::Unreadable);
    QVERIFY(result.needsAttention());
    QVERIFY(store.isReadOnly());
    store.add(makeProfile(QStringLiteral("x")));
    QString error;
    QVERIFY(!store.save(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo(path()).isDir());
}

void TestSessionStore::foldersMoveAndRemoveWithTheirSessions()
{
    SessionStore store(path());
    const QUuid a = store.add(makeProfile(QStringLiteral("a"), QStringLiteral("Work/Servers")));
    const QUuid b = store.add(makeProfile(QStringLiteral("b"), QStringLiteral("Work")));
    const QUuid c = store.add(makeProfile(QStringLiteral("c"), QStringLiteral("Workshop")));
    store.addFolder(QStringLiteral("Work/Servers/Empty"));

    QVERIFY(!store.moveFolder(QStringLiteral("Work"), QStringLiteral("Work/Servers/Inside")));
    QVERIFY(store.moveFolder(QStringLiteral("Work"), QStringLiteral("Old/Job")));
    QCOMPARE(store.session(a).folder, QStringLiteral("Old/Job/Servers"));
    QCOMPARE(store.session(b).folder, QStringLiteral("Old/Job"));
    QCOMPARE(store.session(c).folder, QStringLiteral("Workshop")); // a prefix, not a parent
    QVERIFY(store.hasFolder(QStringLiteral("Old/Job/Servers/Empty")));
    QVERIFY(!store.hasFolder(QStringLiteral("Work")));

    const QVector<QUuid> removed = store.removeFolder(QStringLiteral("Old/Job"));
    QCOMPARE(removed.size(), 2);
    QVERIFY(removed.contains(a) && removed.contains(b));
    QVERIFY(store.contains(c));
    QVERIFY(!store.hasFolder(QStringLiteral("Old/Job/Servers/Empty")));
    QVERIFY(store.hasFolder(QStringLiteral("Old")));
}

void TestSessionStore::namesAndLookup()
{
    SessionStore store(path());
    store.add(makeProfile(QStringLiteral("web"), QStringLiteral("Work")));
    store.add(makeProfile(QStringLiteral("web"), QStringLiteral("Home")));
    store.add(makeProfile(QStringLiteral("Mail")));
    QCOMPARE(store.findByName(QStringLiteral("web")).size(), 2);
    QCOMPARE(store.findByName(QStringLiteral("Home/web")).size(), 1);
    QCOMPARE(store.findByName(QStringLiteral("mail")).size(), 1);
    QCOMPARE(store.findByName(QStringLiteral("nothing")).size(), 0);
    QCOMPARE(store.uniqueName(QStringLiteral("Work"), QStringLiteral("web")), QStringLiteral("web (2)"));
    QCOMPARE(store.uniqueName(QStringLiteral("Other"), QStringLiteral("web")), QStringLiteral("web"));
}

void TestSessionStore::exportAndImportGiveFreshIdsOnConflict()
{
    SessionStore store(path());
    const SessionProfile one = makeProfile(QStringLiteral("one"), QStringLiteral("F"));
    const SessionProfile two = makeProfile(QStringLiteral("two"));
    store.add(one);
    store.add(two);
    const QString exported = m_dir->filePath(QStringLiteral("export.json"));
    QString error;
    QVERIFY2(store.exportTo(exported, {one.id}, &error), qPrintable(error));

    // Into the same store: a copy with a new id.
    SessionStore::ImportResult result = store.importFrom(exported);
    QVERIFY(result.ok);
    QCOMPARE(result.added.size(), 1);
    QVERIFY(result.added.first() != one.id);
    QCOMPARE(result.problems.size(), 1);
    SessionProfile copy = store.session(result.added.first());
    QCOMPARE(copy.name, QStringLiteral("one"));
    QCOMPARE(copy.folder, QStringLiteral("F"));
    copy.id = one.id;
    QVERIFY(copy == one);

    // Into another store: the ids are kept.
    SessionStore other(m_dir->filePath(QStringLiteral("other.json")));
    result = other.importFrom(exported);
    QVERIFY(result.ok);
    QCOMPARE(result.added, QVector<QUuid>{one.id});
    QVERIFY(result.problems.isEmpty());
    QVERIFY(other.session(one.id) == one);

    // Everything when nothing is selected.
    QVERIFY(store.exportTo(exported, {}));
    QCOMPARE(QJsonDocument::fromJson(readAll(exported)).object().value(QStringLiteral("sessions")).toArray().size(), 3);
}

void TestSessionStore::importRefusesWhatIsNotASessionsFile()
{
    SessionStore store(path());
    const QString file = m_dir->filePath(QStringLiteral("bad.json"));
    QVERIFY(writeAll(file, R"({"format": "ferry-sessions", "version": 9})"));
    SessionStore::ImportResult result = store.importFrom(file);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QLatin1String("newer")));
    QVERIFY(result.added.isEmpty());
    result = store.importFrom(m_dir->filePath(QStringLiteral("missing.json")));
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(store.sessions().isEmpty());
    QCOMPARE(readAll(file), QByteArray(R"({"format": "ferry-sessions", "version": 9})")); // import never moves
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
