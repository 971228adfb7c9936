#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

class QCoreApplication;

namespace ferry {

// The catalogs for the user's language: Ferry's own, embedded as :/i18n/ferry_<lang>.qm, and Qt's for the
// same language (standard buttons and dialogs) from Qt's translations directory when that is installed.
// Qt's are loaded only when Ferry has the language, so a window never mixes two languages. Under both lies
// the plural forms of the English source strings (:/i18n/plurals/ferry_en.qm), so a message Ferry shows in
// English says "1 session" and "2 sessions" rather than "session(s)".
class Translations {
public:
    static QString embeddedDirectory() { return QStringLiteral(":/i18n"); }

    // locale: normally the system's, whose UI languages (LANGUAGE, LC_MESSAGES, LANG) are tried in order.
    explicit Translations(const QLocale& locale = QLocale::system(),
                          const QString& ferryDirectory = embeddedDirectory(),
                          const QString& qtDirectory = qtTranslationsDirectory());

    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // Installs the loaded catalogs into app; needed once for each application object, since a
    // translator belongs to the application object it was installed into.
    void installInto(QCoreApplication* app);

    // The language Ferry's catalog is for ("de", "fr_CA"), or empty when Ferry speaks English.
    QString language() const;
    QString ferryCatalogPath() const;
    QString qtCatalogPath() const;
    QString pluralsCatalogPath() const;

    static QString qtTranslationsDirectory();

private:
    QTranslator m_ferry;
    QTranslator m_qt;
    QTranslator m_plurals;
    bool m_ferryLoaded = false;
    bool m_pluralsLoaded = false;
    bool m_qtLoaded = false;
};

} // namespace ferry
