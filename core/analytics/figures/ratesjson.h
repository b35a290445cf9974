#pragma once

#include "analytics/figures/rates.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace oversight {

// The JSON shapes every family of figures shares (keys in docs/AUDIT.md).
QJsonValue numberJson(const std::optional<double>& value); // null when there is none
QJsonObject proportionJson(const Proportion& p);           // n, rate, ci_low, ci_high
QJsonValue rateJson(const Proportion& p); // the same, or null when n is 0 (never 0)
// n, override rate with its interval, and the other rates, flat as the contract names them.
QJsonObject ratesJson(const Counts& counts, const Rates& rates);
QJsonArray groupsJson(const QList<Group>& groups, const QString& keyName, bool numericKey = false);

} // namespace oversight
