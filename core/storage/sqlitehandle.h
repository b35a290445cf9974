#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace oversight {

// The sqlite3 connection under a QSQLITE database, for the bulk paths that talk
// to SQLite directly; nullptr for any other driver.
sqlite3* sqliteHandleOf(const QSqlDatabase& db);

} // namespace oversight
