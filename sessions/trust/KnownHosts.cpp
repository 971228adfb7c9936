#include "KnownHosts.h"

#include "profiles/SshConfigSyntax.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMessageAuthenticationCode>
#include <QSaveFile>
#include <QtEndian>

#include <utility>

namespace ferry {

namespace {

const QLatin1String revokedMarker("@revoked");
const QLatin1String certAuthorityMarker("@cert-authority");
// The "|1|" hashed host format: base64 of a 20-byte salt and of HMAC-SHA1(salt, name).
constexpr int hashedHostBytes = 20;

bool isFieldSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

// The next whitespace-separated field from *pos on, advancing *pos past it; empty at the end of the line.
QString nextField(const QString& text, qsizetype* pos)
{
    qsizetype i = *pos;
    while (i < text.size() && isFieldSeparator(text.at(i))) {
        ++i;
    }
    const qsizetype start = i;
    while (i < text.size() && !isFieldSeparator(text.at(i))) {
        ++i;
    }
    *pos = i;
    return text.mid(start, i - start);
}

QByteArray decodeBase64(const QString& text)
{
    // toLatin1 turns anything outside Latin-1 into '?', which strict decoding rejects like any other garbage.
    const auto result = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return result ? result.decoded : QByteArray();
}

// A name we can write as a plain pattern: nothing that would split the field or turn it into a wildcard,
// negation, hashed name, marker or comment.
bool isWritableHostName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('@')) || name.startsWith(QLatin1Char('|')) ||
        name.startsWith(QLatin1Char('#'))) {
        return false;
    }
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSpace()) {
            return false;
        }
        if (QStringLiteral(",*?![]").contains(c)) {
            return false;
        }
    }
    return true;
}

} // namespace

KnownHosts::KnownHosts(const QString& path)
    : m_path(path)
{
}

QString KnownHosts::path() const
{
    return m_path;
}

QStringList KnownHosts::warnings() const
{
    return m_warnings;
}

void KnownHosts::clear()
{
    m_records.clear();
    m_warnings.clear();
}

bool KnownHosts::load(QString* error)
{
    clear();
    // Like ssh, take a dangling link for a missing file.
    if (!QFileInfo::exists(m_path)) {
        return true;
    }

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot read %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error) {
            *error = tr("Cannot read %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    parse(content);
    return true;
}

void KnownHosts::parse(const QByteArray& content)
{
    clear();
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = static_cast<int>(i) + 1;
        Record record;
        QString why;
        switch (parseLine(lines.at(i), lineNumber, &record, &why)) {
        case LineKind::Blank:
            break;
        case LineKind::Valid:
            m_records.append(record);
            break;
        case LineKind::Malformed:
            m_warnings.append(m_path + QLatin1Char(':') + QString::number(lineNumber) + QStringLiteral(": ") + why);
            break;
        }
    }
}

KnownHosts::LineKind KnownHosts::parseLine(const QByteArray& rawLine, int lineNumber, Record* record, QString* why)
{
    QByteArray bytes = rawLine;
    if (bytes.endsWith('\r')) {
        bytes.chop(1);
    }
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f) {
            *why = tr("binary data in the line");
            return LineKind::Malformed;
        }
    }

    const QString text = QString::fromUtf8(bytes);
    qsizetype pos = 0;
    QString field = nextField(text, &pos);
    if (field.isEmpty() || field.startsWith(QLatin1Char('#'))) {
        return LineKind::Blank;
    }

    KnownHostsEntry& entry = record->entry;
    entry.lineNumber = lineNumber;
    entry.line = text;
    if (field.startsWith(QLatin1Char('@'))) {
        if (field != revokedMarker && field != certAuthorityMarker) {
            *why = tr("unknown marker %1").arg(field);
            return LineKind::Malformed;
        }
        entry.marker = field;
        field = nextField(text, &pos);
        if (field.isEmpty()) {
            *why = tr("no host names after the marker");
            return LineKind::Malformed;
        }
    }
    entry.hostPatterns = field;

    entry.keyType = nextField(text, &pos);
    const QString encodedKey = nextField(text, &pos);
    if (entry.keyType.isEmpty() || encodedKey.isEmpty()) {
        *why = tr("missing key type or key");
        return LineKind::Malformed;
    }
    entry.keyBlob = decodeBase64(encodedKey);
    if (entry.keyBlob.isEmpty()) {
        *why = tr("the key is not valid base64");
        return LineKind::Malformed;
    }
    const QString blobType = keyTypeOf(entry.keyBlob);
    if (blobType.isEmpty()) {
        *why = tr("the key is not an SSH public key");
        return LineKind::Malformed;
    }
    if (blobType != entry.keyType) {
        *why = tr("key type %1 does not match the key, which is %2").arg(entry.keyType, blobType);
        return LineKind::Malformed;
    }

    // A revoked key is refused for every host, so its host field is never consulted and cannot invalidate it.
    if (entry.marker == revokedMarker) {
        return LineKind::Valid;
    }

    if (entry.hostPatterns.startsWith(QLatin1Char('|'))) {
        // OpenSSH treats the whole field as one hashed name: no lists, no wildcards.
        const QStringList parts = entry.hostPatterns.split(QLatin1Char('|'));
        if (parts.size() == 4 && parts.at(1) == QLatin1String("1")) {
            record->salt = decodeBase64(parts.at(2));
            record->hash = decodeBase64(parts.at(3));
        }
        if (record->salt.size() != hashedHostBytes || record->hash.size() != hashedHostBytes) {
            *why = tr("malformed hashed host name");
            return LineKind::Malformed;
        }
        record->hashed = true;
        return LineKind::Valid;
    }

    const QStringList patterns = entry.hostPatterns.split(QLatin1Char(','));
    for (const QString& pattern : patterns) {
        HostPattern hostPattern;
        hostPattern.negated = pattern.startsWith(QLatin1Char('!'));
        hostPattern.pattern = (hostPattern.negated ? pattern.mid(1) : pattern).toLower();
        record->patterns.append(hostPattern);
    }
    return LineKind::Valid;
}

bool KnownHosts::matchesHost(const Record& record, const QString& lookupName)
{
    if (record.hashed) {
        return QMessageAuthenticationCode::hash(lookupName.toUtf8(), record.salt, QCryptographicHash::Sha1) ==
               record.hash;
    }

    // As OpenSSH: a matching negated pattern excludes the line even if another pattern matches.
    bool matched = false;
    for (const HostPattern& pattern : record.patterns) {
        if (SshConfigSyntax::matchesPattern(lookupName, pattern.pattern)) {
            if (pattern.negated) {
                return false;
            }
            matched = true;
        }
    }
    return matched;
}

KnownHostsMatch KnownHosts::check(const QString& host, quint16 port, const QByteArray& keyBlob) const
{
    KnownHostsMatch match;
    for (const Record& record : m_records) {
        if (record.entry.marker == revokedMarker && record.entry.keyBlob == keyBlob) {
            match.verdict = HostKeyVerdict::Revoked;
            match.entries.append(record.entry);
            return match;
        }
    }

    const QString lookupName = hostPattern(host, port);
    const QString keyType = keyTypeOf(keyBlob);
    QList<KnownHostsEntry> sameType;
    QList<KnownHostsEntry> otherTypes;
    for (const Record& record : m_records) {
        // @cert-authority keys sign host certificates; they are not host keys themselves.
        if (!record.entry.marker.isEmpty() || !matchesHost(record, lookupName)) {
            continue;
        }
        if (record.entry.keyBlob == keyBlob) {
            match.verdict = HostKeyVerdict::Known;
            match.entries = {record.entry};
            return match;
        }
        if (!keyType.isEmpty() && record.entry.keyType == keyType) {
            sameType.append(record.entry);
        } else {
            otherTypes.append(record.entry);
        }
    }

    if (!sameType.isEmpty()) {
        match.verdict = HostKeyVerdict::Changed;
        match.entries = sameType;
    } else if (!otherTypes.isEmpty()) {
        match.verdict = HostKeyVerdict::OtherTypeKnown;
        match.entries = otherTypes;
    }
    return match;
}

bool KnownHosts::append(const QString& host, quint16 port, const QByteArray& keyBlob, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return false;
    };

    const QString keyType = keyTypeOf(keyBlob);
    if (keyType.isEmpty()) {
        return fail(tr("The host key is not an SSH public key."));
    }
    if (!isWritableHostName(bareHostName(host))) {
        return fail(tr("Cannot store a host key for the host name \"%1\".").arg(host));
    }

    const QDir parent = QFileInfo(m_path).absoluteDir();
    if (!parent.exists()) {
        // ssh keeps ~/.ssh private; every directory made here gets the same mode.
        QStringList created;
        for (QString dir = parent.absolutePath(); !QFileInfo::exists(dir); dir = QFileInfo(dir).absolutePath()) {
            created.prepend(dir);
        }
        if (!QDir().mkpath(parent.absolutePath())) {
            return fail(tr("Cannot create the folder %1.").arg(parent.absolutePath()));
        }
        for (const QString& dir : created) {
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
    }

    QByteArray content;
    const bool existed = QFileInfo::exists(m_path);
    QString message;
    if (existed && !readAll(m_path, &content, &message)) {
        return fail(message);
    }
    if (!content.isEmpty() && !content.endsWith('\n')) {
        content += '\n';
    }
    content += hostPattern(host, port).toUtf8() + ' ' + keyType.toLatin1() + ' ' + keyBlob.toBase64() + '\n';
    if (!writeAtomically(m_path, content, !existed, &message)) {
        return fail(message);
    }
    parse(content);
    return true;
}

int KnownHosts::removeHostKeys(const QString& host, quint16 port, const QString& keyType, QString* error)
{
    const QString lookupName = hostPattern(host, port);
    const LineEditor editor = [this, &lookupName, &keyType](int lineNumber, const QByteArray& line,
                                                            QByteArray* replacement, QString* why) {
        Record record;
        QString malformed;
        if (parseLine(line, lineNumber, &record, &malformed) != LineKind::Valid || !record.entry.marker.isEmpty() ||
            record.entry.keyType != keyType || !matchesHost(record, lookupName)) {
            return LineEdit::Keep;
        }
        if (record.hashed) {
            return LineEdit::Remove;
        }
        // The host field is the first one (there is no marker): keep what surrounds it byte for byte.
        qsizetype fieldStart = 0;
        while (fieldStart < line.size() && (line.at(fieldStart) == ' ' || line.at(fieldStart) == '\t')) {
            ++fieldStart;
        }
        qsizetype fieldEnd = fieldStart;
        while (fieldEnd < line.size() && line.at(fieldEnd) != ' ' && line.at(fieldEnd) != '\t') {
            ++fieldEnd;
        }
        QList<QByteArray> kept;
        bool othersNamed = false;
        for (const QByteArray& pattern : line.mid(fieldStart, fieldEnd - fieldStart).split(',')) {
            if (QString::fromUtf8(pattern).toLower() == lookupName) {
                continue;
            }
            kept.append(pattern);
            othersNamed = othersNamed || !pattern.startsWith('!');
        }
        if (!othersNamed) {
            return LineEdit::Remove;
        }
        *replacement = line.left(fieldStart) + kept.join(',') + line.mid(fieldEnd);
        Record after;
        if (parseLine(*replacement, lineNumber, &after, &malformed) == LineKind::Valid &&
            matchesHost(after, lookupName)) {
            *why = tr("Line %1 of %2 gives the key for %3 through a pattern that also covers other hosts. Edit "
                      "that line yourself.")
                       .arg(QString::number(lineNumber), m_path, lookupName);
            return LineEdit::Fail;
        }
        return LineEdit::Replace;
    };
    return rewriteLines(editor, error);
}

int KnownHosts::removeEntries(const QList<int>& lineNumbers, QString* error)
{
    QHash<int, QString> expected;
    for (const Record& record : std::as_const(m_records)) {
        if (lineNumbers.contains(record.entry.lineNumber)) {
            expected.insert(record.entry.lineNumber, record.entry.line);
        }
    }
    for (const int lineNumber : lineNumbers) {
        if (!expected.contains(lineNumber)) {
            if (error) {
                *error = tr("Line %1 of %2 is not a host key entry.").arg(QString::number(lineNumber), m_path);
            }
            return -1;
        }
    }
    const LineEditor editor = [this, &expected](int lineNumber, const QByteArray& line, QByteArray*, QString* why) {
        const auto it = expected.constFind(lineNumber);
        if (it == expected.constEnd()) {
            return LineEdit::Keep;
        }
        QByteArray bytes = line;
        if (bytes.endsWith('\r')) {
            bytes.chop(1);
        }
        if (QString::fromUtf8(bytes) != it.value()) {
            *why = tr("%1 changed since it was read. Reload it and try again.").arg(m_path);
            return LineEdit::Fail;
        }
        return LineEdit::Remove;
    };
    return rewriteLines(editor, error, static_cast<int>(expected.size()));
}

int KnownHosts::rewriteLines(const LineEditor& editor, QString* error, int expectedChanges)
{
    const auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return -1;
    };
    if (!QFileInfo::exists(m_path)) {
        if (expectedChanges > 0) {
            return fail(tr("%1 changed since it was read. Reload it and try again.").arg(m_path));
        }
        clear();
        return 0;
    }
    QByteArray content;
    QString message;
    if (!readAll(m_path, &content, &message)) {
        return fail(message);
    }

    QByteArray result;
    result.reserve(content.size());
    int changed = 0;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < content.size()) {
        ++lineNumber;
        const qsizetype newline = content.indexOf('\n', start);
        const qsizetype end = newline < 0 ? content.size() : newline + 1;
        const QByteArray chunk = content.mid(start, end - start);
        start = end;
        const bool terminated = chunk.endsWith('\n');
        const QByteArray line = terminated ? chunk.left(chunk.size() - 1) : chunk;

        QByteArray replacement;
        switch (editor(lineNumber, line, &replacement, &message)) {
        case LineEdit::Keep:
            result += chunk;
            break;
        case LineEdit::Replace:
            ++changed;
            result += replacement;
            if (terminated) {
                result += '\n';
            }
            break;
        case LineEdit::Remove:
            // A line that goes takes its own terminator along.
            ++changed;
            break;
        case LineEdit::Fail:
            return fail(message);
        }
    }
    if (expectedChanges >= 0 && changed != expectedChanges) {
        return fail(tr("%1 changed since it was read. Reload it and try again.").arg(m_path));
    }
    if (changed == 0) {
        return 0;
    }
    if (!writeAtomically(m_path, result, false, &message)) {
        return fail(message);
    }
    parse(result);
    return changed;
}

QList<KnownHostsEntry> KnownHosts::entries() const
{
    QList<KnownHostsEntry> result;
    result.reserve(m_records.size());
    for (const Record& record : m_records) {
        result.append(record.entry);
    }
    return result;
}

QList<KnownHostsEntry> KnownHosts::findHost(const QString& host, quint16 port) const
{
    const QString lookupName = hostPattern(host, port);
    QList<KnownHostsEntry> result;
    for (const Record& record : m_records) {
        if (matchesRecordHostField(record, lookupName)) {
            result.append(record.entry);
        }
    }
    return result;
}

bool KnownHosts::entryNamesHost(const KnownHostsEntry& entry, const QString& lookupName)
{
    Record record;
    QString why;
    if (parseLine(entry.line.toUtf8(), entry.lineNumber, &record, &why) != LineKind::Valid) {
        return false;
    }
    return matchesRecordHostField(record, lookupName);
}

bool KnownHosts::matchesRecordHostField(const Record& record, const QString& lookupName)
{
    if (record.entry.marker != revokedMarker) {
        return matchesHost(record, lookupName);
    }
    // parseLine does not prepare a revoked line's host field, which never decides anything: read it here.
    Record asPlain;
    QString why;
    QString line = record.entry.line;
    line.remove(0, line.indexOf(revokedMarker) + revokedMarker.size());
    if (parseLine(line.toUtf8(), record.entry.lineNumber, &asPlain, &why) != LineKind::Valid) {
        return false;
    }
    return matchesHost(asPlain, lookupName);
}

bool KnownHosts::readAll(const QString& path, QByteArray* content, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *content = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool KnownHosts::writeAtomically(const QString& path, const QByteArray& content, bool isNew, QString* error)
{
    // Rewriting through a temporary file means a crash or a full disk never leaves a half-written line in a
    // file ssh also depends on. ssh takes no lock on known_hosts either, so there is none to honour here.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // QSaveFile copies an existing file's mode; a new one would otherwise follow the umask.
    if (isNew) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                            QFileDevice::ReadOther);
    }
    if (file.write(content) != content.size()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString KnownHosts::bareHostName(const QString& host)
{
    // Accept an IPv6 literal already in brackets, so that it does not end up in two pairs of them.
    if (host.size() > 2 && host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        return host.mid(1, host.size() - 2).toLower();
    }
    return host.toLower();
}

QString KnownHosts::hostPattern(const QString& host, quint16 port)
{
    const QString name = bareHostName(host);
    if (port == 0 || port == 22) {
        return name;
    }
    return QLatin1Char('[') + name + QStringLiteral("]:") + QString::number(port);
}

QString KnownHosts::keyTypeOf(const QByteArray& keyBlob)
{
    if (keyBlob.size() < 4) {
        return {};
    }
    const quint32 length = qFromBigEndian<quint32>(keyBlob.constData());
    if (length == 0 || length > static_cast<quint32>(keyBlob.size() - 4)) {
        return {};
    }
    const QByteArray name = keyBlob.mid(4, static_cast<int>(length));
    for (const char c : name) {
        if (c < 0x21 || c > 0x7e) {
            return {};
        }
    }
    return QString::fromLatin1(name);
}

QString KnownHosts::sha256Fingerprint(const QByteArray& keyBlob)
{
    const QByteArray digest = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(digest.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

} // namespace ferry
