#pragma once

#include "accounts/session.h"
#include "audit/chainverifier.h"
#include "common/result.h"
#include "storage/database.h"
#include "storage/databasecopy.h"

#include <functional>
#include <optional>

// Administrative actions on a whole database, each recorded in its audit trail.
namespace oversight {

struct VerifiedCopy {
    Verification source;              // the source's trail, checked before anything is copied
    std::optional<Verification> copy; // the copy's trail; none when the source was broken
    CopiedTables tables;
    QString targetName;

    // The copy was made and its trail ends where the source's did.
    bool intact() const {
        return source.intact() && copy && copy->intact() && copy->head.hash == source.head.hash;
    }
};

// Opens the (empty) target; called only once the source's trail is known intact,
// so a refused copy leaves the target untouched.
using OpenCopyTarget = std::function<Result<Database>()>;

// Copies `source` into a new database (an administrator's work): verifies the
// source's trail (broken: nothing copied), copies every table in one transaction,
// verifies the copy's trail, and records `database.copied` in the copy with the
// source's head and the row counts. Check intact() on the result.
Result<VerifiedCopy> copyWithVerification(const Database& source, const Session& actor,
                                          const OpenCopyTarget& openTarget,
                                          const CopyProgress& progress = {});

// PostgreSQL: grantApplicationPrivileges (storage/privileges.h) by an
// administrator, recorded as `database.granted`.
Status grantApplicationRole(QSqlDatabase db, const Session& actor, const QString& role);

} // namespace oversight
