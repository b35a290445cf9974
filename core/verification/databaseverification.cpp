#include "verification/databaseverification.h"

#include "accounts/permissions.h"
#include "analytics/rollupcheck.h"
#include "storage/dialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUuid>
#include <future>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Verification)
};

using RollupResult = Result<std::optional<RollupMismatch>>;

// The rollup check on a connection of its own, so that it runs on the second core
// while the trail is checked on this one (both only read). A database that exists
// only in this connection's memory is checked in turn instead.
std::future<RollupResult> checkRollupsAlongside(QSqlDatabase db) {
    if (db.databaseName().isEmpty() || db.databaseName() == u":memory:")
        return std::async(std::launch::deferred, [db] { return findRollupMismatch(db); });
    return std::async(std::launch::async, [source = db.connectionName()]() -> RollupResult {
        const QString name = QStringLiteral("rollup-check-") + QUuid::createUuid().toString();
        RollupResult result = Error{};
        {
            QSqlDatabase copy = QSqlDatabase::cloneDatabase(source, name);
            if (copy.open()) {
                allowParallelSort(copy);
                result = findRollupMismatch(copy);
            } else
                result = Error{Text::tr("Cannot open a second connection to check the "
                                        "rollups: %1")
                                   .arg(copy.lastError().text())};
            copy.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    });
}

} // namespace

Result<Verification> verifyDatabase(QSqlDatabase db, const Session& actor,
                                    const VerifyProgress& progress) {
    // Nothing is read for someone who may not verify.
    if (Status allowed = require(actor, Permission::ReadOversight); !allowed)
        return allowed.error();
    std::future<RollupResult> rollups = checkRollupsAlongside(db);
    Result<Verification> verified = verifyAuditTrail(db, actor, progress);
    const RollupResult mismatch = rollups.get(); // always waited for: it uses the database
    if (!verified || !verified->intact())
        return verified;
    if (!mismatch)
        return mismatch.error();
    if (const std::optional<RollupMismatch>& found = mismatch.value()) {
        Verification& result = verified.value();
        result.problem = ChainProblem::RollupDiffers;
        result.subject = found->table;
        result.description = found->description;
    }
    return verified;
}

} // namespace oversight
