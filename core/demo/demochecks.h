#pragma once

#include "accounts/session.h"
#include "common/result.h"
#include "demo/demodata.h"

#include <QSqlDatabase>

namespace oversight {

// A simulated team working through known-answer checks (DESIGN.md, "Known-answer
// cases and disclosed catch trials"), so the demo shows them: a set of the demo
// model's cases with their outcomes (ids continuing the demo's own), and three
// reviewers who each take `checksPerReviewer` checks with half the reveals
// planted: demo-check-ana and demo-check-ben keep their own answer, demo-check-dee
// always takes the recommendation. The review queue then keeps a standing policy
// of 5 % checks, half planted, with feedback; the simulated accounts are then
// disabled. Production cases are left as they were: checks never decide anything.
struct DemoCheckSettings {
    int checksPerReviewer = 0;
    qint64 productionCases = 1000; // the demo decisions already imported, whose ids follow
    quint64 seed = 1;              // of the demo decisions
};

inline const QString demoDeferringReviewer = QStringLiteral("demo-check-dee");

struct DemoChecks {
    QString setId;
    qint64 checks = 0;
};

Result<DemoChecks> runDemoChecks(QSqlDatabase db, const Session& admin,
                                 const DemoCheckSettings& settings);

} // namespace oversight
