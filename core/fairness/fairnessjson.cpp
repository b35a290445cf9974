#include "fairness/fairnessjson.h"

#include "analytics/figures/ratesjson.h"

#include <QJsonObject>

namespace oversight {

namespace {

QJsonValue countJson(const GroupMetrics& m, qint64 count) {
    return m.binary ? QJsonValue(count) : QJsonValue();
}

QJsonObject metricsJson(const GroupMetrics& m) {
    QJsonObject byLabel;
    for (const auto& [label, p] : m.selectionByLabel)
        byLabel.insert(label, rateJson(p));
    return {{QStringLiteral("n"), m.n},
            {QStringLiteral("n_outcome"), m.nOutcome},
            {QStringLiteral("tp"), countJson(m, m.tp)},
            {QStringLiteral("fp"), countJson(m, m.fp)},
            {QStringLiteral("tn"), countJson(m, m.tn)},
            {QStringLiteral("fn"), countJson(m, m.fn)},
            {QStringLiteral("selection_rate"), rateJson(m.selectionRate)},
            {QStringLiteral("tpr"), rateJson(m.tpr)},
            {QStringLiteral("fpr"), rateJson(m.fpr)},
            {QStringLiteral("fnr"), rateJson(m.fnr)},
            {QStringLiteral("accuracy"), rateJson(m.accuracy)},
            {QStringLiteral("selection_rates"), byLabel}};
}

QJsonObject groupJson(const GroupFigures& g) {
    return {{QStringLiteral("group"), g.group},
            {QStringLiteral("decisions"),
             QJsonObject{{QStringLiteral("n"), g.decisionsN},
                         {QStringLiteral("pending"), g.pending},
                         {QStringLiteral("model"), metricsJson(g.model)},
                         {QStringLiteral("effective"), metricsJson(g.effective)}}},
            {QStringLiteral("reviews"),
             QJsonObject{{QStringLiteral("n"), g.reviewsN},
                         {QStringLiteral("model"), metricsJson(g.reviewModel)},
                         {QStringLiteral("initial"), metricsJson(g.initial)},
                         {QStringLiteral("final"), metricsJson(g.final)},
                         {QStringLiteral("override"), rateJson(g.override)}}}};
}

QJsonObject disparityJson(const Disparity& d) {
    return {{QStringLiteral("scope"), d.scope},
            {QStringLiteral("decider"), d.decider},
            {QStringLiteral("metric"), d.metric},
            {QStringLiteral("group"), d.group},
            {QStringLiteral("ratio"), numberJson(d.ratio)},
            {QStringLiteral("difference"), d.difference},
            {QStringLiteral("ci_low"), d.ciLow},
            {QStringLiteral("ci_high"), d.ciHigh},
            {QStringLiteral("n"), d.n},
            {QStringLiteral("reference_n"), d.referenceN},
            {QStringLiteral("flagged"), d.flagged}};
}

QJsonObject effectJson(const OversightEffect& e) {
    return {{QStringLiteral("metric"), e.metric},
            {QStringLiteral("group"), e.group},
            {QStringLiteral("delta"), e.delta},
            {QStringLiteral("ci_low"), e.ciLow},
            {QStringLiteral("ci_high"), e.ciHigh},
            {QStringLiteral("model_difference"), e.modelDifference},
            {QStringLiteral("final_difference"), e.finalDifference}};
}

QJsonObject reviewerJson(const ReviewerGroupOverrides& r) {
    QJsonArray groups;
    for (const auto& [group, p] : r.groups)
        groups.append(QJsonObject{{QStringLiteral("group"), group},
                                  {QStringLiteral("override"), rateJson(p)}});
    return {{QStringLiteral("reviewer"), r.reviewer},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("test"), r.test.isEmpty() ? QJsonValue() : QJsonValue(r.test)},
            {QStringLiteral("p_value"), numberJson(r.pValue)}};
}

} // namespace

QJsonArray fairnessJson(const FairnessAnalysis& analysis) {
    QJsonArray attributes;
    for (const AttributeFairness& a : analysis.attributes) {
        QJsonArray groups;
        for (const GroupFigures& g : a.groups)
            groups.append(groupJson(g));
        QJsonArray disparities;
        for (const Disparity& d : a.disparities)
            disparities.append(disparityJson(d));
        QJsonArray effects;
        for (const OversightEffect& e : a.oversightEffect)
            effects.append(effectJson(e));
        QJsonArray reviewers;
        for (const ReviewerGroupOverrides& r : a.reviewers)
            reviewers.append(reviewerJson(r));
        attributes.append(
            QJsonObject{{QStringLiteral("attribute"), a.attribute},
                        {QStringLiteral("positive_label"),
                         a.positiveLabel.isEmpty() ? QJsonValue() : QJsonValue(a.positiveLabel)},
                        {QStringLiteral("reference"), a.reference},
                        {QStringLiteral("groups"), groups},
                        {QStringLiteral("disparities"), disparities},
                        {QStringLiteral("oversight_effect"), effects},
                        {QStringLiteral("reviewers"), reviewers},
                        {QStringLiteral("notices"), QJsonArray::fromStringList(a.notices)}});
    }
    return attributes;
}

} // namespace oversight
