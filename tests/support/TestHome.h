#pragma once

#include <QString>
#include <QTemporaryDir>

namespace ferry::test {

// A throw-away home directory for the client side of a test: HOME points at it while the object
// lives, and its .ssh holds the known_hosts file and keys the test makes.
class TestHome {
public:
    TestHome();
    ~TestHome();
    TestHome(const TestHome&) = delete;
    TestHome& operator=(const TestHome&) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString sshDir() const { return m_dir.path() + QStringLiteral("/.ssh"); }
    QString knownHostsFile() const { return sshDir() + QStringLiteral("/known_hosts"); }

    // Runs ssh-keygen; passphrase may be empty. format "" (OpenSSH) or "PEM".
    static bool generateKey(const QString& path, const QString& type, const QString& passphrase = QString(),
                            const QString& format = QString(), QString* error = nullptr);
    static QString runTool(const QString& program, const QStringList& args, int* exitCode = nullptr,
                           const QByteArray& input = QByteArray());

private:
    QTemporaryDir m_dir;
    QByteArray m_oldHome;
};

} // namespace ferry::test
