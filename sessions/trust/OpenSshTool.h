#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

class QProcess;
class QTimer;

namespace ferry {

// Runs one of OpenSSH's own programs (ssh-keygen, ssh-add), found on PATH, without a shell and without
// blocking. Passphrases go to the program's stdin, never on its command line or in its environment: the
// program runs in a session of its own, without a controlling terminal and with askpass forbidden, so
// OpenSSH's read_passphrase() reads them from stdin, one line per prompt.
class OpenSshTool : public QObject {
    Q_OBJECT
public:
    explicit OpenSshTool(const QString& program, QObject* parent = nullptr);
    // Kills the program if it still runs.
    ~OpenSshTool() override;

    // The program's full path on PATH; empty, with a message for the user in *error, when it is missing.
    static QString locate(const QString& program, QString* error = nullptr);

    QString program() const { return m_program; }
    // Extra environment variables for the program (SSH_AUTH_SOCK); never a secret.
    void setEnvironmentVariable(const QString& name, const QString& value);
    // A program still running after this long is killed and the run fails. Default: 2 minutes.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Starts the program; lines (passphrases, answers) are written to its stdin, each with a line feed,
    // and stdin is closed. finished() is always emitted, also when the program cannot start (then from
    // the event loop).
    void start(const QStringList& arguments, const QList<QByteArray>& stdinLines = {});

    bool isFinished() const { return m_finished; }
    // It ran and exited with status 0.
    bool succeeded() const { return m_finished && m_started && m_exitCode == 0 && m_error.isEmpty(); }
    int exitCode() const { return m_exitCode; }
    // What the program printed (stdout and stderr, interleaved), at most MaxOutput bytes.
    QString output() const;
    // It failed because a passphrase it was given is wrong.
    bool passphraseRejected() const;
    // Why the run failed, for the user: the program is missing, crashed, timed out, or its last message.
    QString errorString() const;

    static constexpr int MaxOutput = 64 * 1024;

signals:
    void finished();

private:
    void onReadyRead();
    void onProcessFinished(int exitCode, int exitStatus);
    void finishWithError(const QString& message);

    QString m_program;
    QList<QPair<QString, QString>> m_environment;
    int m_timeoutMs = 120000;
    QProcess* m_process = nullptr;
    QTimer* m_timer = nullptr;
    QByteArray m_output;
    QString m_error;
    int m_exitCode = -1;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace ferry
