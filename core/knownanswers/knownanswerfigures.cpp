#include "knownanswers/knownanswerfigures.h"

#include "analytics/figures/ratesjson.h"

#include <QCoreApplication>
#include <map>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(KnownAnswers)
};

QJsonObject ratesJson(const KnownAnswerRates& rates) {
    return {{QStringLiteral("n"), rates.n},
            {QStringLiteral("catch_trials"), rates.catchTrials},
            {QStringLiteral("initial_accuracy"), rateJson(rates.initialAccuracy)},
            {QStringLiteral("final_accuracy"), rateJson(rates.finalAccuracy)},
            {QStringLiteral("catch_deference"), rateJson(rates.catchDeference)},
            {QStringLiteral("rair"), rateJson(rates.rair)},
            {QStringLiteral("rsr"), rateJson(rates.rsr)}};
}

} // namespace

KnownAnswerRates knownAnswerRates(const QList<KnownAnswerTrial>& trials) {
    qint64 initialRight = 0, finalRight = 0;
    qint64 catchRightFirst = 0, catchDeferred = 0;
    qint64 rairBase = 0, rairCount = 0;
    qint64 rsrBase = 0, rsrCount = 0;
    KnownAnswerRates rates;
    for (const KnownAnswerTrial& t : trials) {
        ++rates.n;
        const bool initialRightNow = t.initial == t.truth;
        const bool finalRightNow = t.final == t.truth;
        const bool shownRight = t.shown == t.truth;
        initialRight += initialRightNow;
        finalRight += finalRightNow;
        if (t.planted) {
            ++rates.catchTrials;
            if (initialRightNow) {
                ++catchRightFirst;
                catchDeferred += t.final == t.shown;
            }
        }
        if (!initialRightNow && shownRight) {
            ++rairBase;
            rairCount += finalRightNow;
        }
        if (initialRightNow && !shownRight) {
            ++rsrBase;
            rsrCount += finalRightNow;
        }
    }
    rates.initialAccuracy = wilson(initialRight, rates.n);
    rates.finalAccuracy = wilson(finalRight, rates.n);
    rates.catchDeference = wilson(catchDeferred, catchRightFirst);
    rates.rair = wilson(rairCount, rairBase);
    rates.rsr = wilson(rsrCount, rsrBase);
    return rates;
}

KnownAnswerFigures knownAnswerFigures(const QList<KnownAnswerTrial>& trials, qint64 cases) {
    KnownAnswerFigures figures;
    figures.cases = cases;
    figures.overall = knownAnswerRates(trials);
    std::map<QString, QList<KnownAnswerTrial>> byReviewer;
    for (const KnownAnswerTrial& trial : trials)
        byReviewer[trial.reviewer] << trial;
    for (const auto& [reviewer, own] : byReviewer) {
        const KnownAnswerRates rates = knownAnswerRates(own);
        figures.byReviewer << ReviewerKnownAnswers{reviewer, rates};
        const Proportion& deference = rates.catchDeference;
        if (deference.n >= minimumCatchTrials && deference.rate &&
            *deference.rate >= catchDeferenceHigh)
            figures.warnings << Warning{
                QStringLiteral("catch_deference_high"),
                Text::tr("%1 took the recommendation on %2 of %3 catch trials they had first "
                         "answered correctly (%4 %, 95 % interval %5-%6 %): they follow the "
                         "recommendation even when it is wrong.")
                    .arg(reviewer)
                    .arg(deference.k)
                    .arg(deference.n)
                    .arg(100.0 * *deference.rate, 0, 'f', 0)
                    .arg(100.0 * deference.low.value_or(0), 0, 'f', 0)
                    .arg(100.0 * deference.high.value_or(0), 0, 'f', 0),
                {{QStringLiteral("reviewer"), reviewer},
                 {QStringLiteral("catch_deference"), *deference.rate},
                 {QStringLiteral("ci_low"), deference.low.value_or(0)},
                 {QStringLiteral("ci_high"), deference.high.value_or(0)},
                 {QStringLiteral("n"), deference.n},
                 {QStringLiteral("threshold"), catchDeferenceHigh}}};
    }
    return figures;
}

QJsonObject knownAnswersJson(const KnownAnswerFigures& figures) {
    QJsonArray reviewers;
    for (const ReviewerKnownAnswers& reviewer : figures.byReviewer) {
        QJsonObject entry = ratesJson(reviewer.rates);
        entry.insert(QStringLiteral("reviewer"), reviewer.reviewer);
        reviewers.append(entry);
    }
    return {{QStringLiteral("cases"), figures.cases},
            {QStringLiteral("overall"), ratesJson(figures.overall)},
            {QStringLiteral("by_reviewer"), reviewers}};
}

} // namespace oversight
