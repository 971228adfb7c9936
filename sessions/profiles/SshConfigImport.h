#pragma once

#include "profiles/SessionProfile.h"
#include "profiles/SshConfig.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace ferry {

// Proposes saved sessions from an OpenSSH client configuration, for the import preview: one session per
// concrete Host alias (Includes followed, in file order). Wildcard and negated patterns ("Host *",
// "Host *.corp !db.corp") are not sessions; they apply to the aliases as defaults, through the same
// SshConfig::resolve() that connecting uses, so the proposal shows what `ssh <alias>` would do.
//
// Each profile has name = alias, host = HostName (resolved), port, user (only when the file sets one:
// otherwise the local user at connect time), identity files (only those the file names, expanded),
// ProxyJump kept as text, useSshConfig on and connection.sshConfigHost = alias, so connecting keeps
// reading that Host block. folder is empty: the caller puts the sessions where the user wants them.
class SshConfigImport {
    Q_DECLARE_TR_FUNCTIONS(SshConfigImport)
public:
    struct Proposal {
        SessionProfile profile;
        QStringList notes; // what will not work as in ssh for this host (ProxyJump, ProxyCommand), plain words
    };
    struct Result {
        QVector<Proposal> proposals;
        QStringList warnings; // the parser's problems with the files, "file:line: message"
    };

    // A missing file gives no proposals and no warnings.
    static Result fromFile(const QString& path, const SshConfigContext& context);
    static Result fromConfig(const SshConfig& config);
    static Proposal propose(const SshConfig& config, const QString& alias);
};

} // namespace ferry
