#pragma once

#include "common/result.h"
#include "storage/copyin.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <vector>

namespace oversight {

// What one imported row stores: its case, and the sealed part a reviewer sees
// only after committing. Views into the row's buffers; an empty view of a
// nullable column stores NULL.
struct CaseRow {
    QByteArrayView id;
    QByteArrayView externalId;
    qint64 sourceRow = 0;
    QByteArrayView facts;
    QByteArrayView route;
    QByteArrayView queue; // nullable
    QByteArrayView state;
    QByteArrayView modelLabel;
    double confidence = 0;
    QByteArrayView probabilities; // nullable
    QByteArrayView truth;         // nullable
    QByteArrayView hidden;
    QByteArrayView routeReason;
    QByteArrayView groups; // nullable
};

// A chunk's rows stored on PostgreSQL in three round trips, whatever their
// number: COPY into a temporary table, then one statement that inserts the cases
// in row order (an external id already taken, in the database or earlier in the
// chunk, is skipped) and the sealed rows of those inserted. An INSERT per row
// costs a round trip each, which over a network, or even a local socket,
// outweighs the server's work many times.
class CopiedCaseRows {
public:
    void add(const CaseRow& row);
    qsizetype size() const { return m_rows.rows(); }

    // Inside the caller's transaction. The new case's seq for each added row, in
    // the order added; 0 for a row whose external id was taken. Empties the rows.
    Result<std::vector<qint64>> store(const QSqlDatabase& db, qint64 batchSeq);

private:
    CopyRows m_rows;
    std::vector<qint64> m_sourceRows;
};

} // namespace oversight
