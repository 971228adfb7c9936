#pragma once

#include "profiles/SessionProfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVector>

namespace ferry {

// The saved sessions and their folders, kept in memory and written to one JSON document:
//   {"format": "ferry-sessions", "version": 1, "sessions": [...], "folders": [...]}
// "folders" lists only folders without any session in or below them; the others follow from the sessions.
//
// The file is the user's data: it is only ever replaced atomically (QSaveFile, mode 0600), and a file Ferry
// cannot read completely is copied or moved aside before anything else is written (see load()).
//
// Once a SessionTreeModel is attached, change the sessions through the model, which keeps its rows in step
// and saves after each change; reading from the store directly is fine.
class SessionStore {
    Q_DECLARE_TR_FUNCTIONS(SessionStore)
public:
    static constexpr int formatVersion = 1;
    static QString formatName(); // "ferry-sessions"
    // QStandardPaths::AppConfigLocation + "/sessions.json": where the application keeps its sessions.
    static QString defaultPath();

    struct LoadResult {
        enum class Status {
            Loaded,  // read completely
            Missing, // no file yet: an empty store, nothing to tell the user
            // Read, but some values were unknown or invalid: the original is kept at backupPath and the file is
            // rewritten with what could be read. If no copy could be made, backupPath is empty and the store
            // is read-only instead, so the original stays as it is.
            LoadedWithProblems,
            MovedAside, // not readable as sessions (bad JSON, wrong format, newer version): moved away
            Unreadable, // could not even be opened or moved: the store stays empty and will not save
        };
        Status status = Status::Missing;
        QString message;      // plain words for the user, naming the backup; empty for Loaded and Missing
        QString backupPath;   // where the original bytes are now (LoadedWithProblems, MovedAside)
        QStringList problems; // the details, one per line (which session, which value)
        bool needsAttention() const { return !message.isEmpty(); }
    };

    struct ImportResult {
        bool ok = false;
        QString error;        // why nothing was imported (file missing, not a Ferry sessions file, ...)
        QVector<QUuid> added; // ids of the added sessions, in file order
        QStringList problems; // values that were skipped or reset, ids that were replaced
    };

    explicit SessionStore(const QString& path);

    QString path() const { return m_path; }

    // Replaces what is in memory with the file's content. A missing file is an empty store. A corrupt file
    // (not JSON, not a Ferry sessions document) or one written by a newer Ferry is moved to
    // "<path>.corrupt-YYYYMMDD-HHMMSS" or "<path>.newer-version-YYYYMMDD-HHMMSS" (never replacing an
    // earlier backup) and the store starts empty; if it cannot be moved, save() refuses to run so the
    // file is never overwritten in place.
    LoadResult load();
    // Writes the document atomically with mode 0600. On failure returns false and a plain-words reason.
    bool save(QString* error = nullptr);
    bool isReadOnly() const { return m_readOnly; } // after an Unreadable load

    // --- reading ---
    const QVector<SessionProfile>& sessions() const { return m_sessions; }
    bool contains(const QUuid& id) const { return m_index.contains(id); }
    // The session with that id; a profile with a null id when there is none.
    SessionProfile session(const QUuid& id) const;
    // Sessions whose name, or folder/name path, equals text (case-sensitive first, else case-insensitive).
    QVector<SessionProfile> findByName(const QString& text) const;
    // Every folder, those holding sessions and the empty ones, with all their parents; sorted.
    QStringList folders() const;
    bool hasFolder(const QString& folder) const;
    // A name not yet used in the folder: base, else "base (2)", "base (3)", ...
    QString uniqueName(const QString& folder, const QString& base) const;

    // --- changing (memory only; call save() to write) ---
    // Adds the profile, with a fresh id when its id is null or already taken; the folder is normalized.
    QUuid add(SessionProfile profile);
    // Replaces the session with the same id; false when there is none.
    bool update(const SessionProfile& profile);
    bool remove(const QUuid& id);
    void addFolder(const QString& folder);
    // Removes the folder, its subfolders and every session in them; returns the ids removed.
    QVector<QUuid> removeFolder(const QString& folder);
    // Renames or moves a folder with everything in it: "A/B" -> "C/B". False when `to` is inside `from`.
    bool moveFolder(const QString& from, const QString& to);
    void clear();

    // --- exchange with other Ferry installations ---
    // Writes the selected sessions (all when empty) as a sessions document, atomically.
    bool exportTo(const QString& path, const QVector<QUuid>& selection, QString* error = nullptr) const;
    // Reads a sessions document without touching the store: the profiles as found (ids as in the file).
    static QVector<SessionProfile> readExport(const QString& path, ImportResult* result);
    // readExport, then add every profile; ids already in the store are replaced by fresh ones.
    ImportResult importFrom(const QString& path);

private:
    QByteArray serialize(const QVector<SessionProfile>& sessions, const QStringList& emptyFolders) const;
    QStringList emptyFolders() const;
    QString backupPath(const QString& kind) const;
    void rebuildIndex();

    QString m_path;
    QVector<SessionProfile> m_sessions;
    QHash<QUuid, int> m_index; // id -> position in m_sessions
    QStringList m_folders;     // folders the user made, whether or not they hold sessions
    bool m_readOnly = false;
};

} // namespace ferry
