// Logging in with an OpenSSH user certificate through Ferry's own authentication: a CA made at test time signs the
// user key, the fixture sshd trusts the CA (TrustedUserCAKeys) and its authorized_keys does not hold the key, so
// only the "-cert.pub" beside the key can let it in. Also: a certificate the server refuses leaves the bare key
// to try, as OpenSSH does.
#include "../unit/tst_keyhelpers.h"

#include "ScriptedClient.h"
#include "SshdFixture.h"
#include "TestHome.h"

#include <QCoreApplication>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

class TestCertificate : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void certificateLetsTheKeyIn();
    void encryptedKeyWithCertificate();
    void refusedCertificateFallsBackToTheKey();

private:
    bool sign(const QString& ca, const QString& key, const QString& principal, const QString& validity = QString());
    ConnectionOptions optionsFor(const SshdFixture& sshd, const QString& key) const;

    TestHome m_home;
    QString m_ca;
};

void TestCertificate::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QDir().mkpath(m_home.sshDir()));
    m_ca = m_home.path() + QStringLiteral("/user_ca");
    QVERIFY(TestHome::generateKey(m_ca, QStringLiteral("ed25519")));
}

bool TestCertificate::sign(const QString& ca, const QString& key, const QString& principal, const QString& validity)
{
    QStringList arguments{QStringLiteral("-q"),
                          QStringLiteral("-s"),
                          ca,
                          QStringLiteral("-I"),
                          QStringLiteral("ferry-cert-test"),
                          QStringLiteral("-n"),
                          principal};
    if (!validity.isEmpty()) {
        arguments << QStringLiteral("-V") << validity;
    }
    arguments << key + QStringLiteral(".pub");
    int code = -1;
    const QByteArray out = runProgram(QStringLiteral("ssh-keygen"), arguments, &code);
    if (code != 0) {
        qWarning("ssh-keygen -s: %s", out.constData());
    }
    return code == 0;
}

ConnectionOptions TestCertificate::optionsFor(const SshdFixture& sshd, const QString& key) const
{
    ConnectionOptions options = sshd.clientOptions(m_home.sshDir(), m_home.knownHostsFile());
    options.identityFiles = QStringList{key};
    return options;
}

void TestCertificate::certificateLetsTheKeyIn()
{
    const QString key = m_home.sshDir() + QStringLiteral("/id_certified");
    QVERIFY(TestHome::generateKey(key, QStringLiteral("ed25519")));
    SshdFixture sshd;
    SshdFixture::Config config;
    config.extraLines << QStringLiteral("TrustedUserCAKeys %1.pub").arg(m_ca);
    QVERIFY2(sshd.start(config), qPrintable(sshd.errorString()));

    // Without the certificate the key is a stranger.
    {
        ScriptedClient refused(optionsFor(sshd, key));
        QVERIFY(!refused.connectAndWait());
        QCOMPARE(refused.error().kind, ConnectionError::Kind::AuthenticationFailed);
    }

    QVERIFY(sign(m_ca, key, sshd.loginUser()));
    ScriptedClient client(optionsFor(sshd, key));
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    QCOMPARE(client.connection()->authenticatedWith(), QStringList{QStringLiteral("publickey")});
    QVERIFY(client.prompts.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(sshd.log().contains(QLatin1String("Accepted certificate ID \"ferry-cert-test\"")), 10000);
    const QString log = client.connection()->log()->toText();
    QVERIFY2(log.contains(QLatin1String("Using certificate")), qPrintable(log));
}

void TestCertificate::encryptedKeyWithCertificate()
{
    const QString key = m_home.sshDir() + QStringLiteral("/id_certified_ecdsa");
    QVERIFY(TestHome::generateKey(key, QStringLiteral("ecdsa"), QStringLiteral("cert pass")));
    SshdFixture sshd;
    SshdFixture::Config config;
    config.extraLines << QStringLiteral("TrustedUserCAKeys %1.pub").arg(m_ca);
    QVERIFY2(sshd.start(config), qPrintable(sshd.errorString()));
    QVERIFY(sign(m_ca, key, sshd.loginUser()));
    ScriptedClient client(optionsFor(sshd, key));
    client.answers << QStringList{QStringLiteral("cert pass")};
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    QCOMPARE(client.prompts.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(sshd.log().contains(QLatin1String("Accepted certificate ID")), 10000);
}

void TestCertificate::refusedCertificateFallsBackToTheKey()
{
    // The certificate names another principal, so the server refuses it; the key itself is authorized.
    const QString key = m_home.sshDir() + QStringLiteral("/id_fallback");
    QVERIFY(TestHome::generateKey(key, QStringLiteral("ed25519")));
    SshdFixture sshd;
    SshdFixture::Config config;
    config.extraLines << QStringLiteral("TrustedUserCAKeys %1.pub").arg(m_ca);
    QVERIFY2(sshd.start(config), qPrintable(sshd.errorString()));
    QVERIFY(sign(m_ca, key, QStringLiteral("somebody-else")));
    QVERIFY(sshd.authorize(key + QStringLiteral(".pub")));

    ScriptedClient client(optionsFor(sshd, key));
    QVERIFY2(client.connectAndWait(), qPrintable(client.error().message));
    QCOMPARE(client.connection()->authenticatedWith(), QStringList{QStringLiteral("publickey")});
    const QString log = client.connection()->log()->toText();
    QVERIFY2(log.contains(QLatin1String("does not accept certificate")), qPrintable(log));
    QVERIFY(!sshd.log().contains(QLatin1String("Accepted certificate ID")));
}

QTEST_GUILESS_MAIN(TestCertificate)
#include "tst_certificate.moc"
