#include "storage/writefailure.h"

#include "storage/dialect.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// SQLite's primary result codes (sqlite3.h), without the header in this file.
constexpr int sqliteReadOnly = 8;
constexpr int sqliteIoError = 10;
constexpr int sqliteFull = 13;

// PostgreSQL's SQLSTATEs for the same causes.
const char* const postgresDiskFull = "53100";
const char* const postgresReadOnlyTransaction = "25006";

QString fullMessage(const QString& database, const QString& detail) {
    return Text::tr("Cannot write to %1: the disk is full, or the file may not grow any larger "
                    "(%2). Nothing of this change was stored. Free some space and try again.")
        .arg(database, detail);
}

QString readOnlyMessage(const QString& database, const QString& detail) {
    return Text::tr("Cannot write to %1: it is read-only for this user (%2). Nothing of this "
                    "change was stored.")
        .arg(database, detail);
}

} // namespace

QString storageWriteFailure(const QString& database, int sqlitePrimaryCode, const QString& detail) {
    switch (sqlitePrimaryCode) {
    case sqliteFull:
    case sqliteIoError:
        return fullMessage(database, detail);
    case sqliteReadOnly:
        return readOnlyMessage(database, detail);
    default:
        return {};
    }
}

QString storageWriteFailure(const QSqlDatabase& db, const QSqlError& error) {
    QString detail = error.text().trimmed();
    if (engineOf(db) == Engine::Postgres) {
        const QString state = error.nativeErrorCode();
        if (state == QLatin1String(postgresDiskFull))
            return fullMessage(db.databaseName(), detail);
        if (state == QLatin1String(postgresReadOnlyTransaction))
            return readOnlyMessage(db.databaseName(), detail);
        return {};
    }
    bool numeric = false;
    int code = error.nativeErrorCode().toInt(&numeric);
    // Qt's driver reports a failed COMMIT without SQLite's code; the connection has it.
    if (!numeric) {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            if (sqlite3* connection = *static_cast<sqlite3* const*>(handle.data())) {
                code = sqlite3_errcode(connection);
                if (detail.isEmpty())
                    detail = QString::fromUtf8(sqlite3_errmsg(connection));
            }
        }
    }
    return storageWriteFailure(db.databaseName(), code & 0xFF, detail);
}

QString describeWriteFailure(const QSqlDatabase& db, const QSqlError& error,
                             const QString& fallback) {
    const QString storage = storageWriteFailure(db, error);
    return storage.isEmpty() ? fallback : storage;
}

} // namespace oversight
