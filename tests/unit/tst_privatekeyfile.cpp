#include "trust/PrivateKeyFile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

class TestPrivateKeyFile : public QObject {
    Q_OBJECT
private slots:
    void detectsEncryption_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("expected");
        const int plain = int(PrivateKeyFile::Protection::Plain);
        const int encrypted = int(PrivateKeyFile::Protection::Encrypted);
        QTest::newRow("ed25519 plain") << QStringLiteral("ed25519") << QStringLiteral("") << QStringLiteral("") << plain;
        QTest::newRow("ed25519 encrypted") << QStringLiteral("ed25519") << QStringLiteral("") << QStringLiteral("secret-pw") << encrypted;
        QTest::newRow("rsa pem plain") << QStringLiteral("rsa") << QStringLiteral("PEM") << QStringLiteral("") << plain;
        QTest::newRow("rsa pem encrypted") << QStringLiteral("rsa") << QStringLiteral("PEM") << QStringLiteral("secret-pw") << encrypted;
        QTest::newRow("ecdsa pkcs8 plain") << QStringLiteral("ecdsa") << QStringLiteral("PKCS8") << QStringLiteral("") << plain;
        QTest::newRow("ecdsa pkcs8 encrypted") << QStringLiteral("ecdsa") << QStringLiteral("PKCS8") << QStringLiteral("secret-pw") << encrypted;
    }
    void detectsEncryption()
    {
        QFETCH(QString, type);
        QFETCH(QString, format);
        QFETCH(QString, passphrase);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key"));
        QStringList args{QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"), passphrase,
                         QStringLiteral("-f"), path};
        if (type == QLatin1String("rsa")) {
            args << QStringLiteral("-b") << QStringLiteral("2048");
        }
        if (!format.isEmpty()) {
            args << QStringLiteral("-m") << format;
        }
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), args), 0);
        QCOMPARE(int(PrivateKeyFile::protection(path)), expected);
    }
    void rejectsGarbage()
    {
        QString why;
        QCOMPARE(PrivateKeyFile::protectionOf("hello"), PrivateKeyFile::Protection::Unreadable);
        QCOMPARE(PrivateKeyFile::protectionOf("-----BEGIN OPENSSH PRIVATE KEY-----\n!!\n-----END OPENSSH PRIVATE KEY-----"),
                 PrivateKeyFile::Protection::Unreadable);
        QCOMPARE(PrivateKeyFile::protection(QStringLiteral("/nonexistent/key"), &why),
                 PrivateKeyFile::Protection::Unreadable);
        QVERIFY(!why.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPrivateKeyFile)
#include "tst_privatekeyfile.moc"
