#pragma once

#include "analytics/figures/warnings.h"
#include "analytics/statistics.h"
#include "common/result.h"
#include "fairness/fairnesscells.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <map>
#include <optional>

namespace oversight {

// What to compute (DESIGN.md, "Fairness by group"); the defaults are the
// documented ones.
struct FairnessOptions {
    QStringList attributes;     // empty: every stored attribute; two or more add their intersection
    QString referenceAttribute; // with referenceGroup: --reference ATTR=VALUE
    QString referenceGroup;
    double ratioLow = 0.8;
    double ratioHigh = 1.25;
    qint64 minimumN = 30;
    int resamples = 2000;
    quint64 seed = 20260601;
    double reviewerPValue = 0.01;
    qint64 reviewerMinimumN = 20;
};

// One decider's figures for one group. Error rates need a positive label; rates
// whose denominator is 0 have no value (never 0).
struct GroupMetrics {
    qint64 n = 0;
    qint64 nOutcome = 0;
    bool binary = false; // a positive label is known: tp..fn and the error rates exist
    qint64 tp = 0;
    qint64 fp = 0;
    qint64 tn = 0;
    qint64 fn = 0;
    Proportion selectionRate;
    Proportion tpr;
    Proportion fpr;
    Proportion fnr;
    Proportion accuracy;
    std::map<QString, Proportion> selectionByLabel; // every label, positive or not
};

struct GroupFigures {
    QString group;
    qint64 decisionsN = 0;
    qint64 pending = 0;
    GroupMetrics model;     // every decision
    GroupMetrics effective; // every decision that is not pending
    qint64 reviewsN = 0;
    GroupMetrics reviewModel; // the model on the reviewed cases
    GroupMetrics initial;
    GroupMetrics final;
    Proportion override;
};

struct Disparity {
    QString scope;   // decisions | reviews
    QString decider; // model | effective | initial | final
    QString metric;  // selection_rate | tpr | fpr | fnr | accuracy
    QString group;
    std::optional<double> ratio; // none when the reference's rate is 0
    double difference = 0;
    double ciLow = 0;
    double ciHigh = 0;
    qint64 n = 0;          // the group's denominator
    qint64 referenceN = 0; // the reference's
    bool flagged = false;
};

// Whether review narrowed or widened a gap: |difference(final)| - |difference(model)|.
struct OversightEffect {
    QString metric;
    QString group;
    double delta = 0;
    double ciLow = 0;
    double ciHigh = 0;
    double modelDifference = 0;
    double finalDifference = 0;
};

struct ReviewerGroupOverrides {
    QString reviewer;
    QList<std::pair<QString, Proportion>> groups;
    std::optional<double> pValue; // over the groups with enough reviews
    QString test;                 // chi_square | fisher_exact; empty when not tested
};

struct AttributeFairness {
    QString attribute;
    QString positiveLabel; // empty when none is known
    QString reference;
    QList<GroupFigures> groups;
    QList<Disparity> disparities;
    QList<OversightEffect> oversightEffect;
    QList<ReviewerGroupOverrides> reviewers;
    QStringList notices;
};

struct FairnessAnalysis {
    QList<AttributeFairness> attributes;
    QList<Warning> warnings;
    QStringList knownAttributes; // every attribute stored, for choosers
};

// Every figure by group from the cells. An error names an unknown attribute or
// reference group.
Result<FairnessAnalysis> computeFairness(const FairnessCells& cells,
                                         const FairnessOptions& options);

// The metrics compared by group, in this order: selection_rate, tpr, fpr, fnr,
// accuracy; and one of them by its index.
QStringList fairnessMetricKeys();
const Proportion& fairnessMetric(const GroupMetrics& metrics, int metric);

// Newcombe's hybrid score interval for p1 - p2 from the two Wilson intervals.
std::pair<double, double> newcombeInterval(const Proportion& p1, const Proportion& p2);

// The oversight effect in words: "Human review widened the false-positive gap
// between A and B from 21 to 27 points."
QString describeOversightEffect(const OversightEffect& effect, const QString& reference);

// Two-sided Fisher's exact test of a 2 x 2 table [[a, b], [c, d]].
double fisherExactTwoSided(qint64 a, qint64 b, qint64 c, qint64 d);

} // namespace oversight
