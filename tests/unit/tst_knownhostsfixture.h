// What the known_hosts tests share: keys made by the real ssh-keygen once per test program, files in a
// temporary folder, and small helpers.
#pragma once

#include "tst_keyhelpers.h"

#include "trust/KnownHosts.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using ferry::HostKeyVerdict;
using ferry::KnownHosts;
using ferry::KnownHostsMatch;

namespace ferry {
// Found by QCOMPARE through argument-dependent lookup, so a failed comparison names the verdicts.
inline char* toString(HostKeyVerdict verdict)
{
    static const char* const names[] = {"Known", "Unknown", "OtherTypeKnown", "Changed", "Revoked"};
    return qstrdup(names[static_cast<int>(verdict)]);
}
} // namespace ferry

namespace knownhoststest {

struct TestKey {
    QString pubPath;
    QString type;
    QByteArray blob;
    QByteArray base64;
};

// A byte array of the whole literal, embedded NULs included, without counting bytes by hand.
template <int N>
inline QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

inline int run(const QStringList& arguments, QByteArray* output = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("ssh-keygen"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitCode();
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QByteArray entryLine(const QByteArray& hosts, const TestKey& key)
{
    return hosts + ' ' + key.type.toLatin1() + ' ' + key.base64;
}

} // namespace knownhoststest

using namespace knownhoststest;
using ferry::test::modeOf;
using ferry::test::UmaskGuard;

// Keys and files for the tests of one program: initTestCase() makes the keys.
class KnownHostsFixture : public QObject {
protected:
    void makeKeys();
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    QString writeFile(const QString& name, const QByteArray& content) const;
    KnownHosts loaded(const QString& name, const QByteArray& content) const;
    TestKey generateKey(const QString& name, const QStringList& typeArguments);

    QTemporaryDir m_dir;
    TestKey m_ed1;
    TestKey m_ed2;
    TestKey m_ed3;
    TestKey m_rsa;
    TestKey m_ecdsa;
};

inline TestKey KnownHostsFixture::generateKey(const QString& name, const QStringList& typeArguments)
{
    const QString path = filePath(name);
    TestKey key;
    if (run(QStringList{QStringLiteral("-q"), QStringLiteral("-N"), QString(), QStringLiteral("-C"), name,
                        QStringLiteral("-f"), path}
            + typeArguments)
        != 0)
        return key;
    key.pubPath = path + QStringLiteral(".pub");
    const QList<QByteArray> fields = readFile(key.pubPath).trimmed().split(' ');
    if (fields.size() < 2)
        return key;
    key.type = QString::fromLatin1(fields.at(0));
    key.base64 = fields.at(1);
    key.blob = QByteArray::fromBase64(key.base64);
    return key;
}

inline QString KnownHostsFixture::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write the test file");
    return path;
}

inline KnownHosts KnownHostsFixture::loaded(const QString& name, const QByteArray& content) const
{
    KnownHosts store(writeFile(name, content));
    if (!store.load())
        qFatal("load failed");
    return store;
}

inline void KnownHostsFixture::makeKeys()
{
    QVERIFY(m_dir.isValid());
    const QStringList ed25519{QStringLiteral("-t"), QStringLiteral("ed25519")};
    m_ed1 = generateKey(QStringLiteral("ed1"), ed25519);
    m_ed2 = generateKey(QStringLiteral("ed2"), ed25519);
    m_ed3 = generateKey(QStringLiteral("ed3"), ed25519);
    m_rsa = generateKey(QStringLiteral("rsa"), {QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"),
                                                QStringLiteral("2048")});
    m_ecdsa = generateKey(QStringLiteral("ecdsa"), {QStringLiteral("-t"), QStringLiteral("ecdsa")});
    for (const TestKey* key : {&m_ed1, &m_ed2, &m_ed3, &m_rsa, &m_ecdsa})
        QVERIFY2(!key->blob.isEmpty(), "ssh-keygen did not produce a key");
    QCOMPARE(m_ed1.type, QStringLiteral("ssh-ed25519"));
    QCOMPARE(m_rsa.type, QStringLiteral("ssh-rsa"));
    QCOMPARE(m_ecdsa.type, QStringLiteral("ecdsa-sha2-nistp256"));
    QVERIFY(m_ed1.blob != m_ed2.blob);
}
