#include "appeals/appealservice.h"

#include "accounts/permissions.h"
#include "appeals/appealsettings.h"
#include "appeals/appealsteps.h"
#include "audit/auditactions.h"
#include "audit/auditevent.h"
#include "common/ids.h"
#include "storage/database.h"
#include "storage/dialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AppealService)
};

Error failure(const QSqlQuery& query) {
    return Error{
        Text::tr("The appeal could not be read or stored: %1").arg(query.lastError().text())};
}

QString isoText(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseIso(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// The decision that counts for a case, and who took it.
struct EffectiveDecision {
    QString decision;
    QString decider; // "model" or a login
    QString decidedAt;
};

Result<std::optional<EffectiveDecision>> effectiveDecision(QSqlDatabase db, qint64 caseSeq,
                                                           qint64 batchSeq, bool mandatory) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT decision, reviewer, decided_at FROM decision_records WHERE first_case_seq = ? "
        "AND decided_by <> 'model' ORDER BY cursor DESC LIMIT 1"));
    query.addBindValue(caseSeq);
    if (!query.exec())
        return failure(query);
    if (query.next())
        return std::optional<EffectiveDecision>(EffectiveDecision{
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    if (mandatory)
        return std::optional<EffectiveDecision>{};
    query.prepare(QStringLiteral(
        "SELECT s.model_label, d.decided_at FROM case_sealed s JOIN decision_records d ON "
        "d.batch_seq = ? AND d.decided_by = 'model' WHERE s.case_seq = ?"));
    query.addBindValue(batchSeq);
    query.addBindValue(caseSeq);
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return std::optional<EffectiveDecision>{};
    return std::optional<EffectiveDecision>(EffectiveDecision{
        query.value(0).toString(), QStringLiteral("model"), query.value(1).toString()});
}

const QString summarySql = QStringLiteral(
    "SELECT a.id, c.external_id, a.statement, coalesce(a.requested_by, ''), f.login, a.filed_at, "
    "a.deadline, a.original_decision, a.original_decider, coalesce(a.outcome, ''), "
    "coalesce(a.resolved_at, ''), coalesce(u.login, ''), coalesce(r.final_decision, ''), "
    "coalesce(r.final_rationale, '') FROM appeals a JOIN cases c ON c.seq = a.case_seq "
    "JOIN users f ON f.id = a.filed_by LEFT JOIN reviews r ON r.appeal_seq = a.seq AND "
    "r.status = 'finalized' LEFT JOIN users u ON u.id = r.reviewer_id ");

AppealSummary summaryFrom(const QSqlQuery& query, const QDateTime& now) {
    AppealSummary summary;
    summary.id = query.value(0).toString();
    summary.externalId = query.value(1).toString();
    summary.statement = query.value(2).toString();
    summary.requestedBy = query.value(3).toString();
    summary.filedBy = query.value(4).toString();
    summary.filedAt = query.value(5).toString();
    summary.deadline = query.value(6).toString();
    summary.originalDecision = query.value(7).toString();
    summary.originalDecider = query.value(8).toString();
    summary.outcome = query.value(9).toString();
    summary.resolvedAt = query.value(10).toString();
    summary.reviewer = query.value(11).toString();
    summary.decision = query.value(12).toString();
    summary.rationale = query.value(13).toString();
    summary.overdue = summary.outcome.isEmpty() && parseIso(summary.deadline) < now;
    return summary;
}

} // namespace

QDateTime AppealService::now() const {
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Status AppealService::mayRead(const Session& actor) const {
    if (allows(actor, Permission::FileAppeals))
        return success();
    return require(actor, Permission::ReadOversight);
}

Result<AppealSummary> AppealService::file(const Session& actor, const QString& externalId,
                                          const QString& statement, const QString& requestedBy,
                                          bool repeat) {
    if (Status allowed = require(actor, Permission::FileAppeals); !allowed)
        return allowed.error();
    const QString said = statement.trimmed();
    if (said.isEmpty())
        return Error{Text::tr("An appeal needs the appellant's statement: say why case %1 is "
                              "contested. Nothing was stored.")
                         .arg(externalId)};
    AppealSettings settings(m_db);
    const Result<int> window = settings.windowDays();
    if (!window)
        return window.error();
    const Result<int> deadlineDays = settings.deadlineDays();
    if (!deadlineDays)
        return deadlineDays.error();

    Transaction transaction(m_db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral(
            "SELECT c.seq, c.batch_seq, c.route, c.queue, c.state, b.known_answers FROM cases c "
            "JOIN import_batches b ON b.seq = c.batch_seq WHERE c.external_id = ? AND "
            "b.staging = 0") +
        lockReadRows(m_db));
    query.addBindValue(externalId);
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return Error{Text::tr("There is no case '%1'.").arg(externalId)};
    const qint64 caseSeq = query.value(0).toLongLong();
    const qint64 batchSeq = query.value(1).toLongLong();
    const bool mandatory = query.value(2).toString() == u"review";
    const QVariant previousQueue = query.value(3);
    const QString previousState = query.value(4).toString();
    if (query.value(5).toInt() == 1)
        return Error{Text::tr("Case %1 is a known-answer check: it decides nothing about anyone, "
                              "so there is nothing to appeal.")
                         .arg(externalId)};
    if (previousQueue.toString() == appealQueue())
        return Error{Text::tr("Case %1 is already under appeal.").arg(externalId)};
    if (previousState != u"finalized" && previousState != u"automated")
        return Error{Text::tr("Case %1 is not decided yet: it waits in the %2 queue (%3). Only a "
                              "decision can be appealed, once its review is done.")
                         .arg(externalId, previousQueue.toString(), previousState)};
    const Result<std::optional<EffectiveDecision>> decided =
        effectiveDecision(m_db, caseSeq, batchSeq, mandatory);
    if (!decided)
        return decided.error();
    if (!decided.value())
        return Error{Text::tr("Case %1 has no decision yet: only a decision can be appealed.")
                         .arg(externalId)};
    const QDateTime time = now();
    const QDateTime closes = parseIso(decided.value()->decidedAt).addDays(window.value());
    if (closes < time)
        return Error{Text::tr("Case %1 was decided on %2; appeals closed %3 days later, on %4.")
                         .arg(externalId, decided.value()->decidedAt)
                         .arg(window.value())
                         .arg(isoText(closes))};

    query.prepare(QStringLiteral(
        "SELECT filed_at, coalesce(outcome, '') FROM appeals WHERE case_seq = ? ORDER BY seq"));
    query.addBindValue(caseSeq);
    if (!query.exec())
        return failure(query);
    if (query.next() && !repeat)
        return Error{Text::tr("Case %1 was already appealed on %2 (%3): a case is appealed once; "
                              "an administrator may file another with --repeat.")
                         .arg(externalId, query.value(0).toString(),
                              query.value(1).toString().isEmpty() ? Text::tr("pending")
                                                                  : query.value(1).toString())};

    const QString id = newId();
    const QString filedAt = isoText(time);
    const QString deadline = isoText(time.addDays(deadlineDays.value()));
    query.prepare(QStringLiteral(
        "INSERT INTO appeals (id, case_seq, statement, requested_by, filed_by, filed_at, deadline, "
        "previous_queue, previous_state, original_decision, original_decider) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(caseSeq);
    query.addBindValue(said);
    query.addBindValue(requestedBy.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                       : QVariant(requestedBy.trimmed()));
    query.addBindValue(actor.userId);
    query.addBindValue(filedAt);
    query.addBindValue(deadline);
    query.addBindValue(previousQueue.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                              : previousQueue);
    query.addBindValue(previousState);
    query.addBindValue(decided.value()->decision);
    query.addBindValue(decided.value()->decider);
    if (!query.exec())
        return failure(query);
    query.prepare(QStringLiteral("UPDATE cases SET queue = ?, state = 'queued' WHERE seq = ?"));
    query.addBindValue(appealQueue());
    query.addBindValue(caseSeq);
    if (!query.exec())
        return failure(query);
    const QJsonObject details{{QStringLiteral("appeal"), id},
                              {QStringLiteral("case"), externalId},
                              {QStringLiteral("statement"), said},
                              {QStringLiteral("requested_by"), requestedBy.trimmed()},
                              {QStringLiteral("deadline"), deadline},
                              {QStringLiteral("original_decision"), decided.value()->decision},
                              {QStringLiteral("original_decider"), decided.value()->decider},
                              {QStringLiteral("repeat"), repeat}};
    if (Status recorded =
            appendAuditEvent(m_db, {actor.login, AuditAction::appealFiled, id, details}, filedAt);
        !recorded)
        return recorded.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return AppealSummary{id,
                         externalId,
                         said,
                         requestedBy.trimmed(),
                         actor.login,
                         filedAt,
                         deadline,
                         decided.value()->decision,
                         decided.value()->decider,
                         {},
                         {},
                         {},
                         {},
                         {},
                         false};
}

Result<QList<AppealSummary>> AppealService::list(const Session& actor) const {
    if (Status allowed = mayRead(actor); !allowed)
        return allowed.error();
    QSqlQuery query(m_db);
    if (!query.exec(summarySql + QStringLiteral("ORDER BY a.seq DESC")))
        return failure(query);
    const QDateTime time = now();
    QList<AppealSummary> list;
    while (query.next())
        list << summaryFrom(query, time);
    return list;
}

Result<QList<AppealRecord>> AppealService::records(const Session& actor) const {
    if (Status allowed = mayRead(actor); !allowed)
        return allowed.error();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT a.original_decider, a.filed_at, a.deadline, a.resolved_at, a.outcome, "
            "s.groups FROM appeals a JOIN case_sealed s ON s.case_seq = a.case_seq ORDER BY "
            "a.seq")))
        return failure(query);
    QList<AppealRecord> records;
    while (query.next()) {
        AppealRecord record;
        record.originalDecider = query.value(0).toString();
        record.filedAt = parseIso(query.value(1).toString());
        record.deadline = parseIso(query.value(2).toString());
        if (!query.isNull(3))
            record.resolvedAt = parseIso(query.value(3).toString());
        record.reversed = query.value(4).toString() == u"reversed";
        const QJsonObject groups =
            QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        for (auto it = groups.begin(); it != groups.end(); ++it)
            record.groups.append({it.key(), it.value().toString()});
        records << record;
    }
    return records;
}

Result<AppealFigures> AppealService::analyze(const Session& actor) const {
    Result<QList<AppealRecord>> appeals = records(actor);
    if (!appeals)
        return appeals.error();
    return appealFigures(appeals.value(), now());
}

} // namespace oversight
