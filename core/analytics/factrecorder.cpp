#include "analytics/factrecorder.h"

#include "analytics/analyticszone.h"
#include "analytics/counts.h"
#include "analytics/rollupsql.h"
#include "fairness/fairnessrollups.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Analytics)
};

Error failure(const QSqlQuery& query) {
    return Error{Text::tr("Cannot update the oversight figures: %1").arg(query.lastError().text())};
}

} // namespace

Status recordFinalizedReview(QSqlDatabase db, qint64 reviewSeq, const QTimeZone& zone) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT finalized_at FROM reviews WHERE seq = ?"));
    query.addBindValue(reviewSeq);
    if (!query.exec() || !query.next())
        return failure(query);
    const QDateTime finalizedAt =
        QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    const LocalSlot local = localSlot(finalizedAt, zone);
    query.prepare(QStringLiteral(
        "INSERT INTO review_facts (review_seq, reviewer, finalized_at, slot, local_day, "
        "local_hour, queue, model, case_ref, initial, initial_confidence, model_label, final, "
        "truth, blind_ms, decide_ms, day_ordinal, break_ordinal, groups, positive_label) "
        "SELECT r.seq, u.login, r.finalized_at, ?, ?, ?, r.queue, m.name || ' ' || m.version, "
        "c.external_id, r.initial_decision, r.initial_confidence, r.model_label, "
        "r.final_decision, s.truth, r.blind_ms, r.decide_ms, r.day_ordinal, r.break_ordinal, "
        "s.groups, b.positive_label "
        "FROM reviews r JOIN users u ON u.id = r.reviewer_id JOIN cases c ON c.seq = r.case_seq "
        "JOIN case_sealed s ON s.case_seq = c.seq JOIN import_batches b ON b.seq = c.batch_seq "
        "JOIN model_versions m ON m.id = b.model_version_id "
        "WHERE r.seq = ? AND r.status = 'finalized' RETURNING seq"));
    query.addBindValue(finalizedAt.toSecsSinceEpoch() / slotSeconds);
    query.addBindValue(local.day);
    query.addBindValue(local.hour);
    query.addBindValue(reviewSeq);
    if (!query.exec() || !query.next())
        return failure(query);
    const QVariant factSeq = query.value(0);
    query.finish(); // SQLite keeps a RETURNING statement open until it is finished
    return rollUp(db, QStringLiteral("seq = ?"), factSeq);
}

Status rollUp(QSqlDatabase db, const QString& condition, const QVariant& value) {
    QSqlQuery query(db);
    for (const RollupTable& table : rollupTables()) {
        query.prepare(rollupInsertSql(table, condition));
        query.addBindValue(value);
        if (!query.exec())
            return failure(query);
    }
    return rollUpReviewsByGroup(db, condition, value);
}

} // namespace oversight
