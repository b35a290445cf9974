#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>

namespace oversight {

// Rows for PostgreSQL's COPY ... FROM STDIN, in its text format: fields
// separated by tabs, rows ended by newlines, \N for NULL, and backslash, tab,
// newline and carriage return escaped inside a field.
class CopyRows {
public:
    void text(QByteArrayView utf8);
    void integer(qint64 value);
    void real(double value);
    void null();
    void endRow();

    const QByteArray& data() const { return m_data; }
    qsizetype rows() const { return m_rows; }
    void clear();

private:
    void separate();

    QByteArray m_data;
    qsizetype m_rows = 0;
    bool m_rowStarted = false;
};

// Runs `copyStatement` (COPY table (columns) FROM STDIN) on the connection that
// Qt's PostgreSQL driver holds and sends the rows through it, inside whatever
// transaction the connection is in. One round trip for any number of rows,
// where an INSERT per row costs one each.
Status copyIn(const QSqlDatabase& db, const QString& copyStatement, const CopyRows& rows);

} // namespace oversight
