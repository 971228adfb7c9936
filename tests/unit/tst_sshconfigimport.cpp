#include "profiles/SessionConnector.h"
#include "profiles/SshConfigImport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using ferry::SessionConnector;
using ferry::SessionProfile;
using ferry::SshConfigContext;
using ferry::SshConfigImport;

namespace {

// Include, a wildcard block with a negation, a concrete alias among negations, token expansion in
// HostName, accumulated IdentityFiles and defaults from "Host *".
const char* const sampleConfig = "Include conf.d/*.conf\n"
                                 "\n"
                                 "Host web1 web2\n"
                                 "    HostName %h.Example.NET\n"
                                 "    User deploy\n"
                                 "    IdentityFile ~/.ssh/web_key\n"
                                 "\n"
                                 "Host db\n"
                                 "    HostName 10.1.2.3\n"
                                 "    Port 5522\n"
                                 "    ProxyJump admin@bastion.example.org:2222\n"
                                 "\n"
                                 "Host *.corp !secret.corp\n"
                                 "    User corpuser\n"
                                 "    Port 2200\n"
                                 "    IdentityFile ~/.ssh/corp_key\n"
                                 "\n"
                                 "Host app.corp !nothing-here\n"
                                 "    HostName app-01.corp.internal\n"
                                 "\n"
                                 "Host secret.corp\n"
                                 "    Port 2300\n"
                                 "\n"
                                 "Host *\n"
                                 "    IdentityFile ~/.ssh/everywhere_key\n"
                                 "    ServerAliveInterval 30\n";

const char* const includedConfig = "Host included\n"
                                   "    HostName inc.example.org\n"
                                   "    Port 2022\n"
                                   "Host pattern-only-*\n"
                                   "    User nobody\n";

using SshGOutput = QMap<QString, QStringList>;

} // namespace

class TestSshConfigImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void proposesOneSessionPerConcreteAlias();
    void proposalsAgreeWithSshG_data();
    void proposalsAgreeWithSshG();
    void connectingAnImportedSessionAgreesWithSshG_data();
    void connectingAnImportedSessionAgreesWithSshG();
    void warningsAndNotesReachThePreview();
    void missingFileProposesNothing();

private:
    bool writeFile(const QString& relativePath, const QByteArray& content);
    SshGOutput runSshG(const QString& host);
    QString expandTilde(const QString& path) const;
    QString configPath() const { return m_home + QStringLiteral("/.ssh/config"); }
    SessionProfile proposalFor(const QString& alias);

    QTemporaryDir m_dir;
    QString m_home;
    SshConfigContext m_context;
};

bool TestSshConfigImport::writeFile(const QString& relativePath, const QByteArray& content)
{
    const QString path = m_home + QLatin1Char('/') + relativePath;
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

SshGOutput TestSshConfigImport::runSshG(const QString& host)
{
    QProcess ssh;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home);
    ssh.setProcessEnvironment(environment);
    ssh.setStandardInputFile(QProcess::nullDevice());
    ssh.start(QStringLiteral("ssh"), {QStringLiteral("-G"), QStringLiteral("-F"), configPath(), host});
    SshGOutput output;
    if (!ssh.waitForFinished(30000) || ssh.exitStatus() != QProcess::NormalExit || ssh.exitCode() != 0) {
        qWarning("ssh -G failed: %s", ssh.readAllStandardError().constData());
        return output;
    }
    for (const QByteArray& line : ssh.readAllStandardOutput().split('\n')) {
        const int space = line.indexOf(' ');
        if (space > 0) {
            output[QString::fromUtf8(line.left(space))] << QString::fromUtf8(line.mid(space + 1));
        }
    }
    return output;
}

// ssh -G prints IdentityFile unexpanded; OpenSSH expands ~ with the password database's home.
QString TestSshConfigImport::expandTilde(const QString& path) const
{
    return path.startsWith(QLatin1String("~/")) ? m_context.homeDir + path.mid(1) : path;
}

SessionProfile TestSshConfigImport::proposalFor(const QString& alias)
{
    for (const SshConfigImport::Proposal& proposal : SshConfigImport::fromFile(configPath(), m_context).proposals) {
        if (proposal.profile.name == alias) {
            return proposal.profile;
        }
    }
    return SessionProfile(QUuid{});
}

void TestSshConfigImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_home = m_dir.path() + QStringLiteral("/home");
    QVERIFY(writeFile(QStringLiteral(".ssh/config"), sampleConfig));
    QVERIFY(writeFile(QStringLiteral(".ssh/conf.d/10-included.conf"), includedConfig));
    QVERIFY(writeFile(QStringLiteral(".ssh/id_ed25519"), "not a real key; only its presence matters here\n"));
    m_context = SshConfigContext::forCurrentUser();
    m_context.environment.insert(QStringLiteral("HOME"), m_home);
    QVERIFY(!m_context.localUser.isEmpty());

    QProcess ssh;
    ssh.start(QStringLiteral("ssh"), {QStringLiteral("-V")});
    QVERIFY2(ssh.waitForFinished(30000) && ssh.exitCode() == 0, "the OpenSSH client (ssh) must be installed");
}

void TestSshConfigImport::proposesOneSessionPerConcreteAlias()
{
    const SshConfigImport::Result result = SshConfigImport::fromFile(configPath(), m_context);
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
    QStringList names;
    for (const SshConfigImport::Proposal& proposal : result.proposals) {
        names << proposal.profile.name;
        QVERIFY(!proposal.profile.id.isNull());
        QVERIFY(proposal.profile.connection.useSshConfig);
        QCOMPARE(proposal.profile.connection.sshConfigHost, proposal.profile.name);
        QVERIFY(proposal.profile.folder.isEmpty());
        QVERIFY2(proposal.profile.validate().isEmpty(), qPrintable(proposal.profile.validate().join(QLatin1Char(' '))));
    }
    // Include first (it comes first), then the file; "*.corp", "pattern-only-*" and "*" are not sessions.
    QCOMPARE(names, (QStringList{QStringLiteral("included"), QStringLiteral("web1"), QStringLiteral("web2"),
                                 QStringLiteral("db"), QStringLiteral("app.corp"), QStringLiteral("secret.corp")}));

    const SessionProfile web2 = proposalFor(QStringLiteral("web2"));
    QCOMPARE(web2.host, QStringLiteral("web2.example.net"));
    QCOMPARE(web2.user, QStringLiteral("deploy"));
    QCOMPARE(web2.auth.identityFiles, (QStringList{m_context.homeDir + QStringLiteral("/.ssh/web_key"),
                                                   m_context.homeDir + QStringLiteral("/.ssh/everywhere_key")}));
    const SessionProfile app = proposalFor(QStringLiteral("app.corp"));
    QCOMPARE(app.host, QStringLiteral("app-01.corp.internal"));
    QCOMPARE(app.user, QStringLiteral("corpuser")); // from the wildcard block, as a default
    QCOMPARE(app.port, quint16(2200));
    const SessionProfile secret = proposalFor(QStringLiteral("secret.corp"));
    QCOMPARE(secret.user, QString()); // the negation keeps *.corp away: the local user at connect time
    QCOMPARE(secret.port, quint16(2300));
    QCOMPARE(proposalFor(QStringLiteral("db")).connection.proxyJump, QStringLiteral("admin@bastion.example.org:2222"));
}

void TestSshConfigImport::proposalsAgreeWithSshG_data()
{
    QTest::addColumn<QString>("alias");
    for (const char* alias : {"included", "web1", "web2", "db", "app.corp", "secret.corp"}) {
        QTest::newRow(alias) << QString::fromLatin1(alias);
    }
}

void TestSshConfigImport::proposalsAgreeWithSshG()
{
    QFETCH(QString, alias);
    const SshGOutput ssh = runSshG(alias);
    QVERIFY2(ssh.contains(QStringLiteral("hostname")), "ssh -G gave no answer");
    const SessionProfile p = proposalFor(alias);
    QCOMPARE(p.name, alias);
    QCOMPARE(p.host, ssh.value(QStringLiteral("hostname")).value(0));
    QCOMPARE(QString::number(p.port), ssh.value(QStringLiteral("port")).value(0));
    QCOMPARE(p.user.isEmpty() ? m_context.localUser : p.user, ssh.value(QStringLiteral("user")).value(0));
    QStringList sshIdentities;
    for (const QString& file : ssh.value(QStringLiteral("identityfile"))) {
        sshIdentities << expandTilde(file);
    }
    QCOMPARE(p.auth.identityFiles, sshIdentities);
    QCOMPARE(p.connection.proxyJump, ssh.value(QStringLiteral("proxyjump")).value(0));
}

void TestSshConfigImport::connectingAnImportedSessionAgreesWithSshG_data()
{
    proposalsAgreeWithSshG_data();
}

// Import and connect read the same file the same way: the options a saved session connects with are
// what `ssh <alias>` would use.
void TestSshConfigImport::connectingAnImportedSessionAgreesWithSshG()
{
    QFETCH(QString, alias);
    SessionConnector::Environment environment;
    environment.homeDir = m_home;
    environment.sshDir = m_home + QStringLiteral("/.ssh");
    environment.sshConfigFile = configPath();
    environment.context = m_context;
    QStringList warnings;
    const ferry::ConnectionOptions options =
        SessionConnector::connectionOptions(proposalFor(alias), environment, QString(), &warnings);

    const SshGOutput ssh = runSshG(alias);
    QCOMPARE(options.host, ssh.value(QStringLiteral("hostname")).value(0));
    QCOMPARE(QString::number(options.port), ssh.value(QStringLiteral("port")).value(0));
    QCOMPARE(options.user.isEmpty() ? m_context.localUser : options.user, ssh.value(QStringLiteral("user")).value(0));
    QStringList sshIdentities;
    for (const QString& file : ssh.value(QStringLiteral("identityfile"))) {
        sshIdentities << expandTilde(file);
    }
    QCOMPARE(options.identityFiles, sshIdentities);
    QCOMPARE(options.keepaliveIntervalSec, ssh.value(QStringLiteral("serveraliveinterval")).value(0).toInt());
    QCOMPARE(options.keepaliveIntervalSec, 30);
    QCOMPARE(options.knownHostsFile, environment.sshDir + QStringLiteral("/known_hosts"));
    QCOMPARE(warnings.isEmpty(), !ssh.contains(QStringLiteral("proxyjump")));
}

void TestSshConfigImport::warningsAndNotesReachThePreview()
{
    QVERIFY(writeFile(QStringLiteral(".ssh/broken.conf"), "Host good\n"
                                                          "    Port notaport\n"
                                                          "    HostName good.example\n"
                                                          "Host jumpy\n"
                                                          "    ProxyJump hop1,hop2\n"
                                                          "Host commanded\n"
                                                          "    ProxyCommand nc %h %p\n"));
    const SshConfigImport::Result result =
        SshConfigImport::fromFile(m_home + QStringLiteral("/.ssh/broken.conf"), m_context);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.first().contains(QLatin1String("broken.conf:2")), qPrintable(result.warnings.first()));
    QCOMPARE(result.proposals.size(), 3);
    QCOMPARE(result.proposals.at(0).profile.host, QStringLiteral("good.example"));
    QCOMPARE(result.proposals.at(0).profile.port, quint16(22));
    QVERIFY(result.proposals.at(0).notes.isEmpty());
    QCOMPARE(result.proposals.at(1).profile.connection.proxyJump, QStringLiteral("hop1,hop2"));
    QCOMPARE(result.proposals.at(1).notes.size(), 1);
    QVERIFY(result.proposals.at(1).notes.first().contains(QLatin1String("hop1,hop2")));
    QCOMPARE(result.proposals.at(2).notes.size(), 1);
    QVERIFY(result.proposals.at(2).notes.first().contains(QLatin1String("ProxyCommand")));
}

void TestSshConfigImport::missingFileProposesNothing()
{
    const SshConfigImport::Result result = SshConfigImport::fromFile(m_home + QStringLiteral("/nope"), m_context);
    QVERIFY(result.proposals.isEmpty());
    QVERIFY(result.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestSshConfigImport)
#include "tst_sshconfigimport.moc"
