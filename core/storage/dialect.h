#pragma once

#include "common/result.h"
#include "storage/connectionspec.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// Everything that differs between SQLite and PostgreSQL, in one place. Queries
// elsewhere are written in the SQL both engines share and ask here for the rest.
namespace oversight {

class KeptQuery;

Engine engineOf(const QSqlDatabase& db);

// A released SQLite statement of a migration, as PostgreSQL needs it: 64-bit
// integers, double-precision reals, identity keys for `seq`, byte-order text
// collation (so both engines sort and compare text alike), and no WITHOUT ROWID.
QString postgresDdl(QString sqliteStatement);

// Lets a query read a large result row by row where that is safe. On SQLite a
// forward-only query streams from the file. QPSQL streams forward-only queries in
// libpq's single-row mode, and any other statement on the connection discards
// the rest of such a result, so on PostgreSQL the result is fetched whole.
void streamRows(QSqlQuery& query);

// Lets a large read stream row by row on both engines, for a loop that runs no
// other statement on the connection before its last row (or only on its way out,
// after which the rest is not read): on PostgreSQL libpq's single-row mode.
void streamRowsAlone(QSqlQuery& query);

// Lets one long read on this connection (a GROUP BY over every review fact) sort
// with a helper thread. SQLite sorts on one thread unless told; PostgreSQL plans
// parallel work itself.
void allowParallelSort(QSqlDatabase db);

// An aggregate joining text values with a separator, in the order the rows come.
QString joinedText(const QSqlDatabase& db, const QString& expression, const QString& separator);

// A condition true when `column` contains the text bound to its one placeholder,
// case and all (SQLite's LIKE ignores case, so neither engine's LIKE serves).
QString containsText(const QSqlDatabase& db, const QString& column);

// Appended to a SELECT that picks work items: on PostgreSQL the picked rows are
// locked and rows another transaction holds are skipped, so concurrent reviewers
// never wait on, or take, the same case. SQLite has one writer at a time already.
QString lockPickedRows(const QSqlDatabase& db, const QString& alias);

// Appended to a SELECT of rows the transaction goes on to decide from: on
// PostgreSQL they are locked until commit, so two transactions deciding about the
// same row (the last two reviews of one case) take turns and the second sees
// what the first wrote. SQLite has one writer at a time already.
QString lockReadRows(const QSqlDatabase& db);

// Serialises appends to a chain inside the current transaction (the audit trail's
// seq + 1). SQLite's write transaction already excludes every other writer.
Status lockForAppend(QSqlDatabase db, const char* what);

// Prepares the read of a chain's head under the lock lockForAppend(db, what)
// takes. On PostgreSQL since migration 14, one call: `functionCall`, one of that
// migration's functions, which takes the lock key as its parameter and reads
// after the lock is granted. Otherwise the lock, then `plainRead`. (While an older
// schema is being upgraded the functions do not exist yet: the audit trail starts
// at version 6.)
Status prepareHeadRead(KeptQuery& query, QSqlDatabase db, const char* what,
                       const QString& functionCall, const QString& plainRead);

// The driver's connection handle (libpq's PGconn*, SQLite's sqlite3*): a
// connection re-opened behind Qt's name has a new one.
const void* driverHandle(const QSqlDatabase& db);

// True when connecting failed only because the server wants a password and
// neither the spec, $PGPASSWORD nor ~/.pgpass gave one: a face may ask for it.
bool wantsPassword(const ConnectionSpec& spec, const Error& connectError);

// True when the error means the server went away (restart, network), not that
// the statement was wrong: the connection can be re-opened and the work retried.
bool isConnectionLost(const QSqlDatabase& db, const QSqlError& error);

} // namespace oversight
