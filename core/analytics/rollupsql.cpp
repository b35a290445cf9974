#include "analytics/rollupsql.h"

namespace oversight {

namespace {

// Workload buckets: ordinal in the reviewer's day 1-10, 11-25, 26-50, 51-100,
// 101+; position since the last break 1-5, 6-15, 16-30, 31-60, 61+
// (dayOrdinalBucketNames / sinceBreakBucketNames name them).
// Functions rather than namespace-scope constants, so that no order of static
// initialisation can see them unbuilt.
QString dayBucket() {
    return QStringLiteral("CASE WHEN day_ordinal <= 10 THEN 0 WHEN day_ordinal <= 25 THEN 1 "
                          "WHEN day_ordinal <= 50 THEN 2 WHEN day_ordinal <= 100 THEN 3 ELSE 4 "
                          "END");
}

QString breakBucket() {
    return QStringLiteral("CASE WHEN break_ordinal <= 5 THEN 0 WHEN break_ordinal <= 15 THEN 1 "
                          "WHEN break_ordinal <= 30 THEN 2 WHEN break_ordinal <= 60 THEN 3 ELSE 4 "
                          "END");
}

// Counts rows where the condition holds; a CASE, because PostgreSQL has no sum
// over booleans and both engines agree on this form.
QString countWhere(const char* condition) {
    return QStringLiteral("sum(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(QLatin1String(condition));
}

// Counter column and the aggregate over review_facts that fills it.
const QList<std::pair<QString, QString>>& counters() {
    static const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("n"), QStringLiteral("count(*)")},
        {QStringLiteral("overrides"), countWhere("final <> model_label")},
        {QStringLiteral("with_initial"), countWhere("initial IS NOT NULL")},
        {QStringLiteral("disagreements"),
         countWhere("initial IS NOT NULL AND initial <> model_label")},
        {QStringLiteral("deferrals"),
         countWhere("initial IS NOT NULL AND initial <> model_label AND final = model_label")},
        {QStringLiteral("changed_mind"), countWhere("initial IS NOT NULL AND initial <> final")},
        {QStringLiteral("truth_n"), countWhere("truth IS NOT NULL")},
        {QStringLiteral("model_correct"), countWhere("truth IS NOT NULL AND model_label = truth")},
        {QStringLiteral("final_correct"), countWhere("truth IS NOT NULL AND final = truth")},
        {QStringLiteral("initial_truth_n"),
         countWhere("truth IS NOT NULL AND initial IS NOT NULL")},
        {QStringLiteral("initial_correct"),
         countWhere("truth IS NOT NULL AND initial IS NOT NULL AND initial = truth")},
        {QStringLiteral("model_right_disagreed"),
         countWhere("truth IS NOT NULL AND initial IS NOT NULL AND initial <> model_label "
                    "AND model_label = truth")},
        {QStringLiteral("switched_when_right"),
         countWhere("truth IS NOT NULL AND initial IS NOT NULL AND initial <> model_label "
                    "AND model_label = truth AND final = model_label")},
        {QStringLiteral("model_wrong_disagreed"),
         countWhere("truth IS NOT NULL AND initial IS NOT NULL AND initial <> model_label "
                    "AND model_label <> truth")},
        {QStringLiteral("held_when_wrong"),
         countWhere("truth IS NOT NULL AND initial IS NOT NULL AND initial <> model_label "
                    "AND model_label <> truth AND final = initial")},
        {QStringLiteral("brier_n"),
         countWhere(
             "truth IS NOT NULL AND initial IS NOT NULL AND initial_confidence IS NOT NULL")},
        {QStringLiteral("brier_sum"),
         // Double-precision arithmetic on both engines (PostgreSQL would use numeric).
         QStringLiteral("coalesce(sum(CASE WHEN truth IS NOT NULL AND initial IS NOT NULL AND "
                        "initial_confidence IS NOT NULL THEN (%1) * (%1) END), 0.0)")
             .arg(QStringLiteral("CAST(initial_confidence AS DOUBLE PRECISION) / 100 - CASE WHEN "
                                 "initial = truth THEN 1 ELSE 0 END"))},
        {QStringLiteral("blind_n"), QStringLiteral("count(blind_ms)")},
        {QStringLiteral("blind_ms_sum"), QStringLiteral("coalesce(sum(blind_ms), 0)")},
        {QStringLiteral("decide_n"), QStringLiteral("count(decide_ms)")},
        {QStringLiteral("decide_ms_sum"), QStringLiteral("coalesce(sum(decide_ms), 0)")},
    };
    return list;
}

} // namespace

const RollupTable& rollupByReviewer() {
    static const RollupTable table{QStringLiteral("rollup_by_reviewer"),
                                   {QStringLiteral("local_day"), QStringLiteral("reviewer"),
                                    QStringLiteral("queue"), QStringLiteral("model")},
                                   {QStringLiteral("local_day"), QStringLiteral("reviewer"),
                                    QStringLiteral("queue"), QStringLiteral("model")}};
    return table;
}

const RollupTable& rollupByHour() {
    static const RollupTable table{QStringLiteral("rollup_by_hour"),
                                   {QStringLiteral("local_day"), QStringLiteral("local_hour"),
                                    QStringLiteral("queue"), QStringLiteral("model")},
                                   {QStringLiteral("local_day"), QStringLiteral("local_hour"),
                                    QStringLiteral("queue"), QStringLiteral("model")}};
    return table;
}

const RollupTable& rollupByWorkload() {
    static const RollupTable table{QStringLiteral("rollup_by_workload"),
                                   {QStringLiteral("local_day"), QStringLiteral("day_bucket"),
                                    QStringLiteral("break_bucket"), QStringLiteral("queue"),
                                    QStringLiteral("model")},
                                   {QStringLiteral("local_day"), dayBucket(), breakBucket(),
                                    QStringLiteral("queue"), QStringLiteral("model")}};
    return table;
}

const QList<RollupTable>& rollupTables() {
    static const QList<RollupTable> tables{rollupByReviewer(), rollupByHour(), rollupByWorkload()};
    return tables;
}

const RollupTable& rollupFinestGrain() {
    static const RollupTable table = [] {
        RollupTable finest{QStringLiteral("review_facts"), {}, {}};
        for (const RollupTable& rollup : rollupTables()) {
            for (qsizetype i = 0; i < rollup.keyColumns.size(); ++i) {
                if (finest.keyColumns.contains(rollup.keyColumns[i]))
                    continue;
                finest.keyColumns << rollup.keyColumns[i];
                finest.keyExpressions << rollup.keyExpressions[i];
            }
        }
        return finest;
    }();
    return table;
}

const QStringList& rollupCounterColumns() {
    static const QStringList columns = [] {
        QStringList names;
        for (const auto& [name, aggregate] : counters())
            names << name;
        return names;
    }();
    return columns;
}

QString rollupSelectSql(const RollupTable& table, const QString& condition) {
    QStringList selected = table.keyExpressions;
    for (const auto& [name, aggregate] : counters())
        selected << aggregate;
    QStringList groups;
    for (qsizetype i = 1; i <= table.keyColumns.size(); ++i)
        groups << QString::number(i);
    return QStringLiteral("SELECT %1 FROM review_facts WHERE %2 GROUP BY %3")
        .arg(selected.join(QStringLiteral(", ")), condition, groups.join(QStringLiteral(", ")));
}

namespace {

QString groupByPositions(qsizetype count) {
    QStringList positions;
    for (qsizetype i = 1; i <= count; ++i)
        positions << QString::number(i);
    return positions.join(QStringLiteral(", "));
}

} // namespace

QString finestGrainSelectSql(const QString& condition) {
    const RollupTable& finest = rollupFinestGrain();
    QStringList selected;
    for (qsizetype i = 0; i < finest.keyColumns.size(); ++i)
        selected << finest.keyExpressions[i] + QStringLiteral(" AS ") + finest.keyColumns[i];
    for (const auto& [name, aggregate] : counters())
        selected << aggregate + QStringLiteral(" AS ") + name;
    return QStringLiteral("SELECT %1 FROM review_facts WHERE %2 GROUP BY %3")
        .arg(selected.join(QStringLiteral(", ")), condition,
             groupByPositions(finest.keyColumns.size()));
}

QString rollupFromFinestGrainSql(const RollupTable& table, const QString& finestGrain) {
    QStringList selected = table.keyColumns;
    for (const auto& [name, aggregate] : counters())
        selected << QStringLiteral("sum(%1)").arg(name);
    return QStringLiteral("SELECT %1 FROM %2 GROUP BY %3")
        .arg(selected.join(QStringLiteral(", ")), finestGrain,
             groupByPositions(table.keyColumns.size()));
}

QString RollupUpsert::sql(const QString& condition) const {
    return QStringLiteral("INSERT INTO %1 (%2) %3 ON CONFLICT (%4) DO UPDATE SET %5")
        .arg(table, columns, select.arg(condition), conflict, updates);
}

QString RollupUpsert::sqlFrom(const QString& source) const {
    // "WHERE true": SQLite would read ON CONFLICT as part of a bare join.
    return QStringLiteral("INSERT INTO %1 (%2) SELECT * FROM %3 WHERE 1 = 1 ON CONFLICT (%4) DO "
                          "UPDATE SET %5")
        .arg(table, columns, source, conflict, updates);
}

RollupUpsert rollupUpsert(const RollupTable& table) {
    QStringList names = table.keyColumns;
    QStringList updates;
    for (const auto& [name, aggregate] : counters()) {
        names << name;
        updates << QStringLiteral("%1 = %2.%1 + excluded.%1").arg(name, table.name);
    }
    return {table.name, names.join(QStringLiteral(", ")),
            rollupSelectSql(table, QStringLiteral("%1")),
            table.keyColumns.join(QStringLiteral(", ")), updates.join(QStringLiteral(", "))};
}

} // namespace oversight
