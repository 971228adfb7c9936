#include "SshdFixture.h"

#include "TestHome.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>

#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace ferry::test {

namespace {

const QString SshdPath = QStringLiteral("/usr/sbin/sshd");

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return probe.serverPort();
}

// Children (and their children) of pid, read from /proc.
QList<pid_t> descendantsOf(pid_t root)
{
    QHash<pid_t, pid_t> parentOf;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool ok = false;
        const pid_t pid = entry.toInt(&ok);
        if (!ok) {
            continue;
        }
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray line = stat.readAll();
        const int close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 1) {
            parentOf.insert(pid, pid_t(fields.at(1).toInt()));
        }
    }
    QList<pid_t> result;
    QList<pid_t> frontier{root};
    while (!frontier.isEmpty()) {
        const pid_t parent = frontier.takeFirst();
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
            if (it.value() == parent) {
                result << it.key();
                frontier << it.key();
            }
        }
    }
    return result;
}

} // namespace

SshdFixture::SshdFixture() = default;

SshdFixture::~SshdFixture()
{
    stop();
}

bool SshdFixture::isRoot()
{
    return geteuid() == 0;
}

QString SshdFixture::loginUser() const
{
    const passwd* pw = getpwuid(geteuid());
    return pw != nullptr ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

bool SshdFixture::writeConfig(const Config& config)
{
    auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    QStringList lines{
        QStringLiteral("ListenAddress 127.0.0.1"),
        QStringLiteral("Port %1").arg(m_port),
        QStringLiteral("HostKey %1/ssh_host_ed25519_key").arg(dir()),
        QStringLiteral("PidFile none"),
        QStringLiteral("AuthorizedKeysFile %1/authorized_keys").arg(dir()),
        QStringLiteral("StrictModes no"),
        QStringLiteral("PermitRootLogin yes"),
        QStringLiteral("PubkeyAuthentication yes"),
        QStringLiteral("UsePAM %1").arg(yesNo(config.usePam)),
        QStringLiteral("PasswordAuthentication %1").arg(yesNo(config.passwordAuthentication)),
        QStringLiteral("KbdInteractiveAuthentication %1").arg(yesNo(config.kbdInteractiveAuthentication)),
        QStringLiteral("LogLevel %1").arg(config.logLevel),
        QStringLiteral("PrintMotd no"),
        QStringLiteral("AcceptEnv FERRY_*"),
        QStringLiteral("Subsystem sftp %1").arg(config.sftpSubsystem),
        // Remote shells start with a HOME of the fixture's, so the account's own dotfiles (a ~/.bashrc that
        // runs a slow or locked tool, say) never decide whether a test passes. A test's own SetEnv, in
        // extraLines, comes first and wins.
        QStringLiteral("SetEnv HOME=%1").arg(remoteHome()),
    };
    // Match blocks must come last in sshd_config.
    lines = config.extraLines + lines;
    if (!QDir().mkpath(remoteHome())) {
        m_error = QStringLiteral("cannot create %1").arg(remoteHome());
        return false;
    }
    QFile file(dir() + QStringLiteral("/sshd_config"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = file.errorString();
        return false;
    }
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return true;
}

bool SshdFixture::start()
{
    return start(Config());
}

bool SshdFixture::start(const Config& config)
{
    stop();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (!QFile::exists(SshdPath)) {
        m_error = QStringLiteral("%1 is missing: install openssh-server (scripts/deps)").arg(SshdPath);
        return false;
    }
    // sshd refuses to start without its privilege separation directory.
    QDir().mkpath(QStringLiteral("/run/sshd"));
    // sshd reads authorized_keys as the user logging in, who may not be the one running the tests.
    QFile::setPermissions(dir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                     | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    if (!QFile::exists(dir() + QStringLiteral("/ssh_host_ed25519_key"))) {
        if (!TestHome::generateKey(dir() + QStringLiteral("/ssh_host_ed25519_key"), QStringLiteral("ed25519"),
                                   QString(), QString(), &m_error)
            || !TestHome::generateKey(userKeyFile(), QStringLiteral("ed25519"), QString(), QString(), &m_error)
            || !authorize(userKeyFile() + QStringLiteral(".pub"))) {
            return false;
        }
    }
    m_port = freeLoopbackPort();
    if (m_port == 0 || !writeConfig(config)) {
        m_error = QStringLiteral("no free port or config not written: ") + m_error;
        return false;
    }
    m_log.clear();
    m_sshd.setProcessChannelMode(QProcess::MergedChannels);
    m_sshd.start(SshdPath, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                            dir() + QStringLiteral("/sshd_config")});
    if (!m_sshd.waitForStarted(10000)) {
        m_error = m_sshd.errorString();
        return false;
    }
    // Ready when it says it listens: its own word, not a guess at how long it takes.
    const QByteArray ready = QStringLiteral("Server listening on 127.0.0.1 port %1").arg(m_port).toUtf8();
    QDeadlineTimer deadline(20000);
    while (!m_log.contains(ready)) {
        if (m_sshd.state() != QProcess::Running || deadline.hasExpired()) {
            m_log += m_sshd.readAll();
            m_error = QStringLiteral("sshd did not start: ") + QString::fromUtf8(m_log);
            return false;
        }
        m_sshd.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        m_log += m_sshd.readAll();
    }
    return true;
}

void SshdFixture::stop()
{
    if (m_sshd.state() == QProcess::NotRunning) {
        return;
    }
    killConnections();
    m_sshd.terminate();
    if (!m_sshd.waitForFinished(5000)) {
        m_sshd.kill();
        m_sshd.waitForFinished(5000);
    }
}

QString SshdFixture::log()
{
    m_log += m_sshd.readAll();
    return QString::fromUtf8(m_log);
}

int SshdFixture::killConnections()
{
    return signalConnections(SIGKILL);
}

int SshdFixture::signalConnections(int signal)
{
    const pid_t listener = pid_t(m_sshd.processId());
    if (listener <= 0) {
        return 0;
    }
    const QList<pid_t> children = descendantsOf(listener);
    for (pid_t pid : children) {
        ::kill(pid, signal);
    }
    return children.size();
}

QByteArray SshdFixture::hostKeyBlob() const
{
    QFile file(hostKeyPublicFile());
    if (!file.open(QIODevice::ReadOnly)) {
        return QByteArray();
    }
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    return fields.size() > 1 ? QByteArray::fromBase64(fields.at(1)) : QByteArray();
}

bool SshdFixture::authorize(const QString& publicKeyFile)
{
    QFile pub(publicKeyFile);
    QFile keys(dir() + QStringLiteral("/authorized_keys"));
    if (!pub.open(QIODevice::ReadOnly) || !keys.open(QIODevice::Append)) {
        m_error = QStringLiteral("cannot authorize %1").arg(publicKeyFile);
        return false;
    }
    keys.write(pub.readAll().trimmed() + '\n');
    keys.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

ConnectionOptions SshdFixture::clientOptions(const QString& sshDir, const QString& knownHostsFile) const
{
    ConnectionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = m_port;
    o.user = loginUser();
    o.sshDir = sshDir;
    o.knownHostsFile = knownHostsFile;
    o.identityFiles = QStringList{userKeyFile()};
    o.useAgent = false;
    o.connectTimeoutMs = 20000;
    return o;
}

bool SshdFixture::ensureUser(const QString& name, const QString& password, QString* why)
{
    if (!isRoot()) {
        *why = QStringLiteral("creating the test user %1 needs root (CI runs as root)").arg(name);
        return false;
    }
    int code = 0;
    if (getpwnam(name.toLocal8Bit().constData()) == nullptr) {
        const QString out = TestHome::runTool(QStringLiteral("useradd"),
                                              {QStringLiteral("-m"), QStringLiteral("-s"), QStringLiteral("/bin/sh"), name},
                                              &code);
        if (code != 0) {
            *why = QStringLiteral("useradd failed: ") + out;
            return false;
        }
    }
    const QString out = TestHome::runTool(QStringLiteral("chpasswd"), {}, &code,
                                          (name + QLatin1Char(':') + password + QLatin1Char('\n')).toUtf8());
    if (code != 0) {
        *why = QStringLiteral("chpasswd failed: ") + out;
        return false;
    }
    return true;
}

} // namespace ferry::test
