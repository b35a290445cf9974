#include "audit/databaseadmin.h"

#include "accounts/permissions.h"
#include "audit/auditactions.h"
#include "audit/auditevent.h"
#include "common/ids.h"
#include "storage/privileges.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseAdmin)
};

Status recordDatabaseEvent(QSqlDatabase db, const Session& actor, QLatin1String action,
                           const QJsonObject& details) {
    Transaction transaction(db);
    if (!transaction.begun())
        return Error{transaction.beginError()};
    if (Status recorded = appendAuditEvent(
            db, {actor.login, action, QStringLiteral("database"), details}, utcNow());
        !recorded)
        return recorded;
    return transaction.commit();
}

} // namespace

Result<VerifiedCopy> copyWithVerification(const Database& source, const Session& actor,
                                          const OpenCopyTarget& openTarget,
                                          const CopyProgress& progress) {
    if (Status allowed = require(actor, Permission::ManageUsers); !allowed)
        return allowed.error();
    VerifiedCopy result;
    Result<Verification> before = verifyAuditTrail(source.connection(), actor);
    if (!before)
        return before.error();
    result.source = std::move(before).value();
    if (!result.source.intact())
        return result;

    // Before the target is touched, so that a refused copy leaves it empty.
    if (Status settled = noImportInProgress(source.connection()); !settled)
        return settled.error();
    Result<Database> target = openTarget();
    if (!target)
        return target.error();
    result.targetName = target->displayName();
    Result<CopiedTables> copied = copyDatabase(source.connection(), target->connection(), progress);
    if (!copied)
        return Error{Text::tr("The copy failed and was undone: %1").arg(copied.error().message)};
    result.tables = std::move(copied).value();

    Result<Verification> after = verifyAuditTrail(target->connection(), actor);
    if (!after)
        return after.error();
    result.copy = std::move(after).value();
    if (!result.intact())
        return result;

    QJsonObject rows;
    for (const auto& [table, count] : std::as_const(result.tables))
        rows.insert(table, count);
    if (Status recorded =
            recordDatabaseEvent(target->connection(), actor, AuditAction::databaseCopied,
                                {{QStringLiteral("from"), source.displayName()},
                                 {QStringLiteral("source_head_seq"), result.source.head.seq},
                                 {QStringLiteral("source_head_hash"), result.source.head.hash},
                                 {QStringLiteral("rows"), rows}});
        !recorded)
        return recorded.error();
    return result;
}

Status grantApplicationRole(QSqlDatabase db, const Session& actor, const QString& role) {
    if (Status allowed = require(actor, Permission::ManageUsers); !allowed)
        return allowed;
    if (Status granted = grantApplicationPrivileges(db, role); !granted)
        return granted;
    return recordDatabaseEvent(db, actor, AuditAction::privilegesGranted,
                               {{QStringLiteral("role"), role}});
}

} // namespace oversight
