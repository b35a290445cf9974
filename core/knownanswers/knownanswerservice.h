#pragma once

#include "accounts/session.h"
#include "analytics/analyticsservice.h"
#include "common/result.h"
#include "knownanswers/knownanswerfigures.h"

#include <QSqlDatabase>

namespace oversight {

// The known-answer figures (DESIGN.md, "Known-answer cases") from the finalized
// reviews of known-answer cases, read from the reviews themselves: they never
// become review facts. The filter's days (finalized), queue and model apply;
// every reviewer is listed.
class KnownAnswerService {
public:
    explicit KnownAnswerService(QSqlDatabase db)
        : m_db(std::move(db)) {}

    Result<QList<KnownAnswerTrial>> trials(const Session& actor, const AnalysisFilter& filter,
                                           qint64* cases = nullptr) const;
    Result<KnownAnswerFigures> analyze(const Session& actor, const AnalysisFilter& filter) const;

private:
    QSqlDatabase m_db;
};

} // namespace oversight
