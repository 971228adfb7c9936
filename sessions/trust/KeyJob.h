#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace ferry {

class OpenSshTool;

// One asynchronous key operation (generate, change a passphrase, import, add to the agent): steps run in
// order, some in process, some as runs of OpenSSH's programs, and cleanups run at the end whatever happened.
// A dialog shows it busy until finished(), then succeeded() or errorString(). Deleting a running job stops
// its program and runs its cleanups.
class KeyJob : public QObject {
    Q_OBJECT
public:
    using Step = std::function<void(KeyJob*)>;
    using ToolCheck = std::function<void(KeyJob*, const OpenSshTool&)>;

    explicit KeyJob(QObject* parent = nullptr);
    ~KeyJob() override;

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // The main file the job wrote (a private key), empty when it wrote none.
    QString resultPath() const { return m_resultPath; }
    // What was done, in a sentence for the user.
    QString message() const { return m_message; }

    // Building a job (KeyOperations does it). A step runs synchronously; it may call fail() to stop the job
    // or runTool() to make the job wait for an OpenSSH program before the next step.
    void addStep(Step step);
    void addCleanup(std::function<void()> cleanup);
    // Starts from the event loop, so that finished() can be connected after the call that made the job.
    void start();

    // For steps.
    void fail(const QString& message);
    // Runs program with arguments and secret stdin lines (wiped once written). When it ends, check runs if
    // given (it may fail() the job); without one, a failed run fails the job with the program's message.
    void runTool(const QString& program, const QStringList& arguments, const QList<QByteArray>& stdinLines = {},
                 ToolCheck check = {});
    void setToolEnvironment(const QString& name, const QString& value);
    void setResultPath(const QString& path) { m_resultPath = path; }
    void setMessage(const QString& message) { m_message = message; }

signals:
    void finished();

private:
    void runSteps();
    void finish();

    QList<Step> m_steps;
    QList<std::function<void()>> m_cleanups;
    QList<QPair<QString, QString>> m_toolEnvironment;
    OpenSshTool* m_tool = nullptr;
    qsizetype m_next = 0;
    QString m_error;
    QString m_resultPath;
    QString m_message;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace ferry
