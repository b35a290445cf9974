#include "analytics/figures/overridepatterns.h"

#include "analytics/figures/ratesjson.h"

#include <algorithm>

namespace oversight {

OverridePatterns overridePatterns(const Tallies& tallies, int trendDays,
                                  qint64 trendMinimumDailyN) {
    OverridePatterns patterns;
    patterns.overall = tallies.overall;
    patterns.overallRates = ratesOf(tallies.overall);
    patterns.byReviewer = groupsOf(tallies.byReviewer, [](const QString& key) { return key; });
    std::stable_sort(patterns.byReviewer.begin(), patterns.byReviewer.end(),
                     [](const Group& a, const Group& b) {
                         return *a.rates.overrideRate.rate < *b.rates.overrideRate.rate;
                     });
    patterns.byHour = groupsOf(tallies.byHour, [](int hour) { return QString::number(hour); });
    patterns.byDay =
        groupsOf(tallies.byDay, [](const QDate& day) { return day.toString(Qt::ISODate); });
    patterns.byQueue = groupsOf(tallies.byQueue, [](const QString& key) { return key; });
    patterns.byModel = groupsOf(tallies.byModel, [](const QString& key) { return key; });

    QList<std::pair<qint64, qint64>> overridesByReviewer;
    for (const auto& [reviewer, counts] : tallies.byReviewer)
        overridesByReviewer.append({counts.overrides, counts.n});
    patterns.reviewerHomogeneity = chiSquareHomogeneity(overridesByReviewer);

    // Trend: the last trendDays calendar days of the data, days with enough reviews.
    if (!tallies.byDay.empty()) {
        const QDate last = tallies.byDay.rbegin()->first;
        const QDate first = last.addDays(1 - trendDays);
        QList<std::pair<double, double>> points;
        for (const auto& [day, counts] : tallies.byDay) {
            if (day < first || counts.n < trendMinimumDailyN)
                continue;
            points.append({static_cast<double>(first.daysTo(day)),
                           static_cast<double>(counts.overrides) / static_cast<double>(counts.n)});
        }
        patterns.trend = linearTrend(points);
    }
    return patterns;
}

void addOverridePatternsJson(QJsonObject& analysis, const OverridePatterns& patterns) {
    QJsonValue homogeneity;
    if (patterns.reviewerHomogeneity)
        homogeneity =
            QJsonObject{{QStringLiteral("chi_square"), patterns.reviewerHomogeneity->chiSquare},
                        {QStringLiteral("df"), patterns.reviewerHomogeneity->degreesOfFreedom},
                        {QStringLiteral("p_value"), patterns.reviewerHomogeneity->pValue}};
    QJsonValue trend;
    if (patterns.trend)
        trend = QJsonObject{{QStringLiteral("slope_per_day"), patterns.trend->slope},
                            {QStringLiteral("p_value"), patterns.trend->pValue},
                            {QStringLiteral("days"), patterns.trend->points}};
    analysis.insert(QStringLiteral("overall"), ratesJson(patterns.overall, patterns.overallRates));
    analysis.insert(QStringLiteral("by_reviewer"),
                    groupsJson(patterns.byReviewer, QStringLiteral("reviewer")));
    analysis.insert(QStringLiteral("by_hour"),
                    groupsJson(patterns.byHour, QStringLiteral("hour"), true));
    analysis.insert(QStringLiteral("by_day"), groupsJson(patterns.byDay, QStringLiteral("day")));
    analysis.insert(QStringLiteral("by_queue"),
                    groupsJson(patterns.byQueue, QStringLiteral("queue")));
    analysis.insert(QStringLiteral("by_model"),
                    groupsJson(patterns.byModel, QStringLiteral("model")));
    analysis.insert(QStringLiteral("reviewer_homogeneity"), homogeneity);
    analysis.insert(QStringLiteral("trend"), trend);
}

} // namespace oversight
