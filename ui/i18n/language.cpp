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

QString languageDisplayName(const QString& code) {
    if (code.isEmpty())
        //: The first language choice: follow the operating system's language.
        return QCoreApplication::translate("Language", "System Language");
    QString name = code == u"en" ? QStringLiteral("English") // not "American English"
                                 : QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
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
