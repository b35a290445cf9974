#include "knownanswers/plantedrecommendation.h"

#include <limits>

namespace oversight {

namespace {

double probabilityOf(const Recommendation& model, const QString& label) {
    for (const auto& [name, probability] : model.probabilities)
        if (name == label)
            return probability;
    return label == model.label ? model.confidence : 0.0;
}

} // namespace

QString plantedLabel(const QString& truth, const QStringList& labels, const Recommendation& model) {
    QStringList wrong;
    for (const QString& label : labels)
        if (label != truth && !wrong.contains(label))
            wrong << label;
    if (model.label != truth && !model.label.isEmpty() && !wrong.contains(model.label))
        wrong << model.label;
    QString best;
    double bestProbability = -std::numeric_limits<double>::infinity();
    for (const QString& label : std::as_const(wrong)) {
        const double probability = probabilityOf(model, label);
        if (probability > bestProbability) {
            best = label;
            bestProbability = probability;
        }
    }
    return best;
}

Recommendation plantRecommendation(const QString& truth, const QStringList& labels,
                                   const Recommendation& model) {
    const QString planted = plantedLabel(truth, labels, model);
    if (planted.isEmpty() || planted == model.label)
        return model;
    Recommendation shown = model;
    shown.label = planted;
    shown.confidence = model.confidence;
    const double plantedProbability = probabilityOf(model, planted);
    for (auto& [name, probability] : shown.probabilities) {
        if (name == planted)
            probability = model.confidence;
        else if (name == model.label)
            probability = plantedProbability;
    }
    return shown;
}

} // namespace oversight
