#include "SessionProfile.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

namespace ferry {

namespace {

// JSON keys; the names are the file format, so they never change once released.
const char* const keyId = "id";
const char* const keyName = "name";
const char* const keyFolder = "folder";
const char* const keyHost = "host";
const char* const keyPort = "port";
const char* const keyUser = "user";
const char* const keyAuth = "authentication";
const char* const keyConnection = "connection";
const char* const keyTerminal = "terminal";
const char* const keyNotes = "notes";

const char* const backspaceNames[] = {"delete", "control-h"};
const char* const onExitNames[] = {"close-if-clean", "always-close", "keep-open"};

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

// Reads one object's fields, remembering which it has seen so the others can be reported as unknown.
class FieldReader {
public:
    FieldReader(const QJsonObject& object, const QString& where, QStringList* problems)
        : m_object(object)
        , m_where(where)
        , m_problems(problems)
    {
    }

    void string(const char* key, QString* out)
    {
        const QJsonValue v = take(key);
        if (v.isString()) {
            *out = v.toString();
        } else if (!v.isUndefined() && !v.isNull()) {
            wrongType(key);
        }
    }

    void boolean(const char* key, bool* out)
    {
        const QJsonValue v = take(key);
        if (v.isBool()) {
            *out = v.toBool();
        } else if (!v.isUndefined() && !v.isNull()) {
            wrongType(key);
        }
    }

    void integer(const char* key, int* out, int minimum, int maximum)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull()) {
            return;
        }
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d))) {
            wrongType(key);
        } else if (d < minimum || d > maximum) {
            problem(SessionProfile::tr("%1 %2 is out of range (%3 to %4); %5 is used instead.")
                        .arg(QLatin1String(key), QString::number(static_cast<qint64>(d)), QString::number(minimum),
                             QString::number(maximum), QString::number(*out)));
        } else {
            *out = static_cast<int>(d);
        }
    }

    void stringList(const char* key, QStringList* out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull()) {
            return;
        }
        if (!v.isArray()) {
            wrongType(key);
            return;
        }
        QStringList result;
        for (const QJsonValue& item : v.toArray()) {
            if (item.isString()) {
                result << item.toString();
            } else {
                problem(SessionProfile::tr("an entry of %1 is not text and was skipped.").arg(QLatin1String(key)));
            }
        }
        *out = result;
    }

    template <typename Enum, size_t N> void enumeration(const char* key, Enum* out, const char* const (&names)[N])
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull()) {
            return;
        }
        for (size_t i = 0; i < N; ++i) {
            if (v.toString() == QLatin1String(names[i])) {
                *out = static_cast<Enum>(i);
                return;
            }
        }
        problem(SessionProfile::tr("%1 \"%2\" is not known; \"%3\" is used instead.")
                    .arg(QLatin1String(key), v.isString() ? v.toString() : QStringLiteral("?"),
                         QLatin1String(names[static_cast<size_t>(*out)])));
    }

    QJsonValue take(const char* key)
    {
        const QString k = QLatin1String(key);
        m_seen.insert(k);
        return m_object.value(k);
    }

    QJsonObject object(const char* key)
    {
        const QJsonValue v = take(key);
        if (!v.isObject() && !v.isUndefined() && !v.isNull()) {
            wrongType(key);
        }
        return v.toObject();
    }

    void reportUnknown()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_seen.contains(it.key())) {
                problem(SessionProfile::tr("the setting \"%1\" is not known and was ignored.").arg(it.key()));
            }
        }
    }

    void problem(const QString& text)
    {
        if (m_problems) {
            m_problems->append(m_where + text);
        }
    }

private:
    void wrongType(const char* key)
    {
        problem(SessionProfile::tr("%1 has a value of the wrong type; the default is used instead.")
                    .arg(QLatin1String(key)));
    }

    QJsonObject m_object;
    QString m_where;
    QStringList* m_problems;
    QSet<QString> m_seen;
};

} // namespace

bool SessionProfile::Authentication::operator==(const Authentication& other) const
{
    return identityFiles == other.identityFiles && useAgent == other.useAgent && methodOrder == other.methodOrder &&
           rememberPassword == other.rememberPassword;
}

bool SessionProfile::ConnectionSettings::operator==(const ConnectionSettings& other) const
{
    return connectTimeoutSec == other.connectTimeoutSec && keepaliveIntervalSec == other.keepaliveIntervalSec &&
           compression == other.compression && useSshConfig == other.useSshConfig &&
           sshConfigHost == other.sshConfigHost && hostKeyAlgorithms == other.hostKeyAlgorithms &&
           keyExchangeAlgorithms == other.keyExchangeAlgorithms && ciphers == other.ciphers && macs == other.macs &&
           publicKeyAlgorithms == other.publicKeyAlgorithms && allowLegacySshRsa == other.allowLegacySshRsa &&
           proxyJump == other.proxyJump;
}

bool SessionProfile::TerminalSettings::operator==(const TerminalSettings& other) const
{
    return fontFamily == other.fontFamily && fontSize == other.fontSize && colorScheme == other.colorScheme &&
           scrollbackLines == other.scrollbackLines && terminalType == other.terminalType &&
           backspace == other.backspace && remoteCommand == other.remoteCommand && environment == other.environment &&
           onExit == other.onExit && logFile == other.logFile;
}

SessionProfile::SessionProfile()
    : id(QUuid::createUuid())
{
}

SessionProfile::SessionProfile(const QUuid& profileId)
    : id(profileId)
{
}

bool SessionProfile::operator==(const SessionProfile& other) const
{
    return id == other.id && name == other.name && folder == other.folder && host == other.host && port == other.port &&
           user == other.user && auth == other.auth && connection == other.connection && terminal == other.terminal &&
           notes == other.notes;
}

QString SessionProfile::secretAccount() const
{
    return QStringLiteral("ferry:") + id.toString(QUuid::WithoutBraces);
}

QString SessionProfile::addressText() const
{
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return (user.isEmpty() ? QString() : user + QLatin1Char('@')) + h + QLatin1Char(':') + QString::number(port);
}

QString SessionProfile::path() const
{
    return folder.isEmpty() ? name : folder + QLatin1Char('/') + name;
}

QStringList SessionProfile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty()) {
        problems << tr("The session needs a name.");
    }
    const QString h = host.trimmed();
    if (h.isEmpty()) {
        problems << tr("The host name is empty.");
    } else if (h.contains(QLatin1Char(' ')) || h.contains(QLatin1Char('@')) || h.contains(QLatin1Char('/'))) {
        problems
            << tr("The host name \"%1\" contains a space, @ or /; the user and port have fields of their own.").arg(h);
    }
    if (port == 0) {
        problems << tr("The port must be between 1 and 65535.");
    }
    if (auth.methodOrder.isEmpty()) {
        problems << tr("At least one authentication method must be allowed.");
    }
    for (const QString& method : auth.methodOrder) {
        if (!knownMethods().contains(method)) {
            problems << tr("\"%1\" is not an authentication method Ferry knows.").arg(method);
        }
    }
    if (connection.connectTimeoutSec < 1 || connection.connectTimeoutSec > 3600) {
        problems << tr("The connect timeout must be between 1 and 3600 seconds.");
    }
    if (connection.keepaliveIntervalSec < 0 || connection.keepaliveIntervalSec > 86400) {
        problems << tr("The keepalive interval must be between 0 (off) and 86400 seconds.");
    }
    if (terminal.terminalType.trimmed().isEmpty()) {
        problems << tr("The terminal type (TERM) is empty.");
    }
    for (const EnvironmentVariable& variable : terminal.environment) {
        if (variable.name.isEmpty() || variable.name.contains(QLatin1Char('='))) {
            problems << tr("The environment variable name \"%1\" is empty or contains '='.").arg(variable.name);
        }
    }
    return problems;
}

QString SessionProfile::normalizedFolder(const QString& folder)
{
    QStringList segments;
    for (const QString& segment : folder.split(QLatin1Char('/'))) {
        const QString trimmed = segment.trimmed();
        if (!trimmed.isEmpty()) {
            segments << trimmed;
        }
    }
    return segments.join(QLatin1Char('/'));
}

QStringList SessionProfile::defaultMethodOrder()
{
    return {QStringLiteral("publickey"), QStringLiteral("keyboard-interactive"), QStringLiteral("password")};
}

QStringList SessionProfile::knownMethods()
{
    return defaultMethodOrder();
}

QJsonObject SessionProfile::toJson() const
{
    QJsonObject authObject{
        {QStringLiteral("identityFiles"), toArray(auth.identityFiles)},
        {QStringLiteral("useAgent"), auth.useAgent},
        {QStringLiteral("methodOrder"), toArray(auth.methodOrder)},
        {QStringLiteral("rememberPassword"), auth.rememberPassword},
    };
    const ConnectionSettings& c = connection;
    QJsonObject connectionObject{
        {QStringLiteral("connectTimeoutSec"), c.connectTimeoutSec},
        {QStringLiteral("keepaliveIntervalSec"), c.keepaliveIntervalSec},
        {QStringLiteral("compression"), c.compression},
        {QStringLiteral("useSshConfig"), c.useSshConfig},
        {QStringLiteral("sshConfigHost"), c.sshConfigHost},
        {QStringLiteral("hostKeyAlgorithms"), c.hostKeyAlgorithms},
        {QStringLiteral("keyExchangeAlgorithms"), c.keyExchangeAlgorithms},
        {QStringLiteral("ciphers"), c.ciphers},
        {QStringLiteral("macs"), c.macs},
        {QStringLiteral("publicKeyAlgorithms"), c.publicKeyAlgorithms},
        {QStringLiteral("allowLegacySshRsa"), c.allowLegacySshRsa},
        {QStringLiteral("proxyJump"), c.proxyJump},
    };
    QJsonArray environment;
    for (const EnvironmentVariable& variable : terminal.environment) {
        environment.append(
            QJsonObject{{QStringLiteral("name"), variable.name}, {QStringLiteral("value"), variable.value}});
    }
    const TerminalSettings& t = terminal;
    QJsonObject terminalObject{
        {QStringLiteral("fontFamily"), t.fontFamily},
        {QStringLiteral("fontSize"), t.fontSize},
        {QStringLiteral("colorScheme"), t.colorScheme},
        {QStringLiteral("scrollbackLines"), t.scrollbackLines},
        {QStringLiteral("terminalType"), t.terminalType},
        {QStringLiteral("backspace"), QLatin1String(backspaceNames[static_cast<int>(t.backspace)])},
        {QStringLiteral("remoteCommand"), t.remoteCommand},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("onExit"), QLatin1String(onExitNames[static_cast<int>(t.onExit)])},
        {QStringLiteral("logFile"), t.logFile},
    };
    return QJsonObject{
        {QLatin1String(keyId), id.toString(QUuid::WithoutBraces)},
        {QLatin1String(keyName), name},
        {QLatin1String(keyFolder), folder},
        {QLatin1String(keyHost), host},
        {QLatin1String(keyPort), static_cast<int>(port)},
        {QLatin1String(keyUser), user},
        {QLatin1String(keyAuth), authObject},
        {QLatin1String(keyConnection), connectionObject},
        {QLatin1String(keyTerminal), terminalObject},
        {QLatin1String(keyNotes), notes},
    };
}

SessionProfile SessionProfile::fromJson(const QJsonObject& object, QStringList* problems)
{
    SessionProfile p(QUuid{});
    const QString label = object.value(QLatin1String(keyName)).toString();
    const QString where = label.isEmpty() ? tr("A session without a name: ") : tr("Session \"%1\": ").arg(label);
    FieldReader top(object, where, problems);

    QString idText;
    top.string(keyId, &idText);
    p.id = QUuid::fromString(idText);
    if (p.id.isNull()) {
        if (!idText.isEmpty()) {
            top.problem(tr("the id \"%1\" is not valid; the session gets a new one.").arg(idText));
        }
        p.id = QUuid::createUuid();
    }
    top.string(keyName, &p.name);
    top.string(keyFolder, &p.folder);
    p.folder = normalizedFolder(p.folder);
    top.string(keyHost, &p.host);
    int port = p.port;
    top.integer(keyPort, &port, 1, 65535);
    p.port = static_cast<quint16>(port);
    top.string(keyUser, &p.user);
    top.string(keyNotes, &p.notes);

    FieldReader a(top.object(keyAuth), where, problems);
    a.stringList("identityFiles", &p.auth.identityFiles);
    a.boolean("useAgent", &p.auth.useAgent);
    QStringList methods = p.auth.methodOrder;
    a.stringList("methodOrder", &methods);
    QStringList knownOnly;
    for (const QString& method : methods) {
        if (knownMethods().contains(method) && !knownOnly.contains(method)) {
            knownOnly << method;
        } else {
            a.problem(tr("the authentication method \"%1\" is not known or repeated and was left out.").arg(method));
        }
    }
    p.auth.methodOrder = knownOnly.isEmpty() ? defaultMethodOrder() : knownOnly;
    a.boolean("rememberPassword", &p.auth.rememberPassword);
    a.reportUnknown();

    ConnectionSettings& c = p.connection;
    FieldReader n(top.object(keyConnection), where, problems);
    n.integer("connectTimeoutSec", &c.connectTimeoutSec, 1, 3600);
    n.integer("keepaliveIntervalSec", &c.keepaliveIntervalSec, 0, 86400);
    n.boolean("compression", &c.compression);
    n.boolean("useSshConfig", &c.useSshConfig);
    n.string("sshConfigHost", &c.sshConfigHost);
    n.string("hostKeyAlgorithms", &c.hostKeyAlgorithms);
    n.string("keyExchangeAlgorithms", &c.keyExchangeAlgorithms);
    n.string("ciphers", &c.ciphers);
    n.string("macs", &c.macs);
    n.string("publicKeyAlgorithms", &c.publicKeyAlgorithms);
    n.boolean("allowLegacySshRsa", &c.allowLegacySshRsa);
    n.string("proxyJump", &c.proxyJump);
    n.reportUnknown();

    TerminalSettings& t = p.terminal;
    FieldReader r(top.object(keyTerminal), where, problems);
    r.string("fontFamily", &t.fontFamily);
    r.integer("fontSize", &t.fontSize, 0, 200);
    r.string("colorScheme", &t.colorScheme);
    r.integer("scrollbackLines", &t.scrollbackLines, -1, 10000000);
    r.string("terminalType", &t.terminalType);
    if (t.terminalType.trimmed().isEmpty()) {
        t.terminalType = TerminalSettings().terminalType;
    }
    r.enumeration("backspace", &t.backspace, backspaceNames);
    r.string("remoteCommand", &t.remoteCommand);
    const QJsonValue environment = r.take("environment");
    if (environment.isArray()) {
        for (const QJsonValue& item : environment.toArray()) {
            const QJsonObject pair = item.toObject();
            const QJsonValue variableName = pair.value(QStringLiteral("name"));
            const QJsonValue variableValue = pair.value(QStringLiteral("value"));
            if (variableName.isString() && !variableName.toString().isEmpty() &&
                (variableValue.isString() || variableValue.isUndefined())) {
                t.environment.append({variableName.toString(), variableValue.toString()});
            } else {
                r.problem(tr("an environment variable without a valid name or value was skipped."));
            }
        }
    } else if (!environment.isUndefined() && !environment.isNull()) {
        r.problem(tr("environment has a value of the wrong type; no variables are set."));
    }
    r.enumeration("onExit", &t.onExit, onExitNames);
    r.string("logFile", &t.logFile);
    r.reportUnknown();

    top.reportUnknown();
    return p;
}

} // namespace ferry
