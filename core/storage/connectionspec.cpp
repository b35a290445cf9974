#include "storage/connectionspec.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ConnectionSpec)
};

// libpq parameters a URL may carry; anything else is refused rather than ignored,
// so a misspelt sslmode never silently connects without TLS.
bool isKnownOption(const QString& name) {
    static const QStringList known = {QStringLiteral("sslmode"),
                                      QStringLiteral("sslrootcert"),
                                      QStringLiteral("sslcert"),
                                      QStringLiteral("sslkey"),
                                      QStringLiteral("connect_timeout"),
                                      QStringLiteral("application_name"),
                                      QStringLiteral("target_session_attrs"),
                                      QStringLiteral("keepalives"),
                                      QStringLiteral("keepalives_idle"),
                                      QStringLiteral("options")};
    return known.contains(name);
}

} // namespace

bool ConnectionSpec::isServerUrl(const QString& location) {
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

Result<ConnectionSpec> ConnectionSpec::parse(const QString& location) {
    ConnectionSpec spec;
    if (!isServerUrl(location)) {
        spec.path = location;
        return spec;
    }
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return Error{
            Text::tr("'%1' is not a valid PostgreSQL URL: %2")
                .arg(QUrl(location).toDisplayString(QUrl::RemovePassword), url.errorString())};
    spec.engine = Engine::Postgres;
    spec.host = url.host();
    spec.port = url.port(-1);
    spec.user = url.userName();
    spec.password = url.password();
    spec.database = url.path().mid(1);
    if (spec.database.isEmpty() || spec.database.contains(u'/'))
        return Error{Text::tr("The PostgreSQL URL '%1' names no database: add /dbname after the "
                              "host.")
                         .arg(url.toDisplayString(QUrl::RemovePassword))};
    const QUrlQuery query(url);
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == u"host") {
            spec.host = value; // a unix socket folder, as libpq's URLs allow
        } else if (name == u"port") {
            bool ok = false;
            spec.port = value.toInt(&ok);
            if (!ok)
                return Error{
                    Text::tr("The port '%1' in the PostgreSQL URL is not a number.").arg(value)};
        } else if (isKnownOption(name)) {
            spec.options.append({name, value});
        } else {
            return Error{Text::tr("The PostgreSQL URL has an unknown parameter '%1'.").arg(name)};
        }
    }
    return spec;
}

QString ConnectionSpec::identity() const {
    if (engine == Engine::Sqlite) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        return canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical;
    }
    return displayName();
}

QString ConnectionSpec::displayName() const {
    if (engine == Engine::Sqlite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    const bool socketFolder = host.startsWith(u'/');
    if (!socketFolder)
        url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (socketFolder)
        query.addQueryItem(QStringLiteral("host"), host);
    for (const auto& [name, value] : options)
        query.addQueryItem(name, value);
    url.setQuery(query);
    return url.toString();
}

} // namespace oversight
