#pragma once

#include "common/result.h"

#include <QStringList>

class QComboBox;

namespace oversight {

// Refills a filter's chooser: "all" first (empty data), then each value, keeping
// the current choice when it is still offered; no change signal while it fills.
void fillChoices(QComboBox* box, const Result<QStringList>& values, const QString& all);

} // namespace oversight
