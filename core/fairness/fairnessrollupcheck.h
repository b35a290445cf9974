#pragma once

#include "analytics/rollupcheck.h"

namespace oversight {

// Rebuilds the rollups by group (fairness/fairnessrollups.h) from the cases, the
// decision records and the review facts, and compares them with the stored ones,
// all as of one moment; the first difference, or nullopt when they agree.
// Read-only; call it outside a transaction. The figures by group are read from
// these rollups, so an edited row would change them without touching a decision.
Result<std::optional<RollupMismatch>> findFairnessRollupMismatch(QSqlDatabase db);

} // namespace oversight
