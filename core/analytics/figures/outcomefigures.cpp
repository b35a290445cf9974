#include "analytics/figures/outcomefigures.h"

#include "analytics/figures/ratesjson.h"

namespace oversight {

OutcomeFigures outcomeFigures(const Tallies& tallies) {
    OutcomeFigures figures;
    const Counts& all = tallies.overall;
    figures.accuracy = {wilson(all.modelCorrect, all.truthN),
                        wilson(all.initialCorrect, all.initialTruthN),
                        wilson(all.finalCorrect, all.truthN),
                        wilson(all.switchedWhenRight, all.modelRightDisagreed),
                        wilson(all.heldWhenWrong, all.modelWrongDisagreed)};
    for (const auto& [reviewer, counts] : tallies.byReviewer)
        figures.calibration << Calibration{
            reviewer, counts.brierN,
            counts.brierN > 0
                ? std::optional<double>(counts.brierSum / static_cast<double>(counts.brierN))
                : std::nullopt};
    return figures;
}

QJsonObject outcomeFiguresJson(const OutcomeFigures& figures) {
    QJsonArray calibration;
    for (const Calibration& entry : figures.calibration)
        calibration.append(QJsonObject{{QStringLiteral("reviewer"), entry.reviewer},
                                       {QStringLiteral("n"), entry.n},
                                       {QStringLiteral("brier"), numberJson(entry.brier)}});
    const Accuracy& accuracy = figures.accuracy;
    return {{QStringLiteral("model"), proportionJson(accuracy.model)},
            {QStringLiteral("initial"), proportionJson(accuracy.initial)},
            {QStringLiteral("final"), proportionJson(accuracy.final)},
            {QStringLiteral("switched_when_model_right"),
             proportionJson(accuracy.switchedWhenModelRight)},
            {QStringLiteral("held_when_model_wrong"), proportionJson(accuracy.heldWhenModelWrong)},
            {QStringLiteral("calibration"), calibration}};
}

} // namespace oversight
