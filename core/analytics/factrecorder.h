#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace oversight {

// Adds a review just finalized to the analytics: its fact row and the rollup.
// Called inside the finalization's own transaction, so the dashboard never
// disagrees with the reviews.
Status recordFinalizedReview(QSqlDatabase db, qint64 reviewSeq);

// Adds every fact of one imported review log to the rollup, in one statement.
Status rollUpLog(QSqlDatabase db, qint64 logSeq);

} // namespace oversight
