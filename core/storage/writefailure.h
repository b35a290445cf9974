#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace oversight {

// Why a write failed, in words a person can act on, when the cause is the storage
// itself: a full disk (or a file that may not grow), a read-only file or server.
// Every write is in a transaction, so the message can say that nothing was stored.
// Empty when the failure has another cause (a constraint, a lost connection).
QString storageWriteFailure(const QString& database, int sqlitePrimaryCode, const QString& detail);
QString storageWriteFailure(const QSqlDatabase& db, const QSqlError& error);

// The failure in words: storageWriteFailure when it applies, else `fallback`.
QString describeWriteFailure(const QSqlDatabase& db, const QSqlError& error,
                             const QString& fallback);

} // namespace oversight
