#include "SessionStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

namespace ferry {

namespace {

bool isInFolder(const QString& folder, const QString& ancestor)
{
    return folder == ancestor || folder.startsWith(ancestor + QLatin1Char('/'));
}

QString replacePrefix(const QString& folder, const QString& from, const QString& to)
{
    const QString rest = folder.mid(from.size());
    return SessionProfile::normalizedFolder(to + rest);
}

bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        if (error) {
            *error = SessionStore::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir));
        }
        return false;
    }
    QSaveFile file(path);
    // The permissions are set on the temporary file before any byte is written, so the sessions are never
    // readable by others, not even for a moment.
    const bool ok = file.open(QIODevice::WriteOnly) &&
                    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                    file.write(bytes) == bytes.size() && file.commit();
    if (!ok && error) {
        *error = SessionStore::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return ok;
}

// What a sessions document holds once read; failure says why it cannot be used at all.
struct ParsedDocument {
    enum class Failure { None, Corrupt, Newer };
    Failure failure = Failure::None;
    QString reason;
    int version = 0;
    QVector<SessionProfile> sessions;
    QStringList folders;
    QStringList problems;
};

ParsedDocument parseDocument(const QByteArray& bytes)
{
    ParsedDocument d;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        d.failure = ParsedDocument::Failure::Corrupt;
        d.reason = SessionStore::tr("it is not valid JSON: %1 at byte %2")
                       .arg(parseError.errorString(), QString::number(parseError.offset));
        return d;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != SessionStore::formatName()) {
        d.failure = ParsedDocument::Failure::Corrupt;
        d.reason = SessionStore::tr("it is not a Ferry sessions file");
        return d;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    d.version = version.toInt(0);
    if (!version.isDouble() || d.version < 1 || version.toDouble() != d.version) {
        d.failure = ParsedDocument::Failure::Corrupt;
        d.reason = SessionStore::tr("its format version is missing or not valid");
        return d;
    }
    if (d.version > SessionStore::formatVersion) {
        d.failure = ParsedDocument::Failure::Newer;
        d.reason = SessionStore::tr("it was written by a newer version of Ferry (format version %1; this version "
                                    "reads version %2)")
                       .arg(QString::number(d.version), QString::number(SessionStore::formatVersion));
        return d;
    }
    const QJsonValue sessions = root.value(QStringLiteral("sessions"));
    if (!sessions.isArray() && !sessions.isUndefined()) {
        d.failure = ParsedDocument::Failure::Corrupt;
        d.reason = SessionStore::tr("its list of sessions is not a list");
        return d;
    }
    QSet<QUuid> ids;
    const QJsonArray sessionArray = sessions.toArray();
    for (int i = 0; i < sessionArray.size(); ++i) {
        if (!sessionArray.at(i).isObject()) {
            d.problems << SessionStore::tr("Entry %1 of the session list is not a session and was skipped.")
                              .arg(QString::number(i + 1));
            continue;
        }
        SessionProfile profile = SessionProfile::fromJson(sessionArray.at(i).toObject(), &d.problems);
        if (ids.contains(profile.id)) {
            d.problems << SessionStore::tr("Session \"%1\" has the same id as an earlier one and gets a new one.")
                              .arg(profile.name);
            profile.id = QUuid::createUuid();
        }
        ids.insert(profile.id);
        d.sessions.append(profile);
    }
    const QJsonValue folders = root.value(QStringLiteral("folders"));
    if (folders.isArray()) {
        for (const QJsonValue& folder : folders.toArray()) {
            const QString normalized = SessionProfile::normalizedFolder(folder.toString());
            if (!normalized.isEmpty()) {
                d.folders << normalized;
            } else if (!folder.isString()) {
                d.problems << SessionStore::tr("An entry of the folder list is not a folder name and was skipped.");
            }
        }
    } else if (!folders.isUndefined()) {
        d.problems << SessionStore::tr("The folder list is not a list; empty folders were lost.");
    }
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        static const QStringList known = {QStringLiteral("format"), QStringLiteral("version"),
                                          QStringLiteral("sessions"), QStringLiteral("folders")};
        if (!known.contains(it.key())) {
            d.problems << SessionStore::tr("The entry \"%1\" of the file is not known and was ignored.").arg(it.key());
        }
    }
    return d;
}

} // namespace

QString SessionStore::formatName()
{
    return QStringLiteral("ferry-sessions");
}

QString SessionStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/sessions.json");
}

SessionStore::SessionStore(const QString& path)
    : m_path(path)
{
}

QString SessionStore::backupPath(const QString& kind) const
{
    const QString base = m_path + QLatin1Char('.') + kind + QLatin1Char('-') +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo(candidate).isSymLink(); ++n) {
        candidate = base + QLatin1Char('-') + QString::number(n);
    }
    return candidate;
}

SessionStore::LoadResult SessionStore::load()
{
    LoadResult result;
    clear();
    m_readOnly = false;
    const QString shownPath = QDir::toNativeSeparators(m_path);
    QFileInfo info(m_path);
    if (!info.exists() && !info.isSymLink()) {
        result.status = LoadResult::Status::Missing;
        return result;
    }
    QFile file(m_path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        m_readOnly = true;
        result.status = LoadResult::Status::Unreadable;
        result.message = tr("The saved sessions file %1 could not be opened (%2). Ferry starts with no saved "
                            "sessions and will not change that file; check its permissions and restart Ferry.")
                             .arg(shownPath, info.isDir() ? tr("it is a folder") : file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    file.close();

    ParsedDocument parsed = parseDocument(bytes);
    if (parsed.failure != ParsedDocument::Failure::None) {
        const bool newer = parsed.failure == ParsedDocument::Failure::Newer;
        const QString backup = backupPath(newer ? QStringLiteral("newer-version") : QStringLiteral("corrupt"));
        result.problems << parsed.reason;
        if (!QFile::rename(m_path, backup)) {
            m_readOnly = true;
            result.status = LoadResult::Status::Unreadable;
            result.message = tr("The saved sessions file %1 could not be used: %2. Ferry could not move it aside "
                                "either, so it starts with no saved sessions and will not change that file.")
                                 .arg(shownPath, parsed.reason);
            return result;
        }
        result.status = LoadResult::Status::MovedAside;
        result.backupPath = backup;
        result.message = newer ? tr("The saved sessions file %1 could not be used: %2. So that nothing is lost, it "
                                    "was moved to %3, where a newer Ferry can still read it. This Ferry starts with "
                                    "an empty list of sessions.")
                                     .arg(shownPath, parsed.reason, QDir::toNativeSeparators(backup))
                               : tr("The saved sessions file %1 could not be used: %2. So that nothing is lost, it "
                                    "was moved to %3, and Ferry starts with an empty list of sessions. The backup "
                                    "can be opened in a text editor to recover the sessions.")
                                     .arg(shownPath, parsed.reason, QDir::toNativeSeparators(backup));
        return result;
    }

    for (const SessionProfile& profile : std::as_const(parsed.sessions)) {
        add(profile);
    }
    for (const QString& folder : std::as_const(parsed.folders)) {
        addFolder(folder);
    }
    if (parsed.problems.isEmpty()) {
        result.status = LoadResult::Status::Loaded;
        return result;
    }
    result.problems = parsed.problems;
    const QString backup = backupPath(QStringLiteral("before-repair"));
    result.status = LoadResult::Status::LoadedWithProblems;
    if (!QFile::copy(m_path, backup)) {
        // Saving would drop what could not be read, and there is no copy of it: do not save.
        m_readOnly = true;
        result.message = tr("Some settings in the saved sessions file %1 could not be read, and Ferry could not "
                            "make a copy of it. The sessions are shown, but changes will not be saved, so "
                            "the file stays as it is.")
                             .arg(shownPath);
        return result;
    }
    result.backupPath = backup;
    // Written back at once, so the next start reads a clean file instead of making another backup.
    QString ignored;
    save(&ignored);
    result.message = tr("Some settings in the saved sessions file %1 could not be read and were set to their "
                        "defaults. The file as it was is kept at %2.")
                         .arg(shownPath, QDir::toNativeSeparators(backup));
    return result;
}

QByteArray SessionStore::serialize(const QVector<SessionProfile>& sessions, const QStringList& emptyFolderList) const
{
    QJsonArray sessionArray;
    for (const SessionProfile& profile : sessions) {
        sessionArray.append(profile.toJson());
    }
    const QJsonObject root{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("sessions"), sessionArray},
        {QStringLiteral("folders"), QJsonArray::fromStringList(emptyFolderList)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool SessionStore::save(QString* error)
{
    if (m_readOnly) {
        if (error) {
            *error = tr("The sessions were not saved: %1 could not be read when Ferry started, and Ferry does not "
                        "overwrite a file it could not read.")
                         .arg(QDir::toNativeSeparators(m_path));
        }
        return false;
    }
    return writeAtomically(m_path, serialize(m_sessions, emptyFolders()), error);
}

SessionProfile SessionStore::session(const QUuid& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? SessionProfile(QUuid{}) : m_sessions.at(it.value());
}

QVector<SessionProfile> SessionStore::findByName(const QString& text) const
{
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        QVector<SessionProfile> found;
        for (const SessionProfile& profile : m_sessions) {
            if (profile.name.compare(text, cs) == 0 || profile.path().compare(text, cs) == 0) {
                found.append(profile);
            }
        }
        if (!found.isEmpty()) {
            return found;
        }
    }
    return {};
}

QStringList SessionStore::folders() const
{
    QStringList all = m_folders;
    std::sort(all.begin(), all.end());
    return all;
}

bool SessionStore::hasFolder(const QString& folder) const
{
    return m_folders.contains(SessionProfile::normalizedFolder(folder));
}

QString SessionStore::uniqueName(const QString& folder, const QString& base) const
{
    const QString normalized = SessionProfile::normalizedFolder(folder);
    const auto taken = [this, &normalized](const QString& name) {
        return std::any_of(m_sessions.cbegin(), m_sessions.cend(),
                           [&](const SessionProfile& p) { return p.folder == normalized && p.name == name; });
    };
    QString candidate = base;
    for (int n = 2; taken(candidate); ++n) {
        candidate = base + QStringLiteral(" (") + QString::number(n) + QLatin1Char(')');
    }
    return candidate;
}

QUuid SessionStore::add(SessionProfile profile)
{
    if (profile.id.isNull() || m_index.contains(profile.id)) {
        profile.id = QUuid::createUuid();
    }
    profile.folder = SessionProfile::normalizedFolder(profile.folder);
    addFolder(profile.folder);
    m_index.insert(profile.id, m_sessions.size());
    m_sessions.append(profile);
    return profile.id;
}

bool SessionStore::update(const SessionProfile& profile)
{
    const auto it = m_index.constFind(profile.id);
    if (it == m_index.constEnd()) {
        return false;
    }
    SessionProfile& stored = m_sessions[it.value()];
    stored = profile;
    stored.folder = SessionProfile::normalizedFolder(profile.folder);
    addFolder(stored.folder);
    return true;
}

bool SessionStore::remove(const QUuid& id)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd()) {
        return false;
    }
    m_sessions.removeAt(it.value());
    rebuildIndex();
    return true;
}

void SessionStore::addFolder(const QString& folder)
{
    const QStringList segments = SessionProfile::normalizedFolder(folder).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString path;
    for (const QString& segment : segments) {
        path = path.isEmpty() ? segment : path + QLatin1Char('/') + segment;
        if (!m_folders.contains(path)) {
            m_folders.append(path);
        }
    }
}

QVector<QUuid> SessionStore::removeFolder(const QString& folder)
{
    const QString normalized = SessionProfile::normalizedFolder(folder);
    QVector<QUuid> removed;
    if (normalized.isEmpty()) {
        return removed;
    }
    QVector<SessionProfile> kept;
    for (const SessionProfile& profile : std::as_const(m_sessions)) {
        if (isInFolder(profile.folder, normalized)) {
            removed.append(profile.id);
        } else {
            kept.append(profile);
        }
    }
    m_sessions = kept;
    m_folders.erase(std::remove_if(m_folders.begin(), m_folders.end(),
                                   [&normalized](const QString& f) { return isInFolder(f, normalized); }),
                    m_folders.end());
    rebuildIndex();
    return removed;
}

bool SessionStore::moveFolder(const QString& from, const QString& to)
{
    const QString source = SessionProfile::normalizedFolder(from);
    const QString target = SessionProfile::normalizedFolder(to);
    if (source.isEmpty() || target.isEmpty() || isInFolder(target, source)) {
        return false;
    }
    for (SessionProfile& profile : m_sessions) {
        if (isInFolder(profile.folder, source)) {
            profile.folder = replacePrefix(profile.folder, source, target);
        }
    }
    QStringList moved;
    for (const QString& f : std::as_const(m_folders)) {
        moved << (isInFolder(f, source) ? replacePrefix(f, source, target) : f);
    }
    m_folders.clear();
    for (const QString& f : std::as_const(moved)) {
        addFolder(f);
    }
    return true;
}

void SessionStore::clear()
{
    m_sessions.clear();
    m_index.clear();
    m_folders.clear();
}

QStringList SessionStore::emptyFolders() const
{
    // A folder with a subfolder is implied by it (or by the sessions under it), so only leaves are listed.
    QStringList empty;
    for (const QString& folder : m_folders) {
        const bool used = std::any_of(m_sessions.cbegin(), m_sessions.cend(),
                                      [&folder](const SessionProfile& p) { return isInFolder(p.folder, folder); });
        const bool hasSubfolder = std::any_of(m_folders.cbegin(), m_folders.cend(), [&folder](const QString& f) {
            return f != folder && isInFolder(f, folder);
        });
        if (!used && !hasSubfolder) {
            empty.append(folder);
        }
    }
    std::sort(empty.begin(), empty.end());
    return empty;
}

void SessionStore::rebuildIndex()
{
    m_index.clear();
    for (int i = 0; i < m_sessions.size(); ++i) {
        m_index.insert(m_sessions.at(i).id, i);
    }
}

bool SessionStore::exportTo(const QString& path, const QVector<QUuid>& selection, QString* error) const
{
    QVector<SessionProfile> chosen;
    for (const SessionProfile& profile : m_sessions) {
        if (selection.isEmpty() || selection.contains(profile.id)) {
            chosen.append(profile);
        }
    }
    return writeAtomically(path, serialize(chosen, {}), error);
}

QVector<SessionProfile> SessionStore::readExport(const QString& path, ImportResult* result)
{
    ImportResult local;
    ImportResult& r = result ? *result : local;
    r = ImportResult();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    const ParsedDocument parsed = parseDocument(file.readAll());
    if (parsed.failure != ParsedDocument::Failure::None) {
        r.error = tr("%1 cannot be imported: %2.").arg(QDir::toNativeSeparators(path), parsed.reason);
        return {};
    }
    r.ok = true;
    r.problems = parsed.problems;
    return parsed.sessions;
}

SessionStore::ImportResult SessionStore::importFrom(const QString& path)
{
    ImportResult result;
    const QVector<SessionProfile> profiles = readExport(path, &result);
    for (const SessionProfile& profile : profiles) {
        if (contains(profile.id)) {
            result.problems << tr("Session \"%1\" is already in the list (same id); it was added as a new session.")
                                   .arg(profile.name);
        }
        result.added.append(add(profile));
    }
    return result;
}

} // namespace ferry
