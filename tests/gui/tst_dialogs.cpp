#include "AuthPromptDialog.h"
#include "HostKeyDialog.h"
#include "HostKeyWarningDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
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
    void authPromptMasksBySecretFlag();
    void authPromptReturnsAnswersInOrder();
    void authPromptCancel();
    void authPromptPasswordWithoutFieldsStillAsks();
    void authPromptShowsContext();
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
    // Only a way out: this dialog never lets the connection go ahead.
    const QList<QPushButton*> buttons = dialog.findChildren<QPushButton*>();
    QCOMPARE(buttons.size(), 1);
    QSignalSpy finished(&dialog, &QDialog::finished);
    QTest::mouseClick(buttons.constFirst(), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Rejected));
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

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
