#pragma once

#include "accounts/session.h"
#include "analytics/reviewlogimporter.h"
#include "common/result.h"
#include "demo/demodata.h"
#include "demo/demoreviews.h"
#include "intake/importer.h"

#include <QSqlDatabase>
#include <functional>

namespace oversight {

// A demo database holds one account per role, so it can be tried in every role.
struct DemoAccount {
    QString login;
    QString name;
    QString role;
};
QList<DemoAccount> demoAccounts(); // the administrator first

// Creates the demo accounts in a database without accounts; `passwordFor` gives
// each login's password. Returns the administrator's session.
Result<Session> createDemoAccounts(QSqlDatabase db,
                                   const std::function<QString(const QString& login)>& passwordFor);

struct DemoImport {
    ImportReport decisions;
    ReviewLogReport reviews; // empty when no reviews were asked for
};

// Generates the demo decisions and imports them as `admin`, then, when
// `reviews.reviews` > 0, the simulated review team's log. The files are written
// to a temporary folder and removed afterwards. An error means the step named
// stored nothing (an earlier step's data stays, as with any import).
Result<DemoImport> importDemo(QSqlDatabase db, const Session& admin, const DemoSettings& decisions,
                              const DemoReviewSettings& reviews);

} // namespace oversight
