#pragma once

#include "analytics/analyticsservice.h"

#include <QIODevice>

namespace oversight {

// The reviews behind a figure as CSV (RFC 4180, UTF-8). A cell that a
// spreadsheet would run as a formula (starting with = + - @ or a tab) is written
// with a leading apostrophe, so exported data never executes.
bool writeReviewRecordsCsv(QIODevice& out, const QList<ReviewRecord>& records);

} // namespace oversight
