#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace oversight {

// The languages the application is translated into, as language codes ("de",
// "es"), English first (the language of the sources).
QStringList availableLanguages();

// A language's name in its own words ("Deutsch", "Español"); for an empty code,
// "System Language" in the current one.
QString languageDisplayName(const QString& code);

// Installs the translations for `language` (a code from availableLanguages(), or
// empty for the system's language): Oversight's own catalogue and Qt's, for the
// standard dialogs. A chosen language also sets the default locale, so dates,
// numbers and percentages follow it. Returns the locale in force.
QLocale installTranslations(QCoreApplication& app, const QString& language);

} // namespace oversight
