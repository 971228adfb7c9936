#include "ScriptedClient.h"

#include <QTest>

namespace ferry::test {

ScriptedClient::ScriptedClient(const ConnectionOptions& options, QObject* parent)
    : QObject(parent)
    , m_connection(std::make_unique<Connection>(options))
{
    connect(m_connection.get(), &Connection::hostKeyQuestion, this, [this](quint64 id, const HostKeyInfo& info) {
        hostKeyQuestions << info;
        m_connection->answerHostKey(id, hostKeyDecision);
    });
    connect(m_connection.get(), &Connection::hostKeyRefused, this,
            [this](const HostKeyInfo& info) { hostKeyRefusals << info; });
    connect(m_connection.get(), &Connection::authPrompt, this, [this](quint64 id, const AuthPrompt& prompt) {
        prompts << prompt;
        if (answers.isEmpty()) {
            m_connection->cancelPrompt(id);
        } else {
            m_connection->answerPrompt(id, answers.takeFirst());
        }
    });
}

bool ScriptedClient::connectAndWait(int timeoutMs)
{
    QSignalSpy up(m_connection.get(), &Connection::connected);
    QSignalSpy down(m_connection.get(), &Connection::disconnected);
    m_connection->connectToHost();
    if (!QTest::qWaitFor([&] { return !up.isEmpty() || !down.isEmpty(); }, timeoutMs)) {
        return false;
    }
    return !up.isEmpty() && down.isEmpty();
}

ScriptedClient::ExecResult ScriptedClient::exec(const QString& command, int timeoutMs)
{
    ExecResult result;
    RemoteChannel* ch = m_connection->openChannel(ChannelRequest::exec(command));
    connect(ch, &RemoteChannel::stdoutReceived, this, [&result](const QByteArray& d) { result.out += d; });
    connect(ch, &RemoteChannel::stderrReceived, this, [&result](const QByteArray& d) { result.err += d; });
    QSignalSpy closed(ch, &RemoteChannel::closed);
    if (closed.isEmpty()) {
        closed.wait(timeoutMs);
    }
    result.closed = !closed.isEmpty();
    result.exitStatus = ch->exitStatus();
    result.exitSignal = ch->exitSignal();
    delete ch;
    return result;
}

} // namespace ferry::test
