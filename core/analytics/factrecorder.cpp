#include "analytics/factrecorder.h"

#include "analytics/analyticszone.h"
#include "analytics/counts.h"
#include "analytics/finestgrainstage.h"
#include "analytics/rollupsql.h"
#include "fairness/fairnessrollups.h"
#include "storage/dialect.h"
#include "storage/keptquery.h"

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
    KeptQuery query(db);
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

namespace {

QList<RollupUpsert> allRollupUpserts() {
    QList<RollupUpsert> upserts;
    for (const RollupTable& table : rollupTables())
        upserts << rollupUpsert(table);
    upserts << reviewsByGroupUpserts();
    return upserts;
}

QString stagedTable(const RollupUpsert& upsert) {
    return QStringLiteral("staged_") + upsert.table;
}

} // namespace

Status rollUp(QSqlDatabase db, const QString& condition, const QVariant& value) {
    static const QList<RollupUpsert> upserts = allRollupUpserts();
    KeptQuery query(db);
    if (engineOf(db) == Engine::Postgres) {
        // One round trip for all: each upsert a data-modifying WITH clause of one
        // statement. They write different tables, so seeing one snapshot is no loss.
        QStringList clauses;
        for (qsizetype i = 0; i + 1 < upserts.size(); ++i)
            clauses << QStringLiteral("u%1 AS (%2)").arg(i).arg(upserts[i].sql(condition));
        query.prepare(QStringLiteral("WITH ") + clauses.join(QStringLiteral(", ")) +
                      QLatin1Char(' ') + upserts.last().sql(condition));
        for (qsizetype i = 0; i < upserts.size(); ++i)
            query.addBindValue(value);
        if (!query.exec())
            return failure(query);
        return success();
    }
    for (const RollupUpsert& upsert : upserts) {
        query.prepare(upsert.sql(condition));
        query.addBindValue(value);
        if (!query.exec())
            return failure(query);
    }
    return success();
}

Status stageRollUp(QSqlDatabase db, const QString& condition, const QVariant& value,
                   const StagedFactsKnown& known) {
    KeptQuery query(db);
    // PostgreSQL wants distinct column names (several are "sum" or "coalesce");
    // SQLite takes no column list here and names them apart itself.
    auto createTemporary = [&](const QString& name, const QString& columns, const QString& select) {
        return query.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(name)) &&
               query.exec(
                   engineOf(db) == Engine::Postgres && !columns.isEmpty()
                       ? QStringLiteral("CREATE TEMPORARY TABLE %1 (%2) AS %3")
                             .arg(name, columns, select)
                       : QStringLiteral("CREATE TEMPORARY TABLE %1 AS %2").arg(name, select));
    };
    // The rollups of the main figures from one sort of the facts: grouped once
    // at the finest grain, then summed per rollup.
    const QString finest = QStringLiteral("staged_finest_grain");
    if (!createTemporary(finest, {}, finestGrainSelectSql(QStringLiteral("1 = 0"))))
        return failure(query);
    if (known.finestGrain) {
        if (Status copied = known.finestGrain->copyInto(db, finest); !copied)
            return copied;
    } else {
        query.prepare(
            QStringLiteral("INSERT INTO %1 %2").arg(finest, finestGrainSelectSql(condition)));
        query.addBindValue(value);
        if (!query.exec())
            return failure(query);
    }
    for (const RollupTable& table : rollupTables()) {
        const RollupUpsert upsert = rollupUpsert(table);
        if (!createTemporary(stagedTable(upsert), upsert.columns,
                             rollupFromFinestGrainSql(table, finest)))
            return failure(query);
    }
    if (!query.exec(QStringLiteral("DROP TABLE %1").arg(finest)))
        return failure(query);
    for (const RollupUpsert& upsert : reviewsByGroupUpserts()) {
        const QString staged = stagedTable(upsert);
        if (!createTemporary(staged, upsert.columns, upsert.select.arg(QStringLiteral("1 = 0"))))
            return failure(query);
        if (!known.withGroups)
            continue;
        query.prepare(
            QStringLiteral("INSERT INTO %1 %2").arg(staged, upsert.select.arg(condition)));
        query.addBindValue(value);
        if (!query.exec())
            return failure(query);
    }
    return success();
}

Status publishStagedRollUp(QSqlDatabase db) {
    KeptQuery query(db);
    for (const RollupUpsert& upsert : allRollupUpserts()) {
        const QString staged = stagedTable(upsert);
        if (!query.exec(upsert.sqlFrom(staged)) ||
            !query.exec(QStringLiteral("DROP TABLE %1").arg(staged)))
            return failure(query);
    }
    return success();
}

} // namespace oversight
