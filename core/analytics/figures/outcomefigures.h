#pragma once

#include "analytics/figures/tallies.h"
#include "analytics/statistics.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace oversight {

// Where the outcome is known: whether oversight made decisions better.
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

struct OutcomeFigures {
    Accuracy accuracy;
    QList<Calibration> calibration; // by reviewer
};

OutcomeFigures outcomeFigures(const Tallies& tallies);

// The "accuracy" object of the analysis JSON (calibration included).
QJsonObject outcomeFiguresJson(const OutcomeFigures& figures);

} // namespace oversight
