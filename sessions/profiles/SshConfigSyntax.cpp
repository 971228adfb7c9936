#include "profiles/SshConfigSyntax.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <climits>

namespace ferry {

namespace {

constexpr int MaxSubpatternLength = 1023; // longer ones never match in OpenSSH's match_pattern_list()
constexpr int MaxGlobResults = 1024;      // a bound against patterns that name half the file system

// Matches '?' and '*' as OpenSSH's match_pattern() does; with globSyntax also bracket expressions and backslash
// escapes, as glob(3) does for Include. One backtracking point keeps it linear in practice on hostile patterns.
bool wildcardMatch(QStringView text, QStringView pattern, bool globSyntax)
{
    const auto element = [&](int at, QChar c, bool* accepts) -> int {
        const QChar p = pattern.at(at);
        if (p == QLatin1Char('?')) {
            *accepts = true;
            return 1;
        }
        if (globSyntax && p == QLatin1Char('\\') && at + 1 < pattern.size()) {
            *accepts = pattern.at(at + 1) == c;
            return 2;
        }
        if (globSyntax && p == QLatin1Char('[')) {
            int j = at + 1;
            const bool negated = j < pattern.size()
                && (pattern.at(j) == QLatin1Char('!') || pattern.at(j) == QLatin1Char('^'));
            if (negated)
                ++j;
            bool found = false;
            for (bool first = true; j < pattern.size() && (first || pattern.at(j) != QLatin1Char(']')); ++j) {
                first = false;
                const QChar low = pattern.at(j);
                QChar high = low;
                if (j + 2 < pattern.size() && pattern.at(j + 1) == QLatin1Char('-')
                    && pattern.at(j + 2) != QLatin1Char(']')) {
                    high = pattern.at(j + 2);
                    j += 2;
                }
                found = found || (c >= low && c <= high);
            }
            if (j < pattern.size()) {
                *accepts = found != negated;
                return j + 1 - at;
            }
        }
        *accepts = p == c;
        return 1;
    };

    if (globSyntax && text.startsWith(QLatin1Char('.')) && !pattern.startsWith(QLatin1Char('.')))
        return false; // glob(3) matches a leading dot only explicitly
    int t = 0;
    int p = 0;
    int starPattern = -1;
    int starText = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            starPattern = ++p;
            starText = t;
            continue;
        }
        bool accepts = false;
        const int length = p < pattern.size() ? element(p, text.at(t), &accepts) : 0;
        if (accepts) {
            p += length;
            ++t;
        } else if (starPattern >= 0) {
            p = starPattern;
            t = ++starText;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool hasGlobMagic(const QString& text)
{
    return text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?')) || text.contains(QLatin1Char('['));
}

QString unescapeGlob(const QString& text)
{
    QString plain;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size())
            ++i;
        plain += text.at(i);
    }
    return plain;
}

bool isAsciiAlphanumeric(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// valid_domain(): letters, digits, '-', '_' and single dots, starting with a letter or a digit.
bool isValidDomain(const QString& name)
{
    if (name.isEmpty() || !isAsciiAlphanumeric(name.at(0)))
        return false;
    for (int i = 1; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == QLatin1Char('.') ? name.at(i - 1) == QLatin1Char('.')
                                  : c != QLatin1Char('-') && c != QLatin1Char('_') && !isAsciiAlphanumeric(c))
            return false;
    }
    return true;
}

// hpdelim2() and cleanhostname(): the host, [bracketed] or up to a ':' or '/', the delimiter and what follows it.
bool splitHost(const QString& text, QString* host, QChar* delimiter, QString* rest)
{
    int end = text.size();
    if (text.startsWith(QLatin1Char('['))) {
        end = text.indexOf(QLatin1Char(']'));
        if (end < 0)
            return false;
        ++end;
    } else {
        for (int i = 0; i < text.size() && end == text.size(); ++i) {
            if (text.at(i) == QLatin1Char(':') || text.at(i) == QLatin1Char('/'))
                end = i;
        }
    }
    if (end < text.size() && text.at(end) != QLatin1Char(':') && text.at(end) != QLatin1Char('/'))
        return false;
    *host = text.left(end);
    *delimiter = end < text.size() ? text.at(end) : QChar();
    *rest = text.mid(end + 1);
    if (host->startsWith(QLatin1Char('[')) && host->endsWith(QLatin1Char(']')))
        *host = host->mid(1, host->size() - 2);
    return !host->isEmpty();
}

// One ProxyJump hop as parse_ssh_uri() or parse_user_host_port() reads it; false when OpenSSH rejects it.
bool parseJumpHop(QString text, QString* user, QString* host, int* port)
{
    *user = QString();
    *port = -1;
    QChar delimiter;
    QString rest;
    QString portText;
    if (text.startsWith(QLatin1String("ssh://"))) {
        // ssh://[user[;parameters]@]host[:port][/], the user URL-encoded and the host a domain name.
        text = text.mid(6);
        const int at = text.indexOf(QLatin1Char('@'));
        if (at >= 0) {
            const QByteArray encoded = text.left(at).section(QLatin1Char(';'), 0, 0).toUtf8();
            if (encoded.isEmpty())
                return false;
            *user = QString::fromUtf8(QByteArray::fromPercentEncoding(QByteArray(encoded).replace('+', ' ')));
            text = text.mid(at + 1);
        }
        if (!splitHost(text, host, &delimiter, &rest) || !isValidDomain(*host))
            return false;
        if (host->endsWith(QLatin1Char('.')))
            host->chop(1);
        if (delimiter == QLatin1Char(':')) {
            portText = rest.section(QLatin1Char('/'), 0, 0);
            rest = rest.mid(portText.size() + 1);
        }
        if (!rest.isEmpty())
            return false; // a path, which ProxyJump does not take
    } else {
        const int at = text.lastIndexOf(QLatin1Char('@'));
        if (at == 0)
            return false;
        if (at > 0) {
            *user = text.left(at);
            text = text.mid(at + 1);
        }
        if (!splitHost(text, host, &delimiter, &rest) || delimiter == QLatin1Char('/'))
            return false;
        portText = rest;
    }
    return portText.isEmpty() || (*port = SshConfigSyntax::parsePort(portText)) > 0;
}

} // namespace

std::optional<QStringList> SshConfigSyntax::splitArguments(const QString& text)
{
    QStringList arguments;
    const int size = text.size();
    int i = 0;
    while (i < size) {
        if (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t')) {
            ++i;
            continue;
        }
        if (text.at(i) == QLatin1Char('#'))
            break;
        QString argument;
        QChar quote;
        for (; i < size; ++i) {
            const QChar c = text.at(i);
            const QChar next = i + 1 < size ? text.at(i + 1) : QChar();
            if (c == QLatin1Char('\\')
                && (next == QLatin1Char('\'') || next == QLatin1Char('"') || next == QLatin1Char('\\')
                    || (quote.isNull() && next == QLatin1Char(' ')))) {
                argument += next;
                ++i;
            } else if (quote.isNull() && (c == QLatin1Char(' ') || c == QLatin1Char('\t'))) {
                break;
            } else if (quote.isNull() && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
                quote = c;
            } else if (!quote.isNull() && c == quote) {
                quote = QChar();
            } else {
                argument += c;
            }
        }
        if (!quote.isNull())
            return std::nullopt;
        arguments << argument;
    }
    return arguments;
}

bool SshConfigSyntax::matchesPattern(QStringView text, QStringView pattern)
{
    return wildcardMatch(text, pattern, false);
}

int SshConfigSyntax::matchPatternList(const QString& subject, const QString& patterns, bool lowercasePatterns)
{
    bool positive = false;
    const QStringList parts = patterns.split(QLatin1Char(','));
    for (QString part : parts) {
        const bool negated = part.startsWith(QLatin1Char('!'));
        if (negated)
            part.remove(0, 1);
        if (part.size() >= MaxSubpatternLength)
            return 0;
        if (lowercasePatterns)
            part = part.toLower();
        if (wildcardMatch(subject, part, false)) {
            if (negated)
                return -1;
            positive = true;
        }
    }
    return positive ? 1 : 0;
}

int SshConfigSyntax::matchHostname(const QString& host, const QString& patterns)
{
    return matchPatternList(host.toLower(), patterns, true);
}

QStringList SshConfigSyntax::globFiles(const QString& pattern)
{
    const QStringList parts = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList found{QStringLiteral("/")};
    for (int k = 0; k < parts.size() && !found.isEmpty(); ++k) {
        const bool last = k == parts.size() - 1;
        QStringList next;
        for (const QString& base : std::as_const(found)) {
            const QString prefix = base.endsWith(QLatin1Char('/')) ? base : base + QLatin1Char('/');
            if (!hasGlobMagic(parts.at(k))) {
                const QString path = prefix + unescapeGlob(parts.at(k));
                const QFileInfo info(path);
                if (last ? info.exists() : info.isDir())
                    next << path;
                continue;
            }
            const QStringList names = QDir(base).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                           | QDir::NoDotAndDotDot);
            for (const QString& name : names) {
                if (wildcardMatch(name, parts.at(k), true) && (last || QFileInfo(prefix + name).isDir()))
                    next << prefix + name;
            }
            if (next.size() > MaxGlobResults)
                break;
        }
        found = next;
    }
    std::sort(found.begin(), found.end(),
              [](const QString& a, const QString& b) { return QFile::encodeName(a) < QFile::encodeName(b); });
    return found;
}

int SshConfigSyntax::parseTime(const QString& text)
{
    if (text.isEmpty())
        return -1;
    qint64 total = 0;
    int i = 0;
    while (i < text.size()) {
        if (text.at(i) == QLatin1Char('+'))
            ++i;
        const int digitsStart = i;
        qint64 value = 0;
        for (; i < text.size() && text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9'); ++i) {
            value = value * 10 + (text.at(i).unicode() - '0');
            if (value > INT_MAX)
                return -1;
        }
        if (i == digitsStart)
            return -1;
        if (i < text.size()) {
            switch (text.at(i).toLower().unicode()) {
            case 's': break;
            case 'm': value *= 60; break;
            case 'h': value *= 60 * 60; break;
            case 'd': value *= 24 * 60 * 60; break;
            case 'w': value *= 7 * 24 * 60 * 60; break;
            default: return -1;
            }
            ++i;
        }
        total += value;
        if (total > INT_MAX)
            return -1;
    }
    return static_cast<int>(total);
}

int SshConfigSyntax::parsePort(const QString& text)
{
    const QString digits = text.startsWith(QLatin1Char('+')) ? text.mid(1) : text;
    if (digits.isEmpty() || digits.size() > 10
        || !std::all_of(digits.begin(), digits.end(),
                        [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }))
        return -1;
    const qint64 port = digits.toLongLong();
    return port >= 1 && port <= 65535 ? static_cast<int>(port) : -1;
}

std::optional<bool> SshConfigSyntax::parseFlag(const QString& text)
{
    const auto is = [&](const char* word) { return text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0; };
    if (is("yes") || is("true"))
        return true;
    if (is("no") || is("false"))
        return false;
    return std::nullopt;
}

QString SshConfigSyntax::formatProxyJump(const QString& value)
{
    QString user;
    QString host;
    int port = -1;
    const QStringList hops = value.split(QLatin1Char(','));
    for (const QString& hop : hops) {
        if (!parseJumpHop(hop, &user, &host, &port))
            return QString();
    }
    const bool numeric = host.contains(QLatin1Char(':')) || std::all_of(host.begin(), host.end(), [](QChar c) {
        return c == QLatin1Char('.') || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    });
    QString formatted = hops.mid(0, hops.size() - 1).join(QLatin1Char(','));
    if (!formatted.isEmpty())
        formatted += QLatin1Char(',');
    if (!user.isEmpty())
        formatted += user + QLatin1Char('@');
    formatted += numeric ? QString(QLatin1Char('[') + host + QLatin1Char(']')) : host;
    if (port > 0)
        formatted += QLatin1Char(':') + QString::number(port);
    return formatted;
}

QString SshConfigSyntax::expandTokens(const QString& value, const QHash<QChar, QString>& tokens,
                                      const QProcessEnvironment* environment)
{
    QString expanded;
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (environment && c == QLatin1Char('$') && i + 1 < value.size() && value.at(i + 1) == QLatin1Char('{')) {
            const int end = value.indexOf(QLatin1Char('}'), i + 2);
            const QString name = end < 0 ? QString() : value.mid(i + 2, end - i - 2);
            if (name.isEmpty() || !environment->contains(name))
                return value;
            expanded += environment->value(name);
            i = end;
        } else if (c != QLatin1Char('%')) {
            expanded += c;
        } else if (++i >= value.size()) {
            return value;
        } else if (value.at(i) == QLatin1Char('%')) {
            expanded += value.at(i);
        } else if (tokens.contains(value.at(i))) {
            expanded += tokens.value(value.at(i));
        } else {
            return value;
        }
    }
    return expanded;
}

QString SshConfigSyntax::expandTilde(const QString& path, const QString& home, const QString& localUser)
{
    if (!path.startsWith(QLatin1Char('~')))
        return path;
    QString rest = path.mid(1);
    if (!rest.isEmpty() && !rest.startsWith(QLatin1Char('/'))) {
        const int slash = rest.indexOf(QLatin1Char('/'));
        if ((slash < 0 ? rest : rest.left(slash)) != localUser)
            return path;
        rest = slash < 0 ? QString() : rest.mid(slash);
    }
    while (rest.startsWith(QLatin1Char('/')))
        rest.remove(0, 1);
    return home.endsWith(QLatin1Char('/')) ? QString(home + rest) : QString(home + QLatin1Char('/') + rest);
}

} // namespace ferry
