#include "CommandLine.h"

#include "profiles/SshConfig.h"
#include "profiles/SshConfigOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

namespace ferry {

namespace {

bool parsePort(const QString& text, int* port)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 65535) {
        return false;
    }
    *port = value;
    return true;
}

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

    int destinationPort = -1;
    QString destinationUser;
    if (!positional.isEmpty()) {
        QString error;
        if (!splitDestination(positional.constFirst(), &destinationUser, &options.host, &destinationPort, &error)) {
            return fail(error);
        }
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

    int portNumber = destinationPort > 0 ? destinationPort : configPort;
    if (parser.isSet(port) && !parsePort(parser.value(port), &portNumber)) {
        return fail(tr("Not a valid port: %1").arg(parser.value(port)));
    }
    options.port = quint16(portNumber);

    if (parser.isSet(login)) {
        options.user = parser.value(login);
    } else if (!destinationUser.isEmpty()) {
        options.user = destinationUser;
    } else {
        options.user = configUser;
    }
    if (result.hasDestination && options.user.isEmpty()) {
        return fail(tr("No user name: give one with -l or as user@host."));
    }
    return result;
}

bool CommandLine::splitDestination(const QString& text, QString* user, QString* host, int* port, QString* error)
{
    if (text.contains(QLatin1String("://"))) {
        return splitSshUrl(text, user, host, port, error);
    }
    *port = -1;
    user->clear();
    QString rest = text;
    const int at = text.lastIndexOf(QLatin1Char('@'));
    if (at == 0) {
        *error = tr("No user name before '@' in %1").arg(text);
        return false;
    }
    if (at > 0) {
        *user = text.left(at);
        rest = text.mid(at + 1);
    }

    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const int close = rest.indexOf(QLatin1Char(']'));
        const QString after = close < 0 ? QString() : rest.mid(close + 1);
        if (close < 0 || (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))) {
            *error = tr("Not a valid destination: %1").arg(text);
            return false;
        }
        *host = rest.mid(1, close - 1);
        if (!after.isEmpty()) {
            portText = after.mid(1);
        }
    } else if (rest.count(QLatin1Char(':')) == 1) {
        const int colon = rest.indexOf(QLatin1Char(':'));
        *host = rest.left(colon);
        portText = rest.mid(colon + 1);
    } else {
        // No colon, or several: an IPv6 address written without a port.
        *host = rest;
    }

    if (host->isEmpty()) {
        *error = tr("No host name in %1").arg(text);
        return false;
    }
    const bool portWritten = !portText.isEmpty() || rest.endsWith(QLatin1Char(':'));
    if (portWritten && !parsePort(portText, port)) {
        *error = tr("Not a valid port in %1").arg(text);
        return false;
    }
    return true;
}

bool CommandLine::splitSshUrl(const QString& text, QString* user, QString* host, int* port, QString* error)
{
    *port = -1;
    user->clear();
    host->clear();
    const QString scheme = text.left(text.indexOf(QLatin1String("://")));
    if (scheme.compare(QLatin1String("ssh"), Qt::CaseInsensitive) != 0) {
        *error = tr("Ferry opens ssh:// URLs, not %1://: %2").arg(scheme, text);
        return false;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = text.count(QLatin1Char('@')) > 1
                     ? tr("Not a valid ssh:// URL: %1 (an '@' in the user name is written %2)")
                           .arg(text, QStringLiteral("%40"))
                     : tr("Not a valid ssh:// URL: %1").arg(text);
        return false;
    }
    const QString authority = url.authority(QUrl::FullyEncoded);
    if (!url.password(QUrl::FullyEncoded).isEmpty() || authority.contains(QLatin1String(":@"))) {
        *error = tr("A password in an ssh:// URL is not used; Ferry asks for it when the server wants one: %1")
                     .arg(url.toDisplayString(QUrl::RemovePassword));
        return false;
    }
    // The SSH URI draft allows ";fingerprint=..." and other parameters after the user name; accepting the
    // URL without honouring them would pretend a check that does not happen.
    if (url.userName(QUrl::FullyEncoded).contains(QLatin1Char(';'))) {
        *error = tr("Connection parameters (after ';') in ssh:// URLs are not supported: %1").arg(text);
        return false;
    }
    if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() || url.hasFragment()) {
        *error = tr("An ssh:// URL names only [user@]host[:port]; Ferry cannot open the rest of %1").arg(text);
        return false;
    }
    if (url.userInfo(QUrl::FullyEncoded).isEmpty() && authority.startsWith(QLatin1Char('@'))) {
        *error = tr("No user name before '@' in %1").arg(text);
        return false;
    }
    *user = url.userName(QUrl::FullyDecoded);
    *host = url.host(QUrl::FullyDecoded);
    if (host->isEmpty()) {
        *error = tr("No host name in %1").arg(text);
        return false;
    }
    if (url.port() != -1 && !parsePort(QString::number(url.port()), port)) {
        *error = tr("Not a valid port in %1").arg(text);
        return false;
    }
    return true;
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
