// The key manager offscreen, without a server: generating through the dialog, changing a passphrase, the public
// key, PuTTY imports, keys added by path, missing OpenSSH programs, and the agent (a real ssh-agent).
#include "../unit/tst_keyhelpers.h"

#include "GuiTestHelpers.h"
#include "Mnemonics.h"
#include "SshAgent.h"
#include "TestHome.h"
#include "keys/AgentAddDialog.h"
#include "keys/AgentPanel.h"
#include "keys/KeyGenerateDialog.h"
#include "keys/KeyManagerDialog.h"
#include "keys/KeyPassphraseDialog.h"
#include "keys/PublicKeyDialog.h"
#include "keys/PuttyImportDialog.h"
#include "trust/KeyListModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

namespace {

QPushButton* button(QWidget* parent, const QString& name)
{
    return parent->findChild<QPushButton*>(name);
}

QPushButton* okButton(QDialog* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

QString cell(const KeyListModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// The public key ssh-keygen derives from a private key file with a passphrase; empty when it cannot.
QByteArray derivedPublicKey(const QString& path, const QString& passphrase)
{
    int code = -1;
    const QByteArray out =
        runProgram(QStringLiteral("ssh-keygen"),
                   {QStringLiteral("-y"), QStringLiteral("-P"), passphrase, QStringLiteral("-f"), path}, &code);
    return code == 0 ? keyPart(out) : QByteArray();
}

void screenshot(QWidget* widget, const QString& name)
{
    const QByteArray dir = qgetenv("FERRY_KEYS_SCREENSHOTS");
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents(); // the layout settles after the last keystroke
        widget->grab().save(QFile::decodeName(dir) + QStringLiteral("/keys-") + name + QStringLiteral(".png"));
    }
}

} // namespace

class TestKeyManager : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void generateWithPassphrase();
    void changePassphrase();
    void showAndCopyPublicKey();
    void importPuttyKeyThroughTheDialog();
    void brokenPuttyKeyIsReported();
    void keysAddedByPathAreRemembered();
    void missingOpenSshIsSaid();
    void agentAddListRemove();
    void noAgentIsSaid();
    void acceleratorsAreUnique();

private:
    std::unique_ptr<KeyManagerDialog> openManager(const QString& agentSocket = QString());

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QTemporaryDir> m_noAgent;
};

void TestKeyManager::init()
{
    QSettings().clear();
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QVERIFY(QDir().mkpath(m_home->sshDir()));
    m_noAgent = std::make_unique<QTemporaryDir>();
}

void TestKeyManager::cleanup()
{
    QSettings().clear();
    m_home.reset();
    m_noAgent.reset();
}

std::unique_ptr<KeyManagerDialog> TestKeyManager::openManager(const QString& agentSocket)
{
    KeyManagerSettings settings;
    settings.sshDir = m_home->sshDir();
    // No test may talk to the agent of whoever runs it.
    settings.agentSocket = agentSocket.isEmpty() ? m_noAgent->filePath(QStringLiteral("none.sock")) : agentSocket;
    auto dialog = std::make_unique<KeyManagerDialog>(settings);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get())) {
        return nullptr;
    }
    return dialog;
}

void TestKeyManager::generateWithPassphrase()
{
    auto manager = openManager();
    QVERIFY(manager);
    QCOMPARE(manager->model()->rowCount(), 0);
    QTest::mouseClick(button(manager.get(), QStringLiteral("generate")), Qt::LeftButton);
    auto* dialog = qobject_cast<KeyGenerateDialog*>(manager->subDialog());
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY2(mnemonicClashes(dialog).isEmpty(), qPrintable(mnemonicClashes(dialog).join(QLatin1String("; "))));
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("algorithm"))->currentData().toInt(),
             int(KeyAlgorithm::Ed25519));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("fileName"))->text(), QStringLiteral("id_ed25519"));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("comment"))->text(), KeyGenerateDialog::defaultComment());
    QVERIFY(KeyGenerateDialog::defaultComment().contains(QLatin1Char('@')));

    typeInto(dialog, QStringLiteral("comment"), QStringLiteral("made by the dialog"));
    typeInto(dialog, QStringLiteral("passphrase"), QStringLiteral("correct horse"));
    typeInto(dialog, QStringLiteral("repeatPassphrase"), QStringLiteral("correct hose"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("passphraseHint"))->text().contains(QLatin1String("differ")));
    typeInto(dialog, QStringLiteral("repeatPassphrase"), QStringLiteral("correct horse"));
    QVERIFY(okButton(dialog)->isEnabled());
    screenshot(dialog, QStringLiteral("generate"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    // The window stays usable while ssh-keygen works, but the key buttons wait.
    QVERIFY(manager->isBusy());
    QVERIFY(!button(manager.get(), QStringLiteral("generate"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!manager->isBusy(), 60000);
    const QString key = m_home->sshDir() + QStringLiteral("/id_ed25519");
    QVERIFY2(manager->messageText().contains(key), qPrintable(manager->messageText()));
    QCOMPARE(modeOf(key), 0600);
    QCOMPARE(modeOf(key + QStringLiteral(".pub")), 0644);
    const QByteArray pub = readAllOf(key + QStringLiteral(".pub"));
    QVERIFY(pub.trimmed().endsWith("made by the dialog"));
    QCOMPARE(derivedPublicKey(key, QStringLiteral("correct horse")), keyPart(pub));
    QVERIFY(derivedPublicKey(key, QString()).isEmpty());

    // Listed and selected, with what it is.
    const int row = manager->model()->rowOf(key);
    QVERIFY(row >= 0);
    QCOMPARE(manager->table()->selectionModel()->selectedRows().value(0).row(), row);
    QCOMPARE(cell(manager->model(), row, KeyListModel::TypeColumn), QStringLiteral("ED25519"));
    QCOMPARE(cell(manager->model(), row, KeyListModel::PassphraseColumn), QStringLiteral("Yes"));
    QCOMPARE(cell(manager->model(), row, KeyListModel::CommentColumn), QStringLiteral("made by the dialog"));
    QVERIFY(cell(manager->model(), row, KeyListModel::FingerprintColumn).startsWith(QLatin1String("SHA256:")));
    screenshot(manager.get(), QStringLiteral("manager"));

    // A second key of the same type never overwrites the first.
    QTest::mouseClick(button(manager.get(), QStringLiteral("generate")), Qt::LeftButton);
    dialog = qobject_cast<KeyGenerateDialog*>(manager->subDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("fileName"))->text(), QStringLiteral("id_ed25519_2"));
    typeInto(dialog, QStringLiteral("fileName"), QStringLiteral("id_ed25519"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("fileHint"))->text().contains(QLatin1String("already exists")));
    // RSA 3072 without a passphrase, under the name the dialog proposes for it.
    auto* algorithm = dialog->findChild<QComboBox*>(QStringLiteral("algorithm"));
    algorithm->setCurrentIndex(algorithm->findData(int(KeyAlgorithm::Rsa3072)));
    typeInto(dialog, QStringLiteral("fileName"), QStringLiteral("id_rsa"));
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!manager->isBusy(), 120000);
    const QString rsa = m_home->sshDir() + QStringLiteral("/id_rsa");
    QCOMPARE(derivedPublicKey(rsa, QString()), keyPart(readAllOf(rsa + QStringLiteral(".pub"))));
    QCOMPARE(cell(manager->model(), manager->model()->rowOf(rsa), KeyListModel::BitsColumn), QStringLiteral("3072"));
    QCOMPARE(cell(manager->model(), manager->model()->rowOf(rsa), KeyListModel::PassphraseColumn),
             QStringLiteral("No"));
    QCOMPARE(readAllOf(key + QStringLiteral(".pub")), pub);
}

void TestKeyManager::changePassphrase()
{
    const QString key = m_home->sshDir() + QStringLiteral("/id_ecdsa");
    QVERIFY(TestHome::generateKey(key, QStringLiteral("ecdsa"), QStringLiteral("old secret")));
    const QByteArray before = readAllOf(key);
    const QByteArray publicKey = keyPart(readAllOf(key + QStringLiteral(".pub")));
    auto manager = openManager();
    QVERIFY(manager);
    QVERIFY(manager->selectKey(key));

    // A wrong current passphrase: said plainly, nothing written.
    QTest::mouseClick(button(manager.get(), QStringLiteral("changePassphrase")), Qt::LeftButton);
    auto* dialog = qobject_cast<KeyPassphraseDialog*>(manager->subDialog());
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    typeInto(dialog, QStringLiteral("oldPassphrase"), QStringLiteral("not it"));
    typeInto(dialog, QStringLiteral("passphrase"), QStringLiteral("new secret"));
    typeInto(dialog, QStringLiteral("repeatPassphrase"), QStringLiteral("new secret"));
    screenshot(dialog, QStringLiteral("passphrase"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!manager->isBusy(), 60000);
    QVERIFY2(manager->messageText().contains(QLatin1String("passphrase"), Qt::CaseInsensitive),
             qPrintable(manager->messageText()));
    QCOMPARE(readAllOf(key), before);

    QVERIFY(manager->selectKey(key));
    QTest::mouseClick(button(manager.get(), QStringLiteral("changePassphrase")), Qt::LeftButton);
    dialog = qobject_cast<KeyPassphraseDialog*>(manager->subDialog());
    QVERIFY(dialog);
    typeInto(dialog, QStringLiteral("oldPassphrase"), QStringLiteral("old secret"));
    typeInto(dialog, QStringLiteral("passphrase"), QStringLiteral("new secret"));
    typeInto(dialog, QStringLiteral("repeatPassphrase"), QStringLiteral("new secret"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!manager->isBusy(), 60000);
    QCOMPARE(derivedPublicKey(key, QStringLiteral("new secret")), publicKey);
    QVERIFY(derivedPublicKey(key, QStringLiteral("old secret")).isEmpty());
    QCOMPARE(modeOf(key), 0600);

    // Removing it: the current one only, an empty new one.
    QVERIFY(manager->selectKey(key));
    QTest::mouseClick(button(manager.get(), QStringLiteral("changePassphrase")), Qt::LeftButton);
    dialog = qobject_cast<KeyPassphraseDialog*>(manager->subDialog());
    QVERIFY(dialog);
    typeInto(dialog, QStringLiteral("oldPassphrase"), QStringLiteral("new secret"));
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!manager->isBusy(), 60000);
    QCOMPARE(derivedPublicKey(key, QString()), publicKey);
    QCOMPARE(cell(manager->model(), manager->model()->rowOf(key), KeyListModel::PassphraseColumn),
             QStringLiteral("No"));
}

void TestKeyManager::showAndCopyPublicKey()
{
    const QString key = m_home->sshDir() + QStringLiteral("/id_ed25519");
    QVERIFY(TestHome::generateKey(key, QStringLiteral("ed25519"), QStringLiteral("pass")));
    auto manager = openManager();
    QVERIFY(manager);
    QVERIFY(manager->selectKey(key));
    QTest::mouseClick(button(manager.get(), QStringLiteral("publicKey")), Qt::LeftButton);
    auto* dialog = qobject_cast<PublicKeyDialog*>(manager->subDialog());
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->text(), QString::fromUtf8(readAllOf(key + QStringLiteral(".pub")).trimmed()));
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), dialog->text());
    screenshot(dialog, QStringLiteral("publickey"));
}

void TestKeyManager::importPuttyKeyThroughTheDialog()
{
    const QString passFile = m_home->path() + QStringLiteral("/pass");
    QVERIFY(writeAllTo(passFile, "ppk secret\n"));
    const QString ppk = m_home->path() + QStringLiteral("/work laptop.ppk");
    int code = -1;
    const QByteArray out =
        runProgram(QStringLiteral("puttygen"),
                   {QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-o"), ppk,
                    QStringLiteral("--new-passphrase"), passFile, QStringLiteral("-C"), QStringLiteral("from putty")},
                   &code);
    QVERIFY2(code == 0, out.constData());
    auto manager = openManager();
    QVERIFY(manager);
    manager->importPuttyKey(ppk);
    auto* dialog = qobject_cast<PuttyImportDialog*>(manager->subDialog());
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("fileName"))->text(), QStringLiteral("work laptop"));
    typeInto(dialog, QStringLiteral("fileName"), QStringLiteral("id_putty"));
    typeInto(dialog, QStringLiteral("ppkPassphrase"), QStringLiteral("ppk secret"));
    typeInto(dialog, QStringLiteral("passphrase"), QStringLiteral("openssh secret"));
    typeInto(dialog, QStringLiteral("repeatPassphrase"), QStringLiteral("openssh secret"));
    screenshot(dialog, QStringLiteral("puttyimport"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!manager->isBusy(), 60000);
    const QString key = m_home->sshDir() + QStringLiteral("/id_putty");
    QVERIFY2(manager->messageText().contains(key), qPrintable(manager->messageText()));
    QCOMPARE(modeOf(key), 0600);
    QCOMPARE(derivedPublicKey(key, QStringLiteral("openssh secret")), keyPart(readAllOf(key + QStringLiteral(".pub"))));
    QCOMPARE(cell(manager->model(), manager->model()->rowOf(key), KeyListModel::CommentColumn),
             QStringLiteral("from putty"));
}

void TestKeyManager::brokenPuttyKeyIsReported()
{
    const QString ppk = m_home->path() + QStringLiteral("/broken.ppk");
    QVERIFY(writeAllTo(ppk, "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: x\nPublic-Lines: 99\n"));
    auto manager = openManager();
    QVERIFY(manager);
    manager->importPuttyKey(ppk);
    QVERIFY(!manager->subDialog());
    QVERIFY2(manager->messageText().contains(QLatin1String("cannot be imported")), qPrintable(manager->messageText()));
    QCOMPARE(QDir(m_home->sshDir()).entryList(QDir::Files).size(), 0);
}

void TestKeyManager::keysAddedByPathAreRemembered()
{
    QTemporaryDir elsewhere;
    const QString key = elsewhere.filePath(QStringLiteral("deploy_key"));
    QVERIFY(TestHome::generateKey(key, QStringLiteral("ed25519")));
    {
        auto manager = openManager();
        QVERIFY(manager);
        // What is not a private key is not listed.
        const QString notAKey = elsewhere.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeAllTo(notAKey, "just some text\n"));
        manager->addKeyFile(notAKey);
        QVERIFY2(manager->messageText().contains(QLatin1String("not a private key")),
                 qPrintable(manager->messageText()));
        QCOMPARE(manager->model()->rowOf(notAKey), -1);
        manager->addKeyFile(key);
        const int row = manager->model()->rowOf(key);
        QVERIFY(row >= 0);
        QCOMPARE(cell(manager->model(), row, KeyListModel::FileColumn), key);
    }
    auto manager = openManager();
    QVERIFY(manager);
    QVERIFY(manager->selectKey(key));
    QVERIFY(button(manager.get(), QStringLiteral("removeFromList"))->isEnabled());
    QTest::mouseClick(button(manager.get(), QStringLiteral("removeFromList")), Qt::LeftButton);
    QCOMPARE(manager->model()->rowOf(key), -1);
    QVERIFY(QFile::exists(key));
    QVERIFY(QSettings().value(QStringLiteral("keyManager/addedKeys")).toStringList().isEmpty());
}

void TestKeyManager::missingOpenSshIsSaid()
{
    QVERIFY(TestHome::generateKey(m_home->sshDir() + QStringLiteral("/id_ed25519"), QStringLiteral("ed25519")));
    EnvironmentGuard path("PATH", QFile::encodeName(m_noAgent->path()));
    auto manager = openManager();
    QVERIFY(manager);
    auto* problem = manager->findChild<QLabel*>(QStringLiteral("toolProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QLatin1String("ssh-keygen was not found")));
    QVERIFY(problem->text().contains(QLatin1String("ssh-add was not found")));
    QVERIFY(manager->selectKey(m_home->sshDir() + QStringLiteral("/id_ed25519")));
    QVERIFY(!button(manager.get(), QStringLiteral("generate"))->isEnabled());
    QVERIFY(!button(manager.get(), QStringLiteral("changePassphrase"))->isEnabled());
    QVERIFY(!button(manager.get(), QStringLiteral("addToAgent"))->isEnabled());
    QVERIFY(button(manager.get(), QStringLiteral("publicKey"))->isEnabled());
}

void TestKeyManager::agentAddListRemove()
{
    SshAgent agent;
    QString error;
    QVERIFY2(agent.start(&error), qPrintable(error));
    const QString key = m_home->sshDir() + QStringLiteral("/id_ed25519");
    QVERIFY(TestHome::generateKey(key, QStringLiteral("ed25519"), QStringLiteral("agent pass")));
    auto manager = openManager(agent.socketPath());
    QVERIFY(manager);
    AgentPanel* panel = manager->agentPanel();
    QTRY_VERIFY(panel->statusText().contains(QLatin1String("holds no keys")));

    QVERIFY(manager->selectKey(key));
    QTest::mouseClick(button(manager.get(), QStringLiteral("addToAgent")), Qt::LeftButton);
    auto* dialog = qobject_cast<AgentAddDialog*>(manager->subDialog());
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    typeInto(dialog, QStringLiteral("passphrase"), QStringLiteral("agent pass"));
    dialog->findChild<QCheckBox*>(QStringLiteral("limitLifetime"))->setChecked(true);
    QCOMPARE(dialog->lifetimeSeconds(), 3600);
    screenshot(dialog, QStringLiteral("agentadd"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!manager->isBusy(), 60000);
    QVERIFY2(!manager->messageText().isEmpty(), "no outcome shown");

    const int row = manager->model()->rowOf(key);
    QTRY_COMPARE(panel->table()->rowCount(), 1);
    QCOMPARE(panel->table()->item(0, 1)->text(), cell(manager->model(), row, KeyListModel::FingerprintColumn));
    QTRY_COMPARE(cell(manager->model(), row, KeyListModel::AgentColumn), QStringLiteral("Yes"));
    // ssh-add sees it too, with the lifetime asked for.
    int code = -1;
    {
        EnvironmentGuard socket("SSH_AUTH_SOCK", QFile::encodeName(agent.socketPath()));
        const QByteArray listed = runProgram(QStringLiteral("ssh-add"), {QStringLiteral("-l")}, &code);
        QVERIFY(listed.contains(cell(manager->model(), row, KeyListModel::FingerprintColumn).toUtf8()));
    }
    manager->tabs()->setCurrentWidget(panel);
    screenshot(manager.get(), QStringLiteral("agent"));

    QVERIFY(manager->selectKey(key));
    QVERIFY(button(manager.get(), QStringLiteral("removeFromAgent"))->isEnabled());
    QTest::mouseClick(button(manager.get(), QStringLiteral("removeFromAgent")), Qt::LeftButton);
    QTRY_COMPARE(panel->table()->rowCount(), 0);
    QTRY_COMPARE(cell(manager->model(), manager->model()->rowOf(key), KeyListModel::AgentColumn), QStringLiteral("No"));

    // Remove all, from the panel, after a confirmation.
    const QString second = m_home->sshDir() + QStringLiteral("/id_plain");
    QVERIFY(TestHome::generateKey(second, QStringLiteral("ecdsa")));
    QVERIFY2(agent.add(second, &error), qPrintable(error));
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("agentRefresh")), Qt::LeftButton);
    QTRY_COMPARE(panel->table()->rowCount(), 1);
    QTest::mouseClick(panel->removeAllButton(), Qt::LeftButton);
    QMessageBox* question = panel->confirmation();
    QVERIFY(question);
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(panel->table()->rowCount(), 0);
    QTRY_VERIFY(panel->statusText().contains(QLatin1String("holds no keys")));
}

void TestKeyManager::noAgentIsSaid()
{
    EnvironmentGuard socket("SSH_AUTH_SOCK", QByteArray());
    qunsetenv("SSH_AUTH_SOCK");
    KeyManagerSettings settings;
    settings.sshDir = m_home->sshDir();
    KeyManagerDialog manager(settings);
    manager.show();
    QTRY_VERIFY(manager.agentPanel()->statusText().contains(QLatin1String("No SSH agent is running")));
    QVERIFY(!manager.agentPanel()->removeAllButton()->isEnabled());

    // A socket nobody listens on: said as well.
    auto dead = openManager();
    QVERIFY(dead);
    QTRY_VERIFY(dead->agentPanel()->statusText().contains(QLatin1String("cannot be reached")));
}

void TestKeyManager::acceleratorsAreUnique()
{
    auto manager = openManager();
    QVERIFY(manager);
    // Each page with the tab bar and the dialog's own buttons: what Alt+letter can reach at one time.
    const QStringList clashes = mnemonicClashesOnEveryPage(manager.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1String("; "))));
}

int main(int argc, char* argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ferry-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keymanager"));
    TestKeyManager test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keymanager.moc"
