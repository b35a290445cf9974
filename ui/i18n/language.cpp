#include "i18n/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace oversight {

namespace {

const QString catalogueFolder = QStringLiteral(":/i18n");

} // namespace

QStringList availableLanguages() {
    QStringList languages{QStringLiteral("en")};
    const QStringList catalogues =
        QDir(catalogueFolder).entryList({QStringLiteral("oversight_*.qm")}, QDir::Files);
    for (const QString& file : catalogues)
        languages << file.mid(10, file.size() - 13); // "oversight_" ... ".qm"
    return languages;
}

QLocale installTranslations(QCoreApplication& app, const QString& language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("oversight"), QStringLiteral("_"), catalogueFolder))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale;
}

} // namespace oversight
