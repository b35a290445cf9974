#include "reports/analysisjson.h"

#include "analytics/warningthresholdsetting.h"

namespace oversight {

QJsonObject analysisJson(const OversightReport& report) {
    QJsonObject analysis;
    addOverridePatternsJson(analysis, report);
    analysis.insert(QStringLiteral("workload"), workloadJson(report.workload));
    analysis.insert(QStringLiteral("accuracy"), outcomeFiguresJson(report));
    analysis.insert(QStringLiteral("warnings"), warningsJson(report.warnings));
    analysis.insert(QStringLiteral("warning_thresholds"), warningThresholdsJson(report.thresholds));
    analysis.insert(QStringLiteral("time_zone"),
                    QJsonObject{{QStringLiteral("zone"), report.zoneUse.zone},
                                {QStringLiteral("analytics_zone"), report.zoneUse.analyticsZone},
                                {QStringLiteral("rollups"), report.zoneUse.fromRollups}});
    return analysis;
}

} // namespace oversight
