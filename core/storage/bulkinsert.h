#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QStringList>
#include <memory>

struct sqlite3;

namespace oversight {

// Many rows into one table, values given in column order. On SQLite each row is
// a prepared INSERT bound straight onto the connection (BulkStatement), so a
// failure names its row. On PostgreSQL rows are collected and sent with one COPY
// at flush(), inside the caller's transaction: an INSERT per row would cost a
// round trip each. Call flush() before committing.
class BulkInsert {
public:
    virtual ~BulkInsert() = default;

    static Result<std::unique_ptr<BulkInsert>> create(const QSqlDatabase& db, const QString& table,
                                                      const QStringList& columns);
    // On a connection opened without Qt (storage/scratchdatabase.h).
    static Result<std::unique_ptr<BulkInsert>> create(sqlite3* handle, const QString& table,
                                                      const QStringList& columns);

    virtual void text(QByteArrayView utf8) = 0;
    virtual void integer(qint64 value) = 0;
    virtual void null() = 0;
    // Ends the row; on SQLite stores it.
    virtual Status endRow() = 0;
    // Stores the rows not stored yet.
    virtual Status flush() = 0;
};

} // namespace oversight
