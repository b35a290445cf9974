#pragma once

#include "analytics/figures/warnings.h"
#include "analytics/statistics.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace oversight {

// One finalized review of a known-answer case (DESIGN.md, "Known-answer cases"):
// I and F the reviewer's initial and final decision, A the recommendation shown,
// Y the known answer.
struct KnownAnswerTrial {
    QString reviewer;
    QString initial;
    QString shown;
    QString final;
    QString truth;
    bool planted = false; // a catch trial: A was planted, A != Y
};

struct KnownAnswerRates {
    qint64 n = 0;
    qint64 catchTrials = 0;
    Proportion initialAccuracy; // I == Y
    Proportion finalAccuracy;   // F == Y
    Proportion catchDeference;  // catch trials with I == Y: F == A
    Proportion rair;            // I != Y, A == Y: F == Y (relative AI reliance)
    Proportion rsr;             // I == Y, A != Y: F == Y (relative self-reliance)
};

struct ReviewerKnownAnswers {
    QString reviewer;
    KnownAnswerRates rates;
};

struct KnownAnswerFigures {
    qint64 cases = 0; // distinct known-answer cases with a finalized review
    KnownAnswerRates overall;
    QList<ReviewerKnownAnswers> byReviewer; // by name
    QList<Warning> warnings;
};

// catch_deference_high: a reviewer's catch deference at or above this share,
// with at least this many catch trials in its denominator.
constexpr double catchDeferenceHigh = 0.5;
constexpr qint64 minimumCatchTrials = 10;

KnownAnswerRates knownAnswerRates(const QList<KnownAnswerTrial>& trials);
KnownAnswerFigures knownAnswerFigures(const QList<KnownAnswerTrial>& trials, qint64 cases);

// The "known_answers" object of `analyze --json` (keys in docs/AUDIT.md).
QJsonObject knownAnswersJson(const KnownAnswerFigures& figures);

} // namespace oversight
