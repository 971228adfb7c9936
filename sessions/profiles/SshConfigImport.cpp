#include "SshConfigImport.h"

#include "profiles/SshConfigOptions.h"

namespace ferry {

SshConfigImport::Result SshConfigImport::fromFile(const QString& path, const SshConfigContext& context)
{
    return fromConfig(SshConfig::parseFile(path, context));
}

SshConfigImport::Result SshConfigImport::fromConfig(const SshConfig& config)
{
    Result result;
    result.warnings = config.warnings();
    for (const QString& alias : config.hostAliases()) {
        result.proposals.append(propose(config, alias));
    }
    return result;
}

SshConfigImport::Proposal SshConfigImport::propose(const SshConfig& config, const QString& alias)
{
    const SshHostConfig host = config.resolve(alias);
    const auto given = [&host](const char* keyword) { return host.options.contains(QLatin1String(keyword)); };
    Proposal proposal;
    SessionProfile& p = proposal.profile;
    p.name = alias;
    p.host = host.hostName;
    p.port = host.port;
    // Left empty when the file does not say, so the session keeps meaning "the local user" and "OpenSSH's
    // default keys" wherever it is used, as the file does.
    if (given("user")) {
        p.user = host.user;
    }
    if (given("identityfile")) {
        p.auth.identityFiles = host.identityFilePaths;
    }
    p.connection.useSshConfig = true;
    p.connection.sshConfigHost = alias;
    p.connection.proxyJump = host.proxyJump;
    proposal.notes = SshConfigOptions::apply(host, ConnectionOptions()).warnings;
    return proposal;
}

} // namespace ferry
