#include "fairness/fairnessrollupcheck.h"

#include "fairness/fairnessrollups.h"
#include "intake/stagedbatches.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <map>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Fairness)
};

// Each rollup, and the same rows rebuilt from what they count: the key columns
// first, then the counters.
struct Rebuild {
    QString table;
    int keyColumns;
    QString stored;
    QString rebuilt;
};

const QList<Rebuild>& rebuilds() {
    static const QList<Rebuild> list = {
        {QStringLiteral("fairness_decisions"), 5,
         QStringLiteral("SELECT batch_seq, groups, model_label, effective, truth, n "
                        "FROM fairness_decisions WHERE n > 0"),
         QStringLiteral("SELECT c.batch_seq, s.groups, s.model_label, %1, "
                        "coalesce(s.truth, ''), count(*) "
                        "FROM cases c JOIN case_sealed s ON s.case_seq = c.seq %2 "
                        "WHERE s.groups IS NOT NULL AND c.batch_seq NOT IN (SELECT seq FROM "
                        "import_batches WHERE known_answers = 1 OR staging = 1) "
                        "GROUP BY 1, 2, 3, 4, 5")
             .arg(effectiveDecisionColumn(), effectiveDecisionJoin())},
        {QStringLiteral("fairness_reviews"), 9,
         QStringLiteral("SELECT local_day, queue, model, groups, positive_label, model_label, "
                        "initial, final, truth, n FROM fairness_reviews"),
         QStringLiteral("SELECT local_day, queue, model, groups, coalesce(positive_label, ''), "
                        "model_label, coalesce(initial, ''), final, coalesce(truth, ''), count(*) "
                        "FROM review_facts WHERE groups IS NOT NULL AND %1 "
                        "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9")
             .arg(publishedFacts())},
        {QStringLiteral("fairness_reviewer_overrides"), 5,
         QStringLiteral("SELECT reviewer, groups, local_day, queue, model, n, overrides "
                        "FROM fairness_reviewer_overrides"),
         QStringLiteral("SELECT reviewer, groups, local_day, queue, model, count(*), "
                        "sum(CASE WHEN final <> model_label THEN 1 ELSE 0 END) FROM review_facts "
                        "WHERE groups IS NOT NULL AND %1 GROUP BY 1, 2, 3, 4, 5")
             .arg(publishedFacts())},
    };
    return list;
}

using Rows = std::map<QString, QString>; // key -> counters, both as text

Result<Rows> readRows(QSqlDatabase db, const QString& sql, int keyColumns, const QString& table) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Error{Text::tr("Cannot read %1: %2").arg(table, query.lastError().text())};
    Rows rows;
    const int columns = query.record().count();
    while (query.next()) {
        QStringList key;
        QStringList counters;
        for (int i = 0; i < columns; ++i)
            (i < keyColumns ? key : counters) << query.value(i).toString();
        rows[key.join(QStringLiteral(", "))] = counters.join(QStringLiteral(", "));
    }
    if (query.lastError().isValid())
        return Error{Text::tr("Cannot read %1: %2").arg(table, query.lastError().text())};
    return rows;
}

} // namespace

Result<std::optional<RollupMismatch>> findFairnessRollupMismatch(QSqlDatabase db) {
    const ReadSnapshot snapshot(db);
    if (!snapshot.begun())
        return Error{Text::tr("Cannot read the rollups by group: %1").arg(snapshot.beginError())};
    for (const Rebuild& rebuild : rebuilds()) {
        const Result<Rows> stored = readRows(db, rebuild.stored, rebuild.keyColumns, rebuild.table);
        if (!stored)
            return stored.error();
        const Result<Rows> expected =
            readRows(db, rebuild.rebuilt, rebuild.keyColumns, rebuild.table);
        if (!expected)
            return expected.error();
        for (const auto& [key, counters] : stored.value()) {
            const auto found = expected->find(key);
            if (found == expected->end())
                return std::optional<RollupMismatch>{RollupMismatch{
                    rebuild.table, key,
                    Text::tr("%1 has a row (%2) that no stored decision or review gives")
                        .arg(rebuild.table, key)}};
            if (found->second != counters)
                return std::optional<RollupMismatch>{RollupMismatch{
                    rebuild.table, key,
                    Text::tr("%1 counts %2 at (%3); the decisions and reviews give %4")
                        .arg(rebuild.table, counters, key, found->second)}};
        }
        for (const auto& [key, counters] : expected.value())
            if (!stored->count(key))
                return std::optional<RollupMismatch>{RollupMismatch{
                    rebuild.table, key,
                    Text::tr("%1 lacks the row (%2) that the decisions and reviews give")
                        .arg(rebuild.table, key)}};
    }
    return std::optional<RollupMismatch>{};
}

} // namespace oversight
