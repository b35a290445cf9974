#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <optional>

namespace oversight {

// A decision record (what `export` hands on) that does not say what the stored
// decisions say, found by recomputing the records from the cases and reviews.
struct DecisionRecordMismatch {
    QString subject;     // the case's external id or the batch id
    QString description; // what differs, in words
};

// The records against the data they were written from: each finalized review has
// exactly one record with its decision, reviewer, time and case; each batch's
// record covers every case of the batch; no two records claim the same cursor.
// The triggers stop the application from editing records; this finds an edit of
// the file itself. Read-only; nullopt when everything matches.
Result<std::optional<DecisionRecordMismatch>> findDecisionRecordMismatch(QSqlDatabase db);

} // namespace oversight
