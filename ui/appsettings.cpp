#include "appsettings.h"

#include <QCryptographicHash>

namespace oversight {

namespace {
const QString lastLoginKey = QStringLiteral("login/last");
const QString lastServerKey = QStringLiteral("server/last");
const QString windowGeometryKey = QStringLiteral("window/geometry");
const QString reviewSplitterKey = QStringLiteral("review/splitter");
const QString languageKey = QStringLiteral("interface/language");
const QString defaultQueueKey = QStringLiteral("review/defaultQueue");
} // namespace

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

QString AppSettings::lastServer() const {
    return m_settings->value(lastServerKey).toString();
}

void AppSettings::setLastServer(const QString& url) {
    m_settings->setValue(lastServerKey, url);
    m_settings->sync();
}

QString AppSettings::language() const {
    return m_settings->value(languageKey).toString();
}

void AppSettings::setLanguage(const QString& language) {
    m_settings->setValue(languageKey, language);
    m_settings->sync();
}

namespace {
// A database's name may hold '/' and ':', which QSettings reads as groups.
QString exportCursorKey(const QString& database) {
    return QStringLiteral("export/cursor-") +
           QString::fromLatin1(
               QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

qint64 AppSettings::lastExportCursor(const QString& database) const {
    return m_settings->value(exportCursorKey(database), 0).toLongLong();
}

void AppSettings::setLastExportCursor(const QString& database, qint64 cursor) {
    m_settings->setValue(exportCursorKey(database), cursor);
}

QString AppSettings::defaultQueue() const {
    return m_settings->value(defaultQueueKey).toString();
}

void AppSettings::setDefaultQueue(const QString& queue) {
    m_settings->setValue(defaultQueueKey, queue);
    m_settings->sync();
}

QByteArray AppSettings::windowGeometry() const {
    return m_settings->value(windowGeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry) {
    m_settings->setValue(windowGeometryKey, geometry);
}

QByteArray AppSettings::reviewSplitterState() const {
    return m_settings->value(reviewSplitterKey).toByteArray();
}

void AppSettings::setReviewSplitterState(const QByteArray& state) {
    m_settings->setValue(reviewSplitterKey, state);
}

} // namespace oversight
