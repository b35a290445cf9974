#include "analytics/figures/tallies.h"

namespace oversight {

Tallies tally(const ReportInput& input) {
    Tallies tallies;
    for (const KeyedCounts& row : input.byReviewerDay) {
        tallies.overall += row.counts;
        tallies.byReviewer[row.reviewer] += row.counts;
        tallies.byDay[row.day] += row.counts;
        tallies.byQueue[row.queue] += row.counts;
        tallies.byModel[row.model] += row.counts;
    }
    for (const KeyedCounts& row : input.byHourDay)
        tallies.byHour[row.hour] += row.counts;
    for (const KeyedCounts& row : input.byWorkloadDay) {
        tallies.byDayOrdinal[row.dayBucket] += row.counts;
        tallies.bySinceBreak[row.breakBucket] += row.counts;
    }
    return tallies;
}

} // namespace oversight
