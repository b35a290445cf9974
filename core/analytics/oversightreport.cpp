#include "analytics/oversightreport.h"

namespace oversight {

OversightReport computeReport(const ReportInput& input, const WarningThresholds& thresholds) {
    const Tallies tallies = tally(input);
    OversightReport report;
    static_cast<OverridePatterns&>(report) =
        overridePatterns(tallies, thresholds.trendDays, thresholds.trendMinimumDailyN);
    static_cast<OutcomeFigures&>(report) = outcomeFigures(tallies);
    report.workload = workloadFigures(tallies);
    report.thresholds = thresholds;
    report.warnings = passiveOversightWarnings(report, report.workload, thresholds);
    return report;
}

} // namespace oversight
