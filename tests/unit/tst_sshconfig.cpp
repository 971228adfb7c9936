#include "profiles/SshConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <vector>

using ferry::SshConfig;
using ferry::SshConfigContext;
using ferry::SshHostConfig;

namespace {

// What `ssh -G` printed: keyword -> the values of its lines, in order.
using SshGOutput = QMap<QString, QStringList>;

struct ExtraFile {
    const char* path; // relative to the fake home
    const char* content;
};

// A configuration written to ~/.ssh/<name>.conf in the fake home, the files it includes, and the hosts whose
// resolution is compared with ssh -G.
struct Scenario {
    const char* name;
    const char* config;
    std::vector<ExtraFile> files;
    std::vector<const char*> hosts;
};

const std::vector<Scenario>& scenarios()
{
    static const std::vector<Scenario> all = {
        {"basics",
         "# first obtained value wins, wildcard defaults last\n"
         "Host alpha beta\n"
         "    HostName alpha.example.org\n"
         "    User = alice\n"
         "    Port=2201\n"
         "    IdentityFile \"~/.ssh/id with space\"\n"
         "    IdentityFile ~/.ssh/alpha_key\n"
         "    IdentitiesOnly yes\n"
         "    ConnectTimeout 15\n"
         "    ServerAliveInterval 2m\n"
         "    Compression yes\n"
         "\n"
         "HOST beta\n"
         "    user bob    # alice stays: she came first\n"
         "    PORT 2202\n"
         "    IdentityFile ~/.ssh/beta_key\n"
         "\n"
         "Host *.internal !secret.internal\n"
         "    User ops\n"
         "    ProxyJump admin@bastion.example.org:2222\n"
         "    UserKnownHostsFile ~/.ssh/known_internal \"~/.ssh/known internal 2\"\n"
         "Host secret.internal\n"
         "    ProxyCommand ssh -W %h:%p vault\n"
         "Host web?\n"
         "    HostName %h.example.net\n"
         "    StrictHostKeyChecking accept-new\n"
         "Host *\n"
         "\tUser fallback\n"
         "\tServerAliveInterval 30\n"
         "\tCompression no\n"
         "\tPreferredAuthentications publickey,keyboard-interactive\n"
         "\tPasswordAuthentication no\n"
         "\tKbdInteractiveAuthentication no\n"
         "\tStrictHostKeyChecking yes\n",
         {},
         {"alpha", "beta", "db.internal", "secret.internal", "web1", "web12", "gamma", "Alpha"}},
        {"syntax",
         "Host\tsyn other-syn\r\n"
         "\tUser=\"quoted user\"\r\n"
         "Port =  2022\r\n"
         "IdentityFile='~/.ssh/single quoted'\r\n"
         "IdentityFile ~/.ssh/escaped\\ space\r\n"
         "  HostName syn.example   # comment after the value\r\n"
         "  CONNECTTIMEOUT=1h30m\f\r\n"
         "\r\n"
         "   \t\r\n"
         "Host=other-syn\r\n"
         "  User nobody-else\r\n",
         {},
         {"syn", "other-syn"}},
        {"includes",
         "Include conf.d/*.conf\n"
         "Include ~/.ssh/missing-file.conf ~/.ssh/tilde-inc.conf /nonexistent/dir/*.conf\n"
         "Host blockinc\n"
         "    Include blockinc.conf\n"
         "    Port 2300\n"
         "Host nested\n"
         "    Include nested/level1.conf\n"
         "Host *\n"
         "    User default_user\n",
         {{".ssh/conf.d/10-first.conf", "Host globbed\n  User from_first\n  Port 2101\n"},
          {".ssh/conf.d/20-second.conf",
           "Host globbed other\n  User from_second\n  HostName second.example\n"
           "Host *\n  IdentityFile ~/.ssh/from_glob\n"},
          {".ssh/conf.d/README", "not a config file, and not matched by the glob\n"},
          {".ssh/tilde-inc.conf", "Host tilded\n  Port 2700\n"},
          {".ssh/blockinc.conf", "User from_block_include\nHost someoneelse\n  Port 1\n"},
          {".ssh/nested/level1.conf", "Port 2400\nInclude nested/level2.conf\n"},
          {".ssh/nested/level2.conf", "User from_level2\nIdentityFile ~/.ssh/nested_key\n"}},
         {"globbed", "other", "tilded", "blockinc", "someoneelse", "nested", "plain"}},
        {"match",
         "Host jump-alias\n"
         "    HostName Real-Target.Example.COM\n"
         "Host short bad\n"
         "    HostName %h.corp.example\n"
         "Host as-alice\n"
         "    User alice\n"
         "Match host real-target.example.com\n"
         "    User matched_by_hostname\n"
         "    Port 2500\n"
         "Match originalhost jump-alias\n"
         "    IdentityFile ~/.ssh/by_originalhost\n"
         "Match host short.corp.example\n"
         "    User short_user\n"
         "Match host *.corp.example !host bad.corp.example\n"
         "    Port 2501\n"
         "Match originalhost short user short_user\n"
         "    IdentityFile ~/.ssh/short_user_key\n"
         "Match user alice,bob\n"
         "    ServerAliveInterval 7\n"
         "Match !localuser nobody-here-xyz\n"
         "    ConnectTimeout 9\n"
         "Match localuser nobody-here-xyz\n"
         "    ConnectTimeout 99\n"
         "Match canonical\n"
         "    Compression yes\n"
         "Match all\n"
         "    User everyone\n",
         {},
         {"jump-alias", "short", "bad", "as-alice", "real-target.example.com", "plain"}},
        {"final",
         "Host final-alias\n"
         "    HostName Final.Corp.Example\n"
         "    SendEnv FIRST_VAR\n"
         "Host final.corp.example\n"
         "    User final_user\n"
         "    SendEnv SECOND_VAR\n"
         "Match canonical\n"
         "    ConnectTimeout 21\n"
         "Match final\n"
         "    SendEnv THIRD_VAR\n"
         "    Port 2600\n"
         "Host *\n"
         "    SendEnv EXTRA_VAR -SECOND*\n",
         {},
         {"final-alias", "final.corp.example", "other"}},
        // CanonicalizeHostname makes ssh read the files again, as Match final does; Ferry resolves no names but
        // reads them again too.
        {"canonical",
         "Host canon\n"
         "    HostName Canon-Real.example\n"
         "    CanonicalizeHostname yes\n"
         "Host canon-real.example\n"
         "    User via_second_pass\n"
         "    Port 2800\n"
         "Match canonical\n"
         "    ConnectTimeout 33\n",
         {},
         {"canon", "canon-real.example"}},
        {"tokens",
         "Host tok\n"
         "    HostName Tok-Real.Example\n"
         "    User tokuser\n"
         "    Port 2022\n"
         "    IdentityFile ~/.ssh/id_%h_%p_%r\n"
         "    IdentityFile %d/.ssh/%u@%l\n"
         "    IdentityFile ~/.ssh/%%literal\n"
         "    IdentityFile ${HOME}/.ssh/env_key\n"
         "    CertificateFile ~/.ssh/%n-cert.pub\n"
         "    UserKnownHostsFile ~/.ssh/kh_%h_%p_%r_%u ~/.ssh/kh_%n_%k_%L_%l_%i ~/.ssh/kh_%C %d/kh_%% ${HOME}/kh\n"
         "Host tok2\n"
         "    HostKeyAlias aliased\n"
         "    UserKnownHostsFile ~/.ssh/kh_%k\n",
         {},
         {"tok", "tok2", "Tok"}},
        {"proxy",
         "Host j1\n"
         "    ProxyJump user@jump.example:2200,second\n"
         "    ProxyCommand nc %h %p\n"
         "Host j2\n"
         "    ProxyCommand nc %h %p\n"
         "    ProxyJump ignored\n"
         "Host j3\n"
         "    ProxyJump none\n"
         "    ProxyCommand nc -X 5 \"%h\" %p   # kept: the command is the rest of the line\n"
         "Host j4\n"
         "    ProxyCommand none\n"
         "    ProxyJump ignored\n"
         "Host j5\n"
         "    ProxyJump ssh://u@10.0.0.1:2022\n"
         "Host j6\n"
         "    ProxyJump u@[fe80::1]:23 # a comment\n"
         "Host j7\n"
         "    ProxyJump none\n"
         "    ProxyJump x\n"
         "Host j8\n"
         "    ProxyJump none # only a whole-value none is none: this is a host called none\n"
         "    ProxyCommand nc %h %p\n"
         "Host j9\n"
         "    ProxyJump first,ssh://u%41+b@Jump.Example.:2022/\n"
         "Host j10\n"
         "    ProxyJump [jump.example]:2023\n"
         "Host *\n"
         "    ProxyJump default-jump\n",
         {},
         {"j1", "j2", "j3", "j4", "j5", "j6", "j7", "j8", "j9", "j10", "j11"}},
        {"lists",
         "Host lists\n"
         "    IdentityFile ~/.ssh/k1\n"
         "    IdentityFile ~/.ssh/k2\n"
         "    IdentityFile ~/.ssh/k1\n"
         "    CertificateFile ~/.ssh/c1\n"
         "    CertificateFile ~/.ssh/c1\n"
         "    SendEnv A_VAR B_VAR\n"
         "    SetEnv ONE=1 TWO=\"two words\" ONE=again\n"
         "Host *\n"
         "    IdentityFile ~/.ssh/k3\n"
         "    CertificateFile ~/.ssh/c2\n"
         "    SendEnv C_VAR -A_*\n"
         "    SetEnv THREE=3\n"
         "    UserKnownHostsFile none\n",
         {},
         {"lists", "other"}},
        {"defaults", "", {}, {"plain", "UPPER.Example", "192.168.1.10"}},
    };
    return all;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// Every difference between our resolution and ssh -G on the keywords Ferry uses, one per line.
QString differences(const SshHostConfig& ours, const SshGOutput& theirs)
{
    QStringList problems;
    const auto check = [&](const char* keyword, const QStringList& mine) {
        const QStringList reference = theirs.value(QString::fromLatin1(keyword));
        if (mine != reference) {
            problems << QStringLiteral("%1: ours [%2], ssh -G [%3]")
                            .arg(QString::fromLatin1(keyword), mine.join(QStringLiteral("|")),
                                 reference.join(QStringLiteral("|")));
        }
    };
    const auto single = [](const QString& value) { return value.isEmpty() ? QStringList() : QStringList{value}; };
    check("hostname", {ours.hostName});
    check("user", {ours.user});
    check("port", {QString::number(ours.port)});
    check("identityfile", ours.identityFiles);
    check("identitiesonly", {yesNo(ours.identitiesOnly)});
    check("proxyjump", single(ours.proxyJump));
    check("proxycommand", single(ours.proxyCommand));
    check("connecttimeout",
          {ours.connectTimeoutSeconds < 0 ? QStringLiteral("none") : QString::number(ours.connectTimeoutSeconds)});
    check("serveraliveinterval", {QString::number(ours.serverAliveInterval)});
    check("compression", {yesNo(ours.compression)});
    check("userknownhostsfile", {ours.userKnownHostsFiles.join(QLatin1Char(' '))});
    check("stricthostkeychecking", {ours.strictHostKeyChecking});
    check("preferredauthentications", single(ours.preferredAuthentications));
    check("passwordauthentication", {yesNo(ours.passwordAuthentication)});
    check("kbdinteractiveauthentication", {yesNo(ours.kbdInteractiveAuthentication)});
    check("pubkeyauthentication", {ours.pubkeyAuthentication ? QStringLiteral("true") : QStringLiteral("false")});
    check("certificatefile", ours.options.value(QStringLiteral("certificatefile")));
    check("sendenv", ours.options.value(QStringLiteral("sendenv")));
    check("setenv", ours.options.value(QStringLiteral("setenv")));
    return problems.join(QLatin1Char('\n'));
}

} // namespace

class TestSshConfig : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesSshG_data();
    void matchesSshG();
    void identityFileTokensExpandLikeOpenSsh_data();
    void identityFileTokensExpandLikeOpenSsh();
    void hostAliasesFollowIncludes();
    void matchExecIsNeverRun();
    void corruptInputWarnsAndContinues();
    void randomInputNeverCrashes();
    void includeLoopsAndDepthAreBounded();
    void unknownKeywordsAreKept();
    void missingFileIsAnEmptyConfig();

private:
    QString writeFile(const QString& relativePath, const QByteArray& content);
    SshGOutput runSshG(const QString& configPath, const QString& host);
    QString configPath(const QString& scenario) const;

    QTemporaryDir m_dir;
    QString m_home;
    SshConfigContext m_context;
};

QString TestSshConfig::writeFile(const QString& relativePath, const QByteArray& content)
{
    const QString path = m_home + QLatin1Char('/') + relativePath;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QString();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return QString();
    return path;
}

QString TestSshConfig::configPath(const QString& scenario) const
{
    return m_home + QStringLiteral("/.ssh/") + scenario + QStringLiteral(".conf");
}

SshGOutput TestSshConfig::runSshG(const QString& configPath, const QString& host)
{
    QProcess ssh;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home);
    ssh.setProcessEnvironment(environment);
    ssh.setStandardInputFile(QProcess::nullDevice());
    ssh.start(QStringLiteral("ssh"), {QStringLiteral("-G"), QStringLiteral("-F"), configPath, host});
    SshGOutput output;
    if (!ssh.waitForFinished(30000) || ssh.exitStatus() != QProcess::NormalExit || ssh.exitCode() != 0) {
        qWarning("ssh -G failed: %s", ssh.readAllStandardError().constData());
        return output;
    }
    const QList<QByteArray> lines = ssh.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        const int space = line.indexOf(' ');
        if (space > 0)
            output[QString::fromUtf8(line.left(space))] << QString::fromUtf8(line.mid(space + 1));
    }
    return output;
}

void TestSshConfig::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_home = m_dir.path() + QStringLiteral("/home");
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/.ssh")));

    // OpenSSH expands ~ and %d from the password database but Include from HOME; the test points HOME at the
    // fake home and leaves the rest as the system says, for ssh and for us alike.
    m_context = SshConfigContext::forCurrentUser();
    m_context.environment.insert(QStringLiteral("HOME"), m_home);
    QVERIFY(!m_context.localUser.isEmpty());
    QVERIFY(!m_context.homeDir.isEmpty());

    for (const Scenario& scenario : scenarios()) {
        QVERIFY(!writeFile(QStringLiteral(".ssh/%1.conf").arg(QString::fromLatin1(scenario.name)),
                           scenario.config)
                     .isEmpty());
        for (const ExtraFile& file : scenario.files)
            QVERIFY(!writeFile(QString::fromLatin1(file.path), file.content).isEmpty());
    }

    QProcess ssh;
    ssh.start(QStringLiteral("ssh"), {QStringLiteral("-V")});
    QVERIFY2(ssh.waitForFinished(30000) && ssh.exitCode() == 0, "the OpenSSH client (ssh) must be installed");
}

void TestSshConfig::matchesSshG_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("host");
    for (const Scenario& scenario : scenarios()) {
        for (const char* host : scenario.hosts) {
            QTest::addRow("%s/%s", scenario.name, host)
                << QString::fromLatin1(scenario.name) << QString::fromLatin1(host);
        }
    }
}

void TestSshConfig::matchesSshG()
{
    QFETCH(QString, scenario);
    QFETCH(QString, host);
    const SshConfig config = SshConfig::parseFile(configPath(scenario), m_context);
    QVERIFY2(config.warnings().isEmpty(), qPrintable(config.warnings().join(QLatin1Char('\n'))));

    const SshGOutput reference = runSshG(configPath(scenario), host);
    QVERIFY2(reference.contains(QStringLiteral("hostname")), "ssh -G gave no answer");
    const SshHostConfig ours = config.resolve(host);
    const QString problems = differences(ours, reference);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(ours.hostAlias, host);
}

void TestSshConfig::identityFileTokensExpandLikeOpenSsh_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("remote") << QStringLiteral("~/.ssh/id_%h_%p_%r");
    QTest::newRow("local") << QStringLiteral("%d/k_%u_%l_%L_%i");
    QTest::newRow("names") << QStringLiteral("~/k_%n_%k_%C");
    QTest::newRow("percent") << QStringLiteral("~/.ssh/%%literal");
    QTest::newRow("environment") << QStringLiteral("${HOME}/.ssh/env_key");
    QTest::newRow("tilde alone") << QStringLiteral("~");
    QTest::newRow("tilde user") << QStringLiteral("~%1/.ssh/key");
    QTest::newRow("absolute") << QStringLiteral("/etc/ferry/%h.key");
}

// ssh -G prints IdentityFile unexpanded, but UserKnownHostsFile expanded by the same OpenSSH function, so the
// same path in both tells what ssh would open for the identity.
void TestSshConfig::identityFileTokensExpandLikeOpenSsh()
{
    QFETCH(QString, path);
    if (path.contains(QLatin1String("%1")))
        path = path.arg(m_context.localUser);
    const QString file = writeFile(QStringLiteral(".ssh/tokens-%1.conf")
                                       .arg(QString::fromLatin1(QTest::currentDataTag()))
                                       .replace(QLatin1Char(' '), QLatin1Char('-')),
                                   QStringLiteral("Host tok\n"
                                                  "    HostName Tok-Real.Example\n"
                                                  "    User tokuser\n"
                                                  "    Port 2022\n"
                                                  "    HostKeyAlias hka\n"
                                                  "    IdentityFile %1\n"
                                                  "    UserKnownHostsFile %1\n")
                                       .arg(path)
                                       .toUtf8());
    QVERIFY(!file.isEmpty());
    const SshGOutput reference = runSshG(file, QStringLiteral("tok"));
    QCOMPARE(reference.value(QStringLiteral("userknownhostsfile")).size(), 1);

    const SshHostConfig ours = SshConfig::parseFile(file, m_context).resolve(QStringLiteral("tok"));
    QCOMPARE(ours.identityFiles, QStringList{path});
    QCOMPARE(ours.identityFilePaths, reference.value(QStringLiteral("userknownhostsfile")));
    QVERIFY(!ours.identityFilePaths.constFirst().contains(QLatin1Char('%')) || path.contains(QLatin1String("%%")));
}

void TestSshConfig::hostAliasesFollowIncludes()
{
    const SshConfig includes = SshConfig::parseFile(configPath(QStringLiteral("includes")), m_context);
    QCOMPARE(includes.hostAliases(),
             (QStringList{QStringLiteral("globbed"), QStringLiteral("other"), QStringLiteral("tilded"),
                          QStringLiteral("blockinc"), QStringLiteral("someoneelse"), QStringLiteral("nested")}));
    const SshConfig basics = SshConfig::parseFile(configPath(QStringLiteral("basics")), m_context);
    QCOMPARE(basics.hostAliases(),
             (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("secret.internal")}));
}

void TestSshConfig::matchExecIsNeverRun()
{
    const QString marker = m_dir.path() + QStringLiteral("/exec-ran");
    const QString negatedMarker = m_dir.path() + QStringLiteral("/negated-exec-ran");
    const QString text = QStringLiteral("Match exec \"touch %1\"\n"
                                        "    User exec_user\n"
                                        "Match !exec \"touch %2\" host *\n"
                                        "    Port 2999\n"
                                        "Match host * exec \"touch %1\"\n"
                                        "    ConnectTimeout 5\n"
                                        "Host *\n"
                                        "    User normal\n")
                             .arg(marker, negatedMarker);
    const SshConfig config = SshConfig::parseText(text.toUtf8(), QStringLiteral("exec.conf"), m_context);
    const SshHostConfig resolved = config.resolve(QStringLiteral("somewhere"));

    QVERIFY(!QFile::exists(marker));
    QVERIFY(!QFile::exists(negatedMarker));
    QCOMPARE(resolved.user, QStringLiteral("normal"));
    QCOMPARE(resolved.port, quint16(22));
    QCOMPARE(resolved.connectTimeoutSeconds, -1);
    const QStringList warnings = config.warnings();
    QCOMPARE(warnings.size(), 3);
    QVERIFY(warnings.at(0).startsWith(QLatin1String("exec.conf:1: ")));
    QVERIFY(warnings.at(1).startsWith(QLatin1String("exec.conf:3: ")));
    QVERIFY(warnings.at(2).startsWith(QLatin1String("exec.conf:5: ")));
    QVERIFY(warnings.at(0).contains(QLatin1String("exec")));
}

void TestSshConfig::corruptInputWarnsAndContinues()
{
    QByteArray text;
    text += "Host good\n"; // 1
    text += "  User gooduser\n"; // 2
    text += QByteArray("  Port 3\0\x01\xff binary\x80\n", 20); // 3: NUL, OpenSSH sees "Port 3"
    text += QByteArray(100000, 'A') + '\n'; // 4: over-long line
    text += "  IdentityFile \"unterminated\n"; // 5
    text += "  Port 99999\n"; // 6
    text += "  Port 2022 2023\n"; // 7
    text += "  Match\n"; // 8
    text += "  ConnectTimeout soon\n"; // 9
    text += "\xff\xfe\xfd garbage\n"; // 10: unknown keyword
    text += "  Match host\n"; // 11: criterion without argument
    text += "  Compression maybe\n"; // 12
    text += "Host good\n"; // 13
    text += "  ConnectTimeout 8\n"; // 14
    text += "  IdentityFile ~/.ssh/after_garbage"; // 15: no final newline

    const SshConfig config = SshConfig::parseText(text, QStringLiteral("corrupt"), m_context);
    const QStringList warnings = config.warnings();
    const auto warnedAbout = [&](int line) {
        const QString prefix = QStringLiteral("corrupt:%1: ").arg(line);
        return std::any_of(warnings.cbegin(), warnings.cend(), [&](const QString& w) { return w.startsWith(prefix); });
    };
    const QByteArray all = warnings.join(QLatin1Char('\n')).toUtf8();
    for (int line : {3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
        QVERIFY2(warnedAbout(line), all.constData());
    for (int line : {1, 2, 13, 14, 15})
        QVERIFY(!warnedAbout(line));

    const SshHostConfig good = config.resolve(QStringLiteral("good"));
    QCOMPARE(good.user, QStringLiteral("gooduser"));
    QCOMPARE(good.port, quint16(3));
    // The broken Match on line 11 ended the block and never applies, so the second Host good block supplies these.
    QCOMPARE(good.connectTimeoutSeconds, 8);
    QCOMPARE(good.identityFiles, QStringList{QStringLiteral("~/.ssh/after_garbage")});
    QCOMPARE(good.compression, false);
}

void TestSshConfig::randomInputNeverCrashes()
{
    static const char* const pieces[] = {
        "Host", "Match", "Include", "HostName", "User", "Port", "IdentityFile", "ProxyJump", "ProxyCommand",
        "SendEnv", "SetEnv", "all", "final", "canonical", "host", "!host", "exec", "originalhost", "user", "*",
        "?", "!", "=", "\"", "'", "\\", "#", "%h", "%", "%%", "${HOME}", "${", "~", "conf.d/*", "*/*/*",
        "none", "-A*", "a=b", ",", "[", "]", "ssh://", "@", ":", "22", "0", "\t", " ", "\r", "\xff", "x",
    };
    QRandomGenerator random(20240611);
    for (int round = 0; round < 300; ++round) {
        QByteArray text;
        const int lines = random.bounded(1, 30);
        for (int line = 0; line < lines; ++line) {
            const int words = random.bounded(0, 8);
            for (int word = 0; word < words; ++word) {
                text += pieces[random.bounded(int(std::size(pieces)))];
                if (random.bounded(3) != 0)
                    text += ' ';
            }
            text += '\n';
        }
        if (round % 10 == 0) {
            QByteArray bytes(random.bounded(1, 4096), '\0');
            for (char& byte : bytes)
                byte = char(random.bounded(256));
            text += bytes;
        }
        const SshConfig config = SshConfig::parseText(text, QStringLiteral("random"), m_context);
        for (const char* host : {"x", "host", "a=b", ""}) {
            const SshHostConfig resolved = config.resolve(QString::fromLatin1(host));
            QVERIFY(resolved.port > 0);
            QVERIFY(!resolved.identityFiles.isEmpty());
        }
    }
}

void TestSshConfig::includeLoopsAndDepthAreBounded()
{
    const QString loop = writeFile(QStringLiteral(".ssh/loop/self.conf"),
                                   "Include loop/*.conf\nUser looped\nSendEnv LOOP\n");
    QVERIFY(!loop.isEmpty());
    QVERIFY(!writeFile(QStringLiteral(".ssh/loop/other.conf"), "Include loop/self.conf\nSendEnv OTHER\n").isEmpty());
    const SshConfig looping = SshConfig::parseFile(loop, m_context);
    QVERIFY(!looping.warnings().isEmpty());
    QVERIFY(looping.warnings().constFirst().contains(QLatin1String("loop")));
    const SshHostConfig looped = looping.resolve(QStringLiteral("any"));
    QCOMPARE(looped.user, QStringLiteral("looped"));
    QCOMPARE(looped.options.value(QStringLiteral("sendenv")),
             (QStringList{QStringLiteral("OTHER"), QStringLiteral("LOOP")}));

    // f0 includes f1, which includes f2, ...: OpenSSH reads includes 16 deep at most.
    for (int i = 0; i < 20; ++i) {
        QVERIFY(!writeFile(QStringLiteral(".ssh/chain/f%1.conf").arg(i),
                           QStringLiteral("Include chain/f%1.conf\nSendEnv V%2\n").arg(i + 1).arg(i).toUtf8())
                     .isEmpty());
    }
    const SshConfig chain = SshConfig::parseFile(m_home + QStringLiteral("/.ssh/chain/f0.conf"), m_context);
    QCOMPARE(chain.warnings().size(), 1);
    QVERIFY(chain.warnings().constFirst().contains(QLatin1String("16")));
    QStringList expected;
    for (int i = 16; i >= 0; --i)
        expected << QStringLiteral("V%1").arg(i);
    QCOMPARE(chain.resolve(QStringLiteral("any")).options.value(QStringLiteral("sendenv")), expected);
}

void TestSshConfig::unknownKeywordsAreKept()
{
    const SshConfig config = SshConfig::parseText("Host h\n"
                                                  "  FerryFancy on\n"
                                                  "  IgnoreUnknown Other*,Third\n"
                                                  "  OtherThing \"x y\"\n"
                                                  "  Third z\n"
                                                  "  ChallengeResponseAuthentication no\n",
                                                  QStringLiteral("unknown.conf"), m_context);
    QCOMPARE(config.warnings().size(), 1);
    QVERIFY(config.warnings().constFirst().startsWith(QLatin1String("unknown.conf:2: ")));
    QVERIFY(config.warnings().constFirst().contains(QLatin1String("ferryfancy")));
    const SshHostConfig resolved = config.resolve(QStringLiteral("h"));
    QCOMPARE(resolved.options.value(QStringLiteral("ferryfancy")), QStringList{QStringLiteral("on")});
    QCOMPARE(resolved.options.value(QStringLiteral("otherthing")), QStringList{QStringLiteral("x y")});
    // An alias resolves to its keyword.
    QCOMPARE(resolved.kbdInteractiveAuthentication, false);
    QVERIFY(config.resolve(QStringLiteral("elsewhere")).options.isEmpty());
}

void TestSshConfig::missingFileIsAnEmptyConfig()
{
    const SshConfig config = SshConfig::parseFile(m_dir.path() + QStringLiteral("/does-not-exist"), m_context);
    QVERIFY(config.warnings().isEmpty());
    QVERIFY(config.hostAliases().isEmpty());
    const SshHostConfig resolved = config.resolve(QStringLiteral("Somewhere.Example"));
    QCOMPARE(resolved.hostName, QStringLiteral("somewhere.example"));
    QCOMPARE(resolved.user, m_context.localUser);
    QCOMPARE(resolved.port, quint16(22));
    QCOMPARE(resolved.identityFiles.size(), 7);
    QCOMPARE(resolved.identityFiles.constFirst(), QStringLiteral("~/.ssh/id_rsa"));
    const QDir sshDir(QDir(m_context.homeDir).filePath(QStringLiteral(".ssh")));
    QCOMPARE(resolved.identityFilePaths.constFirst(), sshDir.filePath(QStringLiteral("id_rsa")));
    QCOMPARE(resolved.userKnownHostsFiles, (QStringList{sshDir.filePath(QStringLiteral("known_hosts")),
                                                        sshDir.filePath(QStringLiteral("known_hosts2"))}));
}

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
