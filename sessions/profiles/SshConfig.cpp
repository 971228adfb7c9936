#include "profiles/SshConfig.h"

#include "profiles/SshConfigSyntax.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPair>
#include <QSysInfo>

#include <algorithm>
#include <climits>
#include <initializer_list>
#include <optional>
#include <utility>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace ferry {

namespace {

constexpr int MaxIncludeDepth = 16; // OpenSSH's READCONF_MAX_DEPTH
// OpenSSH reads lines and files of any length; these bounds only keep garbage from exhausting memory.
constexpr int MaxLineLength = 64 * 1024;
constexpr qint64 MaxFileSize = 16 * 1024 * 1024;
constexpr int MaxIncludedFiles = 1024;

enum class Arity { One, OneOrTwo, Two, Many, RestOfLine };

struct KeywordSpec {
    const char* name;
    Arity arity;
};

// The client keywords of OpenSSH 9.2 (readconf.c, with Debian's GSSAPI additions) and the arguments each takes.
const KeywordSpec keywordSpecs[] = {
    {"addkeystoagent", Arity::OneOrTwo}, {"addressfamily", Arity::One}, {"batchmode", Arity::One},
    {"bindaddress", Arity::One}, {"bindinterface", Arity::One}, {"canonicaldomains", Arity::Many},
    {"canonicalizefallbacklocal", Arity::One}, {"canonicalizehostname", Arity::One},
    {"canonicalizemaxdots", Arity::One}, {"canonicalizepermittedcnames", Arity::Many},
    {"casignaturealgorithms", Arity::One}, {"certificatefile", Arity::One}, {"checkhostip", Arity::One},
    {"ciphers", Arity::One}, {"clearallforwardings", Arity::One}, {"compression", Arity::One},
    {"connectionattempts", Arity::One}, {"connecttimeout", Arity::One}, {"controlmaster", Arity::One},
    {"controlpath", Arity::One}, {"controlpersist", Arity::One}, {"dynamicforward", Arity::One},
    {"enableescapecommandline", Arity::One}, {"enablesshkeysign", Arity::One}, {"escapechar", Arity::One},
    {"exitonforwardfailure", Arity::One}, {"fingerprinthash", Arity::One},
    {"forkafterauthentication", Arity::One}, {"forwardagent", Arity::One}, {"forwardx11", Arity::One},
    {"forwardx11timeout", Arity::One}, {"forwardx11trusted", Arity::One}, {"gatewayports", Arity::One},
    {"globalknownhostsfile", Arity::Many}, {"gssapiauthentication", Arity::One},
    {"gssapiclientidentity", Arity::One}, {"gssapidelegatecredentials", Arity::One},
    {"gssapikeyexchange", Arity::One}, {"gssapikexalgorithms", Arity::One},
    {"gssapirenewalforcesrekey", Arity::One}, {"gssapiserveridentity", Arity::One},
    {"gssapitrustdns", Arity::One}, {"hashknownhosts", Arity::One}, {"hostbasedacceptedalgorithms", Arity::One},
    {"hostbasedauthentication", Arity::One}, {"hostkeyalgorithms", Arity::One}, {"hostkeyalias", Arity::One},
    {"hostname", Arity::One}, {"identitiesonly", Arity::One}, {"identityagent", Arity::One},
    {"identityfile", Arity::One}, {"ignoreunknown", Arity::One}, {"ipqos", Arity::OneOrTwo},
    {"kbdinteractiveauthentication", Arity::One}, {"kbdinteractivedevices", Arity::One},
    {"kexalgorithms", Arity::One}, {"knownhostscommand", Arity::RestOfLine}, {"localcommand", Arity::RestOfLine},
    {"localforward", Arity::Two}, {"loglevel", Arity::One}, {"logverbose", Arity::Many}, {"macs", Arity::One},
    {"nohostauthenticationforlocalhost", Arity::One}, {"numberofpasswordprompts", Arity::One},
    {"passwordauthentication", Arity::One}, {"permitlocalcommand", Arity::One}, {"permitremoteopen", Arity::Many},
    {"pkcs11provider", Arity::One}, {"port", Arity::One}, {"preferredauthentications", Arity::One},
    {"proxycommand", Arity::RestOfLine}, {"proxyjump", Arity::RestOfLine}, {"proxyusefdpass", Arity::One},
    {"pubkeyacceptedalgorithms", Arity::One}, {"pubkeyauthentication", Arity::One}, {"rekeylimit", Arity::OneOrTwo},
    {"remotecommand", Arity::RestOfLine}, {"remoteforward", Arity::OneOrTwo}, {"requesttty", Arity::One},
    {"requiredrsasize", Arity::One}, {"revokedhostkeys", Arity::One}, {"securitykeyprovider", Arity::One},
    {"sendenv", Arity::Many}, {"serveralivecountmax", Arity::One}, {"serveraliveinterval", Arity::One},
    {"sessiontype", Arity::One}, {"setenv", Arity::Many}, {"stdinnull", Arity::One},
    {"streamlocalbindmask", Arity::One}, {"streamlocalbindunlink", Arity::One},
    {"stricthostkeychecking", Arity::One}, {"syslogfacility", Arity::One}, {"tcpkeepalive", Arity::One},
    {"tunnel", Arity::One}, {"tunneldevice", Arity::One}, {"updatehostkeys", Arity::One}, {"user", Arity::One},
    {"userknownhostsfile", Arity::Many}, {"verifyhostkeydns", Arity::One}, {"visualhostkey", Arity::One},
    {"xauthlocation", Arity::One},
};

const char* const keywordAliases[][2] = {
    {"challengeresponseauthentication", "kbdinteractiveauthentication"},
    {"skeyauthentication", "kbdinteractiveauthentication"},
    {"tisauthentication", "kbdinteractiveauthentication"},
    {"dsaauthentication", "pubkeyauthentication"},
    {"identityfile2", "identityfile"},
    {"smartcarddevice", "pkcs11provider"},
    {"keepalive", "tcpkeepalive"},
    {"hostbasedkeytypes", "hostbasedacceptedalgorithms"},
    {"pubkeyacceptedkeytypes", "pubkeyacceptedalgorithms"},
    {"protocolkeepalives", "serveraliveinterval"}, // Debian
    {"setuptimeout", "connecttimeout"},            // Debian
};

// Keywords OpenSSH still accepts but ignores.
const char* const retiredKeywords[] = {
    "afstokenpassing", "cipher", "compressionlevel", "fallbacktorsh", "globalknownhostsfile2",
    "kerberosauthentication", "kerberostgtpassing", "protocol", "rhostsauthentication", "rhostsrsaauthentication",
    "rsaauthentication", "useblacklistedkeys", "useprivilegedport", "userknownhostsfile2", "useroaming", "usersh",
};

const char* const defaultIdentityFiles[] = {
    "~/.ssh/id_rsa", "~/.ssh/id_ecdsa", "~/.ssh/id_ecdsa_sk", "~/.ssh/id_ed25519",
    "~/.ssh/id_ed25519_sk", "~/.ssh/id_xmss", "~/.ssh/id_dsa",
};

const QHash<QString, Arity>& keywordArities()
{
    static const QHash<QString, Arity> arities = [] {
        QHash<QString, Arity> table;
        for (const KeywordSpec& spec : keywordSpecs)
            table.insert(QString::fromLatin1(spec.name), spec.arity);
        return table;
    }();
    return arities;
}

bool isOneOf(const QString& value, std::initializer_list<const char*> candidates,
             Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return std::any_of(candidates.begin(), candidates.end(),
                       [&](const char* candidate) { return value.compare(QLatin1String(candidate), cs) == 0; });
}

QString canonicalKeyword(const QString& keyword)
{
    for (const auto& alias : keywordAliases) {
        if (keyword == QLatin1String(alias[0]))
            return QString::fromLatin1(alias[1]);
    }
    return keyword;
}

bool isRetired(const QString& keyword)
{
    return std::any_of(std::begin(retiredKeywords), std::end(retiredKeywords),
                       [&](const char* retired) { return keyword == QLatin1String(retired); });
}

// OpenSSH's WHITESPACE, which separates a keyword from its value. A form feed counts only at the end of a line.
bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

bool looksLikeAddress(const QString& host)
{
    // ssh does not lowercase what its is_addr_fast() takes for an address.
    return host.contains(QLatin1Char('%')) || host.contains(QLatin1Char(':'))
        || std::all_of(host.begin(), host.end(), [](QChar c) {
               return c == QLatin1Char('.') || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
           });
}

// ProxyJump is "none" only when that is its whole value; otherwise it is a jump list without its comment, so
// "none # comment" names a host called none, as in OpenSSH.
bool isNoneJump(const QString& value)
{
    return value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
}

QString jumpList(const QString& value)
{
    QString list = value.section(QLatin1Char('#'), 0, 0);
    while (!list.isEmpty() && (isBlank(list.at(list.size() - 1)) || list.at(list.size() - 1) == QLatin1Char('\f')))
        list.chop(1);
    return list;
}

QString expandHostName(const QString& hostName, const QString& originalHost)
{
    return SshConfigSyntax::expandTokens(hostName, {{QLatin1Char('h'), originalHost}}, nullptr);
}

// Why a value would make OpenSSH reject the line, or an empty string.
QString checkValue(const QString& keyword, const QStringList& arguments)
{
    const QString& value = arguments.constFirst();
    if (keyword == QLatin1String("port") && SshConfigSyntax::parsePort(value) < 0)
        return QStringLiteral("bad port '%1'").arg(value);
    if (isOneOf(keyword, {"identitiesonly", "passwordauthentication", "kbdinteractiveauthentication", "batchmode"})
        && !SshConfigSyntax::parseFlag(value))
        return QStringLiteral("%1 must be yes or no, not '%2'").arg(keyword, value);
    if (keyword == QLatin1String("compression") && !isOneOf(value, {"yes", "no"}, Qt::CaseInsensitive))
        return QStringLiteral("compression must be yes or no, not '%1'").arg(value);
    if (keyword == QLatin1String("pubkeyauthentication") && !SshConfigSyntax::parseFlag(value)
        && !isOneOf(value, {"unbound", "host-bound"}, Qt::CaseInsensitive))
        return QStringLiteral("unsupported pubkeyauthentication value '%1'").arg(value);
    if (keyword == QLatin1String("stricthostkeychecking") && !SshConfigSyntax::parseFlag(value)
        && !isOneOf(value, {"ask", "off", "accept-new"}, Qt::CaseInsensitive))
        return QStringLiteral("unsupported stricthostkeychecking value '%1'").arg(value);
    if (keyword == QLatin1String("canonicalizehostname") && !SshConfigSyntax::parseFlag(value)
        && value.compare(QLatin1String("always"), Qt::CaseInsensitive) != 0)
        return QStringLiteral("unsupported canonicalizehostname value '%1'").arg(value);
    if (isOneOf(keyword, {"connecttimeout", "serveraliveinterval"}) && value != QLatin1String("none")
        && SshConfigSyntax::parseTime(value) < 0)
        return QStringLiteral("invalid time value '%1'").arg(value);
    if (keyword == QLatin1String("proxyjump") && !isNoneJump(value)
        && SshConfigSyntax::formatProxyJump(jumpList(value)).isEmpty())
        return QStringLiteral("invalid ProxyJump \"%1\"").arg(value);
    for (const QString& argument : arguments) {
        if (argument.isEmpty())
            return QStringLiteral("empty argument");
        if (keyword == QLatin1String("sendenv") && argument.contains(QLatin1Char('=')))
            return QStringLiteral("invalid environment name '%1'").arg(argument);
        if (keyword == QLatin1String("setenv") && !argument.contains(QLatin1Char('=')))
            return QStringLiteral("invalid SetEnv '%1'").arg(argument);
        if (isOneOf(keyword, {"userknownhostsfile", "globalknownhostsfile"}) && arguments.size() > 1
            && argument.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("\"none\" must appear alone");
    }
    return QString();
}

QByteArray readBounded(QFile& file, bool* tooLarge)
{
    // read() with a bound rather than readAll(): a device such as /dev/zero never ends.
    QByteArray data = file.read(MaxFileSize + 1);
    *tooLarge = data.size() > MaxFileSize;
    return *tooLarge ? QByteArray() : data;
}

} // namespace

struct SshConfig::ParseState {
    QStringList openFiles; // canonical paths of the files being read, to stop Include loops early
    int includedFiles = 0;
};

struct SshConfig::ResolveState {
    QString originalHost;
    QString host; // what Host patterns see: the alias, and in the final pass the resolved name
    bool finalPass = false;
    bool wantFinalPass = false;
    bool proxyCommandTaken = false; // by ProxyCommand, or by a ProxyJump, which sets it to "none" in OpenSSH
    QMap<QString, QStringList> options;
};

SshConfigContext SshConfigContext::forCurrentUser()
{
    SshConfigContext context;
    context.environment = QProcessEnvironment::systemEnvironment();
    context.localHostName = QSysInfo::machineHostName();
#ifdef Q_OS_UNIX
    const uid_t uid = ::getuid();
    context.localUserId = QString::number(uid);
    passwd entry{};
    passwd* found = nullptr;
    QByteArray buffer(64 * 1024, '\0');
    if (::getpwuid_r(uid, &entry, buffer.data(), static_cast<size_t>(buffer.size()), &found) == 0 && found) {
        context.homeDir = QFile::decodeName(entry.pw_dir);
        context.localUser = QFile::decodeName(entry.pw_name);
    }
#endif
    if (context.homeDir.isEmpty())
        context.homeDir = QDir::homePath();
    if (context.localUser.isEmpty())
        context.localUser = context.environment.value(QStringLiteral("USER"),
                                                      context.environment.value(QStringLiteral("USERNAME")));
    return context;
}

SshConfig SshConfig::parseFile(const QString& path, const SshConfigContext& context)
{
    SshConfig config;
    config.m_context = context;
    QFile file(path);
    if (!file.exists())
        return config;
    bool tooLarge = false;
    if (!file.open(QIODevice::ReadOnly)) {
        config.warn(path, 0, QStringLiteral("cannot be read: %1").arg(file.errorString()));
        return config;
    }
    const QByteArray text = readBounded(file, &tooLarge);
    if (tooLarge) {
        config.warn(path, 0, QStringLiteral("larger than %1 bytes; ignored").arg(MaxFileSize));
        return config;
    }
    ParseState state;
    state.openFiles << QFileInfo(path).canonicalFilePath();
    config.parseLines(text, path, 0, state);
    return config;
}

SshConfig SshConfig::parseText(const QByteArray& text, const QString& fileNameForMessages,
                               const SshConfigContext& context)
{
    SshConfig config;
    config.m_context = context;
    ParseState state;
    config.parseLines(text, fileNameForMessages, 0, state);
    return config;
}

QStringList SshConfig::hostAliases() const
{
    return m_hostAliases;
}

QStringList SshConfig::warnings() const
{
    return m_warnings;
}

void SshConfig::warn(const QString& file, int lineNumber, const QString& message)
{
    m_warnings << (lineNumber > 0 ? QStringLiteral("%1:%2: %3").arg(file, QString::number(lineNumber), message)
                                  : QStringLiteral("%1: %2").arg(file, message));
}

void SshConfig::parseLines(const QByteArray& text, const QString& file, int depth, ParseState& state)
{
    int lineNumber = 0;
    for (int start = 0; start < text.size();) {
        int end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        ++lineNumber;
        const int length = end - start;
        const int nul = text.indexOf('\0', start);
        const bool hasNul = nul >= 0 && nul < end;
        const QByteArray raw = text.mid(start, hasNul ? nul - start : length);
        start = end + 1;
        if (length > MaxLineLength) {
            warn(file, lineNumber, QStringLiteral("line longer than %1 bytes; ignored").arg(MaxLineLength));
            continue;
        }
        // OpenSSH handles lines as C strings, so nothing after a NUL byte counts.
        if (hasNul)
            warn(file, lineNumber, QStringLiteral("NUL byte; the rest of the line is ignored"));
        parseLine(QString::fromUtf8(raw), file, lineNumber, depth, state);
    }
}

void SshConfig::parseLine(const QString& line, const QString& file, int lineNumber, int depth, ParseState& state)
{
    // Like OpenSSH, which never strips the first character, so that a lone form feed is a keyword.
    int end = line.size();
    while (end > 1 && (isBlank(line.at(end - 1)) || line.at(end - 1) == QLatin1Char('\f')))
        --end;
    int i = 0;
    while (i < end && isBlank(line.at(i)))
        ++i;
    if (i == end || line.at(i) == QLatin1Char('#'))
        return;
    // The keyword ends at a blank or an '='; one '=' may stand between keyword and value, with blanks around it.
    const int keywordStart = i;
    while (i < end && !isBlank(line.at(i)) && line.at(i) != QLatin1Char('=') && line.at(i) != QLatin1Char('"'))
        ++i;
    const QString keyword = line.mid(keywordStart, i - keywordStart).toLower();
    if (keyword.isEmpty() || (i < end && line.at(i) == QLatin1Char('"'))) {
        warn(file, lineNumber, QStringLiteral("malformed keyword"));
        return;
    }
    while (i < end && isBlank(line.at(i)))
        ++i;
    if (i < end && line.at(i) == QLatin1Char('=')) {
        ++i;
        while (i < end && isBlank(line.at(i)))
            ++i;
    }
    const QString rest = line.mid(i, end - i);
    if (rest.isEmpty()) {
        warn(file, lineNumber, QStringLiteral("no argument after keyword \"%1\"").arg(keyword));
        return;
    }
    const std::optional<QStringList> arguments = SshConfigSyntax::splitArguments(rest);
    if (!arguments) {
        warn(file, lineNumber, QStringLiteral("unterminated quote"));
        return;
    }

    if (keyword == QLatin1String("host"))
        return parseHost(*arguments, file, lineNumber);
    if (keyword == QLatin1String("match"))
        return parseMatch(*arguments, file, lineNumber);
    if (keyword == QLatin1String("include"))
        return include(*arguments, file, lineNumber, depth, state);
    if (isRetired(keyword)) {
        if (keyword != QLatin1String("protocol"))
            warn(file, lineNumber, QStringLiteral("deprecated keyword \"%1\" ignored").arg(keyword));
        return;
    }

    Directive directive;
    directive.keyword = canonicalKeyword(keyword);
    directive.arguments = *arguments;
    const auto arity = keywordArities().constFind(directive.keyword);
    if (arity == keywordArities().constEnd()) {
        // Kept for whoever wants to show it, but no option of Ferry's depends on it.
        const bool ignored = std::any_of(m_ignoreUnknown.cbegin(), m_ignoreUnknown.cend(), [&](const QString& p) {
            return SshConfigSyntax::matchPatternList(keyword, p, true) == 1;
        });
        if (!ignored)
            warn(file, lineNumber, QStringLiteral("unknown keyword \"%1\"").arg(keyword));
        m_directives << directive;
        return;
    }
    if (*arity == Arity::RestOfLine && !arguments->isEmpty()) {
        // The command keywords and ProxyJump take the rest of the line verbatim.
        QString value = rest;
        while (!value.isEmpty() && (isBlank(value.at(0)) || value.at(0) == QLatin1Char('=')))
            value.remove(0, 1);
        directive.arguments = QStringList{value};
    }
    const int count = directive.arguments.size();
    const int most = *arity == Arity::One || *arity == Arity::RestOfLine ? 1
        : *arity == Arity::Many                                          ? INT_MAX
                                                                         : 2;
    const int least = *arity == Arity::Two ? 2 : 1;
    if (count < least || count > most) {
        warn(file, lineNumber,
             count < least ? QStringLiteral("missing argument for \"%1\"").arg(keyword)
                           : QStringLiteral("extra arguments at end of line for \"%1\"").arg(keyword));
        return;
    }
    const QString problem = checkValue(directive.keyword, directive.arguments);
    if (!problem.isEmpty()) {
        warn(file, lineNumber, problem);
        return;
    }
    if (directive.keyword == QLatin1String("ignoreunknown"))
        m_ignoreUnknown << directive.arguments.constFirst();
    m_directives << directive;
}

void SshConfig::parseHost(const QStringList& arguments, const QString& file, int lineNumber)
{
    Directive directive;
    directive.kind = Directive::Kind::Host;
    directive.arguments = arguments;
    // A Host line that cannot be read still ends the previous block, and its own never applies.
    if (arguments.isEmpty() || arguments.contains(QString())) {
        warn(file, lineNumber, QStringLiteral("Host needs non-empty patterns; this block never applies"));
        directive.broken = true;
    }
    m_directives << directive;
    if (directive.broken)
        return;
    for (const QString& pattern : arguments) {
        if (!pattern.startsWith(QLatin1Char('!')) && !pattern.contains(QLatin1Char('*'))
            && !pattern.contains(QLatin1Char('?')) && !m_hostAliases.contains(pattern))
            m_hostAliases << pattern;
    }
}

void SshConfig::parseMatch(const QStringList& arguments, const QString& file, int lineNumber)
{
    Directive directive;
    directive.kind = Directive::Kind::Match;
    QString problem;
    int attributes = 0;
    for (int i = 0; i < arguments.size() && problem.isEmpty(); ++i) {
        MatchCriterion criterion;
        criterion.negated = arguments.at(i).startsWith(QLatin1Char('!'));
        criterion.attribute = arguments.at(i).mid(criterion.negated ? 1 : 0).toLower();
        if (criterion.attribute == QLatin1String("all")) {
            // As OpenSSH: alone, or after canonical or final.
            if (attributes > 1 || i + 1 < arguments.size())
                problem = QStringLiteral("'all' cannot be combined with other Match attributes");
            directive.criteria << criterion;
            break;
        }
        ++attributes;
        if (!isOneOf(criterion.attribute, {"canonical", "final"})) {
            if (!isOneOf(criterion.attribute, {"host", "originalhost", "user", "localuser", "exec"})) {
                problem = QStringLiteral("unsupported Match attribute %1").arg(criterion.attribute);
            } else if (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty()) {
                problem = QStringLiteral("missing Match criteria for %1").arg(criterion.attribute);
            } else {
                criterion.argument = arguments.at(++i);
            }
        }
        if (criterion.attribute == QLatin1String("exec"))
            warn(file, lineNumber, QStringLiteral("Match exec is never run by Ferry; this block does not apply"));
        directive.criteria << criterion;
    }
    if (problem.isEmpty() && attributes == 0 && directive.criteria.isEmpty())
        problem = QStringLiteral("Match needs at least one attribute");
    if (!problem.isEmpty()) {
        warn(file, lineNumber, problem + QStringLiteral("; this block never applies"));
        directive.broken = true;
    }
    m_directives << directive;
}

void SshConfig::include(const QStringList& patterns, const QString& file, int lineNumber, int depth,
                        ParseState& state)
{
    // glob(3) takes ~ from HOME, and relative paths of a user configuration live in ~/.ssh.
    const QString home = m_context.environment.value(QStringLiteral("HOME"), m_context.homeDir);
    for (const QString& pattern : patterns) {
        QString path = pattern;
        if (path.startsWith(QLatin1Char('~'))) {
            const bool ownHome = path.size() == 1 || path.at(1) == QLatin1Char('/');
            path = SshConfigSyntax::expandTilde(path, ownHome ? home : m_context.homeDir, m_context.localUser);
        } else if (QDir::isRelativePath(path)) {
            path = home + QStringLiteral("/.ssh/") + path;
        }
        if (QDir::isRelativePath(path)) {
            warn(file, lineNumber, QStringLiteral("cannot resolve Include path %1").arg(pattern));
            continue;
        }
        // No file matching is fine: OpenSSH ignores an Include that names nothing.
        const QStringList files = SshConfigSyntax::globFiles(path);
        for (const QString& included : files) {
            if (depth + 1 > MaxIncludeDepth) {
                warn(file, lineNumber, QStringLiteral("Includes nested deeper than %1; %2 ignored")
                                           .arg(QString::number(MaxIncludeDepth), included));
                continue;
            }
            const QString canonicalPath = QFileInfo(included).canonicalFilePath();
            if (state.openFiles.contains(canonicalPath)) {
                warn(file, lineNumber, QStringLiteral("Include loop through %1 ignored").arg(included));
                continue;
            }
            if (++state.includedFiles > MaxIncludedFiles) {
                warn(file, lineNumber, QStringLiteral("more than %1 included files; the rest are ignored")
                                           .arg(MaxIncludedFiles));
                return;
            }
            QFile in(included);
            bool tooLarge = false;
            if (!QFileInfo(included).isFile() || !in.open(QIODevice::ReadOnly)) {
                warn(file, lineNumber, QStringLiteral("cannot read included file %1").arg(included));
                continue;
            }
            const QByteArray text = readBounded(in, &tooLarge);
            if (tooLarge) {
                warn(file, lineNumber, QStringLiteral("included file %1 is too large; ignored").arg(included));
                continue;
            }
            Directive enter;
            enter.kind = Directive::Kind::EnterInclude;
            m_directives << enter;
            state.openFiles << canonicalPath;
            parseLines(text, included, depth + 1, state);
            state.openFiles.removeLast();
            Directive leave;
            leave.kind = Directive::Kind::LeaveInclude;
            m_directives << leave;
        }
    }
}

void SshConfig::runPass(ResolveState& state) const
{
    // As OpenSSH: an included file starts in the including block's state and cannot change it, and an Include
    // in a block that does not apply is read with every Host and Match in it failing.
    bool active = true;
    bool neverMatch = false;
    QVector<QPair<bool, bool>> includers;
    for (const Directive& directive : m_directives) {
        switch (directive.kind) {
        case Directive::Kind::EnterInclude:
            includers.append(qMakePair(active, neverMatch));
            neverMatch = neverMatch || !active;
            break;
        case Directive::Kind::LeaveInclude:
            if (!includers.isEmpty()) {
                active = includers.constLast().first;
                neverMatch = includers.constLast().second;
                includers.removeLast();
            }
            break;
        case Directive::Kind::Host:
            active = false;
            for (const QString& pattern : directive.arguments) {
                const bool negated = pattern.startsWith(QLatin1Char('!'));
                if (SshConfigSyntax::matchesPattern(state.host, QStringView(pattern).mid(negated ? 1 : 0))) {
                    active = !negated;
                    if (negated)
                        break;
                }
            }
            active = active && !neverMatch && !directive.broken;
            break;
        case Directive::Kind::Match: {
            // Evaluated even when it cannot apply: a Match final anywhere asks for the final pass.
            const bool matched = matches(directive, state);
            active = matched && !neverMatch;
            break;
        }
        case Directive::Kind::Option:
            if (active)
                applyOption(directive, state);
            break;
        }
    }
}

bool SshConfig::matches(const Directive& match, ResolveState& state) const
{
    // As OpenSSH's match_cfg_line(), the values obtained so far stand in for the final ones.
    const QString hostNameSoFar = state.options.value(QStringLiteral("hostname")).value(0);
    const QString host = state.finalPass    ? hostNameSoFar
        : hostNameSoFar.isEmpty()           ? state.originalHost
                                            : expandHostName(hostNameSoFar, state.originalHost);
    const QStringList userSoFar = state.options.value(QStringLiteral("user"));
    const QString user = userSoFar.isEmpty() ? m_context.localUser : userSoFar.constFirst();
    bool result = !match.broken;
    for (const MatchCriterion& criterion : match.criteria) {
        const QString& attribute = criterion.attribute;
        bool hit = false;
        if (attribute == QLatin1String("all")) {
            result = result && !criterion.negated;
            break;
        } else if (attribute == QLatin1String("canonical") || attribute == QLatin1String("final")) {
            // Ferry does not canonicalise names, so canonical, like final, matches only in the final pass.
            if (attribute == QLatin1String("final"))
                state.wantFinalPass = true;
            hit = state.finalPass;
        } else if (attribute == QLatin1String("host")) {
            hit = SshConfigSyntax::matchHostname(host, criterion.argument) == 1;
        } else if (attribute == QLatin1String("originalhost")) {
            hit = SshConfigSyntax::matchHostname(state.originalHost, criterion.argument) == 1;
        } else if (attribute == QLatin1String("user")) {
            hit = SshConfigSyntax::matchPatternList(user, criterion.argument, false) == 1;
        } else if (attribute == QLatin1String("localuser")) {
            hit = SshConfigSyntax::matchPatternList(m_context.localUser, criterion.argument, false) == 1;
        } else {
            result = false; // exec: never run, so its block never applies, negated or not
            continue;
        }
        if (hit == criterion.negated)
            result = false;
    }
    return result;
}

void SshConfig::applyOption(const Directive& directive, ResolveState& state)
{
    const QString& keyword = directive.keyword;
    const QStringList& arguments = directive.arguments;
    QStringList& values = state.options[keyword];
    if (isOneOf(keyword, {"identityfile", "certificatefile", "localforward", "remoteforward", "dynamicforward"})) {
        // Accumulate, without duplicates (which a final pass would otherwise add).
        const QString item = arguments.join(QLatin1Char(' '));
        if (!values.contains(item))
            values << item;
    } else if (keyword == QLatin1String("sendenv")) {
        // Accumulates, duplicates included as in OpenSSH; "-pattern" removes what came before.
        for (const QString& name : arguments) {
            if (!name.startsWith(QLatin1Char('-'))) {
                values << name;
                continue;
            }
            const QStringView pattern = QStringView(name).mid(1);
            values.erase(std::remove_if(values.begin(), values.end(),
                                        [&](const QString& v) { return SshConfigSyntax::matchesPattern(v, pattern); }),
                         values.end());
        }
    } else if (!values.isEmpty()) {
        return; // the first obtained value wins
    } else if (keyword == QLatin1String("setenv")) {
        for (const QString& assignment : arguments) {
            const QString name = assignment.section(QLatin1Char('='), 0, 0) + QLatin1Char('=');
            if (std::none_of(values.cbegin(), values.cend(), [&](const QString& v) { return v.startsWith(name); }))
                values << assignment;
        }
    } else if (keyword == QLatin1String("proxycommand")) {
        if (!state.proxyCommandTaken)
            values = arguments;
        state.proxyCommandTaken = true;
    } else if (keyword == QLatin1String("proxyjump")) {
        if (!state.proxyCommandTaken)
            values = arguments;
        state.proxyCommandTaken = state.proxyCommandTaken || !isNoneJump(arguments.constFirst());
    } else if (isOneOf(keyword, {"connecttimeout", "serveraliveinterval"})
               && arguments.constFirst() == QLatin1String("none")) {
        // "none" is OpenSSH's unset value, so a later line can still set one.
    } else {
        values = arguments;
    }
    if (values.isEmpty())
        state.options.remove(keyword);
}

SshHostConfig SshConfig::resolve(const QString& hostAlias) const
{
    ResolveState state;
    state.originalHost = hostAlias;
    state.host = hostAlias;
    runPass(state);

    const QString hostNameKey = QStringLiteral("hostname");
    const QStringList writtenHostName = state.options.value(hostNameKey);
    QString host = writtenHostName.isEmpty() ? hostAlias : expandHostName(writtenHostName.constFirst(), hostAlias);
    if (!looksLikeAddress(host))
        host = host.toLower();
    // Ferry does not canonicalise names, but ssh then reads the files a second time, and so does Ferry.
    const QString canonicalize = state.options.value(QStringLiteral("canonicalizehostname")).value(0);
    const bool always = canonicalize.compare(QLatin1String("always"), Qt::CaseInsensitive) == 0;
    if (SshConfigSyntax::parseFlag(canonicalize).value_or(always))
        state.wantFinalPass = true;
    if (state.wantFinalPass) {
        state.options.insert(hostNameKey, QStringList{host});
        state.host = host;
        state.finalPass = true;
        runPass(state);
        if (writtenHostName.isEmpty())
            state.options.remove(hostNameKey);
        else
            state.options.insert(hostNameKey, writtenHostName);
    }

    const QMap<QString, QStringList>& options = state.options;
    const auto first = [&](const char* keyword) { return options.value(QLatin1String(keyword)).value(0); };
    SshHostConfig config;
    config.hostAlias = hostAlias;
    config.hostName = host;
    config.user = options.contains(QStringLiteral("user")) ? first("user") : m_context.localUser;
    if (options.contains(QStringLiteral("port")))
        config.port = static_cast<quint16>(SshConfigSyntax::parsePort(first("port")));

    const QString portText = QString::number(config.port);
    const QString localHost = m_context.localHostName;
    const QString hostKeyAlias = first("hostkeyalias");
    const QHash<QChar, QString> tokens{
        {QLatin1Char('C'), QString::fromLatin1(QCryptographicHash::hash(
                                                   QString(localHost + host + portText + config.user).toUtf8(),
                                                   QCryptographicHash::Sha1)
                                                   .toHex())},
        {QLatin1Char('d'), m_context.homeDir},
        {QLatin1Char('h'), host},
        {QLatin1Char('i'), m_context.localUserId},
        {QLatin1Char('k'), hostKeyAlias.isEmpty() ? hostAlias : hostKeyAlias},
        {QLatin1Char('L'), localHost.section(QLatin1Char('.'), 0, 0)},
        {QLatin1Char('l'), localHost},
        {QLatin1Char('n'), hostAlias},
        {QLatin1Char('p'), portText},
        {QLatin1Char('r'), config.user},
        {QLatin1Char('u'), m_context.localUser},
    };
    const auto expandPath = [&](const QString& path) {
        const QString tildeExpanded = SshConfigSyntax::expandTilde(path, m_context.homeDir, m_context.localUser);
        return SshConfigSyntax::expandTokens(tildeExpanded, tokens, &m_context.environment);
    };

    config.identityFiles = options.value(QStringLiteral("identityfile"));
    if (config.identityFiles.isEmpty()) {
        for (const char* path : defaultIdentityFiles)
            config.identityFiles << QString::fromLatin1(path);
    }
    for (const QString& path : std::as_const(config.identityFiles))
        config.identityFilePaths << expandPath(path);
    QStringList knownHosts = options.value(QStringLiteral("userknownhostsfile"));
    if (knownHosts.isEmpty())
        knownHosts = QStringList{QStringLiteral("~/.ssh/known_hosts"), QStringLiteral("~/.ssh/known_hosts2")};
    for (const QString& path : std::as_const(knownHosts))
        config.userKnownHostsFiles << expandPath(path);

    config.identitiesOnly = SshConfigSyntax::parseFlag(first("identitiesonly")).value_or(false);
    const QString jump = first("proxyjump");
    if (!jump.isEmpty() && !isNoneJump(jump))
        config.proxyJump = SshConfigSyntax::formatProxyJump(jumpList(jump));
    const QString command = first("proxycommand");
    if (config.proxyJump.isEmpty() && command.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0)
        config.proxyCommand = command;

    if (options.contains(QStringLiteral("connecttimeout")))
        config.connectTimeoutSeconds = SshConfigSyntax::parseTime(first("connecttimeout"));
    if (options.contains(QStringLiteral("serveraliveinterval")))
        config.serverAliveInterval = SshConfigSyntax::parseTime(first("serveraliveinterval"));
    else if (SshConfigSyntax::parseFlag(first("batchmode")).value_or(false))
        config.serverAliveInterval = 300; // Debian's ssh does this for BatchMode
    config.compression = first("compression").compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;

    const QString strict = first("stricthostkeychecking");
    if (const std::optional<bool> flag = SshConfigSyntax::parseFlag(strict))
        config.strictHostKeyChecking = *flag ? QStringLiteral("true") : QStringLiteral("false");
    else if (strict.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0)
        config.strictHostKeyChecking = QStringLiteral("false");
    else if (!strict.isEmpty())
        config.strictHostKeyChecking = strict.toLower();

    config.preferredAuthentications = first("preferredauthentications");
    // Any other value (unbound, host-bound) still means yes.
    config.pubkeyAuthentication = SshConfigSyntax::parseFlag(first("pubkeyauthentication")).value_or(true);
    config.passwordAuthentication = SshConfigSyntax::parseFlag(first("passwordauthentication")).value_or(true);
    config.kbdInteractiveAuthentication =
        SshConfigSyntax::parseFlag(first("kbdinteractiveauthentication")).value_or(true);
    config.hostKeyAlgorithms = first("hostkeyalgorithms");
    config.kexAlgorithms = first("kexalgorithms");
    config.ciphers = first("ciphers");
    config.macs = first("macs");
    config.pubkeyAcceptedAlgorithms = first("pubkeyacceptedalgorithms");
    config.options = options;
    return config;
}

} // namespace ferry
