#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <memory>
#include <optional>

struct sqlite3;

namespace oversight {

// One prepared statement run many times with UTF-8 values, for bulk paths such as
// the import. On SQLite it binds straight onto the connection's sqlite3 handle:
// QSqlQuery wraps every value in a QVariant and hands text over as UTF-16, which
// costs more than the database's own work at a million rows. Other drivers go
// through QSqlQuery. Placeholders are positional (?), bound from 0. Bound text is
// not copied: it must stay valid until execute() returns.
class BulkStatement {
public:
    virtual ~BulkStatement() = default;

    static Result<std::unique_ptr<BulkStatement>> prepare(const QSqlDatabase& db,
                                                          const QString& sql);
    // On a connection opened without Qt (storage/scratchdatabase.h).
    static Result<std::unique_ptr<BulkStatement>> prepare(sqlite3* handle, const QString& sql);
    // An INSERT whose new key executeInsert() returns: SQLite reports the rowid,
    // other engines get `RETURNING keyColumn` appended.
    static Result<std::unique_ptr<BulkStatement>>
    prepareInsert(const QSqlDatabase& db, const QString& sql, const QString& keyColumn);

    virtual void bindText(int index, QByteArrayView utf8) = 0;
    virtual void bindDouble(int index, double value) = 0;
    virtual void bindInteger(int index, qint64 value) = 0;
    virtual void bindNull(int index) = 0;

    // Runs the statement with the bound values and returns how many rows it changed.
    virtual Result<qint64> execute() = 0;
    // Runs an INSERT into a table with an integer key: the new row's key, or
    // nullopt when nothing was inserted (ON CONFLICT DO NOTHING).
    virtual Result<std::optional<qint64>> executeInsert() = 0;
};

} // namespace oversight
