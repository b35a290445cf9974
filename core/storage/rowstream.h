#pragma once

#include "common/result.h"
#include "storage/bulkread.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>

namespace oversight {

// A large ordered read that keeps only a bounded number of rows in memory,
// whatever the size of the result. On SQLite a forward-only statement steps
// through the file. On PostgreSQL a server-side cursor (DECLARE ... NO SCROLL) is
// fetched in chunks: QPSQL's single-row mode would stream too, but any other
// statement on the connection discards the rest of such a result, and a reader
// that runs two streams at once (the export) needs both to live. Must be used
// inside a transaction (a ReadSnapshot), which a PostgreSQL cursor needs.
class RowStream {
public:
    // `sql` has positional placeholders (?) for `keys`. Only integers are bound:
    // PostgreSQL cannot prepare a DECLARE, so there they are written into the
    // statement from their qint64 values, which cannot carry SQL.
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
    RowStream(QSqlDatabase db, QString cursorName);
    bool fetchChunk();

    QSqlDatabase m_db;
    std::unique_ptr<BulkRead> m_sqlite; // SQLite reads straight from its handle
    QSqlQuery m_query;
    QByteArray m_utf8;
    QString m_cursorName; // empty on SQLite
    int m_rowsInChunk = 0;
    bool m_exhausted = false;
    QString m_error;
};

} // namespace oversight
