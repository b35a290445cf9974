#pragma once

#include "accounts/session.h"
#include "agreement/agreementfigures.h"
#include "analytics/analyticsservice.h"
#include "common/result.h"

#include <QSqlDatabase>

namespace oversight {

// Agreement between independent reviewers of the same cases, and adjudication
// (DESIGN.md, "Independent double review"). A case counts once every review it
// waits for is final; the filter's days, queue and model select its reviews
// (the reviewer filter does not apply: agreement is between reviewers).
class AgreementService {
public:
    explicit AgreementService(QSqlDatabase db)
        : m_db(std::move(db)) {}

    Result<AgreementFigures> analyze(const Session& actor, const AnalysisFilter& filter) const;

private:
    QSqlDatabase m_db;
};

} // namespace oversight
