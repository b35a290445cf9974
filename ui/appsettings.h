#pragma once

#include <QSettings>
#include <QString>
#include <memory>

namespace oversight {

// The application's stored preferences behind one typed wrapper. Tests use an
// instance on a temporary file so they never touch the user's settings.
class AppSettings {
public:
    AppSettings(); // the user's settings (QSettings with the application's names)
    explicit AppSettings(const QString& iniFile);

    QString lastLogin() const;
    void setLastLogin(const QString& login);

    // The last PostgreSQL server connected to, as a URL without the password.
    QString lastServer() const;
    void setLastServer(const QString& url);

    // The language chosen for the interface ("de", "es", "en"); empty: the system's.
    QString language() const;
    void setLanguage(const QString& language);

    // The review queue selected when the review page opens; empty: the first.
    QString defaultQueue() const;
    void setDefaultQueue(const QString& queue);

    // Where the last export of decisions from a database ended (its next
    // cursor), per database on this computer; 0 when none was made here.
    qint64 lastExportCursor(const QString& database) const;
    void setLastExportCursor(const QString& database, qint64 cursor);

    // Window and layout state, restored on the next start.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray reviewSplitterState() const;
    void setReviewSplitterState(const QByteArray& state);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace oversight
