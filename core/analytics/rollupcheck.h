#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace oversight {

// A rollup row that the review facts do not give: a changed counter, a row the
// facts have no review for, or a missing row.
struct RollupMismatch {
    QString table;
    QString key;         // "local_day 2024-03-01, reviewer r1, ..."
    QString description; // what differs, in words
};

// Rebuilds every rollup from the review facts and compares it with the stored one,
// row by row, all as of one moment (storage/database.h, ReadSnapshot); the first
// difference, or nullopt when they agree. Read-only; call it outside a transaction. The
// dashboard reads the rollups, so an edited rollup row would change its charts
// without touching a fact.
Result<std::optional<RollupMismatch>> findRollupMismatch(QSqlDatabase db);

} // namespace oversight
