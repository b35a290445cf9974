#include "appeals/appealsteps.h"

#include "audit/auditactions.h"
#include "audit/auditevent.h"
#include "storage/keptquery.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AppealSteps)
};

Error failure(const QSqlQuery& query) {
    return Error{
        Text::tr("The appeal could not be read or stored: %1").arg(query.lastError().text())};
}

} // namespace

QString appealOutcomeName(AppealOutcome outcome) {
    return outcome == AppealOutcome::Reversed ? QStringLiteral("reversed")
                                              : QStringLiteral("upheld");
}

Result<std::optional<qint64>> pendingAppealOf(QSqlDatabase db, qint64 caseSeq) {
    KeptQuery query(db);
    query.prepare(QStringLiteral("SELECT seq FROM appeals WHERE case_seq = ? AND outcome IS NULL "
                                 "ORDER BY seq DESC LIMIT 1"));
    query.addBindValue(caseSeq);
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return std::optional<qint64>{};
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<QString> appealStatement(QSqlDatabase db, qint64 appealSeq) {
    KeptQuery query(db);
    query.prepare(QStringLiteral("SELECT statement FROM appeals WHERE seq = ?"));
    query.addBindValue(appealSeq);
    if (!query.exec() || !query.next())
        return failure(query);
    return query.value(0).toString();
}

Result<AppealContext> appealContext(QSqlDatabase db, qint64 appealSeq) {
    KeptQuery query(db);
    query.prepare(
        QStringLiteral("SELECT id, statement, coalesce(requested_by, ''), filed_at, deadline, "
                       "original_decision, original_decider, case_seq FROM appeals WHERE seq = ?"));
    query.addBindValue(appealSeq);
    if (!query.exec() || !query.next())
        return failure(query);
    AppealContext context{query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString(),
                          query.value(4).toString(), query.value(5).toString(),
                          query.value(6).toString(), {}};
    const qint64 caseSeq = query.value(7).toLongLong();
    // Every finalized production review of the case taken before this appeal:
    // the independent reviews, an adjudication, earlier appeals.
    query.prepare(QStringLiteral(
        "SELECT u.login, r.queue, coalesce(r.initial_decision, ''), "
        "coalesce(r.initial_rationale, ''), r.final_decision, coalesce(r.final_rationale, ''), "
        "r.finalized_at FROM reviews r JOIN users u ON u.id = r.reviewer_id "
        "WHERE r.case_seq = ? AND r.status = 'finalized' AND r.known_answer = 0 "
        "AND (r.appeal_seq IS NULL OR r.appeal_seq < ?) ORDER BY r.finalized_at, r.seq"));
    query.addBindValue(caseSeq);
    query.addBindValue(appealSeq);
    if (!query.exec())
        return failure(query);
    while (query.next())
        context.earlier << EarlierDecision{query.value(0).toString(), query.value(1).toString(),
                                           query.value(2).toString(), query.value(3).toString(),
                                           query.value(4).toString(), query.value(5).toString(),
                                           query.value(6).toString()};
    return context;
}

Result<AppealOutcome> resolveAppeal(QSqlDatabase db, qint64 appealSeq, const QString& finalLabel,
                                    const QString& at) {
    KeptQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT case_seq, previous_queue, previous_state, original_decision FROM appeals "
        "WHERE seq = ? AND outcome IS NULL"));
    query.addBindValue(appealSeq);
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return Error{Text::tr("The appeal was already decided.")};
    const qint64 caseSeq = query.value(0).toLongLong();
    const QVariant previousQueue = query.value(1);
    const QString previousState = query.value(2).toString();
    const QString original = query.value(3).toString();
    const AppealOutcome outcome =
        finalLabel == original ? AppealOutcome::Upheld : AppealOutcome::Reversed;

    query.prepare(QStringLiteral("UPDATE appeals SET outcome = ?, resolved_at = ? WHERE seq = ?"));
    query.addBindValue(appealOutcomeName(outcome));
    query.addBindValue(at);
    query.addBindValue(appealSeq);
    if (!query.exec())
        return failure(query);
    query.prepare(QStringLiteral("UPDATE cases SET queue = ?, state = ? WHERE seq = ?"));
    query.addBindValue(previousQueue.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                              : previousQueue);
    query.addBindValue(previousState);
    query.addBindValue(caseSeq);
    if (!query.exec())
        return failure(query);
    return outcome;
}

Status recordAppealResolved(QSqlDatabase db, qint64 appealSeq, qint64 reviewSeq,
                            const QString& actor) {
    KeptQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT a.id, c.external_id, r.id, a.outcome, a.original_decision, a.original_decider, "
        "r.final_decision, a.resolved_at FROM appeals a JOIN cases c ON c.seq = a.case_seq "
        "JOIN reviews r ON r.seq = ? WHERE a.seq = ?"));
    query.addBindValue(reviewSeq);
    query.addBindValue(appealSeq);
    if (!query.exec() || !query.next())
        return failure(query);
    const QString appealId = query.value(0).toString();
    const QJsonObject details{{QStringLiteral("appeal"), appealId},
                              {QStringLiteral("case"), query.value(1).toString()},
                              {QStringLiteral("review"), query.value(2).toString()},
                              {QStringLiteral("outcome"), query.value(3).toString()},
                              {QStringLiteral("original_decision"), query.value(4).toString()},
                              {QStringLiteral("original_decider"), query.value(5).toString()},
                              {QStringLiteral("decision"), query.value(6).toString()}};
    const QString at = query.value(7).toString();
    query.finish();
    return appendAuditEvent(db, {actor, AuditAction::appealResolved, appealId, details}, at);
}

} // namespace oversight
