#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace oversight {

// PostgreSQL: gives an application role (one that reviewers' workstations log in
// as) what the application needs and no more: reading and writing the working
// tables; only INSERT and SELECT on the audit trail (no UPDATE, DELETE or
// TRUNCATE, besides the trigger that refuses them to everyone); no deleting of
// reviews; no schema changes (the owner, who ran the migrations, upgrades).
// Must run as the tables' owner. The role must exist.
Status grantApplicationPrivileges(QSqlDatabase db, const QString& role);

} // namespace oversight
