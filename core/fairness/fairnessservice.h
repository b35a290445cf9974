#pragma once

#include "accounts/session.h"
#include "analytics/analyticsservice.h"
#include "common/result.h"
#include "fairness/fairnesscells.h"
#include "fairness/fairnessfigures.h"

#include <QSqlDatabase>

namespace oversight {

// The figures by group for a filter (DESIGN.md, "Fairness by group"): the
// decisions scope covers every imported decision of the filter's model whose
// batch was imported in the filter's days; the reviews scope, the finalized
// reviews of the filter. Queue and reviewer narrow the reviews scope only.
class FairnessService {
public:
    explicit FairnessService(QSqlDatabase db)
        : m_db(std::move(db)) {}

    Result<FairnessAnalysis> analyze(const Session& actor, const AnalysisFilter& filter,
                                     const FairnessOptions& options = {}) const;

    // The cells counted from the stored rows, one GROUP BY over each scope (the
    // reference the rollups are tested against; and days in another zone).
    Result<FairnessCells> cellsFromRows(const Session& actor, const AnalysisFilter& filter) const;
    // The same cells from the rollups kept by group (fairness/fairnessrollups.h).
    Result<FairnessCells> cellsFromRollups(const Session& actor,
                                           const AnalysisFilter& filter) const;

private:
    QSqlDatabase m_db;
};

} // namespace oversight
