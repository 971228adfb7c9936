#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ferry {

// What OpenSSH takes from the system rather than from the configuration files.
struct SshConfigContext {
    QString homeDir;       // the password database's home: OpenSSH expands ~ and %d with it, not with HOME
    QString localUser;     // %u, the default User, Match localuser
    QString localUserId;   // %i
    QString localHostName; // %l; %L is its first label
    // ${VAR} in file options. Its HOME anchors Include paths (~ and relative ones), because OpenSSH resolves
    // them with glob(3), which reads HOME; without HOME, homeDir is used.
    QProcessEnvironment environment;

    static SshConfigContext forCurrentUser();
};

// The options one host ends up with, as `ssh -G` reports them once the files and the defaults are applied.
struct SshHostConfig {
    QString hostAlias; // the name the user typed
    QString hostName;  // HostName with %h expanded (or the alias), lowercased as ssh does unless an address
    QString user;
    quint16 port = 22;
    QStringList identityFiles;     // as written, or ssh's defaults; tokens unexpanded, as ssh -G prints them
    QStringList identityFilePaths; // the same with ~, %-tokens and ${VAR} expanded: the files to read
    bool identitiesOnly = false;
    QString proxyJump;    // as ssh -G prints it; empty when unset or "none"
    QString proxyCommand; // the raw shell command, %-tokens unexpanded; empty when unset, "none" or ProxyJump won
    int connectTimeoutSeconds = -1; // -1: none
    int serverAliveInterval = 0;
    bool compression = false;
    QStringList userKnownHostsFiles;                        // expanded, as ssh -G prints them; "none" kept
    QString strictHostKeyChecking = QStringLiteral("ask"); // as ssh -G prints it: true, false, ask, accept-new
    QString preferredAuthentications;                      // empty: libssh's default order
    bool pubkeyAuthentication = true;
    bool passwordAuthentication = true;
    bool kbdInteractiveAuthentication = true;
    QString hostKeyAlgorithms; // the raw values when set, including a leading +, - or ^
    QString kexAlgorithms;
    QString ciphers;
    QString macs;
    QString pubkeyAcceptedAlgorithms;
    // Every keyword the files gave a value for (lowercase, aliases resolved, unknown keywords included) with its
    // arguments as written, unquoted and unexpanded; no defaults. The keywords that accumulate (IdentityFile,
    // CertificateFile, LocalForward, RemoteForward, DynamicForward, SendEnv) hold one entry per item, a forward's
    // arguments joined by a space; the others hold the arguments of the line that won.
    QMap<QString, QStringList> options;
};

// Ferry's reader of OpenSSH's client configuration (ssh_config(5), as OpenSSH 9.2 reads it), shared by the
// connection code and the import of saved sessions. It never runs a command: Match exec never matches.
class SshConfig {
public:
    // A user configuration: relative Include paths are taken from ~/.ssh. A missing file is an empty config.
    static SshConfig parseFile(const QString& path, const SshConfigContext& context);
    static SshConfig parseText(const QByteArray& text, const QString& fileNameForMessages,
                               const SshConfigContext& context);

    SshHostConfig resolve(const QString& hostAlias) const;
    // Host patterns without wildcards or negation, in file order with Includes followed: the hosts to import.
    QStringList hostAliases() const;
    // Problems found while parsing, as "file:line: message". OpenSSH refuses such files; Ferry skips the line.
    QStringList warnings() const;

private:
    struct MatchCriterion {
        QString attribute; // lowercase: all, canonical, final, exec, host, originalhost, user, localuser
        QString argument;
        bool negated = false;
    };
    struct Directive {
        enum class Kind { Option, Host, Match, EnterInclude, LeaveInclude };
        Kind kind = Kind::Option;
        QString keyword;                  // lowercase with aliases resolved
        QStringList arguments;            // Host: its patterns
        QVector<MatchCriterion> criteria; // Match only
        bool broken = false;              // a Host or Match line that could not be read never matches
    };
    struct ParseState;
    struct ResolveState;

    void parseLines(const QByteArray& text, const QString& file, int depth, ParseState& state);
    void parseLine(const QString& line, const QString& file, int lineNumber, int depth, ParseState& state);
    void parseHost(const QStringList& arguments, const QString& file, int lineNumber);
    void parseMatch(const QStringList& arguments, const QString& file, int lineNumber);
    void include(const QStringList& patterns, const QString& file, int lineNumber, int depth, ParseState& state);
    void warn(const QString& file, int lineNumber, const QString& message);

    void runPass(ResolveState& state) const;
    bool matches(const Directive& match, ResolveState& state) const;
    static void applyOption(const Directive& directive, ResolveState& state);

    SshConfigContext m_context;
    QVector<Directive> m_directives; // Includes expanded in place
    QStringList m_hostAliases;
    QStringList m_ignoreUnknown;
    QStringList m_warnings;
};

} // namespace ferry
