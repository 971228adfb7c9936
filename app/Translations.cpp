#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace ferry {

Translations::Translations(const QLocale& locale, const QString& ferryDirectory, const QString& qtDirectory)
{
    m_pluralsLoaded = m_plurals.load(ferryDirectory + QLatin1String("/plurals/ferry_en.qm"));
    m_ferryLoaded = m_ferry.load(locale, QStringLiteral("ferry"), QStringLiteral("_"), ferryDirectory);
    if (!m_ferryLoaded) {
        return;
    }
    // qtbase_<lang> holds the strings of QtCore, QtGui and QtWidgets; the qt_<lang> meta catalog would also
    // pull in modules Ferry does not use.
    m_qtLoaded = m_qt.load(QLocale(m_ferry.language()), QStringLiteral("qtbase"), QStringLiteral("_"), qtDirectory);
}

void Translations::installInto(QCoreApplication* app)
{
    // The last one installed is asked first; Ferry's own wording wins over Qt's where both have a string, and
    // the English plural forms are asked only when neither has the message.
    if (m_pluralsLoaded) {
        app->installTranslator(&m_plurals);
    }
    if (m_qtLoaded) {
        app->installTranslator(&m_qt);
    }
    if (m_ferryLoaded) {
        app->installTranslator(&m_ferry);
    }
}

QString Translations::language() const
{
    return m_ferryLoaded ? m_ferry.language() : QString();
}

QString Translations::ferryCatalogPath() const
{
    return m_ferryLoaded ? m_ferry.filePath() : QString();
}

QString Translations::qtCatalogPath() const
{
    return m_qtLoaded ? m_qt.filePath() : QString();
}

QString Translations::pluralsCatalogPath() const
{
    return m_pluralsLoaded ? m_plurals.filePath() : QString();
}

QString Translations::qtTranslationsDirectory()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

} // namespace ferry
