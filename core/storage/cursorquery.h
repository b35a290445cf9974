#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace oversight {

// A long read that keeps a bounded number of rows in memory and is not cut short
// by other statements on the connection while it is read. On PostgreSQL a
// server-side cursor (DECLARE ... NO SCROLL) fetched in chunks, which must live
// in a transaction (a ReadSnapshot); on SQLite a forward-only statement.
//
// PostgreSQL cannot prepare a DECLARE: there the values are written into the
// statement by the driver's own formatValue, as QPSQL does for every prepared
// statement it executes.
class CursorQuery {
public:
    explicit CursorQuery(QSqlDatabase db);
    ~CursorQuery();
    CursorQuery(const CursorQuery&) = delete;
    CursorQuery& operator=(const CursorQuery&) = delete;

    // `sql` has positional placeholders (?) for `values`.
    bool exec(const QString& sql, const QVariantList& values = {});
    // The next row; false at the end or on a failure (lastError() tells).
    bool next();
    QVariant value(int column) const { return m_query.value(column); }
    bool isNull(int column) const { return m_query.isNull(column); }
    QSqlError lastError() const { return m_error.isValid() ? m_error : m_query.lastError(); }
    // The current row, for what reads a row from a QSqlQuery.
    const QSqlQuery& row() const { return m_query; }

private:
    bool fetchChunk();
    void close();

    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_cursorName; // empty on SQLite, and once closed
    int m_rowsInChunk = 0;
    QSqlError m_error;
};

} // namespace oversight
