#include "OpenSshTool.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

#include <utility>

namespace ferry {

namespace {

// A child without a controlling terminal: OpenSSH then cannot open /dev/tty and reads passphrases from
// stdin, and can never prompt in the terminal Ferry happened to be started from.
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
class SessionLeaderProcess : public QProcess {
public:
    explicit SessionLeaderProcess(QObject* parent)
        : QProcess(parent)
    {
        setChildProcessModifier([] { ::setsid(); });
    }
};
#else
class SessionLeaderProcess : public QProcess {
public:
    explicit SessionLeaderProcess(QObject* parent)
        : QProcess(parent)
    {
    }

protected:
    void setupChildProcess() override { ::setsid(); }
};
#endif

void wipe(QByteArray& secret)
{
    secret.fill('\0');
    secret.clear();
}

} // namespace

OpenSshTool::OpenSshTool(const QString& program, QObject* parent)
    : QObject(parent)
    , m_program(program)
{
}

OpenSshTool::~OpenSshTool()
{
    if (m_process != nullptr && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString OpenSshTool::locate(const QString& program, QString* error)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty() && error != nullptr) {
        *error = tr("%1 was not found on the PATH. Install OpenSSH's client programs (on Debian and Ubuntu: the "
                    "openssh-client package).")
                     .arg(program);
    }
    return path;
}

void OpenSshTool::setEnvironmentVariable(const QString& name, const QString& value)
{
    m_environment.append({name, value});
}

void OpenSshTool::start(const QStringList& arguments, const QList<QByteArray>& stdinLines)
{
    QString error;
    const QString path = locate(m_program, &error);
    if (path.isEmpty()) {
        // Callers connect to finished() after start(): report from the event loop.
        QTimer::singleShot(0, this, [this, error] { finishWithError(error); });
        return;
    }

    m_process = new SessionLeaderProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Without a display and with askpass forbidden, no graphical askpass pops up behind Ferry's back.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("SSH_ASKPASS"));
    environment.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("never"));
    for (const auto& variable : std::as_const(m_environment)) {
        environment.insert(variable.first, variable.second);
    }
    m_process->setProcessEnvironment(environment);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::readyRead, this, &OpenSshTool::onReadyRead);
    connect(
        m_process, qOverload<int, QProcess::ExitStatus>(&QProcess::finished), this,
        [this](int exitCode, QProcess::ExitStatus status) { onProcessFinished(exitCode, static_cast<int>(status)); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError processError) {
        if (processError == QProcess::FailedToStart) {
            finishWithError(tr("%1 could not be started: %2").arg(m_program, m_process->errorString()));
        }
    });

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
        finishWithError(tr("%1 did not finish in time and was stopped.").arg(m_program));
    });
    m_timer->start(m_timeoutMs);

    m_process->start(path, arguments);
    m_started = true;
    QByteArray input;
    for (QByteArray line : stdinLines) {
        input += line + '\n';
        wipe(line);
    }
    // Written before the program reads: the pipe buffers them and each prompt consumes one line.
    if (!input.isEmpty()) {
        m_process->write(input);
    }
    wipe(input);
    m_process->closeWriteChannel();
}

void OpenSshTool::onReadyRead()
{
    const QByteArray data = m_process->readAll();
    const qsizetype room = MaxOutput - m_output.size();
    if (room > 0) {
        m_output += data.left(room);
    }
}

void OpenSshTool::onProcessFinished(int exitCode, int exitStatus)
{
    onReadyRead();
    m_exitCode = exitCode;
    if (exitStatus != QProcess::NormalExit) {
        finishWithError(tr("%1 crashed.").arg(m_program));
        return;
    }
    m_finished = true;
    m_timer->stop();
    emit finished();
}

void OpenSshTool::finishWithError(const QString& message)
{
    if (m_finished) {
        return;
    }
    m_error = message;
    m_finished = true;
    if (m_timer != nullptr) {
        m_timer->stop();
    }
    emit finished();
}

QString OpenSshTool::output() const
{
    return QString::fromUtf8(m_output);
}

bool OpenSshTool::passphraseRejected() const
{
    return m_finished && m_exitCode != 0 &&
           (m_output.contains("incorrect passphrase") || m_output.contains("Bad passphrase"));
}

QString OpenSshTool::errorString() const
{
    if (!m_error.isEmpty()) {
        return m_error;
    }
    if (!m_finished || m_exitCode == 0) {
        return {};
    }
    if (passphraseRejected()) {
        return tr("The passphrase is wrong.");
    }
    // The prompts OpenSSH printed (without line feeds, as nobody typed one) are noise; its last line says
    // what went wrong.
    static const QRegularExpression prompts(QStringLiteral("(Enter [^:\\n]*: |Bad passphrase, try again[^:\\n]*: )"));
    QString text = output();
    text.remove(prompts);
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString last = lines.isEmpty() ? QString() : lines.constLast().trimmed();
    if (last.isEmpty()) {
        return tr("%1 failed with exit status %2.").arg(m_program, QString::number(m_exitCode));
    }
    return tr("%1 failed: %2").arg(m_program, last);
}

} // namespace ferry
