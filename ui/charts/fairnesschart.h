#pragma once

#include "fairness/fairnessfigures.h"

#include <QChart>
#include <QPalette>
#include <QStringList>

namespace oversight {

// The names of the rates a fairness view compares, in the order of
// fairnessMetricKeys (fairness/fairnessfigures.h): "Selection rate", ...
QStringList fairnessMetricCaptions();

// The four deciders side by side, as the fairness view and its tables show them.
// Where only reviews name the attribute (imported review logs), the model's
// rates are those of the reviewed cases.
struct FairnessDecider {
    QString caption;
    GroupMetrics GroupFigures::*metrics;
};
QList<FairnessDecider> fairnessDeciders(const AttributeFairness& attribute);

// One attribute's groups, each with the model's, the effective, the reviewers'
// initial and final rate of one metric as a point with its 95 % interval; the
// reference group marked, and the four-fifths band (0.8 to 1.25 times the
// reference's effective rate) drawn across.
QChart* makeFairnessChart(const AttributeFairness& attribute, int metric, const QPalette& palette,
                          double ratioLow, double ratioHigh);

} // namespace oversight
