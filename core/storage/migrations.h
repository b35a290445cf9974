#pragma once

#include "common/result.h"
#include "storage/connectionspec.h"

#include <QSqlDatabase>
#include <QStringList>
#include <span>

namespace oversight {

struct Migration {
    int version;
    const char* description;
    // As released for SQLite; PostgreSQL runs the same statements through
    // postgresDdl (storage/dialect.h) unless `postgres` gives its own.
    QStringList statements;
    // Work SQL cannot do (hashing), run after the statements in the same transaction.
    Status (*finish)(QSqlDatabase db) = nullptr;
    QStringList postgres = {};

    QStringList statementsFor(Engine engine) const;
};

// Every schema change ever made, in order. Never edit a released migration: add one.
std::span<const Migration> allMigrations();

int latestSchemaVersion();

} // namespace oversight
