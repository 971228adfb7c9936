#pragma once

#include "ssh/Connection.h"
#include "ssh/RemoteChannel.h"

#include <QList>
#include <QSignalSpy>
#include <QStringList>

#include <memory>

namespace ferry::test {

// A Connection with a scripted user in front of it: answers the host key question and the
// authentication prompts from lists set by the test, and records what it was asked.
class ScriptedClient : public QObject {
    Q_OBJECT
public:
    explicit ScriptedClient(const ConnectionOptions& options, QObject* parent = nullptr);

    Connection* connection() const { return m_connection.get(); }

    HostKeyDecision hostKeyDecision = HostKeyDecision::AcceptOnce;
    QList<QStringList> answers;      // one entry per prompt, in order; none left: cancel
    QList<HostKeyInfo> hostKeyQuestions;
    QList<HostKeyInfo> hostKeyRefusals;
    QList<AuthPrompt> prompts;

    // Connects and waits until connected or disconnected; true when connected.
    bool connectAndWait(int timeoutMs = 30000);
    ConnectionError error() const { return m_connection->lastError(); }

    // Runs a command on a new exec channel and waits for it to close.
    struct ExecResult {
        QByteArray out;
        QByteArray err;
        int exitStatus = -1;
        QString exitSignal;
        bool closed = false;
    };
    ExecResult exec(const QString& command, int timeoutMs = 30000);

private:
    std::unique_ptr<Connection> m_connection;
};

} // namespace ferry::test
