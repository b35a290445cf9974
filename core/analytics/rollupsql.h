#pragma once

#include <QString>

namespace oversight {

// The one statement that turns review facts into rollup rows: every bucket rule
// and every counter of the rollup is defined here. `condition` selects the facts
// (one finalized review, one imported log); rows for existing keys are added to.
QString rollupInsertSql(const QString& condition);

} // namespace oversight
