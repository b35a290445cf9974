#include "analytics/oversightreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <map>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OversightReport)
};

std::optional<double> meanSeconds(qint64 sumMs, qint64 n) {
    if (n <= 0)
        return std::nullopt;
    return static_cast<double>(sumMs) / static_cast<double>(n) / 1000.0;
}

QString percentText(double rate) {
    return QLocale().toString(rate * 100, 'f', 1) + QStringLiteral(" %");
}

template <typename Key>
QList<Group> groupsOf(const std::map<Key, Counts>& tallies, auto keyText) {
    QList<Group> groups;
    for (const auto& [key, counts] : tallies)
        groups << Group{keyText(key), counts, ratesOf(counts)};
    return groups;
}

void addWarnings(OversightReport& report, const WarningThresholds& t) {
    const Rates& overall = report.overallRates;
    if (report.overall.n >= t.overallMinimumN && overall.overrideRate.rate &&
        *overall.overrideRate.rate < t.overallOverrideBelow)
        report.warnings << Warning{
            QStringLiteral("overall_override_low"),
            Text::tr("Reviewers overrode the model in %1 of %2 reviews (95 % interval %3 to %4), "
                     "below %5: oversight may be passive.")
                .arg(percentText(*overall.overrideRate.rate))
                .arg(report.overall.n)
                .arg(percentText(*overall.overrideRate.low),
                     percentText(*overall.overrideRate.high), percentText(t.overallOverrideBelow)),
            {{QStringLiteral("n"), report.overall.n},
             {QStringLiteral("override_rate"), *overall.overrideRate.rate},
             {QStringLiteral("threshold"), t.overallOverrideBelow}}};

    int eligible = 0;
    QStringList passive;
    for (const Group& reviewer : std::as_const(report.byReviewer)) {
        if (reviewer.counts.n < t.reviewerMinimumN)
            continue;
        ++eligible;
        if (*reviewer.rates.overrideRate.rate < t.reviewerOverrideBelow)
            passive << reviewer.key;
    }
    if (eligible >= t.minimumReviewers &&
        static_cast<double>(passive.size()) > t.passiveReviewerShare * eligible)
        report.warnings << Warning{
            QStringLiteral("reviewers_passive"),
            Text::tr("%1 of %2 reviewers with at least %3 reviews override the model in fewer "
                     "than %4 of cases: %5.")
                .arg(passive.size())
                .arg(eligible)
                .arg(t.reviewerMinimumN)
                .arg(percentText(t.reviewerOverrideBelow), passive.join(QStringLiteral(", "))),
            {{QStringLiteral("reviewers"), passive},
             {QStringLiteral("eligible_reviewers"), eligible},
             {QStringLiteral("minimum_n"), t.reviewerMinimumN},
             {QStringLiteral("threshold"), t.reviewerOverrideBelow}}};

    const Workload& work = report.workload;
    if (work.high.n >= t.workloadMinimumN && work.low.n >= t.workloadMinimumN &&
        work.lowRates.overrideRate.rate && *work.lowRates.overrideRate.rate > 0 &&
        *work.highRates.overrideRate.rate < t.highToLowRatio * *work.lowRates.overrideRate.rate)
        report.warnings << Warning{
            QStringLiteral("workload_override_drop"),
            Text::tr("On high-volume days reviewers overrode the model in %1 of %2 reviews, "
                     "less than half the %3 of %4 reviews on low-volume days: oversight may "
                     "thin out under load.")
                .arg(percentText(*work.highRates.overrideRate.rate))
                .arg(work.high.n)
                .arg(percentText(*work.lowRates.overrideRate.rate))
                .arg(work.low.n),
            {{QStringLiteral("high_n"), work.high.n},
             {QStringLiteral("high_override_rate"), *work.highRates.overrideRate.rate},
             {QStringLiteral("low_n"), work.low.n},
             {QStringLiteral("low_override_rate"), *work.lowRates.overrideRate.rate}}};

    if (report.trend && report.trend->points >= t.trendMinimumDays && report.trend->slope < 0 &&
        report.trend->pValue < t.trendPValue)
        report.warnings << Warning{
            QStringLiteral("override_trend_down"),
            Text::tr("The daily override rate fell by %1 points a day over the last %2 days "
                     "(p = %3).")
                .arg(QLocale().toString(-report.trend->slope * 100, 'f', 2))
                .arg(report.trend->points)
                .arg(QLocale().toString(report.trend->pValue, 'g', 2)),
            {{QStringLiteral("slope_per_day"), report.trend->slope},
             {QStringLiteral("p_value"), report.trend->pValue},
             {QStringLiteral("days"), report.trend->points}}};

    if (report.reviewerHomogeneity && report.reviewerHomogeneity->pValue < t.homogeneityPValue)
        report.warnings << Warning{
            QStringLiteral("reviewers_differ"),
            Text::tr("Override rates differ across reviewers more than chance explains "
                     "(chi-square %1, %2 degrees of freedom, p = %3): compare how they review.")
                .arg(QLocale().toString(report.reviewerHomogeneity->chiSquare, 'f', 1))
                .arg(report.reviewerHomogeneity->degreesOfFreedom)
                .arg(QLocale().toString(report.reviewerHomogeneity->pValue, 'g', 2)),
            {{QStringLiteral("chi_square"), report.reviewerHomogeneity->chiSquare},
             {QStringLiteral("df"), report.reviewerHomogeneity->degreesOfFreedom},
             {QStringLiteral("p_value"), report.reviewerHomogeneity->pValue}}};
}

} // namespace

Rates ratesOf(const Counts& c) {
    return {wilson(c.overrides, c.n),
            wilson(c.disagreements, c.withInitial),
            wilson(c.deferrals, c.disagreements),
            wilson(c.changedMind, c.withInitial),
            meanSeconds(c.blindMsSum, c.blindN),
            meanSeconds(c.decideMsSum, c.decideN)};
}

QStringList dayOrdinalBucketNames() {
    return {QStringLiteral("1-10"), QStringLiteral("11-25"), QStringLiteral("26-50"),
            QStringLiteral("51-100"), QStringLiteral("101+")};
}

QStringList sinceBreakBucketNames() {
    return {QStringLiteral("1-5"), QStringLiteral("6-15"), QStringLiteral("16-30"),
            QStringLiteral("31-60"), QStringLiteral("61+")};
}

OversightReport computeReport(const ReportInput& input, const WarningThresholds& thresholds) {
    OversightReport report;
    report.thresholds = thresholds;
    std::map<QString, Counts> byReviewer;
    std::map<int, Counts> byHour;
    std::map<QDate, Counts> byDay;
    std::map<QString, Counts> byQueue;
    std::map<QString, Counts> byModel;
    std::map<int, Counts> byOrdinal;
    std::map<int, Counts> bySinceBreak;
    for (const KeyedCounts& row : input.byReviewerDay) {
        report.overall += row.counts;
        byReviewer[row.reviewer] += row.counts;
        byDay[row.day] += row.counts;
        byQueue[row.queue] += row.counts;
        byModel[row.model] += row.counts;
    }
    for (const KeyedCounts& row : input.byHourDay)
        byHour[row.hour] += row.counts;
    for (const KeyedCounts& row : input.byWorkloadDay) {
        byOrdinal[row.dayBucket] += row.counts;
        bySinceBreak[row.breakBucket] += row.counts;
    }
    report.overallRates = ratesOf(report.overall);
    report.byReviewer = groupsOf(byReviewer, [](const QString& key) { return key; });
    std::stable_sort(report.byReviewer.begin(), report.byReviewer.end(),
                     [](const Group& a, const Group& b) {
                         return *a.rates.overrideRate.rate < *b.rates.overrideRate.rate;
                     });
    report.byHour = groupsOf(byHour, [](int hour) { return QString::number(hour); });
    report.byDay = groupsOf(byDay, [](const QDate& day) { return day.toString(Qt::ISODate); });
    report.byQueue = groupsOf(byQueue, [](const QString& key) { return key; });
    report.byModel = groupsOf(byModel, [](const QString& key) { return key; });
    const QStringList ordinalNames = dayOrdinalBucketNames();
    report.workload.byOrdinal =
        groupsOf(byOrdinal, [&](int bucket) { return ordinalNames.value(bucket); });
    const QStringList breakNames = sinceBreakBucketNames();
    report.workload.bySinceBreak =
        groupsOf(bySinceBreak, [&](int bucket) { return breakNames.value(bucket); });

    // Workload: each review carries its day's volume; high above the 75th
    // percentile of that per-review series, low below the 25th.
    QList<std::pair<double, qint64>> series;
    for (const auto& [day, counts] : byDay)
        series.append({static_cast<double>(counts.n), counts.n});
    report.workload.p25 = percentile(series, 0.25);
    report.workload.p75 = percentile(series, 0.75);
    for (const auto& [day, counts] : byDay) {
        const auto volume = static_cast<double>(counts.n);
        if (report.workload.p75 && volume > *report.workload.p75)
            report.workload.high += counts;
        if (report.workload.p25 && volume < *report.workload.p25)
            report.workload.low += counts;
    }
    report.workload.highRates = ratesOf(report.workload.high);
    report.workload.lowRates = ratesOf(report.workload.low);

    const Counts& all = report.overall;
    report.accuracy = {wilson(all.modelCorrect, all.truthN),
                       wilson(all.initialCorrect, all.initialTruthN),
                       wilson(all.finalCorrect, all.truthN),
                       wilson(all.switchedWhenRight, all.modelRightDisagreed),
                       wilson(all.heldWhenWrong, all.modelWrongDisagreed)};
    QList<std::pair<qint64, qint64>> overridesByReviewer;
    for (const auto& [reviewer, counts] : byReviewer) {
        report.calibration << Calibration{
            reviewer, counts.brierN,
            counts.brierN > 0
                ? std::optional<double>(counts.brierSum / static_cast<double>(counts.brierN))
                : std::nullopt};
        overridesByReviewer.append({counts.overrides, counts.n});
    }
    report.reviewerHomogeneity = chiSquareHomogeneity(overridesByReviewer);

    // Trend: the last trendDays calendar days of the data, days with enough reviews.
    if (!byDay.empty()) {
        const QDate last = byDay.rbegin()->first;
        const QDate first = last.addDays(1 - thresholds.trendDays);
        QList<std::pair<double, double>> points;
        for (const auto& [day, counts] : byDay) {
            if (day < first || counts.n < thresholds.trendMinimumDailyN)
                continue;
            points.append({static_cast<double>(first.daysTo(day)),
                           static_cast<double>(counts.overrides) / static_cast<double>(counts.n)});
        }
        report.trend = linearTrend(points);
    }
    addWarnings(report, thresholds);
    return report;
}

} // namespace oversight
