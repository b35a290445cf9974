#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QTimeZone>

namespace oversight {

// Adds a review just finalized to the analytics: its fact row and the rollups.
// Called inside the finalization's own transaction, so the dashboard never
// disagrees with the reviews. `zone` is the analytics zone, fixed beforehand
// (fixAnalyticsZone) outside that transaction.
Status recordFinalizedReview(QSqlDatabase db, qint64 reviewSeq, const QTimeZone& zone);

// Adds the facts matching `condition` (bound to `value`) to every rollup.
Status rollUp(QSqlDatabase db, const QString& condition, const QVariant& value);

} // namespace oversight
