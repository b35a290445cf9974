#pragma once

#include "analytics/figures/overridepatterns.h"
#include "analytics/figures/workloadfigures.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace oversight {

struct Warning {
    QString code;
    QString message;
    QVariantMap figures; // the numbers behind it, n included
};

// Thresholds of the passive-oversight warnings and the n each needs.
struct WarningThresholds {
    double overallOverrideBelow = 0.02;
    qint64 overallMinimumN = 100;
    double reviewerOverrideBelow = 0.01;
    qint64 reviewerMinimumN = 50;
    double passiveReviewerShare = 0.30;
    int minimumReviewers = 3;
    double highToLowRatio = 0.5;
    qint64 workloadMinimumN = 50;
    int trendDays = 7;
    int trendMinimumDays = 5;
    qint64 trendMinimumDailyN = 20;
    double trendPValue = 0.05;
    double homogeneityPValue = 0.01;
};

// The warnings that oversight looks passive (DESIGN.md): overall override rate,
// share of passive reviewers, high- against low-volume days, a downward trend,
// reviewers who differ more than chance explains.
QList<Warning> passiveOversightWarnings(const OverridePatterns& patterns, const Workload& workload,
                                        const WarningThresholds& thresholds);

// The "warnings" list of the analysis JSON.
QJsonArray warningsJson(const QList<Warning>& warnings);

} // namespace oversight
