#pragma once

#include "accounts/userstore.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QVariant>
#include <memory>

namespace oversight::test {

inline const QString adminPassword = QStringLiteral("a-long-test-password");

// The PostgreSQL server the suite runs against, when CTest runs its PostgreSQL
// variant: a superuser URL from $OVERSIGHT_TEST_POSTGRES, or from the file
// $OVERSIGHT_TEST_POSTGRES_FILE that scripts/pg-test-server writes. Empty: SQLite.
inline QString testServerUrl() {
    if (qEnvironmentVariableIsSet("OVERSIGHT_TEST_POSTGRES"))
        return qEnvironmentVariable("OVERSIGHT_TEST_POSTGRES");
    if (!qEnvironmentVariableIsSet("OVERSIGHT_TEST_POSTGRES_FILE"))
        return {};
    QFile file(qEnvironmentVariable("OVERSIGHT_TEST_POSTGRES_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s: is the test server running?", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll()).trimmed();
}

inline bool onPostgres() {
    return !testServerUrl().isEmpty();
}

// Runs statements as the test server's superuser, on its maintenance database
// or on the named one.
inline void serverExec(const QStringList& statements, const QString& database = {}) {
    const QString name = QStringLiteral("server-admin-") + QUuid::createUuid().toString();
    {
        Result<ConnectionSpec> spec = ConnectionSpec::parse(testServerUrl());
        if (!spec)
            qFatal("bad test server URL: %s", qPrintable(spec.error().message));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(spec->host);
        if (spec->port > 0)
            db.setPort(spec->port);
        db.setUserName(spec->user);
        db.setDatabaseName(database.isEmpty() ? spec->database : database);
        if (!db.open())
            qFatal("cannot reach the test server: %s", qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        for (const QString& statement : statements)
            if (!query.exec(statement))
                qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

// A new, empty database on the test server, dropped again when this ends.
struct ServerDatabase {
    QString name =
        QStringLiteral("oversight_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QString url;

    ServerDatabase() {
        serverExec({QStringLiteral("CREATE DATABASE %1").arg(name)});
        Result<ConnectionSpec> spec = ConnectionSpec::parse(testServerUrl());
        spec.value().database = name;
        url = spec->displayName();
    }
    ~ServerDatabase() {
        serverExec({QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)});
    }
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;
};

// A real database with a first administrator: an SQLite file in a fresh
// temporary folder, or, in a suite's PostgreSQL variant, a new database on the
// test server. Files the test writes go to the temporary folder either way.
struct TempDatabase {
    QTemporaryDir dir;
    std::unique_ptr<ServerDatabase> server =
        onPostgres() ? std::make_unique<ServerDatabase>() : nullptr;
    // What Database::open takes to reach this database again (e.g. from another process).
    QString location = server ? server->url : dir.filePath(QStringLiteral("test.db"));
    std::unique_ptr<Database> database;
    Session admin;

    TempDatabase() {
        Result<Database> opened = Database::open(location, Database::OpenMode::CreateIfMissing);
        if (!opened)
            qFatal("cannot open test database: %s", qPrintable(opened.error().message));
        database = std::make_unique<Database>(std::move(opened).value());
        Result<Session> created = UserStore(database->connection())
                                      .createFirstAdmin(QStringLiteral("admin"), adminPassword);
        if (!created)
            qFatal("cannot create admin: %s", qPrintable(created.error().message));
        admin = created.value();
    }

    QSqlDatabase db() const { return database->connection(); }
    QString path(const QString& name) const { return dir.filePath(name); }

    QString write(const QString& name, const QByteArray& content) const {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

    qint64 count(const QString& sql) const {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            qFatal("query failed: %s", qPrintable(sql));
        return query.value(0).toLongLong();
    }

    QVariant value(const QString& sql) const {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
};

} // namespace oversight::test
