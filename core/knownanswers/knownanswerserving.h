#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace oversight {

// A uniform draw in [0, 1) from 64 random bits.
double unitInterval(quint64 bits);

// A known-answer case to serve in place of the production case a claim picked
// (DESIGN.md, "Known-answer cases"): from a live set of the same model, so it
// offers the same decisions, and one this reviewer never had in any state.
// Starts at a random point of the sets' cases (`bits`) and wraps around, so the
// order in which checks come gives nothing away. nullopt when none is left.
Result<std::optional<qint64>> pickKnownAnswerCase(QSqlDatabase db, qint64 productionCaseSeq,
                                                  const QString& reviewerId, bool excludeOwnImports,
                                                  quint64 bits);

} // namespace oversight
