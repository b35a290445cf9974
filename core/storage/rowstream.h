#pragma once

#include "common/result.h"
#include "storage/bulkread.h"
#include "storage/cursorquery.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>

namespace oversight {

// A large ordered read that keeps only a bounded number of rows in memory,
// whatever the size of the result. On SQLite a forward-only statement steps
// through the file, read straight from its handle. On PostgreSQL a CursorQuery:
// QPSQL's single-row mode would stream too, but any other statement on the
// connection discards the rest of such a result, and a reader that runs two
// streams at once (the export) needs both to live. Must be used inside a
// transaction (a ReadSnapshot), which a PostgreSQL cursor needs.
class RowStream {
public:
    // `sql` has positional placeholders (?) for `keys`.
    static Result<std::unique_ptr<RowStream>> open(QSqlDatabase db, const QString& sql,
                                                   const QList<qint64>& keys);
    ~RowStream();
    RowStream(const RowStream&) = delete;
    RowStream& operator=(const RowStream&) = delete;

    // The next row; false at the end. error() tells whether the end was a failure.
    bool next();
    qint64 integer(int column) const;
    // UTF-8 text, valid until the next call of next() or utf8().
    QByteArrayView utf8(int column);
    bool isNull(int column) const;
    QString error() const;

private:
    RowStream() = default;

    std::unique_ptr<BulkRead> m_sqlite; // SQLite reads straight from its handle
    std::unique_ptr<CursorQuery> m_cursor;
    QByteArray m_utf8;
};

} // namespace oversight
