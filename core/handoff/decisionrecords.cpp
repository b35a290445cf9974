#include "handoff/decisionrecords.h"

#include "storage/dialect.h"
#include "storage/keptquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DecisionRecords)
};

Error failure(const QSqlQuery& query) {
    return Error{
        Text::tr("Cannot record the decision for export: %1").arg(query.lastError().text())};
}

// The next free cursor, with the lock that keeps it free until commit.
Result<qint64> takeCursor(QSqlDatabase db) {
    // The audit trail's lock: every transaction that changes a decision also
    // appends to the trail, so one lock orders both and two cannot deadlock.
    KeptQuery query(db);
    if (Status prepared = prepareHeadRead(
            query, db, "audit_events", QStringLiteral("SELECT decision_records_next_cursor(?)"),
            QStringLiteral(
                "SELECT cursor + slots FROM decision_records ORDER BY cursor DESC LIMIT 1"));
        !prepared)
        return prepared.error();
    if (!query.exec())
        return failure(query);
    return query.next() ? query.value(0).toLongLong() : qint64{1};
}

QString decidedByName(DecidedBy decidedBy) {
    switch (decidedBy) {
    case DecidedBy::Adjudication:
        return QStringLiteral("adjudication");
    case DecidedBy::Appeal:
        return QStringLiteral("appeal");
    case DecidedBy::Review:
        break;
    }
    return QStringLiteral("review");
}

} // namespace

Status recordBatchDecisions(QSqlDatabase db, qint64 batchSeq, qint64 firstCaseSeq,
                            qint64 lastCaseSeq, const QString& decidedAt) {
    const Result<qint64> cursor = takeCursor(db);
    if (!cursor)
        return cursor.error();
    KeptQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO decision_records (cursor, slots, decided_by, "
                                 "batch_seq, first_case_seq, decided_at) "
                                 "VALUES (?, ?, 'model', ?, ?, ?)"));
    query.addBindValue(cursor.value());
    query.addBindValue(lastCaseSeq - firstCaseSeq + 1);
    query.addBindValue(batchSeq);
    query.addBindValue(firstCaseSeq);
    query.addBindValue(decidedAt);
    if (!query.exec())
        return failure(query);
    return success();
}

Status recordReviewDecision(QSqlDatabase db, qint64 reviewSeq, DecidedBy decidedBy) {
    KeptQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT c.seq, c.batch_seq, c.route, r.final_decision, u.login, r.finalized_at "
        "FROM reviews r JOIN cases c ON c.seq = r.case_seq JOIN users u ON u.id = r.reviewer_id "
        "WHERE r.seq = ? AND r.status = 'finalized'"));
    query.addBindValue(reviewSeq);
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return Error{Text::tr("Cannot record the decision for export: review %1 is not "
                              "finalized.")
                         .arg(reviewSeq)};
    const qint64 caseSeq = query.value(0).toLongLong();
    const qint64 batchSeq = query.value(1).toLongLong();
    const bool modelDecidedFirst = query.value(2).toString() != u"review";
    const QString decision = query.value(3).toString();
    const QString reviewer = query.value(4).toString();
    const QString decidedAt = query.value(5).toString();

    const Result<qint64> cursor = takeCursor(db);
    if (!cursor)
        return cursor.error();
    // What this record replaces: the case's latest human decision, else the
    // model's when the case was decided at import.
    QVariant supersedes;
    query.prepare(QStringLiteral("SELECT max(cursor) FROM decision_records "
                                 "WHERE first_case_seq = ? AND decided_by <> 'model'"));
    query.addBindValue(caseSeq);
    if (!query.exec() || !query.next())
        return failure(query);
    if (!query.isNull(0)) {
        supersedes = query.value(0).toLongLong();
    } else if (modelDecidedFirst) {
        query.prepare(QStringLiteral("SELECT cursor + ? - first_case_seq FROM decision_records "
                                     "WHERE batch_seq = ? AND decided_by = 'model'"));
        query.addBindValue(caseSeq);
        query.addBindValue(batchSeq);
        if (!query.exec())
            return failure(query);
        if (query.next())
            supersedes = query.value(0).toLongLong();
    }
    query.prepare(QStringLiteral(
        "INSERT INTO decision_records (cursor, slots, decided_by, batch_seq, first_case_seq, "
        "review_seq, decision, reviewer, decided_at, supersedes) "
        "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(cursor.value());
    query.addBindValue(decidedByName(decidedBy));
    query.addBindValue(batchSeq);
    query.addBindValue(caseSeq);
    query.addBindValue(reviewSeq);
    query.addBindValue(decision);
    query.addBindValue(reviewer);
    query.addBindValue(decidedAt);
    query.addBindValue(supersedes.isValid() ? supersedes
                                            : QVariant(QMetaType(QMetaType::LongLong)));
    if (!query.exec())
        return failure(query);
    return success();
}

} // namespace oversight
