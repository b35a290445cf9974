#pragma once

#include "analytics/figures/rates.h"
#include "analytics/figures/tallies.h"

#include <QJsonObject>
#include <optional>

namespace oversight {

// How often reviewers override the model: overall, by reviewer, hour, day, queue
// and model; whether reviewers differ more than chance explains; the daily trend.
struct OverridePatterns {
    Counts overall;
    Rates overallRates;
    QList<Group> byReviewer; // by override rate, lowest first
    QList<Group> byHour;     // 0..23 with data
    QList<Group> byDay;      // chronological
    QList<Group> byQueue;
    QList<Group> byModel;
    std::optional<HomogeneityTest> reviewerHomogeneity;
    std::optional<Trend> trend; // daily override rate over the last `trendDays` days
};

// `trendDays` calendar days up to the last with data, each with at least
// `trendMinimumDailyN` reviews, make the trend.
OverridePatterns overridePatterns(const Tallies& tallies, int trendDays, qint64 trendMinimumDailyN);

// Its keys of the analysis JSON: overall, by_reviewer, by_hour, by_day, by_queue,
// by_model, reviewer_homogeneity, trend.
void addOverridePatternsJson(QJsonObject& analysis, const OverridePatterns& patterns);

} // namespace oversight
