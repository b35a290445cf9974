#include "fairness/fairnessrollups.h"

#include "storage/keptquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Fairness)
};

constexpr char separator = '\x1f'; // never in a label or in JSON text

Error failure(const QSqlQuery& query) {
    return Error{Text::tr("Cannot update the figures by group: %1").arg(query.lastError().text())};
}

const QString upsertDecision = QStringLiteral(
    "INSERT INTO fairness_decisions (batch_seq, groups, model_label, effective, truth, n) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (batch_seq, groups, model_label, effective, truth) "
    "DO UPDATE SET n = fairness_decisions.n + excluded.n");

} // namespace

void DecisionCellCounter::add(QByteArrayView groupsJson, QByteArrayView model,
                              QByteArrayView effective, QByteArrayView truth) {
    m_key.resize(0);
    m_key.append(groupsJson).append(separator).append(model).append(separator);
    m_key.append(effective).append(separator).append(truth);
    ++m_counts[m_key];
}

Status DecisionCellCounter::store(QSqlDatabase db, qint64 batchSeq) const {
    KeptQuery query(db);
    query.prepare(upsertDecision);
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const QList<QByteArray> fields = it.key().split(separator);
        query.addBindValue(batchSeq);
        for (const QByteArray& field : fields)
            query.addBindValue(QString::fromUtf8(field));
        query.addBindValue(it.value());
        if (!query.exec())
            return failure(query);
    }
    return success();
}

QString effectiveDecisionJoin() {
    return QStringLiteral(
        "LEFT JOIN (SELECT first_case_seq AS case_seq, decision, row_number() OVER "
        "(PARTITION BY first_case_seq ORDER BY cursor DESC) AS latest FROM decision_records "
        "WHERE decided_by <> 'model') h ON h.case_seq = c.seq AND h.latest = 1");
}

QString effectiveDecisionColumn() {
    return QStringLiteral("CASE WHEN h.decision IS NOT NULL THEN h.decision "
                          "WHEN c.route = 'review' THEN '' ELSE s.model_label END");
}

Status moveEffectiveDecision(QSqlDatabase db, qint64 reviewSeq) {
    KeptQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT r.case_seq, r.final_decision, c.batch_seq, c.route, s.groups, s.model_label, "
        "coalesce(s.truth, '') FROM reviews r JOIN cases c ON c.seq = r.case_seq "
        "JOIN case_sealed s ON s.case_seq = c.seq WHERE r.seq = ?"));
    query.addBindValue(reviewSeq);
    if (!query.exec())
        return failure(query);
    if (!query.next() || query.value(4).isNull())
        return success(); // a case without protected attributes
    const qint64 caseSeq = query.value(0).toLongLong();
    const QString final = query.value(1).toString();
    const qint64 batchSeq = query.value(2).toLongLong();
    const bool mandatory = query.value(3).toString() == u"review";
    const QString groups = query.value(4).toString();
    const QString model = query.value(5).toString();
    const QString truth = query.value(6).toString();

    // The decision that counted before this review.
    query.prepare(QStringLiteral(
        "SELECT decision FROM decision_records WHERE first_case_seq = ? AND decided_by <> 'model' "
        "AND (review_seq IS NULL OR review_seq <> ?) ORDER BY cursor DESC LIMIT 1"));
    query.addBindValue(caseSeq);
    query.addBindValue(reviewSeq);
    if (!query.exec())
        return failure(query);
    const QString before = query.next() ? query.value(0).toString()
                           : mandatory  ? QString(QLatin1String(""))
                                        : model;
    query.prepare(QStringLiteral(
        "UPDATE fairness_decisions SET n = n - 1 WHERE batch_seq = ? AND groups = ? AND "
        "model_label = ? AND effective = ? AND truth = ?"));
    for (const QVariant& value :
         {QVariant(batchSeq), QVariant(groups), QVariant(model), QVariant(before), QVariant(truth)})
        query.addBindValue(value);
    if (!query.exec())
        return failure(query);
    query.prepare(upsertDecision);
    for (const QVariant& value : {QVariant(batchSeq), QVariant(groups), QVariant(model),
                                  QVariant(final), QVariant(truth), QVariant(1)})
        query.addBindValue(value);
    if (!query.exec())
        return failure(query);
    return success();
}

const QList<RollupUpsert>& reviewsByGroupUpserts() {
    static const QList<RollupUpsert> list = {
        {QStringLiteral("fairness_reviews"),
         QStringLiteral("local_day, queue, model, groups, positive_label, model_label, initial, "
                        "final, truth, n"),
         QStringLiteral("SELECT local_day, queue, model, groups, coalesce(positive_label, ''), "
                        "model_label, coalesce(initial, ''), final, coalesce(truth, ''), count(*) "
                        "FROM review_facts WHERE groups IS NOT NULL AND %1 "
                        "GROUP BY local_day, queue, model, groups, coalesce(positive_label, ''), "
                        "model_label, coalesce(initial, ''), final, coalesce(truth, '')"),
         QStringLiteral("local_day, queue, model, groups, positive_label, model_label, initial, "
                        "final, truth"),
         QStringLiteral("n = fairness_reviews.n + excluded.n")},
        {QStringLiteral("fairness_reviewer_overrides"),
         QStringLiteral("local_day, queue, model, reviewer, groups, n, overrides"),
         QStringLiteral("SELECT local_day, queue, model, reviewer, groups, count(*), "
                        "sum(CASE WHEN final <> model_label THEN 1 ELSE 0 END) "
                        "FROM review_facts WHERE groups IS NOT NULL AND %1 "
                        "GROUP BY local_day, queue, model, reviewer, groups"),
         QStringLiteral("reviewer, groups, local_day, queue, model"),
         QStringLiteral("n = fairness_reviewer_overrides.n + excluded.n, "
                        "overrides = fairness_reviewer_overrides.overrides + excluded.overrides")},
    };
    return list;
}

Status rollUpReviewsByGroup(QSqlDatabase db, const QString& condition, const QVariant& value) {
    KeptQuery query(db);
    for (const RollupUpsert& upsert : reviewsByGroupUpserts()) {
        query.prepare(upsert.sql(condition));
        query.addBindValue(value);
        if (!query.exec())
            return failure(query);
    }
    return success();
}

} // namespace oversight
