#pragma once

#include "fairness/fairnessfigures.h"

#include <QJsonArray>

namespace oversight {

// The "fairness" list of `analyze --json` and of the JSON report (DESIGN.md,
// "Fairness by group"; keys in docs/AUDIT.md).
QJsonArray fairnessJson(const FairnessAnalysis& analysis);

} // namespace oversight
