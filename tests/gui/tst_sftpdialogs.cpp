#include "Mnemonics.h"
#include "transfer/ConflictDialog.h"
#include "transfer/PermissionsDialog.h"
#include "transfer/UniqueFileName.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ferry;

Q_DECLARE_METATYPE(ferry::ConflictAction)

namespace {

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        // Pending layout requests first (the status bar lays out its message late).
        QCoreApplication::processEvents();
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

PermissionTarget target(const QString& name, quint32 mode, bool isFolder = false,
                        const QString& group = QStringLiteral("staff"))
{
    PermissionTarget t;
    t.name = name;
    t.mode = mode;
    t.isFolder = isFolder;
    t.owner = QStringLiteral("alice");
    t.group = group;
    return t;
}

// The state of the twelve boxes as a mode, with -1 when any box is partially checked.
int boxesMode(const PermissionsDialog& dialog)
{
    int mode = 0;
    for (quint32 bit = 1; bit <= 04000; bit <<= 1) {
        const Qt::CheckState state = dialog.bitBox(bit)->checkState();
        if (state == Qt::PartiallyChecked) {
            return -1;
        }
        mode |= state == Qt::Checked ? int(bit) : 0;
    }
    return mode;
}

// On the box's indicator: the middle of a wide check box is past its text, where a click does nothing.
void clickBox(QCheckBox* box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
}

void typeOctal(PermissionsDialog& dialog, const QString& text)
{
    dialog.octalField()->selectAll();
    QTest::keyClick(dialog.octalField(), Qt::Key_Backspace);
    QTest::keyClicks(dialog.octalField(), text);
}

FileConflict conflict()
{
    FileConflict c;
    c.sourcePath = QStringLiteral("/home/alice/report.pdf");
    c.targetPath = QStringLiteral("/srv/reports/report.pdf");
    c.sourceSize = 2 * 1024 * 1024;
    c.targetSize = 1024 * 1024;
    c.sourceModified = QDateTime(QDate(2024, 3, 2), QTime(10, 0, 5), Qt::UTC);
    c.targetModified = QDateTime(QDate(2024, 3, 2), QTime(10, 0, 0), Qt::UTC);
    c.resumePossible = true;
    c.suggestedName = UniqueFileName::suggest(QStringLiteral("report.pdf"), QStringList{QStringLiteral("report.pdf")});
    return c;
}

QString labelText(const QWidget& dialog, const QString& objectName)
{
    const auto* label = dialog.findChild<QLabel*>(objectName);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(objectName);
}

} // namespace

class TestSftpDialogs : public QObject {
    Q_OBJECT
private slots:
    void permissionsOfOneFile();
    void octalAndBoxesStayInStep();
    void invalidOctalDisablesOk();
    void mixedSelectionChangesOnlyTouchedBits();
    void recursiveOptionOnlyForFolders();
    void conflictShowsBothSides();
    void conflictChoices_data();
    void conflictChoices();
    void conflictEnterSkipsAndEscapeCancels();
    void conflictResumeNeedsTheCallersWord();
    void conflictRenameChecksTheName();
    void uniqueFileNames_data();
    void uniqueFileNames();
    void acceleratorsAreUnique();
};

void TestSftpDialogs::permissionsOfOneFile()
{
    PermissionsDialog dialog({target(QStringLiteral("deploy.sh"), 0100644)});
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Permissions of deploy.sh"));
    QCOMPARE(labelText(dialog, QStringLiteral("owner")), QStringLiteral("alice"));
    QCOMPARE(labelText(dialog, QStringLiteral("group")), QStringLiteral("staff"));
    QCOMPARE(dialog.octalField()->text(), QStringLiteral("644"));
    QCOMPARE(labelText(dialog, QStringLiteral("symbolic")), QStringLiteral("rw-r--r--"));
    QCOMPARE(boxesMode(dialog), 0644);
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("mixedHint")));
    for (quint32 bit = 1; bit <= 04000; bit <<= 1) {
        QVERIFY(!dialog.bitBox(bit)->isTristate());
    }
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, QStringLiteral("uia-permissions-one"));

    // Cancel changes nothing; OK with nothing touched sets exactly the mode it had.
    const PermissionChange change = dialog.change();
    QCOMPARE(change.set, 0644u);
    QCOMPARE(change.clear, 07777u & ~0644u);
    QCOMPARE(change.applyTo(0100600), 0100644u);
    QVERIFY(!change.recursive);
}

void TestSftpDialogs::octalAndBoxesStayInStep()
{
    PermissionsDialog dialog({target(QStringLiteral("deploy.sh"), 0644)});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QTest::mouseClick(dialog.bitBox(0100), Qt::LeftButton);
    QTest::mouseClick(dialog.bitBox(010), Qt::LeftButton);
    QTest::mouseClick(dialog.bitBox(01), Qt::LeftButton);
    QCOMPARE(dialog.octalField()->text(), QStringLiteral("755"));
    QCOMPARE(labelText(dialog, QStringLiteral("symbolic")), QStringLiteral("rwxr-xr-x"));

    typeOctal(dialog, QStringLiteral("2750"));
    QCOMPARE(boxesMode(dialog), 02750);
    QCOMPARE(labelText(dialog, QStringLiteral("symbolic")), QStringLiteral("rwxr-s---"));
    QVERIFY(dialog.okButton()->isEnabled());
    // The field keeps what the user typed, not a reformatted echo.
    QCOMPARE(dialog.octalField()->text(), QStringLiteral("2750"));

    typeOctal(dialog, QStringLiteral("1777"));
    QCOMPARE(labelText(dialog, QStringLiteral("symbolic")), QStringLiteral("rwxrwxrwt"));
    QTest::mouseClick(dialog.bitBox(01), Qt::LeftButton);
    QCOMPARE(dialog.octalField()->text(), QStringLiteral("1776"));
    QCOMPARE(labelText(dialog, QStringLiteral("symbolic")), QStringLiteral("rwxrwxrwT"));

    typeOctal(dialog, QStringLiteral("4711"));
    QCOMPARE(labelText(dialog, QStringLiteral("symbolic")), QStringLiteral("rws--x--x"));
    const PermissionChange change = dialog.change();
    QCOMPARE(change.set, 04711u);
    QCOMPARE(change.clear, 07777u & ~04711u);
}

void TestSftpDialogs::invalidOctalDisablesOk()
{
    PermissionsDialog dialog({target(QStringLiteral("a"), 0600)});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (const QString& bad : {QStringLiteral("9"), QStringLiteral("64a"), QStringLiteral("17777"), QString()}) {
        typeOctal(dialog, bad);
        QVERIFY2(!dialog.okButton()->isEnabled(), qPrintable(bad));
        QVERIFY2(!dialog.octalProblem().isEmpty(), qPrintable(bad));
    }
    // The boxes keep the last valid mode typed.
    typeOctal(dialog, QStringLiteral("640"));
    QTest::keyClicks(dialog.octalField(), QStringLiteral("9"));
    QCOMPARE(boxesMode(dialog), 0640);
    QVERIFY(!dialog.okButton()->isEnabled());
    typeOctal(dialog, QString());
    QCOMPARE(dialog.octalProblem(), QStringLiteral("Enter a mode in octal, such as 644 or 755."));
    typeOctal(dialog, QStringLiteral("9"));
    QCOMPARE(dialog.octalProblem(),
             QStringLiteral("“9” is not an octal mode: use up to four digits from 0 to 7, such as 644 or 2775."));
    screenshot(&dialog, QStringLiteral("uia-permissions-invalid"));

    typeOctal(dialog, QStringLiteral("640"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.octalProblem().isEmpty());
    QCOMPARE(boxesMode(dialog), 0640);

    // Clicking a box also puts a valid mode back in the field.
    typeOctal(dialog, QStringLiteral("8"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.bitBox(04), Qt::LeftButton);
    QCOMPARE(dialog.octalField()->text(), QStringLiteral("644"));
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestSftpDialogs::mixedSelectionChangesOnlyTouchedBits()
{
    PermissionsDialog dialog({target(QStringLiteral("run.sh"), 0755), target(QStringLiteral("notes.txt"), 0640),
                              target(QStringLiteral("bin"), 040751, true, QStringLiteral("wheel"))});
    // Plural forms come from the English catalog the app installs; without it Qt says "Item(s)".
    QVERIFY(dialog.windowTitle().startsWith(QStringLiteral("Permissions of 3 Item")));
    const QString subject = labelText(dialog, QStringLiteral("subject"));
    QVERIFY2(subject.startsWith(QStringLiteral("3 item")) && subject.contains(QStringLiteral("1 folder")) &&
                 subject.contains(QStringLiteral("2 file")),
             qPrintable(subject));
    QCOMPARE(labelText(dialog, QStringLiteral("owner")), QStringLiteral("alice"));
    QCOMPARE(labelText(dialog, QStringLiteral("group")), QStringLiteral("(various)"));
    // Owner read and write: all have them. Group write, setuid: none. The rest differ.
    QCOMPARE(dialog.bitBox(0400)->checkState(), Qt::Checked);
    QCOMPARE(dialog.bitBox(0200)->checkState(), Qt::Checked);
    QCOMPARE(dialog.bitBox(020)->checkState(), Qt::Unchecked);
    QCOMPARE(dialog.bitBox(04000)->checkState(), Qt::Unchecked);
    QCOMPARE(dialog.bitBox(0100)->checkState(), Qt::PartiallyChecked);
    QCOMPARE(dialog.bitBox(040)->checkState(), Qt::Checked);
    QCOMPARE(dialog.bitBox(010)->checkState(), Qt::PartiallyChecked);
    QCOMPARE(dialog.bitBox(04)->checkState(), Qt::PartiallyChecked);
    QCOMPARE(dialog.bitBox(01)->checkState(), Qt::PartiallyChecked);
    QVERIFY(dialog.octalField()->text().isEmpty());
    QCOMPARE(dialog.octalField()->placeholderText(), QStringLiteral("mixed"));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("mixedHint")));
    QCOMPARE(labelText(dialog, QStringLiteral("symbolic")), QStringLiteral("rw?r-?\?-?"));
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, QStringLiteral("uia-permissions-mixed"));

    // Untouched, OK leaves every item as it is.
    PermissionChange change = dialog.change();
    for (quint32 mode : {0755u, 0640u, 040751u}) {
        QVERIFY(!change.changes(mode));
    }

    // Others' read: mixed -> on for all. Group write: off -> on. Owner execute: mixed -> on -> off.
    QTest::mouseClick(dialog.bitBox(04), Qt::LeftButton);
    QCOMPARE(dialog.bitBox(04)->checkState(), Qt::Checked);
    QTest::mouseClick(dialog.bitBox(020), Qt::LeftButton);
    QTest::mouseClick(dialog.bitBox(0100), Qt::LeftButton);
    QTest::mouseClick(dialog.bitBox(0100), Qt::LeftButton);
    QCOMPARE(dialog.bitBox(0100)->checkState(), Qt::Unchecked);
    QVERIFY(dialog.octalField()->text().isEmpty());
    change = dialog.change();
    QCOMPARE(change.applyTo(0755), 0675u);
    QCOMPARE(change.applyTo(0640), 0664u);
    QCOMPARE(change.applyTo(040751), 040675u);
    // A third click on a mixed box brings back "leave as it is".
    QTest::mouseClick(dialog.bitBox(0100), Qt::LeftButton);
    QCOMPARE(dialog.bitBox(0100)->checkState(), Qt::PartiallyChecked);
    QCOMPARE(dialog.change().applyTo(0755), 0775u);

    // An octal mode typed in settles every bit; an empty field is then no longer a mode.
    typeOctal(dialog, QStringLiteral("600"));
    QCOMPARE(boxesMode(dialog), 0600);
    QCOMPARE(dialog.change().applyTo(040751), 040600u);
    typeOctal(dialog, QString());
    QVERIFY(!dialog.okButton()->isEnabled());
}

void TestSftpDialogs::recursiveOptionOnlyForFolders()
{
    PermissionsDialog file({target(QStringLiteral("a.txt"), 0644)});
    file.show();
    QVERIFY(QTest::qWaitForWindowExposed(&file));
    QVERIFY(!file.recursiveBox()->isVisible());
    file.recursiveBox()->setChecked(true);
    QVERIFY(!file.change().recursive);

    PermissionsDialog folder({target(QStringLiteral("www"), 040755, true)});
    folder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&folder));
    QVERIFY(folder.recursiveBox()->isVisible());
    QCOMPARE(folder.recursiveBox()->text(), QStringLiteral("&Apply to everything inside this folder"));
    QVERIFY(!folder.change().recursive);
    clickBox(folder.recursiveBox());
    QVERIFY(folder.change().recursive);
    screenshot(&folder, QStringLiteral("uia-permissions-folder"));

    QSignalSpy finished(&folder, &QDialog::finished);
    QTest::mouseClick(folder.okButton(), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Accepted));
}

void TestSftpDialogs::conflictShowsBothSides()
{
    ConflictDialog dialog(conflict());
    QCOMPARE(labelText(dialog, QStringLiteral("targetPath")), QStringLiteral("Target: /srv/reports/report.pdf"));
    QCOMPARE(labelText(dialog, QStringLiteral("sourcePath")), QStringLiteral("Source: /home/alice/report.pdf"));
    QCOMPARE(labelText(dialog, QStringLiteral("sourceSize")), QStringLiteral("2.00 MiB (2,097,152 bytes)"));
    QCOMPARE(labelText(dialog, QStringLiteral("targetSize")), QStringLiteral("1.00 MiB (1,048,576 bytes)"));
    QCOMPARE(labelText(dialog, QStringLiteral("sourceModified")),
             conflict().sourceModified.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(labelText(dialog, QStringLiteral("sourceNote")), QStringLiteral("newer"));
    QVERIFY(labelText(dialog, QStringLiteral("targetNote")).isEmpty());
    QCOMPARE(dialog.renameField()->text(), QStringLiteral("report (1).pdf"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, QStringLiteral("uia-conflict"));

    FileConflict older = conflict();
    std::swap(older.sourceModified, older.targetModified);
    older.targetSize = -1;
    ConflictDialog other(older);
    QCOMPARE(labelText(other, QStringLiteral("targetNote")), QStringLiteral("newer"));
    QVERIFY(labelText(other, QStringLiteral("sourceNote")).isEmpty());
    QCOMPARE(labelText(other, QStringLiteral("targetSize")), QStringLiteral("unknown"));
}

void TestSftpDialogs::conflictChoices_data()
{
    QTest::addColumn<ConflictAction>("action");
    QTest::addColumn<bool>("applyToAll");
    QTest::newRow("overwrite") << ConflictAction::Overwrite << false;
    QTest::newRow("overwrite if newer, all") << ConflictAction::OverwriteIfNewer << true;
    QTest::newRow("skip") << ConflictAction::Skip << false;
    QTest::newRow("skip all") << ConflictAction::Skip << true;
    QTest::newRow("resume") << ConflictAction::Resume << false;
    QTest::newRow("rename") << ConflictAction::Rename << false;
    QTest::newRow("rename all") << ConflictAction::Rename << true;
}

void TestSftpDialogs::conflictChoices()
{
    QFETCH(ConflictAction, action);
    QFETCH(bool, applyToAll);
    ConflictDialog dialog(conflict());
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (applyToAll) {
        clickBox(dialog.applyToAllBox());
    }
    QTest::mouseClick(dialog.button(action), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Accepted));
    QCOMPARE(dialog.action(), action);
    QCOMPARE(dialog.applyToAll(), applyToAll);
    QCOMPARE(dialog.newName(), action == ConflictAction::Rename ? QStringLiteral("report (1).pdf") : QString());
}

void TestSftpDialogs::conflictEnterSkipsAndEscapeCancels()
{
    ConflictDialog dialog(conflict());
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.button(ConflictAction::Skip)->isDefault());
    // Enter skips even with the focus on Overwrite.
    dialog.button(ConflictAction::Overwrite)->setFocus();
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Accepted));
    QCOMPARE(dialog.action(), ConflictAction::Skip);

    ConflictDialog cancelled(conflict());
    QSignalSpy cancelledFinished(&cancelled, &QDialog::finished);
    cancelled.open();
    QVERIFY(QTest::qWaitForWindowExposed(&cancelled));
    QTest::keyClick(&cancelled, Qt::Key_Escape);
    QCOMPARE(cancelledFinished.count(), 1);
    QCOMPARE(cancelledFinished.first().at(0).toInt(), int(QDialog::Rejected));

    ConflictDialog clicked(conflict());
    QSignalSpy clickedFinished(&clicked, &QDialog::finished);
    clicked.open();
    QTest::mouseClick(clicked.cancelButton(), Qt::LeftButton);
    QCOMPARE(clickedFinished.first().at(0).toInt(), int(QDialog::Rejected));
}

void TestSftpDialogs::conflictResumeNeedsTheCallersWord()
{
    FileConflict notResumable = conflict();
    notResumable.resumePossible = false;
    ConflictDialog dialog(notResumable);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.button(ConflictAction::Resume)->isEnabled());
    QTest::mouseClick(dialog.button(ConflictAction::Resume), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.button(ConflictAction::Overwrite)->isEnabled());
}

void TestSftpDialogs::conflictRenameChecksTheName()
{
    ConflictDialog dialog(conflict());
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton* rename = dialog.button(ConflictAction::Rename);
    for (const QString& bad : {QString(), QStringLiteral("report.pdf"), QStringLiteral("../x"), QStringLiteral(".."),
                               QStringLiteral("a\tb")}) {
        dialog.renameField()->setText(bad);
        QVERIFY2(!rename->isEnabled(), qPrintable(bad));
        QVERIFY(!labelText(dialog, QStringLiteral("newNameProblem")).isEmpty());
    }
    screenshot(&dialog, QStringLiteral("uia-conflict-bad-name"));
    dialog.renameField()->selectAll();
    QTest::keyClicks(dialog.renameField(), QStringLiteral("report from alice.pdf"));
    QVERIFY(rename->isEnabled());
    QTest::mouseClick(rename, Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(dialog.action(), ConflictAction::Rename);
    QCOMPARE(dialog.newName(), QStringLiteral("report from alice.pdf"));
}

void TestSftpDialogs::uniqueFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("expected");
    const QStringList none;
    QTest::newRow("extension") << "report.pdf" << QStringList{QStringLiteral("report.pdf")} << "report (1).pdf";
    QTest::newRow("taken counters") << "report.pdf"
                                    << QStringList{QStringLiteral("report (1).pdf"), QStringLiteral("report (2).pdf")}
                                    << "report (3).pdf";
    QTest::newRow("counter goes on") << "report (3).pdf" << none << "report (4).pdf";
    QTest::newRow("compound suffix") << "backup.tar.gz" << none << "backup (1).tar.gz";
    QTest::newRow("no extension") << "Makefile" << none << "Makefile (1)";
    QTest::newRow("dot file") << ".bashrc" << none << ".bashrc (1)";
    QTest::newRow("unknown extension") << "data.xyzq" << none << "data (1).xyzq";
    QTest::newRow("trailing dot") << "odd." << none << "odd. (1)";
    QTest::newRow("spaces and unicode") << "Grüße an alle.txt" << QStringList{QStringLiteral("Grüße an alle (1).txt")}
                                        << "Grüße an alle (2).txt";
}

void TestSftpDialogs::uniqueFileNames()
{
    QFETCH(QString, name);
    QFETCH(QStringList, existing);
    QFETCH(QString, expected);
    QCOMPARE(UniqueFileName::suggest(name, existing), expected);
}

void TestSftpDialogs::acceleratorsAreUnique()
{
    ConflictDialog conflictDialog(conflict());
    PermissionsDialog fileDialog({target(QStringLiteral("a.txt"), 0644)});
    PermissionsDialog folderDialog({target(QStringLiteral("www"), 040755, true)});
    for (QDialog* dialog : std::initializer_list<QDialog*>{&conflictDialog, &fileDialog, &folderDialog}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QStringList clashes = ferry::test::mnemonicClashes(dialog);
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(dialog->windowTitle() + QLatin1String(": ") + clashes.join(QLatin1String("; "))));
    }
}

QTEST_MAIN(TestSftpDialogs)
#include "tst_sftpdialogs.moc"
