#include "KeyJob.h"

#include "OpenSshTool.h"

#include <QTimer>

namespace ferry {

KeyJob::KeyJob(QObject* parent)
    : QObject(parent)
{
}

KeyJob::~KeyJob()
{
    delete m_tool;
    m_tool = nullptr;
    if (!m_finished) {
        for (const auto& cleanup : std::as_const(m_cleanups)) {
            cleanup();
        }
    }
}

void KeyJob::addStep(Step step)
{
    m_steps.append(std::move(step));
}

void KeyJob::addCleanup(std::function<void()> cleanup)
{
    m_cleanups.append(std::move(cleanup));
}

void KeyJob::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    QTimer::singleShot(0, this, &KeyJob::runSteps);
}

void KeyJob::fail(const QString& message)
{
    if (m_error.isEmpty()) {
        m_error = message;
    }
}

void KeyJob::setToolEnvironment(const QString& name, const QString& value)
{
    m_toolEnvironment.append({name, value});
}

void KeyJob::runTool(const QString& program, const QStringList& arguments, const QList<QByteArray>& stdinLines,
                     ToolCheck check)
{
    m_tool = new OpenSshTool(program, this);
    for (const auto& variable : std::as_const(m_toolEnvironment)) {
        m_tool->setEnvironmentVariable(variable.first, variable.second);
    }
    connect(m_tool, &OpenSshTool::finished, this, [this, check] {
        OpenSshTool* tool = m_tool;
        m_tool = nullptr;
        if (check) {
            check(this, *tool);
        } else if (!tool->succeeded()) {
            fail(tool->errorString());
        }
        tool->deleteLater();
        runSteps();
    });
    m_tool->start(arguments, stdinLines);
}

void KeyJob::runSteps()
{
    while (m_error.isEmpty() && m_tool == nullptr && m_next < m_steps.size()) {
        const Step step = m_steps.at(m_next++);
        step(this);
    }
    if (m_tool != nullptr && m_error.isEmpty()) {
        return;
    }
    finish();
}

void KeyJob::finish()
{
    if (m_finished) {
        return;
    }
    // Steps may hold passphrases in their captures: drop them as soon as they are no longer needed.
    m_steps.clear();
    for (const auto& cleanup : std::as_const(m_cleanups)) {
        cleanup();
    }
    m_cleanups.clear();
    m_finished = true;
    emit finished();
}

} // namespace ferry
