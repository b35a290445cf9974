#pragma once

#include "analytics/figures/rates.h"
#include "analytics/figures/tallies.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace oversight {

// Oversight under load: reviews on high- against low-volume days, and by position
// in the reviewer's day and since their last break (DESIGN.md, workload).
struct Workload {
    // Per-review series of the review's calendar-day volume.
    std::optional<double> p25;
    std::optional<double> p75;
    Counts high; // reviews on days above p75
    Counts low;  // reviews on days below p25
    Rates highRates;
    Rates lowRates;
    QList<Group> byOrdinal;    // ordinal in the reviewer's day, buckets
    QList<Group> bySinceBreak; // position since the last break, buckets
};

Workload workloadFigures(const Tallies& tallies);

// The workload bucket names, in order ("1-10", ..., "101+").
QStringList dayOrdinalBucketNames();
QStringList sinceBreakBucketNames();

// The "workload" object of the analysis JSON.
QJsonObject workloadJson(const Workload& workload);

} // namespace oversight
