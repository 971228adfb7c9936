// The known hosts manager offscreen: every kind of line listed as what it is, a search that finds hashed entries
// by host name, removal after a confirmation that keeps every other byte, and an unreadable file left alone.
#include "../unit/tst_keyhelpers.h"

#include "Mnemonics.h"
#include "TestHome.h"
#include "keys/KnownHostsDialog.h"
#include "trust/KnownHostsModel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

namespace {

// "|1|salt|hash" for a host name, as ssh-keygen -H writes it.
QByteArray hashedName(const QByteArray& name, const QByteArray& salt)
{
    return "|1|" + salt.toBase64() + '|' +
           QMessageAuthenticationCode::hash(name, salt, QCryptographicHash::Sha1).toBase64();
}

QString cell(const KnownHostsModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestKnownHostsDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listsSearchesAndRemoves();
    void cancelledRemovalWritesNothing();
    void unreadableFileIsSaidAndLeftAlone();

private:
    QByteArray m_keys[4];
    QTemporaryDir m_dir;
};

void TestKnownHostsDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QStringList types{QStringLiteral("ed25519"), QStringLiteral("ecdsa"), QStringLiteral("ed25519"),
                            QStringLiteral("rsa")};
    for (int i = 0; i < 4; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("host%1").arg(i));
        QVERIFY(TestHome::generateKey(path, types.at(i)));
        m_keys[i] = keyPart(readAllOf(path + QStringLiteral(".pub")));
    }
}

void TestKnownHostsDialog::listsSearchesAndRemoves()
{
    const QString path = m_dir.filePath(QStringLiteral("known_hosts"));
    const QByteArray hashed = hashedName("secret.example.org", "0123456789abcdefghij");
    const QList<QByteArray> lines{
        "# kept as it is",
        "plain.example.com,192.0.2.7 " + m_keys[0],
        hashed + ' ' + m_keys[1],
        "not a valid line at all",
        "@cert-authority *.corp.example " + m_keys[2],
        "[gate.example.net]:2222 " + m_keys[3] + "\r",
        "@revoked old.example.com " + m_keys[1],
        "",
    };
    const QByteArray content = lines.join('\n');
    QVERIFY(writeAllTo(path, content));

    KnownHostsDialog dialog(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(ferry::test::mnemonicClashes(&dialog).isEmpty(),
             qPrintable(ferry::test::mnemonicClashes(&dialog).join(QLatin1String("; "))));
    KnownHostsModel* model = dialog.model();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(cell(model, 0, KnownHostsModel::HostsColumn), QStringLiteral("plain.example.com,192.0.2.7"));
    QVERIFY(cell(model, 1, KnownHostsModel::HostsColumn).startsWith(QLatin1String("(hashed)")));
    QCOMPARE(cell(model, 2, KnownHostsModel::MarkerColumn), QStringLiteral("@cert-authority"));
    QCOMPARE(cell(model, 3, KnownHostsModel::PortColumn), QStringLiteral("2222"));
    QCOMPARE(cell(model, 3, KnownHostsModel::KeyTypeColumn), QStringLiteral("ssh-rsa"));
    QCOMPARE(cell(model, 4, KnownHostsModel::MarkerColumn), QStringLiteral("@revoked"));
    QVERIFY(cell(model, 0, KnownHostsModel::FingerprintColumn).startsWith(QLatin1String("SHA256:")));
    QVERIFY(dialog.messageText().contains(QLatin1String(":4:")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("certificateNote"))->text().contains(QLatin1String("libssh")));
    QVERIFY(!dialog.removeButton()->isEnabled());
    if (!qEnvironmentVariableIsEmpty("FERRY_KEYS_SCREENSHOTS")) {
        dialog.grab().save(qEnvironmentVariable("FERRY_KEYS_SCREENSHOTS") + QStringLiteral("/keys-knownhosts.png"));
    }

    // The hashed entry is found by the name it hides, and only it (the @revoked line names another).
    QTest::keyClicks(dialog.searchField(), QStringLiteral("secret.example.org"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->entry(0).lineNumber, 3);
    dialog.table()->selectRow(0);
    QVERIFY(dialog.removeButton()->isEnabled());

    // The question names what goes, and No is the default.
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    QMessageBox* question = dialog.confirmation();
    QVERIFY(question);
    QVERIFY(QTest::qWaitForWindowExposed(question));
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::No));
    QVERIFY(question->informativeText().contains(QLatin1String("line 3")));
    QVERIFY(question->informativeText().contains(KnownHosts::sha256Fingerprint(model->entry(0).keyBlob)));
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(!dialog.confirmation());

    QByteArray expected = content;
    expected.remove(content.indexOf(hashed), hashed.size() + 1 + m_keys[1].size() + 1);
    QCOMPARE(readAllOf(path), expected);
    QVERIFY(dialog.messageText().contains(QLatin1String("1 line")));
    QCOMPARE(model->rowCount(), 0);

    // Port searches; and the rest is still listed once the search is cleared.
    dialog.searchField()->setText(QStringLiteral("[gate.example.net]:2222"));
    QCOMPARE(model->rowCount(), 1);
    dialog.searchField()->clear();
    QCOMPARE(model->rowCount(), 4);
}

void TestKnownHostsDialog::cancelledRemovalWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("known_hosts_cancel"));
    const QByteArray content = "a.example " + m_keys[0] + "\nb.example " + m_keys[1];
    QVERIFY(writeAllTo(path, content));
    KnownHostsDialog dialog(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.table()->selectAll();
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    QMessageBox* question = dialog.confirmation();
    QVERIFY(question);
    QVERIFY(question->text().contains(QLatin1String("2 entr")));
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.confirmation());
    QCOMPARE(readAllOf(path), content);
    QCOMPARE(dialog.model()->rowCount(), 2);
}

void TestKnownHostsDialog::unreadableFileIsSaidAndLeftAlone()
{
    // A folder where the file should be cannot be read, whoever runs the test (root reads any file).
    const QString path = m_dir.filePath(QStringLiteral("known_hosts_dir"));
    QVERIFY(QDir().mkpath(path));
    QVERIFY(writeAllTo(path + QStringLiteral("/inside"), "x"));
    KnownHostsDialog dialog(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.messageText().contains(QLatin1String("Cannot read")), qPrintable(dialog.messageText()));
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY(!dialog.removeButton()->isEnabled());
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("reload")), Qt::LeftButton);
    QVERIFY(dialog.messageText().contains(QLatin1String("Cannot read")));
    QCOMPARE(readAllOf(path + QStringLiteral("/inside")), QByteArray("x"));
    QVERIFY(QFileInfo(path).isDir());
}

QTEST_MAIN(TestKnownHostsDialog)
#include "tst_knownhostsdialog.moc"
