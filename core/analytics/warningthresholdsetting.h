#pragma once

#include "analytics/oversightreport.h"
#include "common/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace oversight {

// The passive-oversight warning thresholds an administrator may change: the
// override rates and shares that make a warning fire. The minimum n behind each
// warning is not among them: it guards the statistics, not the policy.
QString warningThresholdsKey();

// The stored thresholds; the defaults for any never set.
Result<WarningThresholds> storedWarningThresholds(QSqlDatabase db);

// The changeable thresholds as a JSON object (what reports state as in force),
// and as the settings value.
QJsonObject warningThresholdsJson(const WarningThresholds& thresholds);
QString warningThresholdsValue(const WarningThresholds& thresholds);

// An error naming the first threshold outside its range.
Status checkWarningThresholds(const WarningThresholds& thresholds);

} // namespace oversight
