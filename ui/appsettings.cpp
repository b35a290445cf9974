#include "appsettings.h"

namespace oversight {

namespace {
const QString lastLoginKey = QStringLiteral("login/last");
}

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

QString AppSettings::lastLogin() const {
    return m_settings->value(lastLoginKey).toString();
}

void AppSettings::setLastLogin(const QString& login) {
    m_settings->setValue(lastLoginKey, login);
    m_settings->sync();
}

} // namespace oversight
