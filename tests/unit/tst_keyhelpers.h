#pragma once

// Helpers shared by the key manager tests (unit and integration).

#include "trust/KeyJob.h"

#include <QFile>
#include <QList>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>

namespace ferry::test {

// Waits for a job to finish; true when it did in time (it may have finished already).
inline bool waitForJob(KeyJob* job, int timeoutMs = 120000)
{
    return QTest::qWaitFor([job] { return job->isFinished(); }, timeoutMs);
}

inline QByteArray describe(const KeyJob* job)
{
    if (!job->isFinished()) {
        return "not finished";
    }
    return job->succeeded() ? QByteArray("ok") : job->errorString().toUtf8();
}

// Restores the process umask when a test ends, however it ends.
class UmaskGuard {
public:
    explicit UmaskGuard(mode_t mask)
        : m_old(::umask(mask))
    {
    }
    ~UmaskGuard() { ::umask(m_old); }
    UmaskGuard(const UmaskGuard&) = delete;
    UmaskGuard& operator=(const UmaskGuard&) = delete;

private:
    mode_t m_old;
};

inline int modeOf(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return -1;
    }
    return static_cast<int>(st.st_mode & 07777);
}

inline QByteArray readAllOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAllTo(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// Runs a program (stdout and stderr merged), with input on stdin; the exit code in *code (-1: did not run).
inline QByteArray runProgram(const QString& program, const QStringList& arguments, int* code = nullptr,
                             const QByteArray& input = QByteArray())
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(120000);
    if (code != nullptr) {
        *code = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    return process.readAll();
}

// The "type base64" part of a public key line.
inline QByteArray keyPart(const QByteArray& line)
{
    const QList<QByteArray> fields = line.simplified().split(' ');
    return fields.size() >= 2 ? fields.at(0) + ' ' + fields.at(1) : QByteArray();
}

// Sets an environment variable for a test's scope (PATH without OpenSSH, another SSH_AUTH_SOCK).
class EnvironmentGuard {
public:
    EnvironmentGuard(const char* name, const QByteArray& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvironmentGuard()
    {
        if (m_had) {
            qputenv(m_name, m_old);
        } else {
            qunsetenv(m_name);
        }
    }
    EnvironmentGuard(const EnvironmentGuard&) = delete;
    EnvironmentGuard& operator=(const EnvironmentGuard&) = delete;

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace ferry::test
