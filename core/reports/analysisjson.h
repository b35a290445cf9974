#pragma once

#include "analytics/oversightreport.h"

#include <QJsonObject>

namespace oversight {

// Every figure of an analysis as JSON: the document `analyze --json` prints and
// the "analysis" of a JSON audit report. Keys are listed in docs/AUDIT.md.
QJsonObject analysisJson(const OversightReport& report);

} // namespace oversight
