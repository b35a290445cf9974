#pragma once

#include "intake/importer.h"

#include <QJsonObject>

namespace oversight {

// The import's machine-readable report, the contract scripts depend on:
// batch, rows, accepted, rejected, routed{review,audit,automated}, rejects[], leaks[];
// plus sha256, policy, associations[], notices[], rejects_truncated and, on
// failure, error (batch is then null).
QJsonObject importReportJson(const ImportReport& report);

} // namespace oversight
