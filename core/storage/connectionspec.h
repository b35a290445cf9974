#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <utility>

namespace oversight {

enum class Engine { Sqlite, Postgres };

// Where a database lives: an SQLite file, or a PostgreSQL server named by a URL
// (postgresql://user@host:port/dbname?sslmode=require&host=/run/postgresql).
// Without a password in the URL, libpq reads $PGPASSWORD and ~/.pgpass; a face
// may ask the person and set `password`.
struct ConnectionSpec {
    Engine engine = Engine::Sqlite;
    QString path; // SQLite file
    QString host; // a name, an address or a unix socket folder; empty: libpq's default
    int port = -1;
    QString user;
    QString password;
    QString database;
    // libpq connection parameters from the URL's query (sslmode, connect_timeout, ...).
    QList<std::pair<QString, QString>> options;

    // A file path stays a path; postgresql:// and postgres:// URLs name a server.
    static Result<ConnectionSpec> parse(const QString& location);
    static bool isServerUrl(const QString& location);

    // For messages and window titles: the file, or the URL without a password.
    QString displayName() const;
    // The same database however it was named (a canonical file path, or the server
    // and database): what a client keeps per database is keyed by it.
    QString identity() const;
};

} // namespace oversight
