#include "AuthPromptDialog.h"
#include "ConnectionLogDialog.h"
#include "HostKeyDialog.h"
#include "HostKeyWarningDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ferry;

namespace {

HostKeyInfo unknownKey()
{
    HostKeyInfo info;
    info.host = QStringLiteral("127.0.0.1");
    info.port = 2222;
    info.keyType = QStringLiteral("ssh-ed25519");
    info.fingerprint = QStringLiteral("SHA256:uNiVlkLx1vbEgbdYbI1SkqG5fEpGnRH5Rw3Bo1oP+WM");
    info.status = HostKeyInfo::Status::Unknown;
    info.knownHostsFile = QStringLiteral("/tmp/ferry-test/known_hosts");
    return info;
}

bool labelShows(const QWidget& dialog, const QString& text)
{
    const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
    return std::any_of(labels.cbegin(), labels.cend(), [&text](const QLabel* l) { return l->text().contains(text); });
}

} // namespace

class TestDialogs : public QObject {
    Q_OBJECT
private slots:
    void hostKeyDialogShowsTheKey();
    void hostKeyDialogCancelIsDefault();
    void hostKeyDialogAcceptAndSave();
    void hostKeyDialogAcceptOnce();
    void hostKeyDialogEscapeRejects();
    void hostKeyWarningShowsBothKeysAndNoWayIn();
    void hostKeyWarningReplaceNeedsConfirmation();
    void revokedKeyOffersNoReplacement();
    void authPromptMasksBySecretFlag();
    void authPromptReturnsAnswersInOrder();
    void authPromptCancel();
    void authPromptPasswordWithoutFieldsStillAsks();
    void authPromptShowsContext();
    void rememberOfferedOnlyForPasswords();
    void connectionLogShowsLinesLive();
};

void TestDialogs::hostKeyDialogShowsTheKey()
{
    HostKeyDialog dialog(unknownKey());
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("fingerprint"))->text(), unknownKey().fingerprint);
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("keyType"))->text(), QStringLiteral("ssh-ed25519"));
    QVERIFY(labelShows(dialog, QStringLiteral("[127.0.0.1]:2222")));
    QVERIFY(labelShows(dialog, QStringLiteral("/tmp/ferry-test/known_hosts")));
    QCOMPARE(dialog.decision(), HostKeyDecision::Reject);
}

void TestDialogs::hostKeyDialogCancelIsDefault()
{
    HostKeyDialog dialog(unknownKey());
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.cancelButton()->isDefault());
    QVERIFY(!dialog.acceptAndSaveButton()->isDefault());
    QVERIFY(!dialog.acceptOnceButton()->isDefault());
    QVERIFY(!dialog.acceptAndSaveButton()->autoDefault());
    QVERIFY(!dialog.acceptOnceButton()->autoDefault());

    // A reflexive Enter must not trust the key, even with the focus on an accept button.
    dialog.acceptOnceButton()->setFocus();
    QVERIFY(!dialog.acceptOnceButton()->isDefault());
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Rejected));
    QCOMPARE(dialog.decision(), HostKeyDecision::Reject);
}

void TestDialogs::hostKeyDialogAcceptAndSave()
{
    HostKeyDialog dialog(unknownKey());
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.acceptAndSaveButton(), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Accepted));
    QCOMPARE(dialog.decision(), HostKeyDecision::AcceptAndSave);
    QVERIFY(!dialog.isVisible());
}

void TestDialogs::hostKeyDialogAcceptOnce()
{
    HostKeyInfo info = unknownKey();
    info.status = HostKeyInfo::Status::OtherTypeKnown;
    HostKeyDialog dialog(info);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.acceptOnceButton(), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Accepted));
    QCOMPARE(dialog.decision(), HostKeyDecision::AcceptOnce);
}

void TestDialogs::hostKeyDialogEscapeRejects()
{
    HostKeyDialog dialog(unknownKey());
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Rejected));
    QCOMPARE(dialog.decision(), HostKeyDecision::Reject);
}

void TestDialogs::hostKeyWarningShowsBothKeysAndNoWayIn()
{
    HostKeyInfo info = unknownKey();
    info.status = HostKeyInfo::Status::Changed;
    info.knownFingerprints = QStringList{QStringLiteral("SHA256:0ldKeyF1ngerpr1nt0ldKeyF1ngerpr1nt0ldKeyF1n")};
    info.knownLines = QStringList{QStringLiteral("line 7: [127.0.0.1]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOld")};
    HostKeyWarningDialog dialog(info);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QVERIFY(labelShows(dialog, QStringLiteral("man-in-the-middle")));
    QVERIFY(labelShows(dialog, info.fingerprint));
    QVERIFY(labelShows(dialog, info.knownFingerprints.constFirst()));
    const auto* knownLines = dialog.findChild<QPlainTextEdit*>(QStringLiteral("knownLines"));
    QCOMPARE(knownLines->toPlainText(), info.knownLines.constFirst());
    // No way in: Close, the default, and replacing the key, which asks again first.
    const QList<QPushButton*> buttons = dialog.findChildren<QPushButton*>();
    QCOMPARE(buttons.size(), 2);
    QVERIFY(buttons.contains(dialog.closeButton()));
    QVERIFY(buttons.contains(dialog.replaceButton()));
    QVERIFY(dialog.closeButton()->isDefault());
    QVERIFY(!dialog.replaceButton()->autoDefault());
    QSignalSpy finished(&dialog, &QDialog::finished);
    QSignalSpy replace(&dialog, &HostKeyWarningDialog::replaceConfirmed);
    dialog.replaceButton()->setFocus();
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Rejected));
    QCOMPARE(replace.count(), 0);
    QVERIFY(!dialog.confirmation());
}

void TestDialogs::hostKeyWarningReplaceNeedsConfirmation()
{
    HostKeyInfo info = unknownKey();
    info.status = HostKeyInfo::Status::Changed;
    info.knownFingerprints = QStringList{QStringLiteral("SHA256:0ldKeyF1ngerpr1nt0ldKeyF1ngerpr1nt0ldKeyF1n")};
    HostKeyWarningDialog dialog(info);
    QSignalSpy finished(&dialog, &QDialog::finished);
    QSignalSpy replace(&dialog, &HostKeyWarningDialog::replaceConfirmed);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // The second question defaults to No: Enter keeps the old key and the warning stays.
    QTest::mouseClick(dialog.replaceButton(), Qt::LeftButton);
    QMessageBox* question = dialog.confirmation();
    QVERIFY(question);
    QVERIFY(QTest::qWaitForWindowExposed(question));
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::No));
    QCOMPARE(question->escapeButton(), question->button(QMessageBox::No));
    QVERIFY(question->informativeText().contains(info.fingerprint));
    QTest::keyClick(question, Qt::Key_Return);
    QTRY_VERIFY(!dialog.confirmation());
    QCOMPARE(replace.count(), 0);
    QCOMPARE(finished.count(), 0);
    QVERIFY(dialog.isVisible());

    QTest::mouseClick(dialog.replaceButton(), Qt::LeftButton);
    question = dialog.confirmation();
    QVERIFY(question);
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.confirmation());
    QCOMPARE(replace.count(), 0);

    QTest::mouseClick(dialog.replaceButton(), Qt::LeftButton);
    question = dialog.confirmation();
    QVERIFY(question);
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QCOMPARE(replace.count(), 1);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestDialogs::revokedKeyOffersNoReplacement()
{
    HostKeyInfo info = unknownKey();
    info.status = HostKeyInfo::Status::Revoked;
    HostKeyWarningDialog dialog(info);
    QVERIFY(!dialog.replaceButton());
    QCOMPARE(dialog.findChildren<QPushButton*>().size(), 1);
    QVERIFY(labelShows(dialog, QStringLiteral("revoked")));
}

void TestDialogs::authPromptMasksBySecretFlag()
{
    AuthPrompt prompt;
    prompt.kind = AuthPrompt::Kind::KeyboardInteractive;
    prompt.userAtHost = QStringLiteral("alice@127.0.0.1:2222");
    prompt.fields = {{QStringLiteral("Password: "), false}, {QStringLiteral("Your favourite colour: "), true}};
    AuthPromptDialog dialog(prompt);
    const QList<QLineEdit*> edits = dialog.fieldEdits();
    QCOMPARE(edits.size(), 2);
    QCOMPARE(edits.at(0)->echoMode(), QLineEdit::Password);
    QCOMPARE(edits.at(1)->echoMode(), QLineEdit::Normal);
}

void TestDialogs::authPromptReturnsAnswersInOrder()
{
    AuthPrompt prompt;
    prompt.kind = AuthPrompt::Kind::KeyboardInteractive;
    prompt.userAtHost = QStringLiteral("alice@127.0.0.1:2222");
    prompt.fields = {{QStringLiteral("Password: "), false}, {QStringLiteral("Code: "), true}};
    AuthPromptDialog dialog(prompt);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.fieldEdits().at(0), QStringLiteral("s3cret pass"));
    QTest::keyClicks(dialog.fieldEdits().at(1), QStringLiteral("424242"));
    QTest::keyClick(dialog.fieldEdits().at(1), Qt::Key_Return);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Accepted));
    QCOMPARE(dialog.answers(), QStringList({QStringLiteral("s3cret pass"), QStringLiteral("424242")}));
}

void TestDialogs::authPromptCancel()
{
    AuthPrompt prompt;
    prompt.kind = AuthPrompt::Kind::Passphrase;
    prompt.keyFile = QStringLiteral("/tmp/keys/id_ed25519");
    prompt.fields = {{QStringLiteral("Passphrase:"), false}};
    AuthPromptDialog dialog(prompt);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Rejected));
}

void TestDialogs::authPromptPasswordWithoutFieldsStillAsks()
{
    AuthPrompt prompt;
    prompt.kind = AuthPrompt::Kind::Password;
    prompt.userAtHost = QStringLiteral("bob@example.org");
    AuthPromptDialog dialog(prompt);
    QCOMPARE(dialog.fieldEdits().size(), 1);
    QCOMPARE(dialog.fieldEdits().constFirst()->echoMode(), QLineEdit::Password);
    QVERIFY(labelShows(dialog, QStringLiteral("bob@example.org")));
}

void TestDialogs::authPromptShowsContext()
{
    AuthPrompt prompt;
    prompt.kind = AuthPrompt::Kind::KeyboardInteractive;
    prompt.userAtHost = QStringLiteral("alice@127.0.0.1:2222");
    prompt.name = QStringLiteral("PAM authentication");
    prompt.instruction = QStringLiteral("Use the code from your token.");
    prompt.fields = {{QStringLiteral("Code: "), true}};
    AuthPromptDialog first(prompt);
    QCOMPARE(first.findChild<QLabel*>(QStringLiteral("name"))->text(), prompt.name);
    QCOMPARE(first.findChild<QLabel*>(QStringLiteral("instruction"))->text(), prompt.instruction);
    QVERIFY(!first.findChild<QLabel*>(QStringLiteral("tryAgain")));

    prompt.attempt = 2;
    AuthPromptDialog retry(prompt);
    QLabel* tryAgain = retry.findChild<QLabel*>(QStringLiteral("tryAgain"));
    QVERIFY(tryAgain);
    QVERIFY(tryAgain->text().contains(QLatin1String("try again")));

    AuthPrompt passphrase;
    passphrase.kind = AuthPrompt::Kind::Passphrase;
    passphrase.keyFile = QStringLiteral("/home/alice/.ssh/id_ecdsa");
    passphrase.userAtHost = prompt.userAtHost;
    passphrase.fields = {{QStringLiteral("Passphrase:"), false}};
    AuthPromptDialog key(passphrase);
    QVERIFY(labelShows(key, passphrase.keyFile));
}

void TestDialogs::rememberOfferedOnlyForPasswords()
{
    AuthPrompt password;
    password.kind = AuthPrompt::Kind::Password;
    password.userAtHost = QStringLiteral("bob@example.org");
    AuthPromptDialog plain(password);
    QVERIFY(!plain.rememberBox());
    plain.offerRemember(true);
    QVERIFY(plain.rememberBox());
    QVERIFY(plain.rememberChecked());
    plain.rememberBox()->setChecked(false);
    QVERIFY(!plain.rememberChecked());

    AuthPrompt pam;
    pam.kind = AuthPrompt::Kind::KeyboardInteractive;
    pam.fields = {{QStringLiteral("Password: "), false}};
    AuthPromptDialog pamDialog(pam);
    pamDialog.offerRemember(false);
    QVERIFY(pamDialog.rememberBox());
    QVERIFY(!pamDialog.rememberChecked());

    // A one-time code or a key's passphrase is never a password to remember.
    AuthPrompt code = pam;
    code.fields = {{QStringLiteral("Verification code: "), false}};
    AuthPrompt twoFields = pam;
    twoFields.fields.append({QStringLiteral("Code: "), true});
    AuthPrompt passphrase;
    passphrase.kind = AuthPrompt::Kind::Passphrase;
    passphrase.fields = {{QStringLiteral("Passphrase:"), false}};
    for (const AuthPrompt& prompt : {code, twoFields, passphrase}) {
        AuthPromptDialog dialog(prompt);
        dialog.offerRemember(true);
        QVERIFY(!dialog.rememberBox());
        QVERIFY(!dialog.rememberChecked());
        QVERIFY(!dialog.findChild<QCheckBox*>());
    }
}

void TestDialogs::connectionLogShowsLinesLive()
{
    ConnectionLog log(100);
    log.append(0, QStringLiteral("Connecting to 127.0.0.1 port 2222"));
    ConnectionLogDialog dialog(&log, QStringLiteral("alice@127.0.0.1:2222"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.windowTitle().contains(QLatin1String("alice@127.0.0.1:2222")));
    QVERIFY(dialog.text().contains(QLatin1String("Connecting to 127.0.0.1 port 2222")));

    log.append(2, QStringLiteral("ssh_connect: Socket connected"));
    QCOMPARE(dialog.text().split(QLatin1Char('\n')).size(), 2);
    QVERIFY(dialog.text().endsWith(QLatin1String("ssh_connect: Socket connected")));

    QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), dialog.text());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    QString error;
    QVERIFY2(dialog.saveTo(path, &error), qPrintable(error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), dialog.text() + QLatin1Char('\n'));
    QVERIFY(!dialog.saveTo(dir.path(), &error));
    QVERIFY(!error.isEmpty());

    // Save… asks where, without blocking.
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.findChild<QWidget*>(QStringLiteral("saveLogChooser")));
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
