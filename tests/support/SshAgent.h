#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace ferry::test {

// A real ssh-agent on a private socket, stopped when the object goes away.
class SshAgent {
public:
    SshAgent();
    ~SshAgent();
    bool start(QString* error);
    QString socketPath() const { return m_dir.path() + QStringLiteral("/agent.sock"); }
    // ssh-add with SSH_AUTH_SOCK pointing at this agent.
    bool add(const QString& keyFile, QString* error);

private:
    QTemporaryDir m_dir;
    QProcess m_agent;
};

} // namespace ferry::test
