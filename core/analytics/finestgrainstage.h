#pragma once

#include "common/result.h"
#include "storage/bulkinsert.h"
#include "storage/scratchdatabase.h"

#include <QSqlDatabase>
#include <QStringList>
#include <memory>

namespace oversight {

// The finest-grain rollup rows (analytics/rollupsql.h) of a review log's facts,
// summed a chunk at a time in a scratch database by the thread that reads the log,
// while the facts before are being stored. Afterwards they need not be read back
// and sorted, which costs as much as storing them. The sums are made by
// finestGrainSelectSql itself, over a copy of review_facts as `target` defines
// it: the figures have one definition. SQLite only: an SQLite sum is what it
// hands over. Used by one thread at a time.
class FinestGrainStage {
public:
    // `columns`: the review_facts columns each fact's values will come in.
    static Result<std::unique_ptr<FinestGrainStage>> create(const QSqlDatabase& target,
                                                            const QStringList& columns);

    // A row per fact of the current chunk.
    BulkInsert& facts() { return *m_facts; }
    // Sums the chunk's facts into the rows so far and forgets the facts.
    Status endChunk();
    // The memory the rows so far take: one per key, which grows with the log's
    // days and reviewers.
    qint64 bytes() const { return m_scratch->bytes(); }
    // Appends the rows, summed over every chunk, to `table` of `target`: a table
    // with finestGrainSelectSql's columns.
    Status copyInto(const QSqlDatabase& target, const QString& table);

private:
    FinestGrainStage(std::unique_ptr<ScratchDatabase> scratch, std::unique_ptr<BulkInsert> facts,
                     QString addChunk)
        : m_scratch(std::move(scratch))
        , m_facts(std::move(facts))
        , m_addChunk(std::move(addChunk)) {}
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<BulkInsert> m_facts;
    QString m_addChunk; // adds a chunk's sums to the rows so far
};

} // namespace oversight
