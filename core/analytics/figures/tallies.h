#pragma once

#include "analytics/counts.h"

#include <QDate>
#include <QString>
#include <map>

namespace oversight {

// The filtered reviews summed once per key that some family of figures groups
// by; every family computes from these.
struct Tallies {
    Counts overall;
    std::map<QString, Counts> byReviewer;
    std::map<int, Counts> byHour;
    std::map<QDate, Counts> byDay;
    std::map<QString, Counts> byQueue;
    std::map<QString, Counts> byModel;
    std::map<int, Counts> byDayOrdinal; // workload bucket of the ordinal in the day
    std::map<int, Counts> bySinceBreak; // workload bucket of the position since a break
};

Tallies tally(const ReportInput& input);

} // namespace oversight
