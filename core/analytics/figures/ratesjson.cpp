#include "analytics/figures/ratesjson.h"

namespace oversight {

QJsonValue numberJson(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue rateJson(const Proportion& p) {
    if (!p.rate)
        return QJsonValue();
    return proportionJson(p);
}

QJsonObject proportionJson(const Proportion& p) {
    return {{QStringLiteral("n"), p.n},
            {QStringLiteral("rate"), numberJson(p.rate)},
            {QStringLiteral("ci_low"), numberJson(p.low)},
            {QStringLiteral("ci_high"), numberJson(p.high)}};
}

QJsonObject ratesJson(const Counts& counts, const Rates& rates) {
    return {{QStringLiteral("n"), counts.n},
            {QStringLiteral("override_rate"), numberJson(rates.overrideRate.rate)},
            {QStringLiteral("ci_low"), numberJson(rates.overrideRate.low)},
            {QStringLiteral("ci_high"), numberJson(rates.overrideRate.high)},
            {QStringLiteral("disagreement_rate"), numberJson(rates.disagreement.rate)},
            {QStringLiteral("disagreement_n"), rates.disagreement.n},
            {QStringLiteral("deference_rate"), numberJson(rates.deference.rate)},
            {QStringLiteral("deference_n"), rates.deference.n},
            {QStringLiteral("changed_mind_rate"), numberJson(rates.changedMind.rate)},
            {QStringLiteral("mean_blind_seconds"), numberJson(rates.meanBlindSeconds)},
            {QStringLiteral("mean_decide_seconds"), numberJson(rates.meanDecideSeconds)}};
}

QJsonArray groupsJson(const QList<Group>& groups, const QString& keyName, bool numericKey) {
    QJsonArray array;
    for (const Group& group : groups) {
        QJsonObject object = ratesJson(group.counts, group.rates);
        object.insert(keyName, numericKey ? QJsonValue(group.key.toInt()) : QJsonValue(group.key));
        array.append(object);
    }
    return array;
}

} // namespace oversight
