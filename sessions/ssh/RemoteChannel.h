#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

namespace ferry {

class Connection;

// The GUI-thread handle of one channel of a Connection. The libssh channel itself lives in the
// connection's worker thread; every call here is queued to it and every signal comes back queued.
// Deleting the handle closes the channel.
class RemoteChannel : public QObject {
    Q_OBJECT
public:
    enum class State { Opening, Open, Closed };
    Q_ENUM(State)

    ~RemoteChannel() override;

    quint64 id() const { return m_id; }
    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    // -1 until the server sends an exit status.
    int exitStatus() const { return m_exitStatus; }
    QString exitSignal() const { return m_exitSignal; }
    QString errorString() const { return m_error; }

    // Bytes for the remote stdin, queued in order; written while the channel is still opening they go
    // out once it is open. Dropped only once the channel is closed.
    void write(const QByteArray& data);
    void sendEof();
    void resizePty(int columns, int rows);
    void close();

    // Flow control. By default received bytes count as consumed once the signal carrying them returns.
    // A consumer that queues them (the terminal writing into its pty) turns this on and calls
    // acknowledge() as it really consumes them; the connection then reads at most a bounded amount
    // ahead and the SSH window makes the server wait.
    void setManualAcknowledge(bool manual) { m_manualAcknowledge = manual; }
    bool manualAcknowledge() const { return m_manualAcknowledge; }
    void acknowledge(qint64 bytes);

signals:
    void opened();
    void openFailed(const QString& message);
    void stdoutReceived(const QByteArray& data);
    void stderrReceived(const QByteArray& data);
    void eofReceived();
    void exitStatusReceived(int status);
    void exitSignalReceived(const QString& signalName, bool coreDumped, const QString& message);
    // Last signal of a channel: the server closed it, it was closed here, or the connection dropped
    // (then errorString() says why).
    void closed();

private:
    friend class Connection;
    RemoteChannel(Connection* connection, quint64 id);
    void markOpened();
    void markOpenFailed(const QString& message);
    void markExitStatus(int status);
    void markExitSignal(const QString& name, bool coreDumped, const QString& message);
    void markClosed(const QString& error);

    QPointer<Connection> m_connection;
    quint64 m_id = 0;
    State m_state = State::Opening;
    int m_exitStatus = -1;
    QString m_exitSignal;
    QString m_error;
    bool m_manualAcknowledge = false;
};

} // namespace ferry
