#include "analytics/figures/warnings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OversightReport)
};

} // namespace

QList<Warning> passiveOversightWarnings(const OverridePatterns& patterns, const Workload& work,
                                        const WarningThresholds& t) {
    QList<Warning> warnings;
    const Rates& overall = patterns.overallRates;
    if (patterns.overall.n >= t.overallMinimumN && overall.overrideRate.rate &&
        *overall.overrideRate.rate < t.overallOverrideBelow)
        warnings << Warning{
            QStringLiteral("overall_override_low"),
            Text::tr("Reviewers overrode the model in %1 of %2 reviews (95 % interval %3 to %4), "
                     "below %5: oversight may be passive.")
                .arg(percentText(*overall.overrideRate.rate))
                .arg(patterns.overall.n)
                .arg(percentText(*overall.overrideRate.low),
                     percentText(*overall.overrideRate.high), percentText(t.overallOverrideBelow)),
            {{QStringLiteral("n"), patterns.overall.n},
             {QStringLiteral("override_rate"), *overall.overrideRate.rate},
             {QStringLiteral("threshold"), t.overallOverrideBelow}}};

    int eligible = 0;
    QStringList passive;
    for (const Group& reviewer : std::as_const(patterns.byReviewer)) {
        if (reviewer.counts.n < t.reviewerMinimumN)
            continue;
        ++eligible;
        if (*reviewer.rates.overrideRate.rate < t.reviewerOverrideBelow)
            passive << reviewer.key;
    }
    if (eligible >= t.minimumReviewers &&
        static_cast<double>(passive.size()) > t.passiveReviewerShare * eligible)
        warnings << Warning{
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

    if (work.high.n >= t.workloadMinimumN && work.low.n >= t.workloadMinimumN &&
        work.lowRates.overrideRate.rate && *work.lowRates.overrideRate.rate > 0 &&
        *work.highRates.overrideRate.rate < t.highToLowRatio * *work.lowRates.overrideRate.rate)
        warnings << Warning{
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

    if (patterns.trend && patterns.trend->points >= t.trendMinimumDays &&
        patterns.trend->slope < 0 && patterns.trend->pValue < t.trendPValue)
        warnings << Warning{
            QStringLiteral("override_trend_down"),
            Text::tr("The daily override rate fell by %1 points a day over the last %2 days "
                     "(p = %3).")
                .arg(QLocale().toString(-patterns.trend->slope * 100, 'f', 2))
                .arg(patterns.trend->points)
                .arg(QLocale().toString(patterns.trend->pValue, 'g', 2)),
            {{QStringLiteral("slope_per_day"), patterns.trend->slope},
             {QStringLiteral("p_value"), patterns.trend->pValue},
             {QStringLiteral("days"), patterns.trend->points}}};

    if (patterns.reviewerHomogeneity && patterns.reviewerHomogeneity->pValue < t.homogeneityPValue)
        warnings << Warning{
            QStringLiteral("reviewers_differ"),
            Text::tr("Override rates differ across reviewers more than chance explains "
                     "(chi-square %1, %2 degrees of freedom, p = %3): compare how they review.")
                .arg(QLocale().toString(patterns.reviewerHomogeneity->chiSquare, 'f', 1))
                .arg(patterns.reviewerHomogeneity->degreesOfFreedom)
                .arg(QLocale().toString(patterns.reviewerHomogeneity->pValue, 'g', 2)),
            {{QStringLiteral("chi_square"), patterns.reviewerHomogeneity->chiSquare},
             {QStringLiteral("df"), patterns.reviewerHomogeneity->degreesOfFreedom},
             {QStringLiteral("p_value"), patterns.reviewerHomogeneity->pValue}}};
    return warnings;
}

QJsonArray warningsJson(const QList<Warning>& warnings) {
    QJsonArray array;
    for (const Warning& warning : warnings) {
        QJsonObject object = QJsonObject::fromVariantMap(warning.figures);
        object.insert(QStringLiteral("code"), warning.code);
        object.insert(QStringLiteral("message"), warning.message);
        array.append(object);
    }
    return array;
}

} // namespace oversight
