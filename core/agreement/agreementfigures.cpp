#include "agreement/agreementfigures.h"

#include "analytics/figures/ratesjson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <algorithm>
#include <cmath>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Agreement)
};

// Chance agreement of 1 leaves kappa undefined; compared with a tolerance so
// that rounding of a sum of squares does not turn "undefined" into a huge value.
bool chanceIsCertain(double expected) {
    return expected >= 1.0 - 1e-12;
}

QStringList labelsAt(const RatedCase& rated, Stage stage) {
    QStringList labels;
    for (const Rating& rating : rated.ratings)
        labels << (stage == Stage::Initial ? rating.initial : rating.final);
    return labels;
}

bool allEqual(const QStringList& labels) {
    return std::all_of(labels.cbegin(), labels.cend(),
                       [&](const QString& label) { return label == labels.first(); });
}

// The cases whose every review has a label at this stage (imported logs may
// lack the initial decision).
QList<QStringList> labelsOfStage(const QList<RatedCase>& cases, Stage stage) {
    QList<QStringList> result;
    for (const RatedCase& rated : cases) {
        const QStringList labels = labelsAt(rated, stage);
        if (labels.size() >= 2 && !labels.contains(QString()))
            result << labels;
    }
    return result;
}

StageAgreement stageAgreement(const QList<RatedCase>& cases, Stage stage) {
    const QList<QStringList> labels = labelsOfStage(cases, stage);
    qint64 unanimous = 0;
    for (const QStringList& caseLabels : labels)
        unanimous += allEqual(caseLabels) ? 1 : 0;
    return {wilson(unanimous, labels.size()), fleissKappa(labels)};
}

std::optional<QString> strictMajority(const QStringList& labels) {
    QHash<QString, qint64> counts;
    for (const QString& label : labels)
        ++counts[label];
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (2 * it.value() > labels.size())
            return it.key();
    return std::nullopt;
}

QJsonObject stageJson(const StageAgreement& stage) {
    return {{QStringLiteral("percent"), rateJson(stage.percent)},
            {QStringLiteral("fleiss_kappa"), numberJson(stage.fleissKappa)}};
}

} // namespace

std::optional<double> fleissKappa(const QList<QStringList>& labelsPerCase) {
    if (labelsPerCase.isEmpty())
        return std::nullopt;
    QMap<QString, double> categoryTotals; // sum over cases of n_ij
    double ratings = 0.0;                 // sum over cases of n_i
    double observed = 0.0;                // sum over cases of P_i
    for (const QStringList& labels : labelsPerCase) {
        QHash<QString, qint64> counts;
        for (const QString& label : labels)
            ++counts[label];
        const double raters = static_cast<double>(labels.size());
        double agreeingPairs = 0.0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const double n = static_cast<double>(it.value());
            agreeingPairs += n * (n - 1.0);
            categoryTotals[it.key()] += n;
        }
        observed += agreeingPairs / (raters * (raters - 1.0));
        ratings += raters;
    }
    const double meanObserved = observed / static_cast<double>(labelsPerCase.size());
    double expected = 0.0;
    for (const double total : std::as_const(categoryTotals)) {
        const double share = total / ratings;
        expected += share * share;
    }
    if (chanceIsCertain(expected))
        return std::nullopt;
    return (meanObserved - expected) / (1.0 - expected);
}

std::optional<double> cohenKappa(const QList<std::pair<QString, QString>>& pairs) {
    const qint64 n = pairs.size();
    if (n < minimumPairCases)
        return std::nullopt;
    QMap<QString, std::pair<double, double>> shares; // label -> (share of a, share of b)
    double agreed = 0.0;
    for (const auto& [a, b] : pairs) {
        agreed += a == b ? 1.0 : 0.0;
        shares[a].first += 1.0 / static_cast<double>(n);
        shares[b].second += 1.0 / static_cast<double>(n);
    }
    const double observed = agreed / static_cast<double>(n);
    double expected = 0.0;
    for (const auto& [shareA, shareB] : std::as_const(shares))
        expected += shareA * shareB;
    if (chanceIsCertain(expected))
        return std::nullopt;
    return (observed - expected) / (1.0 - expected);
}

AgreementFigures agreementFigures(const QList<RatedCase>& cases,
                                  const QList<Adjudication>& adjudications, qint64 pending) {
    AgreementFigures figures;
    figures.cases = cases.size();
    for (const RatedCase& rated : cases)
        figures.reviewsPerCase =
            std::max(figures.reviewsPerCase, static_cast<int>(rated.ratings.size()));
    figures.initial = stageAgreement(cases, Stage::Initial);
    figures.final = stageAgreement(cases, Stage::Final);

    // Pairs and each reviewer, keyed by name so the output is in name order.
    struct PairLabels {
        QList<std::pair<QString, QString>> initial;
        QList<std::pair<QString, QString>> final;
        qint64 n = 0;
    };
    QMap<std::pair<QString, QString>, PairLabels> pairs;
    struct ReviewerCounts {
        qint64 comparisons = 0, agreements = 0, adjudicated = 0, upheld = 0, known = 0, correct = 0;
    };
    QMap<QString, ReviewerCounts> reviewers;
    qint64 majorityKnown = 0;
    qint64 majorityCorrect = 0;
    for (const RatedCase& rated : cases) {
        const QList<Rating>& ratings = rated.ratings;
        for (qsizetype i = 0; i < ratings.size(); ++i) {
            ReviewerCounts& mine = reviewers[ratings[i].reviewer];
            if (!rated.truth.isEmpty()) {
                ++mine.known;
                mine.correct += ratings[i].final == rated.truth ? 1 : 0;
            }
            for (qsizetype j = 0; j < ratings.size(); ++j) {
                if (i == j || ratings[i].initial.isEmpty() || ratings[j].initial.isEmpty())
                    continue;
                ++mine.comparisons;
                mine.agreements += ratings[i].initial == ratings[j].initial ? 1 : 0;
            }
            for (qsizetype j = i + 1; j < ratings.size(); ++j) {
                const bool ordered = ratings[i].reviewer < ratings[j].reviewer;
                const Rating& a = ordered ? ratings[i] : ratings[j];
                const Rating& b = ordered ? ratings[j] : ratings[i];
                PairLabels& pair = pairs[{a.reviewer, b.reviewer}];
                ++pair.n;
                if (!a.initial.isEmpty() && !b.initial.isEmpty())
                    pair.initial.append({a.initial, b.initial});
                pair.final.append({a.final, b.final});
            }
        }
        if (!rated.truth.isEmpty()) {
            if (const std::optional<QString> majority =
                    strictMajority(labelsAt(rated, Stage::Final))) {
                ++majorityKnown;
                majorityCorrect += *majority == rated.truth ? 1 : 0;
            }
        }
    }
    for (const Adjudication& adjudication : adjudications) {
        figures.adjudicatorSidedWithModel += adjudication.decision == adjudication.modelLabel;
        for (const Rating& rating : adjudication.ratings) {
            ReviewerCounts& counts = reviewers[rating.reviewer];
            ++counts.adjudicated;
            counts.upheld += rating.final == adjudication.decision ? 1 : 0;
        }
    }
    figures.adjudicationResolved = adjudications.size();
    figures.adjudicationPending = pending;
    figures.majorityAccuracy = wilson(majorityCorrect, majorityKnown);
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
        figures.pairs << PairAgreement{it.key().first, it.key().second, it.value().n,
                                       cohenKappa(it.value().initial),
                                       cohenKappa(it.value().final)};
    for (auto it = reviewers.cbegin(); it != reviewers.cend(); ++it)
        figures.byReviewer << ReviewerAgreement{it.key(), wilson(it->agreements, it->comparisons),
                                                it->adjudicated, it->upheld,
                                                wilson(it->correct, it->known)};

    const std::optional<double> initialKappa = figures.initial.fleissKappa;
    const std::optional<double> finalKappa = figures.final.fleissKappa;
    if (figures.initial.percent.n >= minimumAgreementCases && initialKappa &&
        *initialKappa < lowAgreementKappa)
        figures.warnings << Warning{
            QStringLiteral("low_agreement"),
            Text::tr("Independent reviewers agree little before they see the model: Fleiss' "
                     "kappa %1 on %2 cases (below %3).")
                .arg(*initialKappa, 0, 'f', 2)
                .arg(figures.initial.percent.n)
                .arg(lowAgreementKappa),
            {{QStringLiteral("fleiss_kappa"), *initialKappa},
             {QStringLiteral("n"), figures.initial.percent.n},
             {QStringLiteral("threshold"), lowAgreementKappa}}};
    if (figures.initial.percent.n >= minimumAgreementCases && initialKappa && finalKappa &&
        *finalKappa - *initialKappa >= convergenceKappaGain) {
        // The agreement added by the reveal: cases split blind, unanimous after.
        qint64 converged = 0;
        qint64 onModel = 0;
        for (const RatedCase& rated : cases) {
            const QStringList initial = labelsAt(rated, Stage::Initial);
            const QStringList final = labelsAt(rated, Stage::Final);
            if (initial.contains(QString()) || allEqual(initial) || !allEqual(final))
                continue;
            ++converged;
            onModel += final.first() == rated.modelLabel ? 1 : 0;
        }
        if (2 * onModel > converged)
            figures.warnings << Warning{
                QStringLiteral("convergence_on_model"),
                Text::tr("Reviewers who disagreed blind agree with the model after seeing it: "
                         "kappa rises from %1 to %2, and %3 of the %4 cases they came to agree "
                         "on took the model's answer.")
                    .arg(*initialKappa, 0, 'f', 2)
                    .arg(*finalKappa, 0, 'f', 2)
                    .arg(onModel)
                    .arg(converged),
                {{QStringLiteral("initial_kappa"), *initialKappa},
                 {QStringLiteral("final_kappa"), *finalKappa},
                 {QStringLiteral("converged_cases"), converged},
                 {QStringLiteral("converged_on_model"), onModel},
                 {QStringLiteral("n"), figures.initial.percent.n}}};
    }
    return figures;
}

QJsonObject agreementJson(const AgreementFigures& figures) {
    QJsonArray pairs;
    for (const PairAgreement& pair : figures.pairs)
        pairs.append(QJsonObject{{QStringLiteral("a"), pair.a},
                                 {QStringLiteral("b"), pair.b},
                                 {QStringLiteral("n"), pair.n},
                                 {QStringLiteral("initial_kappa"), numberJson(pair.initialKappa)},
                                 {QStringLiteral("final_kappa"), numberJson(pair.finalKappa)}});
    QJsonArray reviewers;
    for (const ReviewerAgreement& reviewer : figures.byReviewer)
        reviewers.append(QJsonObject{{QStringLiteral("reviewer"), reviewer.reviewer},
                                     {QStringLiteral("n"), reviewer.agreement.n},
                                     {QStringLiteral("agreement"), rateJson(reviewer.agreement)},
                                     {QStringLiteral("adjudicated"), reviewer.adjudicated},
                                     {QStringLiteral("upheld_by_adjudicator"), reviewer.upheld},
                                     {QStringLiteral("accuracy"), rateJson(reviewer.accuracy)}});
    return {{QStringLiteral("cases"), figures.cases},
            {QStringLiteral("reviews_per_case"), figures.reviewsPerCase},
            {QStringLiteral("initial"), stageJson(figures.initial)},
            {QStringLiteral("final"), stageJson(figures.final)},
            {QStringLiteral("pairs"), pairs},
            {QStringLiteral("by_reviewer"), reviewers},
            {QStringLiteral("adjudication"),
             QJsonObject{{QStringLiteral("pending"), figures.adjudicationPending},
                         {QStringLiteral("resolved"), figures.adjudicationResolved},
                         {QStringLiteral("sided_with_model"), figures.adjudicatorSidedWithModel}}},
            {QStringLiteral("majority_accuracy"), rateJson(figures.majorityAccuracy)}};
}

} // namespace oversight
