#include "TestHome.h"

#include <QDir>
#include <QProcess>

namespace ferry::test {

TestHome::TestHome()
    : m_oldHome(qgetenv("HOME"))
{
    QDir().mkpath(sshDir());
    QFile::setPermissions(sshDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("HOME", QFile::encodeName(m_dir.path()));
}

TestHome::~TestHome()
{
    qputenv("HOME", m_oldHome);
}

QString TestHome::runTool(const QString& program, const QStringList& args, int* exitCode, const QByteArray& input)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        if (exitCode != nullptr) {
            *exitCode = -1;
        }
        return p.errorString();
    }
    if (!input.isEmpty()) {
        p.write(input);
    }
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (exitCode != nullptr) {
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    return QString::fromUtf8(p.readAll());
}

bool TestHome::generateKey(const QString& path, const QString& type, const QString& passphrase, const QString& format,
                           QString* error)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    QStringList args{QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"), passphrase,
                     QStringLiteral("-C"), QStringLiteral("ferry-test"), QStringLiteral("-f"), path};
    if (type == QLatin1String("rsa")) {
        args << QStringLiteral("-b") << QStringLiteral("2048");
    }
    if (!format.isEmpty()) {
        args << QStringLiteral("-m") << format;
    }
    int code = 0;
    const QString out = runTool(QStringLiteral("ssh-keygen"), args, &code);
    if (code != 0 && error != nullptr) {
        *error = out;
    }
    return code == 0;
}

} // namespace ferry::test
