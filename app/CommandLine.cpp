#include "CommandLine.h"

#include "profiles/Destination.h"
#include "profiles/SshConfig.h"
#include "profiles/SshConfigOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>

#include <pwd.h>
#include <unistd.h>

namespace ferry {

namespace {

// Shells expand "~/", but not inside "--option=~/file"; do it here so both spellings work.
QString absolutePath(const QString& path, const QString& homeDir)
{
    if (path == QLatin1String("~")) {
        return QDir::cleanPath(homeDir);
    }
    if (path.startsWith(QLatin1String("~/"))) {
        return QDir::cleanPath(homeDir + path.mid(1));
    }
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

CommandLine::Result CommandLine::parse(const QStringList& arguments, const QString& homeDir, const QString& localUser)
{
    Result result;
    const QString defaultSshDir = QDir(homeDir).filePath(QStringLiteral(".ssh"));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Ferry, an SSH terminal and SFTP client."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    parser.addPositionalArgument(QStringLiteral("destination"),
                                 tr("The server to connect to, also as ssh://[user@]host[:port]. -l and -p take "
                                    "precedence over the user and port written here. An IPv6 address with a "
                                    "port is written [address]:port."),
                                 tr("[[user@]host[:port]]"));
    // Not addHelpOption(): it also adds --help-all, promising Qt's own options, which Ferry does not take
    // (its command line is read before the GUI starts).
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Displays this help."));
    parser.addOption(help);
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption port({QStringLiteral("p"), QStringLiteral("port")},
                                  tr("Port to connect to (default: 22)."), tr("port"));
    const QCommandLineOption login({QStringLiteral("l"), QStringLiteral("login")},
                                   tr("User to log in as (default: %1).").arg(localUser), tr("user"));
    const QCommandLineOption identity({QStringLiteral("i"), QStringLiteral("identity")},
                                      tr("Private key to try; repeat for more. Default: id_rsa, id_ecdsa, id_ed25519 "
                                         "and id_dsa in the ssh directory, those that exist."),
                                      tr("file"));
    const QCommandLineOption knownHosts(QStringLiteral("known-hosts"),
                                        tr("OpenSSH known_hosts file to check and store host keys in "
                                           "(default: known_hosts in the ssh directory)."),
                                        tr("file"));
    const QCommandLineOption sshDir(QStringLiteral("ssh-dir"),
                                    tr("The ssh directory (default: %1).").arg(defaultSshDir), tr("directory"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Save a PNG of the window as shown on the screen and print its path, "
                                           "once the first remote output has arrived and settled (or the "
                                           "connection failed; 30 seconds at the latest)."),
                                        tr("file"));
    const QCommandLineOption quitAfterScreenshot(
        QStringLiteral("quit-after-screenshot"),
        tr("Quit once the screenshot is saved: exit status 0 if remote output had arrived, 1 otherwise."));
    const QCommandLineOption configFile(QStringLiteral("F"),
                                        tr("OpenSSH client configuration to read for the destination, as ssh "
                                           "does (default: config in the ssh directory); \"none\" reads none."),
                                        tr("file"));
    const QCommandLineOption session(QStringLiteral("session"),
                                     tr("Open the saved session with this name instead of a destination."), tr("name"));
    parser.addOptions(
        {port, login, identity, session, knownHosts, sshDir, configFile, screenshot, quitAfterScreenshot});

    auto fail = [&result](const QString& message) {
        result.action = Action::Error;
        result.error = message;
        return result;
    };

    if (!parser.parse(arguments)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(help)) {
        result.action = Action::ShowHelp;
        result.helpText = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::ShowVersion;
        return result;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return fail(tr("Expected one destination, got %1: %2")
                        .arg(QString::number(positional.size()), positional.join(QLatin1Char(' '))));
    }
    if (parser.isSet(quitAfterScreenshot) && !parser.isSet(screenshot)) {
        return fail(tr("--quit-after-screenshot needs --screenshot."));
    }
    if (parser.isSet(session)) {
        result.sessionName = parser.value(session).trimmed();
        if (result.sessionName.isEmpty()) {
            return fail(tr("--session needs the name of a saved session."));
        }
        if (!positional.isEmpty()) {
            return fail(tr("Give either a destination or --session, not both."));
        }
        if (parser.isSet(port) || parser.isSet(login) || parser.isSet(identity)) {
            return fail(tr("-p, -l and -i apply to a destination; the saved session has its own settings."));
        }
    }
    if (parser.isSet(screenshot)) {
        result.screenshotPath = absolutePath(parser.value(screenshot), homeDir);
        result.quitAfterScreenshot = parser.isSet(quitAfterScreenshot);
    }

    ConnectionOptions& options = result.options;
    options.sshDir = parser.isSet(sshDir) ? absolutePath(parser.value(sshDir), homeDir) : defaultSshDir;
    options.knownHostsFile = parser.isSet(knownHosts) ? absolutePath(parser.value(knownHosts), homeDir)
                                                      : QDir(options.sshDir).filePath(QStringLiteral("known_hosts"));
    if (parser.isSet(identity)) {
        for (const QString& file : parser.values(identity)) {
            options.identityFiles.append(absolutePath(file, homeDir));
        }
    } else {
        // OpenSSH's default identities in its order; the security-key types libssh cannot use are left out.
        for (const char* name : {"id_rsa", "id_ecdsa", "id_ed25519", "id_dsa"}) {
            const QString file = QDir(options.sshDir).filePath(QLatin1String(name));
            if (QFileInfo::exists(file)) {
                options.identityFiles.append(file);
            }
        }
    }

    Destination destination;
    if (!positional.isEmpty()) {
        QString error;
        if (!Destination::parse(positional.constFirst(), &destination, &error)) {
            return fail(error);
        }
        options.host = destination.host;
        result.hasDestination = true;
    } else if (parser.isSet(port) || parser.isSet(login) || parser.isSet(identity)) {
        return fail(tr("-p, -l and -i need a destination."));
    }

    // What ssh_config says for the host comes first; what the command line says explicitly wins.
    int configPort = 22;
    QString configUser = localUser;
    const QString configValue = parser.value(configFile);
    if (parser.isSet(configFile)) {
        result.sshConfigFile = configValue == QLatin1String("none") ? configValue : absolutePath(configValue, homeDir);
    }
    if (result.hasDestination && configValue != QLatin1String("none")) {
        SshConfigContext context = SshConfigContext::forCurrentUser();
        context.homeDir = homeDir;
        context.localUser = localUser;
        const QString path = parser.isSet(configFile) ? absolutePath(configValue, homeDir)
                                                      : QDir(options.sshDir).filePath(QStringLiteral("config"));
        const SshConfig config = SshConfig::parseFile(path, context);
        const SshHostConfig hostConfig = config.resolve(options.host);
        const SshConfigOptions::Result fromConfig = SshConfigOptions::apply(hostConfig, options);
        result.warnings = config.warnings() + fromConfig.warnings;
        const QStringList explicitIdentities = parser.isSet(identity) ? options.identityFiles : QStringList();
        const QString explicitKnownHosts = options.knownHostsFile;
        options = fromConfig.options;
        // Like ssh: -i keys first, then the file's; the defaults only when neither names any.
        if (hostConfig.options.contains(QStringLiteral("identityfile"))) {
            options.identityFiles = explicitIdentities + options.identityFiles;
        }
        if (parser.isSet(knownHosts)) {
            options.knownHostsFile = explicitKnownHosts;
        }
        configPort = options.port;
        if (!options.user.isEmpty()) {
            configUser = options.user;
        }
    }

    int portNumber = destination.port > 0 ? destination.port : configPort;
    if (parser.isSet(port) && !Destination::parsePort(parser.value(port), &portNumber)) {
        return fail(tr("Not a valid port: %1").arg(parser.value(port)));
    }
    options.port = quint16(portNumber);

    if (parser.isSet(login)) {
        options.user = parser.value(login);
    } else if (!destination.user.isEmpty()) {
        options.user = destination.user;
    } else {
        options.user = configUser;
    }
    if (result.hasDestination && options.user.isEmpty()) {
        return fail(tr("No user name: give one with -l or as user@host."));
    }
    return result;
}

QString CommandLine::currentUserName()
{
    const QString fromEnvironment = qEnvironmentVariable("USER");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    if (const passwd* entry = ::getpwuid(::getuid())) {
        return QString::fromLocal8Bit(entry->pw_name);
    }
    return QString();
}

} // namespace ferry
