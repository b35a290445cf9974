#pragma once

#include "audit/chainverifier.h"

namespace oversight {

// All that `verify` checks: the audit chain and the stored data against it
// (audit/chainverifier.h), then the rollups the dashboard reads against the review
// facts (analytics/rollupcheck.h) and the rollups by group against the cases and
// facts (fairness/fairnessrollupcheck.h), a problem named `rollup_differs` with the
// table and key, and the decision records the export hands on against the cases and
// reviews (handoff/decisionrecordcheck.h, `decision_record_differs`). Stops at the
// first problem. Read-only.
Result<Verification> verifyDatabase(QSqlDatabase db, const Session& actor,
                                    const VerifyProgress& progress = {});

} // namespace oversight
