#pragma once

#include "analytics/figures/warnings.h"
#include "analytics/statistics.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace oversight {

// One independent review of a case reviewed by several people.
struct Rating {
    QString reviewer;
    QString initial; // empty when none was recorded
    QString final;
};

// A case with all its independent reviews, as the agreement figures read it.
struct RatedCase {
    QString caseRef;
    QString modelLabel;
    QString truth; // empty when the outcome is unknown
    QList<Rating> ratings;
};

// An adjudicated case: the adjudicator's decision against each review's.
struct Adjudication {
    QString modelLabel;
    QString decision;
    QList<Rating> ratings;
};

enum class Stage { Initial, Final };

// Fleiss' kappa (DESIGN.md, "Independent double review") over the labels each
// case received; a case may have any number >= 2 of raters (with K constant
// this is exactly the DESIGN formula). nullopt without cases, or when chance
// agreement is 1 (everyone always answers the same): kappa is undefined then.
std::optional<double> fleissKappa(const QList<QStringList>& labelsPerCase);

// Cohen's kappa of two raters over their shared cases (pairs of labels); nullopt
// below minimumPairCases or when chance agreement is 1.
constexpr qint64 minimumPairCases = 20;
std::optional<double> cohenKappa(const QList<std::pair<QString, QString>>& pairs);

struct StageAgreement {
    Proportion percent; // cases where all reviews agree
    std::optional<double> fleissKappa;
};

struct PairAgreement {
    QString a;
    QString b;
    qint64 n = 0;
    std::optional<double> initialKappa;
    std::optional<double> finalKappa;
};

struct ReviewerAgreement {
    QString reviewer;
    Proportion agreement;   // blind (initial) answers equal to each other reviewer's
    qint64 adjudicated = 0; // of their cases, decided by an adjudicator
    qint64 upheld = 0;      // ... where the adjudicator decided as they finally did
    Proportion accuracy;    // final decision equal to the known outcome
};

struct AgreementFigures {
    qint64 cases = 0;
    int reviewsPerCase = 0; // the most reviews any counted case had
    StageAgreement initial;
    StageAgreement final;
    QList<PairAgreement> pairs;          // pairs with >= 1 shared case, by name
    QList<ReviewerAgreement> byReviewer; // by name
    qint64 adjudicationPending = 0;
    qint64 adjudicationResolved = 0;
    qint64 adjudicatorSidedWithModel = 0;
    Proportion majorityAccuracy; // strict majority of final decisions vs the known outcome
    QList<Warning> warnings;
};

// Minimum cases of the agreement warnings.
constexpr qint64 minimumAgreementCases = 50;
constexpr double lowAgreementKappa = 0.4;
constexpr double convergenceKappaGain = 0.2;

AgreementFigures agreementFigures(const QList<RatedCase>& cases,
                                  const QList<Adjudication>& adjudications, qint64 pending);

// The "agreement" object of `analyze --json` (keys in docs/AUDIT.md).
QJsonObject agreementJson(const AgreementFigures& figures);

} // namespace oversight
