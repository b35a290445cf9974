#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <span>

namespace oversight {

struct Migration {
    int version;
    const char* description;
    QStringList statements;
    // Work SQL cannot do (hashing), run after the statements in the same transaction.
    Status (*finish)(QSqlDatabase db) = nullptr;
};

// Every schema change ever made, in order. Never edit a released migration: add one.
std::span<const Migration> allMigrations();

int latestSchemaVersion();

} // namespace oversight
