#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QTimeZone>

namespace oversight {

class FinestGrainStage;

// Adds a review just finalized to the analytics: its fact row and the rollups.
// Called inside the finalization's own transaction, so the dashboard never
// disagrees with the reviews. `zone` is the analytics zone, fixed beforehand
// (fixAnalyticsZone) outside that transaction.
Status recordFinalizedReview(QSqlDatabase db, qint64 reviewSeq, const QTimeZone& zone);

// Adds the facts matching `condition` (bound to `value`) to every rollup.
Status rollUp(QSqlDatabase db, const QString& condition, const QVariant& value);

// rollUp in two steps, for many facts: the rollup rows they make are computed
// into this connection's temporary tables (outside any write transaction: on
// SQLite a temporary table takes no lock on the database), then added to the
// rollups in the caller's short transaction, which drops the temporary tables.
// What an importer may already know of the facts it stored.
struct StagedFactsKnown {
    // Their finest-grain rows, summed as they were read (SQLite only): used
    // instead of reading the facts back.
    FinestGrainStage* finestGrain = nullptr;
    // False when no fact has groups: the per-group rollups then read nothing.
    bool withGroups = true;
};
Status stageRollUp(QSqlDatabase db, const QString& condition, const QVariant& value,
                   const StagedFactsKnown& known = {});
Status publishStagedRollUp(QSqlDatabase db);

} // namespace oversight
