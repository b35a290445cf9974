#pragma once

#include "accounts/session.h"
#include "common/result.h"

#include <QSqlDatabase>

namespace oversight {

// Appeals for the demo (DESIGN.md, "Contesting a decision"), so the Appeals tab
// and the dossier have something to show: the administrator files `appeals`
// appeals against automated decisions, and a simulated appeal reviewer,
// demo-appeal-eve (disabled afterwards), decides all but the last two blind:
// every third reversed, the others upheld, each with a rationale.
struct DemoAppeals {
    qint64 filed = 0;
    qint64 decided = 0;
};

Result<DemoAppeals> runDemoAppeals(QSqlDatabase db, const Session& admin, int appeals);

} // namespace oversight
