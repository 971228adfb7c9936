#include "SessionConnector.h"

#include "profiles/SshConfigOptions.h"

#include <QDir>
#include <QFileInfo>

namespace ferry {

namespace {

QString expandHome(const QString& path, const QString& homeDir)
{
    if (path == QLatin1String("~")) {
        return homeDir;
    }
    if (path.startsWith(QLatin1String("~/"))) {
        return QDir::cleanPath(homeDir + path.mid(1));
    }
    return path;
}

} // namespace

SessionConnector::Environment SessionConnector::Environment::forCurrentUser()
{
    Environment environment;
    environment.homeDir = QDir::homePath();
    environment.sshDir = QDir(environment.homeDir).filePath(QStringLiteral(".ssh"));
    environment.knownHostsFile = QDir(environment.sshDir).filePath(QStringLiteral("known_hosts"));
    environment.sshConfigFile = QDir(environment.sshDir).filePath(QStringLiteral("config"));
    environment.context = SshConfigContext::forCurrentUser();
    return environment;
}

QString SessionConnector::withLegacySshRsa(const QString& algorithms, bool* ok)
{
    if (ok) {
        *ok = true;
    }
    const QString list = algorithms.trimmed();
    if (list.isEmpty()) {
        return QStringLiteral("+ssh-rsa");
    }
    if (list.startsWith(QLatin1Char('-'))) {
        if (ok) {
            *ok = false;
        }
        return list;
    }
    const bool prefixed = list.startsWith(QLatin1Char('+')) || list.startsWith(QLatin1Char('^'));
    const QStringList names = (prefixed ? list.mid(1) : list).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (names.contains(QLatin1String("ssh-rsa"))) {
        return list;
    }
    return list + QStringLiteral(",ssh-rsa");
}

ConnectionOptions SessionConnector::connectionOptions(const SessionProfile& profile, const Environment& environment,
                                                      const QString& password, QStringList* warnings)
{
    QStringList notes;
    const QString homeDir = environment.homeDir.isEmpty() ? QDir::homePath() : environment.homeDir;
    const SessionProfile::ConnectionSettings& c = profile.connection;

    ConnectionOptions defaults;
    defaults.host = profile.host.trimmed();
    defaults.port = profile.port;
    defaults.user = profile.user;
    defaults.sshDir = environment.sshDir;
    defaults.knownHostsFile = environment.knownHostsFile.isEmpty()
                                  ? QDir(environment.sshDir).filePath(QStringLiteral("known_hosts"))
                                  : environment.knownHostsFile;
    // OpenSSH's default identities in its order; the security-key types libssh cannot use are left out.
    for (const char* name : {"id_rsa", "id_ecdsa", "id_ed25519", "id_dsa"}) {
        const QString file = QDir(environment.sshDir).filePath(QLatin1String(name));
        if (QFileInfo::exists(file)) {
            defaults.identityFiles.append(file);
        }
    }

    ConnectionOptions o = defaults;
    QString configProxyJump;
    if (c.useSshConfig && environment.sshConfigFile != QLatin1String("none")) {
        const QString path = environment.sshConfigFile.isEmpty()
                                 ? QDir(environment.sshDir).filePath(QStringLiteral("config"))
                                 : environment.sshConfigFile;
        const SshConfig config = SshConfig::parseFile(path, environment.context);
        const QString alias = c.sshConfigHost.isEmpty() ? defaults.host : c.sshConfigHost;
        const SshHostConfig host = config.resolve(alias);
        const SshConfigOptions::Result applied = SshConfigOptions::apply(host, defaults);
        notes << config.warnings() << applied.warnings;
        o = applied.options;
        configProxyJump = host.proxyJump;
        if (!c.sshConfigHost.isEmpty() && !defaults.host.isEmpty()) {
            o.host = defaults.host;
        }
    }

    const SessionProfile fresh(QUuid{});
    if (!profile.user.isEmpty()) {
        o.user = profile.user;
    }
    if (profile.port != fresh.port) {
        o.port = profile.port;
    }
    if (!profile.auth.identityFiles.isEmpty()) {
        o.identityFiles.clear();
        for (const QString& file : profile.auth.identityFiles) {
            o.identityFiles << expandHome(file, homeDir);
        }
    }
    if (!profile.auth.useAgent) {
        o.useAgent = false;
    }
    if (profile.auth.methodOrder != fresh.auth.methodOrder) {
        o.authMethods = profile.auth.methodOrder;
    }
    if (c.connectTimeoutSec != fresh.connection.connectTimeoutSec) {
        o.connectTimeoutMs = c.connectTimeoutSec * 1000;
    }
    if (c.keepaliveIntervalSec > 0) {
        o.keepaliveIntervalSec = c.keepaliveIntervalSec;
    }
    if (c.compression) {
        o.compression = true;
    }
    const struct {
        const QString& fromProfile;
        QString& result;
    } algorithms[] = {
        {c.hostKeyAlgorithms, o.hostKeyAlgorithms},
        {c.keyExchangeAlgorithms, o.keyExchangeAlgorithms},
        {c.ciphers, o.ciphers},
        {c.macs, o.macs},
        {c.publicKeyAlgorithms, o.publicKeyAlgorithms},
    };
    for (const auto& a : algorithms) {
        if (!a.fromProfile.trimmed().isEmpty()) {
            a.result = a.fromProfile.trimmed();
        }
    }
    if (c.allowLegacySshRsa) {
        for (QString* list : {&o.hostKeyAlgorithms, &o.publicKeyAlgorithms}) {
            bool ok = true;
            *list = withLegacySshRsa(*list, &ok);
            if (!ok) {
                notes << tr("ssh-rsa could not be allowed: the algorithm list \"%1\" only removes algorithms.")
                             .arg(*list);
            }
        }
    }
    if (!c.proxyJump.trimmed().isEmpty() && c.proxyJump.trimmed() != configProxyJump) {
        notes << tr("ProxyJump %1 is not supported yet; Ferry connects to %2 directly.")
                     .arg(c.proxyJump.trimmed(), o.host);
    }
    o.password = password;
    if (warnings) {
        notes.removeDuplicates();
        *warnings = notes;
    }
    return o;
}

ChannelRequest SessionConnector::shellRequest(const SessionProfile& profile, int columns, int rows)
{
    ChannelRequest request = ChannelRequest::shell(columns, rows);
    const QString type = profile.terminal.terminalType.trimmed();
    if (!type.isEmpty()) {
        request.terminalType = type.toUtf8();
    }
    request.command = profile.terminal.remoteCommand.trimmed();
    for (const SessionProfile::EnvironmentVariable& variable : profile.terminal.environment) {
        request.environment.append({variable.name.toUtf8(), variable.value.toUtf8()});
    }
    return request;
}

SessionConnector::Result SessionConnector::prepare(const SessionProfile& profile, const Environment& environment,
                                                   const QString& password)
{
    Result result;
    result.options = connectionOptions(profile, environment, password, &result.warnings);
    result.shell = shellRequest(profile);
    return result;
}

} // namespace ferry
