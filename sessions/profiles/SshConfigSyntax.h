#pragma once

#include <QChar>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace ferry {

// The small grammars inside ssh_config values, each as OpenSSH 9.2 implements it (misc.c, match.c), so that
// SshConfig reads a file exactly as ssh does.
class SshConfigSyntax {
public:
    SshConfigSyntax() = delete;

    // argv_split(): single or double quotes group words and are removed, a backslash escapes a quote, a
    // backslash or (outside quotes) a space, and a '#' starting a word ends the line. nullopt: unterminated quote.
    static std::optional<QStringList> splitArguments(const QString& text);

    // match_pattern(): '*' and '?', case-sensitive.
    static bool matchesPattern(QStringView text, QStringView pattern);
    // match_pattern_list() over a comma-separated list with '!' negation: 1 on a match, -1 when a negated
    // pattern matched, 0 otherwise.
    static int matchPatternList(const QString& subject, const QString& patterns, bool lowercasePatterns);
    // match_hostname(): match_pattern_list() ignoring case.
    static int matchHostname(const QString& host, const QString& patterns);
    // glob(3) of an absolute pattern ('*', '?', [...], backslash escapes, leading dots only explicitly): the
    // existing paths, sorted as glob(3) sorts them in the C locale.
    static QStringList globFiles(const QString& pattern);

    static int parseTime(const QString& text);                 // convtime(): seconds, or -1
    static int parsePort(const QString& text);                 // a2port() without service names: 1..65535, or -1
    static std::optional<bool> parseFlag(const QString& text); // yes, no, true, false
    // A ProxyJump jump list as `ssh -G` prints it, its last hop reformatted; empty when OpenSSH would reject it.
    static QString formatProxyJump(const QString& value);

    // percent_dollar_expand(): one pass over %x tokens and, given an environment, ${VAR}. OpenSSH rejects a value
    // with an unknown token or an unset variable; such a value is returned unchanged.
    static QString expandTokens(const QString& value, const QHash<QChar, QString>& tokens,
                                const QProcessEnvironment* environment);
    // tilde_expand(): ~, ~/path, and ~user/path for the local user; other users' homes are not known here.
    static QString expandTilde(const QString& path, const QString& home, const QString& localUser);
};

} // namespace ferry
