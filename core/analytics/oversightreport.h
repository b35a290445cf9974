#pragma once

#include "analytics/counts.h"
#include "analytics/statistics.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QVariantMap>
#include <optional>

namespace oversight {

// The rates DESIGN.md defines, for one group of finalized reviews.
struct Rates {
    Proportion overrideRate;                 // final != model, of all
    Proportion disagreement;                 // initial != model, of those with an initial decision
    Proportion deference;                    // final == model, of those with initial != model
    Proportion changedMind;                  // initial != final, of those with an initial decision
    std::optional<double> meanBlindSeconds;  // claim -> initial commit
    std::optional<double> meanDecideSeconds; // reveal -> final
};

Rates ratesOf(const Counts& counts);

struct Group {
    QString key; // reviewer login, hour "0".."23", day "2026-03-02", queue, model, bucket
    Counts counts;
    Rates rates;
};

struct Accuracy {
    Proportion model;   // model label == outcome, of reviews with a known outcome
    Proportion initial; // initial == outcome, of those with an initial decision too
    Proportion final;   // final == outcome
    // Appropriate reliance among initial != model: switched when the model was
    // right, held when it was wrong.
    Proportion switchedWhenModelRight;
    Proportion heldWhenModelWrong;
};

struct Calibration {
    QString reviewer;
    qint64 n = 0;
    std::optional<double> brier; // mean (stated confidence - initial correct)^2
};

struct Workload {
    // Per-review series of the review's calendar-day volume.
    std::optional<double> p25;
    std::optional<double> p75;
    Counts high; // reviews on days above p75
    Counts low;  // reviews on days below p25
    Rates highRates;
    Rates lowRates;
    QList<Group> byOrdinal;    // ordinal in the reviewer's day, buckets
    QList<Group> bySinceBreak; // position since the last break, buckets
};

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

// The zone an analysis counted days and hours in, and whether the rollups (kept in
// the analytics zone) could serve it or the review facts had to be read.
struct ZoneUse {
    QString zone;
    QString analyticsZone;
    bool fromRollups = false;
};

struct OversightReport {
    Counts overall;
    Rates overallRates;
    QList<Group> byReviewer; // by override rate, lowest first
    QList<Group> byHour;     // 0..23 with data
    QList<Group> byDay;      // chronological
    QList<Group> byQueue;
    QList<Group> byModel;
    Workload workload;
    Accuracy accuracy;
    QList<Calibration> calibration;
    std::optional<HomogeneityTest> reviewerHomogeneity;
    std::optional<Trend> trend; // daily override rate over the last trendDays days
    QList<Warning> warnings;
    WarningThresholds thresholds; // the ones the warnings used
    ZoneUse zoneUse;
};

// Every metric from tallies already filtered.
OversightReport computeReport(const ReportInput& input, const WarningThresholds& thresholds = {});

// The workload bucket names, in order ("1-10", ..., "101+").
QStringList dayOrdinalBucketNames();
QStringList sinceBreakBucketNames();

} // namespace oversight
