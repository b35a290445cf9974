#include "handoff/decisionrecordcheck.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DecisionRecordCheck)
};

Error failure(const QSqlQuery& query) {
    return Error{Text::tr("Cannot check the decision records: %1").arg(query.lastError().text())};
}

} // namespace

Result<std::optional<DecisionRecordMismatch>> findDecisionRecordMismatch(QSqlDatabase db) {
    QSqlQuery query(db);
    // A finalized review that decided its case without its record, or with a
    // record that says otherwise.
    if (!query.exec(QStringLiteral(
            "SELECT c.external_id, d.cursor, r.final_decision, d.decision, u.login, d.reviewer, "
            "r.finalized_at, d.decided_at FROM reviews r JOIN cases c ON c.seq = r.case_seq "
            "JOIN users u ON u.id = r.reviewer_id LEFT JOIN decision_records d ON "
            "d.first_case_seq = r.case_seq AND d.decided_by <> 'model' AND d.review_seq = r.seq "
            "WHERE r.status = 'finalized' AND r.decides = 1 AND (d.cursor IS NULL OR d.decision "
            "<> r.final_decision OR d.reviewer <> u.login OR d.decided_at <> r.finalized_at OR "
            "d.decided_by <> CASE WHEN r.slot = 0 THEN 'adjudication' WHEN r.appeal_seq IS NOT "
            "NULL THEN 'appeal' ELSE 'review' END) "
            "ORDER BY r.seq LIMIT 1")))
        return failure(query);
    if (query.next()) {
        const QString id = query.value(0).toString();
        if (query.isNull(1))
            return std::optional(DecisionRecordMismatch{
                id, Text::tr("the finalized review of case %1 has no decision record: an export "
                             "would never hand it on")
                        .arg(id)});
        return std::optional(DecisionRecordMismatch{
            id, Text::tr("the decision record %1 of case %2 says %3 by %4 at %5; the review says "
                         "%6 by %7 at %8")
                    .arg(query.value(1).toString(), id, query.value(3).toString(),
                         query.value(5).toString(), query.value(7).toString(),
                         query.value(2).toString(), query.value(4).toString(),
                         query.value(6).toString())});
    }
    // A record of a review that is not (or no longer) finalized.
    if (!query.exec(QStringLiteral(
            "SELECT d.cursor, c.external_id FROM decision_records d JOIN cases c ON c.seq = "
            "d.first_case_seq LEFT JOIN reviews r ON r.seq = d.review_seq AND r.status = "
            "'finalized' AND r.decides = 1 WHERE d.decided_by <> 'model' AND r.seq IS NULL ORDER "
            "BY "
            "d.cursor LIMIT 1")))
        return failure(query);
    if (query.next())
        return std::optional(DecisionRecordMismatch{
            query.value(1).toString(),
            Text::tr("the decision record %1 of case %2 has no finalized review behind it")
                .arg(query.value(0).toString(), query.value(1).toString())});
    // Each batch's cases inside its record's range, at the batch's import time.
    if (!query.exec(QStringLiteral(
            "SELECT b.id, d.cursor FROM (SELECT batch_seq, min(seq) AS lo, max(seq) AS hi FROM "
            "cases GROUP BY batch_seq) k JOIN import_batches b ON b.seq = k.batch_seq AND "
            "b.known_answers = 0 AND b.staging = 0 LEFT JOIN "
            "decision_records d ON d.batch_seq = k.batch_seq AND d.decided_by = 'model' WHERE "
            "d.cursor IS NULL OR k.lo < d.first_case_seq OR k.hi > d.first_case_seq + d.slots - 1 "
            "OR d.decided_at <> b.imported_at ORDER BY b.seq LIMIT 1")))
        return failure(query);
    if (query.next()) {
        const QString batch = query.value(0).toString();
        return std::optional(DecisionRecordMismatch{
            batch, query.isNull(1)
                       ? Text::tr("batch %1 has no decision record: an export would never hand "
                                  "its automated decisions on")
                             .arg(batch)
                       : Text::tr("the decision record %1 of batch %2 does not cover the batch's "
                                  "cases or its import time")
                             .arg(query.value(1).toString(), batch)});
    }
    // No cursor claimed twice: a record starting inside a batch's range.
    if (!query.exec(QStringLiteral(
            "SELECT a.cursor, b.cursor FROM decision_records a JOIN decision_records b ON "
            "b.cursor > a.cursor AND b.cursor < a.cursor + a.slots WHERE a.slots > 1 "
            "ORDER BY a.cursor LIMIT 1")))
        return failure(query);
    if (query.next())
        return std::optional(DecisionRecordMismatch{
            QString(), Text::tr("the decision records %1 and %2 claim the same cursors")
                           .arg(query.value(0).toString(), query.value(1).toString())});
    return std::optional<DecisionRecordMismatch>();
}

} // namespace oversight
