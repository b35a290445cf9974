#include "verification/databaseverification.h"

#include "analytics/rollupcheck.h"

namespace oversight {

Result<Verification> verifyDatabase(QSqlDatabase db, const Session& actor,
                                    const VerifyProgress& progress) {
    Result<Verification> verified = verifyAuditTrail(db, actor, progress);
    if (!verified || !verified->intact())
        return verified;
    const Result<std::optional<RollupMismatch>> mismatch = findRollupMismatch(db);
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
