#pragma once

#include "intake/importoptions.h"

#include <QIODevice>

namespace oversight {

// A synthetic credit-decision model's output: applicant facts, the model's
// calibrated probabilities of approve/decline and, for part of the cases, the
// known outcome. About a quarter of the cases fall under a 0.75 confidence, and no
// single fact gives the decision away (the leak check passes on it).
struct DemoSettings {
    qint64 cases = 1000;
    quint64 seed = 1;
    double shareWithOutcome = 0.4;
};

// Streams the CSV to `out`; false if writing fails.
bool writeDemoDecisions(QIODevice& out, const DemoSettings& settings);

// How to import what writeDemoDecisions writes.
ImportOptions demoImportOptions(const QString& filePath);

} // namespace oversight
