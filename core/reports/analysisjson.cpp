#include "reports/analysisjson.h"

#include "analytics/warningthresholdsetting.h"
#include "fairness/fairnessjson.h"

namespace oversight {

QJsonObject analysisJson(const OversightReport& report, const FairnessAnalysis& fairness,
                         const AgreementFigures& agreement, const KnownAnswerFigures& knownAnswers,
                         const AppealFigures& appeals) {
    QJsonObject analysis;
    addOverridePatternsJson(analysis, report);
    analysis.insert(QStringLiteral("workload"), workloadJson(report.workload));
    analysis.insert(QStringLiteral("accuracy"), outcomeFiguresJson(report));
    analysis.insert(QStringLiteral("warnings"),
                    warningsJson(report.warnings + fairness.warnings + agreement.warnings +
                                 knownAnswers.warnings + appeals.warnings));
    analysis.insert(QStringLiteral("warning_thresholds"), warningThresholdsJson(report.thresholds));
    analysis.insert(QStringLiteral("time_zone"),
                    QJsonObject{{QStringLiteral("zone"), report.zoneUse.zone},
                                {QStringLiteral("analytics_zone"), report.zoneUse.analyticsZone},
                                {QStringLiteral("rollups"), report.zoneUse.fromRollups}});
    analysis.insert(QStringLiteral("fairness"), fairnessJson(fairness));
    analysis.insert(QStringLiteral("agreement"), agreementJson(agreement));
    analysis.insert(QStringLiteral("known_answers"), knownAnswersJson(knownAnswers));
    analysis.insert(QStringLiteral("appeals"), appealsJson(appeals));
    return analysis;
}

} // namespace oversight
