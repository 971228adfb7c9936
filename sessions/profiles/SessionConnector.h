#pragma once

#include "profiles/SessionProfile.h"
#include "profiles/SshConfig.h"
#include "ssh/ChannelRequest.h"
#include "ssh/ConnectionOptions.h"

#include <QCoreApplication>
#include <QStringList>

namespace ferry {

// Turns a saved session into what Connection needs: ConnectionOptions to connect and the ChannelRequest
// of its shell.
//
// Layers, lowest first:
//   1. Ferry's defaults over the caller's paths: known_hosts, OpenSSH's default keys that exist in sshDir.
//   2. ssh_config, when the profile's useSshConfig is on: SshConfigOptions::apply() on the Host block of
//      connection.sshConfigHost (or host).
//   3. The profile: every setting that differs from a new profile's default (see SessionProfile) wins;
//      settings left at their default defer to ssh_config: a non-empty user, a port other than 22, a
//      non-empty identity file list, agent off, a changed method order, a connect timeout other than
//      15 s, keepalive on, compression on and non-empty algorithm lists replace ssh_config's.
//      The host: when sshConfigHost is empty the profile's host is the name looked up, and ssh_config's
//      HostName for it applies, as with `ssh <host>`; when sshConfigHost names the block (imported
//      sessions), the profile's host is used as it is, so editing it in the session takes effect.
//   4. allowLegacySshRsa adds ssh-rsa to the resulting host key and public key algorithm lists.
class SessionConnector {
    Q_DECLARE_TR_FUNCTIONS(SessionConnector)
public:
    // Where the user's OpenSSH files are. The caller decides, so tests never read the real ~/.ssh.
    struct Environment {
        QString sshDir;           // required: default keys are looked for here; libssh's %d
        QString knownHostsFile;   // empty: <sshDir>/known_hosts
        QString sshConfigFile;    // empty: <sshDir>/config; "none": read no ssh_config
        SshConfigContext context; // ~ and %-tokens in ssh_config (SshConfigContext::forCurrentUser())
        QString homeDir;          // "~/" in the profile's key paths; empty: QDir::homePath()

        // $HOME/.ssh and the current user's context: what the application uses.
        static Environment forCurrentUser();
    };

    struct Result {
        ConnectionOptions options;
        ChannelRequest shell; // Kind::Shell with the profile's TERM, environment and remote command
        QStringList warnings; // plain words: ssh_config problems, settings Ferry cannot honour (ProxyJump)
    };

    // password: a remembered password fetched from the keychain, kept in memory only; may be empty.
    static Result prepare(const SessionProfile& profile, const Environment& environment,
                          const QString& password = QString());

    static ConnectionOptions connectionOptions(const SessionProfile& profile, const Environment& environment,
                                               const QString& password = QString(), QStringList* warnings = nullptr);
    static ChannelRequest shellRequest(const SessionProfile& profile, int columns = 80, int rows = 24);

    // "+ssh-rsa" merged into an OpenSSH algorithm list ("" -> "+ssh-rsa", "a,b" -> "a,b,ssh-rsa",
    // "+a" -> "+a,ssh-rsa", "^a" -> "^a,ssh-rsa"); a list removing algorithms ("-a") cannot also add one:
    // it is returned unchanged and *ok set to false.
    static QString withLegacySshRsa(const QString& algorithms, bool* ok = nullptr);
};

} // namespace ferry
