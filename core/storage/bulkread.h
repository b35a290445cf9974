#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QVariant>
#include <memory>

namespace oversight {

// A read of many small values (the analytics rollups: thousands of rows of twenty
// counters), the counterpart of BulkStatement. On SQLite it steps the statement
// on the connection's sqlite3 handle and hands out integers and text directly:
// QSqlQuery builds a QVariant per value, which costs more than SQLite's own work.
// Other drivers go through a forward-only QSqlQuery. Values are bound by type
// (integers, doubles, text).
class BulkRead {
public:
    virtual ~BulkRead() = default;

    static Result<std::unique_ptr<BulkRead>> run(const QSqlDatabase& db, const QString& sql,
                                                 const QVariantList& values = {});

    virtual bool next() = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QString text(int column) const = 0;
    // The text as UTF-8, valid until the next call of next() or utf8().
    virtual QByteArrayView utf8(int column) = 0;
    virtual bool isNull(int column) const = 0;
    // Empty unless next() ended on a failure.
    virtual QString error() const = 0;
};

} // namespace oversight
