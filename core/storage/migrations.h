#pragma once

#include <QStringList>
#include <span>

namespace oversight {

struct Migration {
    int version;
    const char* description;
    QStringList statements;
};

// Every schema change ever made, in order. Never edit a released migration: add one.
std::span<const Migration> allMigrations();

int latestSchemaVersion();

} // namespace oversight
