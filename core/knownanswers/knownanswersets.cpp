#include "knownanswers/knownanswersets.h"

#include "accounts/permissions.h"
#include "audit/auditactions.h"
#include "audit/auditevent.h"
#include "common/ids.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(KnownAnswers)
};

Error failure(const QSqlQuery& query) {
    return Error{
        Text::tr("Cannot read or change the known-answer sets: %1").arg(query.lastError().text())};
}

} // namespace

Result<QList<KnownAnswerSet>> KnownAnswerSets::list(const Session& actor) const {
    if (Status allowed = require(actor, Permission::ViewBatches); !allowed)
        return allowed.error();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT b.id, b.source_name, m.name || ' ' || m.version, u.login, b.imported_at, "
            "coalesce(b.retired_at, ''), b.rows_accepted, "
            "(SELECT count(*) FROM reviews r JOIN cases c ON c.seq = r.case_seq WHERE "
            "c.batch_seq = b.seq AND r.known_answer = 1), "
            "(SELECT count(*) FROM reviews r JOIN cases c ON c.seq = r.case_seq WHERE "
            "c.batch_seq = b.seq AND r.known_answer = 1 AND r.status = 'finalized') "
            "FROM import_batches b JOIN model_versions m ON m.id = b.model_version_id "
            "JOIN users u ON u.id = b.imported_by WHERE b.known_answers = 1 AND b.staging = 0 "
            "ORDER BY b.seq")))
        return failure(query);
    QList<KnownAnswerSet> sets;
    while (query.next())
        sets << KnownAnswerSet{
            query.value(0).toString(),   query.value(1).toString(),   query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toString(),   query.value(5).toString(),
            query.value(6).toLongLong(), query.value(7).toLongLong(), query.value(8).toLongLong()};
    return sets;
}

Result<QList<KnownAnswerCaseUsage>> KnownAnswerSets::usage(const Session& actor,
                                                           const QString& setId) const {
    if (Status allowed = require(actor, Permission::ViewBatches); !allowed)
        return allowed.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT c.external_id, s.truth, count(r.seq), "
        "coalesce(sum(CASE WHEN r.status = 'finalized' THEN 1 ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN r.planted = 1 THEN 1 ELSE 0 END), 0) "
        "FROM cases c JOIN import_batches b ON b.seq = c.batch_seq JOIN case_sealed s ON "
        "s.case_seq = c.seq LEFT JOIN reviews r ON r.case_seq = c.seq AND r.known_answer = 1 "
        "WHERE b.id = ? AND b.known_answers = 1 AND b.staging = 0 GROUP BY c.seq, c.external_id, "
        "s.truth "
        "ORDER BY c.seq"));
    query.addBindValue(setId);
    if (!query.exec())
        return failure(query);
    QList<KnownAnswerCaseUsage> cases;
    while (query.next())
        cases << KnownAnswerCaseUsage{query.value(0).toString(), query.value(1).toString(),
                                      query.value(2).toLongLong(), query.value(3).toLongLong(),
                                      query.value(4).toLongLong()};
    if (cases.isEmpty())
        return Error{Text::tr("There is no known-answer set %1.").arg(setId)};
    return cases;
}

Status KnownAnswerSets::retire(const Session& actor, const QString& setId, const QString& reason) {
    if (Status allowed = require(actor, Permission::ChangePolicy); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error{Text::tr("Say why set %1 is retired: a reason is required.").arg(setId)};
    Transaction transaction(m_db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT retired_at FROM import_batches WHERE id = ? AND known_answers = 1 AND "
        "staging = 0"));
    query.addBindValue(setId);
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return Error{Text::tr("There is no known-answer set %1.").arg(setId)};
    if (!query.isNull(0))
        return Error{
            Text::tr("Set %1 was already retired at %2.").arg(setId, query.value(0).toString())};
    const QString now = utcNow();
    query.prepare(QStringLiteral("UPDATE import_batches SET retired_at = ? WHERE id = ?"));
    query.addBindValue(now);
    query.addBindValue(setId);
    if (!query.exec())
        return failure(query);
    if (Status recorded =
            appendAuditEvent(m_db,
                             {actor.login, AuditAction::knownAnswersRetired, setId,
                              QJsonObject{{QStringLiteral("reason"), reason.trimmed()}}},
                             now);
        !recorded)
        return recorded;
    return transaction.commit();
}

} // namespace oversight
