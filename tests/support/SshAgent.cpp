#include "SshAgent.h"

#include <QDeadlineTimer>

namespace ferry::test {

SshAgent::SshAgent() = default;

SshAgent::~SshAgent()
{
    if (m_agent.state() != QProcess::NotRunning) {
        m_agent.terminate();
        m_agent.waitForFinished(5000);
    }
}

bool SshAgent::start(QString* error)
{
    m_agent.setProcessChannelMode(QProcess::MergedChannels);
    m_agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socketPath()});
    if (!m_agent.waitForStarted(10000)) {
        *error = m_agent.errorString();
        return false;
    }
    // In the foreground it prints the environment lines once the socket is listening.
    QByteArray out;
    QDeadlineTimer deadline(10000);
    while (!out.contains("SSH_AUTH_SOCK")) {
        if (m_agent.state() != QProcess::Running || deadline.hasExpired()) {
            *error = QStringLiteral("ssh-agent did not start: ") + QString::fromUtf8(out + m_agent.readAll());
            return false;
        }
        m_agent.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        out += m_agent.readAll();
    }
    return true;
}

bool SshAgent::add(const QString& keyFile, QString* error)
{
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), socketPath());
    add.setProcessEnvironment(env);
    add.setProcessChannelMode(QProcess::MergedChannels);
    add.start(QStringLiteral("ssh-add"), {keyFile});
    add.closeWriteChannel();
    if (!add.waitForFinished(20000) || add.exitCode() != 0) {
        *error = QStringLiteral("ssh-add failed: ") + QString::fromUtf8(add.readAll());
        return false;
    }
    return true;
}

} // namespace ferry::test
