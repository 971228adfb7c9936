#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ferry {

enum class HostKeyVerdict { Known, Unknown, OtherTypeKnown, Changed, Revoked };

struct KnownHostsEntry {
    int lineNumber = 0;   // 1-based
    QString marker;       // "", "@revoked" or "@cert-authority"
    QString hostPatterns; // the first field as written (may be hashed "|1|salt|hash")
    QString keyType;      // e.g. "ssh-ed25519"
    QByteArray keyBlob;   // decoded base64 key blob
    QString line;         // the raw line, without its line terminator (nor a CR before it)

    // "|1|salt|hash": the host name is only known to whoever already knows it.
    bool isHashed() const { return hostPatterns.startsWith(QLatin1Char('|')); }
};

struct KnownHostsMatch {
    HostKeyVerdict verdict = HostKeyVerdict::Unknown;
    // Known: the matching entry; Changed: the entries of that host with the same key type and another key;
    // OtherTypeKnown: the host's entries of other types; Revoked: the @revoked entry.
    QList<KnownHostsEntry> entries;
};

// OpenSSH's known_hosts file, read and written by Ferry itself so that `ssh` and Ferry agree on every host,
// and so that @revoked lines are honoured (libssh 0.10 skips every line starting with '@').
class KnownHosts {
public:
    explicit KnownHosts(const QString& path);

    QString path() const;

    // Reads the file. A missing file is an empty, valid store. An unreadable file returns false with a message
    // in *error (and the store stays empty).
    bool load(QString* error = nullptr);
    // Malformed lines skipped by the last load() or append(): "path:line: why".
    QStringList warnings() const;

    // The key type is read from the blob. The port selects the lookup name as OpenSSH does: "host" on port 22,
    // "[host]:port" otherwise.
    KnownHostsMatch check(const QString& host, quint16 port, const QByteArray& keyBlob) const;

    // Appends "<pattern> <type> <base64>\n" atomically, keeping every existing byte of the file. Creates the
    // parent directory (mode 0700) if missing; a new file gets mode 0644, an existing one keeps its mode. On
    // success the store reflects the file as written.
    bool append(const QString& host, quint16 port, const QByteArray& keyBlob, QString* error = nullptr);

    // The first half of replacing a changed key: takes out what makes the host (at that port) known with a key of
    // keyType. A line naming only this host, or hashed, goes whole; from a line that also names other hosts only
    // this host's name is taken out. Every other byte of the file stays as it was, and the file is rewritten
    // atomically. A line that would still match afterwards (through a wildcard, which also covers other hosts) is
    // not Ferry's to change: then nothing is written, -1 is returned and *error names the line. Returns how many
    // lines were changed or removed; 0 leaves the file alone. On success the store reflects the file as written.
    int removeHostKeys(const QString& host, quint16 port, const QString& keyType, QString* error = nullptr);

    // The valid entries of the last load(), in file order (comments, blank and malformed lines are not entries).
    QList<KnownHostsEntry> entries() const;
    // The entries ssh would consult for host at port: plain patterns (with wildcards and negation) and hashed
    // names (through their HMAC-SHA1), @cert-authority lines included; @revoked lines, which apply to every
    // host, only when their host field names it too.
    QList<KnownHostsEntry> findHost(const QString& host, quint16 port) const;
    // Whether entry's host field names lookupName (as hostPattern() makes it).
    static bool entryNamesHost(const KnownHostsEntry& entry, const QString& lookupName);

    // Removes whole entries by line number (as entries() gives them), atomically, keeping every other byte of
    // the file (comments, unknown lines, line endings). Refuses, writing nothing, when a line no longer reads
    // as it did at the last load() (the file changed meanwhile) or names no entry. Returns how many lines were
    // removed, or -1 with *error. On success the store reflects the file as written.
    int removeEntries(const QList<int>& lineNumbers, QString* error = nullptr);

    // "host" when port is 22 (or 0, which OpenSSH also takes as the default), else "[host]:port"; an IPv6
    // literal likewise ("[::1]:2222"). Lower-cased, as ssh lower-cases host names before it looks them up.
    static QString hostPattern(const QString& host, quint16 port);
    // The SSH-string-prefixed type name at the start of a key blob, empty if malformed.
    static QString keyTypeOf(const QByteArray& keyBlob);
    // "SHA256:" + unpadded base64 of SHA-256 of the blob, exactly as `ssh-keygen -l` prints it.
    static QString sha256Fingerprint(const QByteArray& keyBlob);

private:
    Q_DECLARE_TR_FUNCTIONS(KnownHosts)

    enum class LineKind { Blank, Valid, Malformed }; // Blank: empty or a comment
    struct HostPattern {
        QString pattern; // lower-cased, without the '!'
        bool negated = false;
    };
    // One valid line, with its host field prepared for matching.
    struct Record {
        KnownHostsEntry entry;
        bool hashed = false;
        QByteArray salt;             // hashed: the HMAC-SHA1 key
        QByteArray hash;             // hashed: HMAC-SHA1(salt, lookup name)
        QList<HostPattern> patterns; // not hashed
    };

    enum class LineEdit { Keep, Replace, Remove, Fail };
    // Gets a line without its line feed (a CR before it stays part of the line) and its number; Replace puts
    // *replacement in its place, keeping the line feed if the line had one.
    using LineEditor =
        std::function<LineEdit(int lineNumber, const QByteArray& line, QByteArray* replacement, QString* error)>;
    // The one way lines of the file are changed: every line the editor keeps stays byte for byte, and the
    // result is written atomically only if something changed (and, when expectedChanges is not -1, exactly that
    // many lines did). Returns the number of changed lines or -1.
    int rewriteLines(const LineEditor& editor, QString* error, int expectedChanges = -1);

    void clear();
    void parse(const QByteArray& content);
    static LineKind parseLine(const QByteArray& rawLine, int lineNumber, Record* record, QString* why);
    static QString bareHostName(const QString& host);
    static bool matchesHost(const Record& record, const QString& lookupName);
    static bool matchesRecordHostField(const Record& record, const QString& lookupName);
    static bool readAll(const QString& path, QByteArray* content, QString* error);
    static bool writeAtomically(const QString& path, const QByteArray& content, bool isNew, QString* error);

    QString m_path;
    QList<Record> m_records;
    QStringList m_warnings;
};

} // namespace ferry
