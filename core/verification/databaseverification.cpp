#include "verification/databaseverification.h"

#include "accounts/permissions.h"
#include "analytics/rollupcheck.h"
#include "appeals/appealcheck.h"
#include "fairness/fairnessrollupcheck.h"
#include "handoff/decisionrecordcheck.h"
#include "storage/dialect.h"
#include "storage/keptquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUuid>
#include <future>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Verification)
};

// What the second connection finds: a rollup row, else a decision record, that
// differs from the data it was computed from.
struct DerivedMismatch {
    std::optional<RollupMismatch> rollup;
    std::optional<DecisionRecordMismatch> record;
};
using RollupResult = Result<DerivedMismatch>;

RollupResult findDerivedMismatch(QSqlDatabase db) {
    const Result<std::optional<RollupMismatch>> rollup = findRollupMismatch(db);
    if (!rollup)
        return rollup.error();
    if (rollup.value())
        return DerivedMismatch{rollup.value(), std::nullopt};
    const Result<std::optional<RollupMismatch>> byGroup = findFairnessRollupMismatch(db);
    if (!byGroup)
        return byGroup.error();
    if (byGroup.value())
        return DerivedMismatch{byGroup.value(), std::nullopt};
    const Result<std::optional<DecisionRecordMismatch>> record = findDecisionRecordMismatch(db);
    if (!record)
        return record.error();
    if (record.value())
        return DerivedMismatch{std::nullopt, record.value()};
    const Result<std::optional<DecisionRecordMismatch>> appeal = findAppealMismatch(db);
    if (!appeal)
        return appeal.error();
    return DerivedMismatch{std::nullopt, appeal.value()};
}

// The checks of derived data on a connection of their own, so that they run on the
// second core while the trail is checked on this one (all only read). A database
// that exists only in this connection's memory is checked in turn instead.
std::future<RollupResult> checkRollupsAlongside(QSqlDatabase db) {
    if (db.databaseName().isEmpty() || db.databaseName() == u":memory:")
        return std::async(std::launch::deferred, [db] { return findDerivedMismatch(db); });
    return std::async(std::launch::async, [source = db.connectionName()]() -> RollupResult {
        const QString name = QStringLiteral("rollup-check-") + QUuid::createUuid().toString();
        RollupResult result = Error{};
        {
            QSqlDatabase copy = QSqlDatabase::cloneDatabase(source, name);
            if (copy.open()) {
                allowParallelSort(copy);
                result = findDerivedMismatch(copy);
            } else
                result = Error{Text::tr("Cannot open a second connection to check the "
                                        "rollups: %1")
                                   .arg(copy.lastError().text())};
            forgetKeptQueries(name);
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
    Verification& result = verified.value();
    if (const std::optional<RollupMismatch>& found = mismatch->rollup) {
        result.problem = ChainProblem::RollupDiffers;
        result.subject = found->table;
        result.description = found->description;
    } else if (const std::optional<DecisionRecordMismatch>& record = mismatch->record) {
        result.problem = ChainProblem::RecordDiffers;
        result.subject = record->subject;
        result.description = record->description;
    }
    return verified;
}

} // namespace oversight
