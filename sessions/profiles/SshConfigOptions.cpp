#include "SshConfigOptions.h"

#include <algorithm>

namespace ferry {

SshConfigOptions::Result SshConfigOptions::apply(const SshHostConfig& host, const ConnectionOptions& defaults)
{
    Result result;
    ConnectionOptions& o = result.options;
    o = defaults;
    // Only what the files say explicitly replaces the caller's defaults, which already follow
    // OpenSSH's (port 22, the local user, ~/.ssh/id_* that exist, ~/.ssh/known_hosts).
    const auto given = [&host](const char* keyword) { return host.options.contains(QLatin1String(keyword)); };
    o.host = host.hostName;
    if (given("port")) {
        o.port = host.port;
    }
    if (given("user")) {
        o.user = host.user;
    }
    if (given("identityfile")) {
        o.identityFiles = host.identityFilePaths;
    }
    if (host.identitiesOnly) {
        // OpenSSH would still use the agent's copies of these keys; libssh 0.10 cannot pick agent keys,
        // so the agent is left out rather than offering the server every key it holds.
        o.useAgent = false;
    }
    if (host.connectTimeoutSeconds > 0) {
        o.connectTimeoutMs = host.connectTimeoutSeconds * 1000;
    }
    if (given("serveraliveinterval")) {
        o.keepaliveIntervalSec = host.serverAliveInterval;
    }
    bool ok = false;
    const int countMax = host.options.value(QStringLiteral("serveralivecountmax")).value(0).toInt(&ok);
    if (ok && countMax > 0) {
        o.keepaliveCountMax = countMax;
    }
    if (given("compression")) {
        o.compression = host.compression;
    }
    if (given("userknownhostsfile")) {
        for (const QString& file : host.userKnownHostsFiles) {
            if (file != QLatin1String("none")) {
                o.knownHostsFile = file;
                break;
            }
        }
    }

    QStringList methods = host.preferredAuthentications.isEmpty()
                              ? defaults.authMethods
                              : host.preferredAuthentications.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto disabled = [&host](const QString& m) {
        return (m == QLatin1String("publickey") && !host.pubkeyAuthentication)
               || (m == QLatin1String("password") && !host.passwordAuthentication)
               || (m == QLatin1String("keyboard-interactive") && !host.kbdInteractiveAuthentication);
    };
    methods.erase(std::remove_if(methods.begin(), methods.end(), disabled), methods.end());
    o.authMethods = methods;

    o.hostKeyAlgorithms = host.hostKeyAlgorithms;
    o.keyExchangeAlgorithms = host.kexAlgorithms;
    o.ciphers = host.ciphers;
    o.macs = host.macs;
    o.publicKeyAlgorithms = host.pubkeyAcceptedAlgorithms;

    if (!host.proxyJump.isEmpty()) {
        result.warnings << tr("ProxyJump %1 is not supported yet; Ferry connects to %2 directly.")
                               .arg(host.proxyJump, host.hostName);
    } else if (!host.proxyCommand.isEmpty()) {
        result.warnings << tr("ProxyCommand is not supported (Ferry runs no shell commands from ssh_config); "
                              "Ferry connects to %1 directly.")
                               .arg(host.hostName);
    }
    return result;
}

} // namespace ferry
