#include "Translations.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using ferry::Translations;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    QString type;             // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
    bool numerus = false;

    bool stale() const { return type == QLatin1String("vanished") || type == QLatin1String("obsolete"); }
    QString describe() const { return context + QLatin1String(": \"") + source + QLatin1Char('"'); }
};

struct TsFile {
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                ts.messages.append(message);
            }
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations.append(xml.readElementText());
            }
        } else if (name == QLatin1String("numerusform")) {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        ts.error = xml.errorString();
    }
    return ts;
}

QStringList languages()
{
    return QString::fromLatin1(FERRY_LANGUAGES).split(QLatin1Char(','));
}

// The translated languages and the English plural forms: every .ts file of the repository.
QStringList catalogs()
{
    return languages() << QStringLiteral(FERRY_PLURALS_LANGUAGE);
}

QString tsPath(const QString& language)
{
    return QDir(QStringLiteral(FERRY_TS_DIR)).filePath(QLatin1String("ferry_") + language + QLatin1String(".ts"));
}

// %1 to %99 and %n, each counted once: a translation may reorder them but not lose or invent one.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        found.insert(matches.next().captured(0));
    }
    return found;
}

// A single '&' before a character marks the keyboard accelerator; "&&" is a literal ampersand.
bool hasAccelerator(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&') && !text.at(i + 1).isSpace()) {
                return true;
            }
            ++i;
        }
    }
    return false;
}

QString listProblems(const QStringList& problems)
{
    const int shown = 40;
    QString text = problems.mid(0, shown).join(QLatin1Char('\n'));
    if (problems.size() > shown) {
        text += QStringLiteral("\n... and %1 more").arg(problems.size() - shown);
    }
    return QString::number(problems.size()) + QLatin1String(" problem(s):\n") + text;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void embeddedCatalogs();
    void localePicksCatalog_data();
    void localePicksCatalog();
    void embeddedCatalogMatchesTs();
    void everyMessageIsTranslated();
    void placeholdersMatch();
    void tsFilesAreCurrent();
    void englishPlurals_data();
    void englishPlurals();
};

void TestTranslations::embeddedCatalogs()
{
    for (const QString& language : languages()) {
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(tsPath(language) + QLatin1String(": ") + ts.error));
        QVERIFY2(ts.language.startsWith(language), qPrintable(ts.language));
        QVERIFY2(!ts.messages.isEmpty(), qPrintable(tsPath(language)));
        const QString embedded = QLatin1String(":/i18n/ferry_") + language + QLatin1String(".qm");
        QVERIFY2(QFile::exists(embedded), qPrintable(embedded));
        QTranslator translator;
        QVERIFY2(translator.load(embedded), qPrintable(embedded));
    }
}

void TestTranslations::localePicksCatalog_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("catalog");
    QTest::addColumn<QString>("qtCatalog");
    QTest::newRow("German") << "de_DE" << ":/i18n/ferry_de.qm" << "qtbase_de.qm";
    QTest::newRow("Austrian German falls back to German") << "de_AT" << ":/i18n/ferry_de.qm" << "qtbase_de.qm";
    QTest::newRow("French") << "fr_FR" << ":/i18n/ferry_fr.qm" << "qtbase_fr.qm";
    QTest::newRow("Canadian French falls back to French") << "fr_CA" << ":/i18n/ferry_fr.qm" << "qtbase_fr.qm";
    QTest::newRow("English needs none") << "en_US" << "" << "";
    // Qt has Japanese, Ferry does not: Qt's buttons stay English too, so the window speaks one language.
    QTest::newRow("no Ferry catalog, no Qt catalog") << "ja_JP" << "" << "";
}

void TestTranslations::localePicksCatalog()
{
    QFETCH(QString, locale);
    QFETCH(QString, catalog);
    QFETCH(QString, qtCatalog);
    const Translations translations{QLocale(locale)};
    QCOMPARE(translations.ferryCatalogPath(), catalog);
    QCOMPARE(translations.language().isEmpty(), catalog.isEmpty());
    if (qtCatalog.isEmpty()) {
        QCOMPARE(translations.qtCatalogPath(), QString());
    } else {
        // Qt's own catalogs come with qttranslations5-l10n (Qt 6: qt6-translations-l10n).
        const QString expected = QDir(Translations::qtTranslationsDirectory()).filePath(qtCatalog);
        QVERIFY2(QFile::exists(expected), qPrintable(expected + QLatin1String(" is missing")));
        QCOMPARE(translations.qtCatalogPath(), expected);
    }
}

void TestTranslations::embeddedCatalogMatchesTs()
{
    for (const QString& language : languages()) {
        Translations translations{QLocale(language)};
        QVERIFY(!translations.ferryCatalogPath().isEmpty());
        translations.installInto(QCoreApplication::instance());
        const TsFile ts = readTs(tsPath(language));
        QStringList problems;
        for (const TsMessage& message : ts.messages) {
            if (message.numerus || !message.type.isEmpty() || message.translations.value(0).isEmpty()) {
                continue;
            }
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.toUtf8();
            const QString shown = QCoreApplication::translate(context.constData(), source.constData(),
                                                              comment.isEmpty() ? nullptr : comment.constData());
            if (shown != message.translations.constFirst()) {
                problems.append(language + QLatin1String(" ") + message.describe() + QLatin1String(" shows \"") +
                                shown + QLatin1Char('"'));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(listProblems(problems)));
    }
}

void TestTranslations::everyMessageIsTranslated()
{
    QStringList problems;
    for (const QString& language : catalogs()) {
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        for (const TsMessage& message : ts.messages) {
            if (message.stale()) {
                continue;
            }
            const bool empty = message.translations.isEmpty() ||
                               std::any_of(message.translations.cbegin(), message.translations.cend(),
                                           [](const QString& text) { return text.trimmed().isEmpty(); });
            if (message.type == QLatin1String("unfinished") || empty) {
                problems.append(language + QLatin1String(empty ? " empty: " : " unfinished: ") + message.describe());
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(listProblems(problems)));
}

void TestTranslations::placeholdersMatch()
{
    QStringList problems;
    for (const QString& language : catalogs()) {
        for (const TsMessage& message : readTs(tsPath(language)).messages) {
            if (message.stale()) {
                continue;
            }
            QSet<QString> expected = placeholders(message.source);
            for (const QString& translation : message.translations) {
                if (translation.isEmpty()) {
                    continue;
                }
                QSet<QString> found = placeholders(translation);
                // A plural form for exactly one may spell the number out instead of writing %n.
                if (message.numerus) {
                    expected.remove(QStringLiteral("%n"));
                    found.remove(QStringLiteral("%n"));
                }
                if (found != expected) {
                    problems.append(language + QLatin1String(" placeholders differ: ") + message.describe() +
                                    QLatin1String(" -> \"") + translation + QLatin1Char('"'));
                }
                if (hasAccelerator(message.source) != hasAccelerator(translation)) {
                    problems.append(language + QLatin1String(" accelerator '&' missing or extra: ") +
                                    message.describe() + QLatin1String(" -> \"") + translation + QLatin1Char('"'));
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(listProblems(problems)));
}

void TestTranslations::tsFilesAreCurrent()
{
    // lupdate merges into copies of the committed files; if that changes anything, the committed ones lack
    // strings of the sources or keep ones that are gone.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    for (const QString& language : catalogs()) {
        QVERIFY(QFile::copy(tsPath(language), scratch.filePath(QFileInfo(tsPath(language)).fileName())));
    }
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(FERRY_CMAKE),
                  {QStringLiteral("-DLUPDATE=" FERRY_LUPDATE), QStringLiteral("-DSOURCE_DIR=" FERRY_SOURCE_DIR),
                   QLatin1String("-DTS_DIR=") + scratch.path(), QStringLiteral("-DLANGUAGES=" FERRY_LANGUAGES),
                   QStringLiteral("-DPLURALS=" FERRY_PLURALS_LANGUAGE),
                   QStringLiteral("-P"), QStringLiteral(FERRY_UPDATE_SCRIPT)});
    QVERIFY2(lupdate.waitForFinished(50000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());
    QStringList stale;
    for (const QString& language : catalogs()) {
        QFile committed(tsPath(language));
        QFile updated(scratch.filePath(QFileInfo(tsPath(language)).fileName()));
        QVERIFY(committed.open(QIODevice::ReadOnly));
        QVERIFY(updated.open(QIODevice::ReadOnly));
        if (committed.readAll() != updated.readAll()) {
            stale.append(committed.fileName());
        }
    }
    QVERIFY2(stale.isEmpty(),
             qPrintable(QLatin1String("Not current with the sources: ") + stale.join(QLatin1String(", ")) +
                        QLatin1String(". Run: cmake --build <build dir> --target update_translations")));
}

void TestTranslations::englishPlurals_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("English") << "en_US";
    // No catalog of Ferry's for Japanese: the window is English, and English plurals are right.
    QTest::newRow("a language Ferry lacks") << "ja_JP";
}

void TestTranslations::englishPlurals()
{
    QFETCH(QString, locale);
    Translations translations{QLocale(locale)};
    QCOMPARE(translations.pluralsCatalogPath(), QStringLiteral(":/i18n/plurals/ferry_en.qm"));
    translations.installInto(QCoreApplication::instance());
    const char* context = "ferry::SessionTreeDock";
    const char* source = "Delete %n session(s)?";
    QCOMPARE(QCoreApplication::translate(context, source, nullptr, 1), QStringLiteral("Delete 1 session?"));
    QCOMPARE(QCoreApplication::translate(context, source, nullptr, 3), QStringLiteral("Delete 3 sessions?"));
    // A message without plural forms is the source text itself.
    QCOMPARE(QCoreApplication::translate(context, "Delete"), QStringLiteral("Delete"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
