#pragma once

#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace oversight {

// What a reveal shows as the model's recommendation.
struct Recommendation {
    QString label;
    double confidence = 0.0;
    std::vector<std::pair<QString, double>> probabilities; // label -> probability
};

// The planted label of a catch trial (DESIGN.md, "Known-answer cases"): a label
// other than the truth; with two labels the other one, else the most probable
// wrong label. Probabilities missing for a label count as 0, except the model's
// own label, which has its confidence; ties go to the label listed first in
// `labels` (the batch's decision options). Empty when no label is wrong.
QString plantedLabel(const QString& truth, const QStringList& labels, const Recommendation& model);

// The recommendation a catch trial shows: the planted label with the row's own
// confidence; the planted and the model's label swap probabilities, so the
// planted label is the most probable one as a real recommendation's would be.
Recommendation plantRecommendation(const QString& truth, const QStringList& labels,
                                   const Recommendation& model);

} // namespace oversight
