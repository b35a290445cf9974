#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace oversight {

// One of the rollups the dashboard reads: the review facts summed over its key
// columns. Days and hours are in the analytics time zone (analyticszone.h).
struct RollupTable {
    QString name;
    QStringList keyColumns;
    QStringList keyExpressions; // over review_facts, one per key column
};

// By reviewer and day; by hour and day; by workload bucket and day. Only the
// first has the reviewer: it is the one that grows with the team.
const QList<RollupTable>& rollupTables();
const RollupTable& rollupByReviewer();
const RollupTable& rollupByHour();
const RollupTable& rollupByWorkload();

// Every key of every rollup at once (not a table: rollupSelectSql over it gives
// the finest grain from which each rollup is a sum).
const RollupTable& rollupFinestGrain();

// The tallies every rollup row holds, in the order Counts reads them.
const QStringList& rollupCounterColumns();

// The table's rows as the facts matching `condition` make them: key columns, then
// counters, one row per key. Every bucket rule and every counter of the rollups is
// defined here.
QString rollupSelectSql(const RollupTable& table, const QString& condition);

// The finest grain's rows with every column named: its key columns, then the
// counters (rollupCounterColumns).
QString finestGrainSelectSql(const QString& condition);
// The table's rows summed from a table of finest-grain rows: the rows
// rollupSelectSql gives over the same facts (every counter is a sum), after one
// sort of the facts for all the rollups instead of one each.
QString rollupFromFinestGrainSql(const RollupTable& table, const QString& finestGrain);
// One rollup statement in its parts, so that its rows can be computed ahead,
// outside any write transaction, and added later in a short one (a review log
// being imported: factrecorder.h, stageRollUp).
struct RollupUpsert {
    QString table;
    QString columns;  // the inserted columns, comma-separated
    QString select;   // their values from review_facts; %1 is the facts' condition
    QString conflict; // the key columns
    QString updates;  // how a conflicting row adds the new one

    // Adds the facts matching `condition` to the table, in one statement.
    QString sql(const QString& condition) const;
    // Adds the rows of `source` (made by `select`) to the table.
    QString sqlFrom(const QString& source) const;
};

RollupUpsert rollupUpsert(const RollupTable& table);

} // namespace oversight
