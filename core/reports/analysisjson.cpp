#include "reports/analysisjson.h"

#include "analytics/warningthresholdsetting.h"

#include <QJsonArray>

namespace oversight {

namespace {

QJsonValue number(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject proportionJson(const Proportion& p) {
    return {{QStringLiteral("n"), p.n},
            {QStringLiteral("rate"), number(p.rate)},
            {QStringLiteral("ci_low"), number(p.low)},
            {QStringLiteral("ci_high"), number(p.high)}};
}

// n, override rate with its interval, and the other rates, flat as the contract names them.
QJsonObject ratesJson(const Counts& counts, const Rates& rates) {
    return {{QStringLiteral("n"), counts.n},
            {QStringLiteral("override_rate"), number(rates.overrideRate.rate)},
            {QStringLiteral("ci_low"), number(rates.overrideRate.low)},
            {QStringLiteral("ci_high"), number(rates.overrideRate.high)},
            {QStringLiteral("disagreement_rate"), number(rates.disagreement.rate)},
            {QStringLiteral("disagreement_n"), rates.disagreement.n},
            {QStringLiteral("deference_rate"), number(rates.deference.rate)},
            {QStringLiteral("deference_n"), rates.deference.n},
            {QStringLiteral("changed_mind_rate"), number(rates.changedMind.rate)},
            {QStringLiteral("mean_blind_seconds"), number(rates.meanBlindSeconds)},
            {QStringLiteral("mean_decide_seconds"), number(rates.meanDecideSeconds)}};
}

QJsonArray groupsJson(const QList<Group>& groups, const QString& keyName, bool numericKey = false) {
    QJsonArray array;
    for (const Group& group : groups) {
        QJsonObject object = ratesJson(group.counts, group.rates);
        object.insert(keyName, numericKey ? QJsonValue(group.key.toInt()) : QJsonValue(group.key));
        array.append(object);
    }
    return array;
}

} // namespace

QJsonObject analysisJson(const OversightReport& report) {
    QJsonObject workload{{QStringLiteral("high_volume_override_rate"),
                          number(report.workload.highRates.overrideRate.rate)},
                         {QStringLiteral("high_volume_n"), report.workload.high.n},
                         {QStringLiteral("low_volume_override_rate"),
                          number(report.workload.lowRates.overrideRate.rate)},
                         {QStringLiteral("low_volume_n"), report.workload.low.n},
                         {QStringLiteral("day_volume_p25"), number(report.workload.p25)},
                         {QStringLiteral("day_volume_p75"), number(report.workload.p75)},
                         {QStringLiteral("by_ordinal"),
                          groupsJson(report.workload.byOrdinal, QStringLiteral("bucket"))},
                         {QStringLiteral("by_since_break"),
                          groupsJson(report.workload.bySinceBreak, QStringLiteral("bucket"))}};
    QJsonArray calibration;
    for (const Calibration& entry : report.calibration)
        calibration.append(QJsonObject{{QStringLiteral("reviewer"), entry.reviewer},
                                       {QStringLiteral("n"), entry.n},
                                       {QStringLiteral("brier"), number(entry.brier)}});
    QJsonObject accuracy{{QStringLiteral("model"), proportionJson(report.accuracy.model)},
                         {QStringLiteral("initial"), proportionJson(report.accuracy.initial)},
                         {QStringLiteral("final"), proportionJson(report.accuracy.final)},
                         {QStringLiteral("switched_when_model_right"),
                          proportionJson(report.accuracy.switchedWhenModelRight)},
                         {QStringLiteral("held_when_model_wrong"),
                          proportionJson(report.accuracy.heldWhenModelWrong)},
                         {QStringLiteral("calibration"), calibration}};
    QJsonArray warnings;
    for (const Warning& warning : report.warnings) {
        QJsonObject object = QJsonObject::fromVariantMap(warning.figures);
        object.insert(QStringLiteral("code"), warning.code);
        object.insert(QStringLiteral("message"), warning.message);
        warnings.append(object);
    }
    QJsonValue homogeneity;
    if (report.reviewerHomogeneity)
        homogeneity =
            QJsonObject{{QStringLiteral("chi_square"), report.reviewerHomogeneity->chiSquare},
                        {QStringLiteral("df"), report.reviewerHomogeneity->degreesOfFreedom},
                        {QStringLiteral("p_value"), report.reviewerHomogeneity->pValue}};
    QJsonValue trend;
    if (report.trend)
        trend = QJsonObject{{QStringLiteral("slope_per_day"), report.trend->slope},
                            {QStringLiteral("p_value"), report.trend->pValue},
                            {QStringLiteral("days"), report.trend->points}};
    return {
        {QStringLiteral("overall"), ratesJson(report.overall, report.overallRates)},
        {QStringLiteral("by_reviewer"), groupsJson(report.byReviewer, QStringLiteral("reviewer"))},
        {QStringLiteral("by_hour"), groupsJson(report.byHour, QStringLiteral("hour"), true)},
        {QStringLiteral("by_day"), groupsJson(report.byDay, QStringLiteral("day"))},
        {QStringLiteral("by_queue"), groupsJson(report.byQueue, QStringLiteral("queue"))},
        {QStringLiteral("by_model"), groupsJson(report.byModel, QStringLiteral("model"))},
        {QStringLiteral("workload"), workload},
        {QStringLiteral("accuracy"), accuracy},
        {QStringLiteral("reviewer_homogeneity"), homogeneity},
        {QStringLiteral("trend"), trend},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("warning_thresholds"), warningThresholdsJson(report.thresholds)},
        {QStringLiteral("time_zone"),
         QJsonObject{{QStringLiteral("zone"), report.zoneUse.zone},
                     {QStringLiteral("analytics_zone"), report.zoneUse.analyticsZone},
                     {QStringLiteral("rollups"), report.zoneUse.fromRollups}}}};
}

} // namespace oversight
