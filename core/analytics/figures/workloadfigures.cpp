#include "analytics/figures/workloadfigures.h"

#include "analytics/figures/ratesjson.h"

namespace oversight {

QStringList dayOrdinalBucketNames() {
    return {QStringLiteral("1-10"), QStringLiteral("11-25"), QStringLiteral("26-50"),
            QStringLiteral("51-100"), QStringLiteral("101+")};
}

QStringList sinceBreakBucketNames() {
    return {QStringLiteral("1-5"), QStringLiteral("6-15"), QStringLiteral("16-30"),
            QStringLiteral("31-60"), QStringLiteral("61+")};
}

Workload workloadFigures(const Tallies& tallies) {
    Workload workload;
    const QStringList ordinalNames = dayOrdinalBucketNames();
    workload.byOrdinal =
        groupsOf(tallies.byDayOrdinal, [&](int bucket) { return ordinalNames.value(bucket); });
    const QStringList breakNames = sinceBreakBucketNames();
    workload.bySinceBreak =
        groupsOf(tallies.bySinceBreak, [&](int bucket) { return breakNames.value(bucket); });

    // Each review carries its day's volume; high above the 75th percentile of that
    // per-review series, low below the 25th.
    QList<std::pair<double, qint64>> series;
    for (const auto& [day, counts] : tallies.byDay)
        series.append({static_cast<double>(counts.n), counts.n});
    workload.p25 = percentile(series, 0.25);
    workload.p75 = percentile(series, 0.75);
    for (const auto& [day, counts] : tallies.byDay) {
        const auto volume = static_cast<double>(counts.n);
        if (workload.p75 && volume > *workload.p75)
            workload.high += counts;
        if (workload.p25 && volume < *workload.p25)
            workload.low += counts;
    }
    workload.highRates = ratesOf(workload.high);
    workload.lowRates = ratesOf(workload.low);
    return workload;
}

QJsonObject workloadJson(const Workload& workload) {
    return {
        {QStringLiteral("high_volume_override_rate"),
         numberJson(workload.highRates.overrideRate.rate)},
        {QStringLiteral("high_volume_n"), workload.high.n},
        {QStringLiteral("low_volume_override_rate"),
         numberJson(workload.lowRates.overrideRate.rate)},
        {QStringLiteral("low_volume_n"), workload.low.n},
        {QStringLiteral("day_volume_p25"), numberJson(workload.p25)},
        {QStringLiteral("day_volume_p75"), numberJson(workload.p75)},
        {QStringLiteral("by_ordinal"), groupsJson(workload.byOrdinal, QStringLiteral("bucket"))},
        {QStringLiteral("by_since_break"),
         groupsJson(workload.bySinceBreak, QStringLiteral("bucket"))}};
}

} // namespace oversight
