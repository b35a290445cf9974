#include "audit/reviewevents.h"

#include "audit/auditactions.h"
#include "storage/keptquery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReviewEvents)
};

QJsonValue textOrNull(const QVariant& value) {
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

QJsonValue integerOrNull(const QVariant& value) {
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
}

} // namespace

QString reviewStepAction(ReviewStep step) {
    switch (step) {
    case ReviewStep::Claimed:
        return AuditAction::reviewClaimed;
    case ReviewStep::Committed:
        return AuditAction::reviewCommitted;
    case ReviewStep::Revealed:
        return AuditAction::reviewRevealed;
    case ReviewStep::Finalized:
        return AuditAction::reviewFinalized;
    case ReviewStep::Released:
        return AuditAction::reviewReleased;
    case ReviewStep::Escalated:
        return AuditAction::reviewEscalated;
    case ReviewStep::Expired:
        return AuditAction::reviewExpired;
    }
    return {};
}

QString reviewEventColumns() {
    return QStringLiteral(
        "r.id, u.login, c.external_id, r.queue, r.claimed_at, r.lease_expires, "
        "r.initial_decision, r.initial_confidence, r.initial_rationale, r.committed_at, "
        "r.model_label, r.revealed_at, r.final_decision, r.final_rationale, r.finalized_at, "
        "r.override, r.blind_ms, r.decide_ms, r.ended_at, r.end_note, r.escalated_to");
}

QString reviewEventJoins() {
    return QStringLiteral(
        "reviews r JOIN users u ON u.id = r.reviewer_id JOIN cases c ON c.seq = r.case_seq");
}

TimedEvent reviewEventFromRow(const QSqlQuery& row, ReviewStep step) {
    TimedEvent timed;
    AuditEvent& event = timed.event;
    event.subject = row.value(0).toString();
    event.actor = row.value(1).toString();
    event.action = reviewStepAction(step);
    event.details.insert(QStringLiteral("case"), row.value(2).toString());
    switch (step) {
    case ReviewStep::Claimed:
        timed.at = row.value(4).toString();
        event.details.insert(QStringLiteral("queue"), row.value(3).toString());
        break;
    case ReviewStep::Committed:
        timed.at = row.value(9).toString();
        event.details.insert(QStringLiteral("initial_decision"), textOrNull(row.value(6)));
        event.details.insert(QStringLiteral("initial_confidence"), integerOrNull(row.value(7)));
        event.details.insert(QStringLiteral("initial_rationale"), textOrNull(row.value(8)));
        break;
    case ReviewStep::Revealed:
        timed.at = row.value(11).toString();
        event.details.insert(QStringLiteral("model_label"), textOrNull(row.value(10)));
        break;
    case ReviewStep::Finalized:
        timed.at = row.value(14).toString();
        event.details.insert(QStringLiteral("final_decision"), textOrNull(row.value(12)));
        event.details.insert(QStringLiteral("final_rationale"), textOrNull(row.value(13)));
        event.details.insert(QStringLiteral("override"), integerOrNull(row.value(15)));
        event.details.insert(QStringLiteral("blind_ms"), integerOrNull(row.value(16)));
        event.details.insert(QStringLiteral("decide_ms"), integerOrNull(row.value(17)));
        break;
    case ReviewStep::Released:
    case ReviewStep::Expired:
        timed.at = row.value(18).toString();
        event.details.insert(QStringLiteral("reason"), textOrNull(row.value(19)));
        break;
    case ReviewStep::Escalated:
        timed.at = row.value(18).toString();
        event.details.insert(QStringLiteral("note"), textOrNull(row.value(19)));
        event.details.insert(QStringLiteral("to_queue"), textOrNull(row.value(20)));
        break;
    }
    return timed;
}

Result<TimedEvent> reviewEvent(QSqlDatabase db, qint64 reviewSeq, ReviewStep step) {
    KeptQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + reviewEventColumns() + QStringLiteral(" FROM ") +
                  reviewEventJoins() + QStringLiteral(" WHERE r.seq = ?"));
    query.addBindValue(reviewSeq);
    if (!query.exec())
        return Error{
            Text::tr("Cannot read review %1: %2").arg(reviewSeq).arg(query.lastError().text())};
    if (!query.next())
        return Error{Text::tr("There is no review %1.").arg(reviewSeq)};
    return reviewEventFromRow(query, step);
}

Status recordSentToAdjudication(QSqlDatabase db, const QString& actor, qint64 caseSeq,
                                const QString& at) {
    KeptQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT c.id, c.external_id, r.id, u.login, r.final_decision FROM reviews r "
        "JOIN cases c ON c.seq = r.case_seq JOIN users u ON u.id = r.reviewer_id "
        "WHERE r.case_seq = ? AND r.slot >= 1 AND r.status = 'finalized' ORDER BY r.slot"));
    query.addBindValue(caseSeq);
    if (!query.exec())
        return Error{Text::tr("Cannot read the reviews of case %1: %2")
                         .arg(caseSeq)
                         .arg(query.lastError().text())};
    QString caseId;
    QString externalId;
    QJsonArray reviews;
    while (query.next()) {
        caseId = query.value(0).toString();
        externalId = query.value(1).toString();
        reviews.append(QJsonObject{{QStringLiteral("review"), query.value(2).toString()},
                                   {QStringLiteral("reviewer"), query.value(3).toString()},
                                   {QStringLiteral("final_decision"), query.value(4).toString()}});
    }
    AuditEvent event{
        actor, AuditAction::caseSentToAdjudication, caseId,
        QJsonObject{{QStringLiteral("case"), externalId}, {QStringLiteral("reviews"), reviews}}};
    return appendAuditEvent(db, event, at);
}

Status recordReviewStep(QSqlDatabase db, qint64 reviewSeq, ReviewStep step) {
    const Result<TimedEvent> timed = reviewEvent(db, reviewSeq, step);
    if (!timed)
        return timed.error();
    return appendAuditEvent(db, timed->event, timed->at);
}

} // namespace oversight
