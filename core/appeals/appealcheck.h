#pragma once

#include "common/result.h"
#include "handoff/decisionrecordcheck.h"

#include <QSqlDatabase>
#include <optional>

namespace oversight {

// The stored appeals against the audit trail: each appeal has its
// `appeal.filed` event saying the same case, statement, deadline and decision
// appealed against; a decided one has its `appeal.resolved` event with the same
// outcome, its finalized review with that decision, and an outcome that follows
// from it (the same decision upholds); a pending one has none; no event names an
// appeal that is not stored. Finds an edit of the file itself. Read-only;
// nullopt when everything matches. The subject is the appeal id.
Result<std::optional<DecisionRecordMismatch>> findAppealMismatch(QSqlDatabase db);

} // namespace oversight
