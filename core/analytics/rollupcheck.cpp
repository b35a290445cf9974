#include "analytics/rollupcheck.h"

#include "analytics/rollupsql.h"
#include "intake/stagedbatches.h"
#include "storage/database.h"
#include "storage/dialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>
#include <vector>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RollupCheck)
};

// Counters as doubles: every count is a whole number far below 2^53, so sums stay
// exact; only the sum of squares is fractional.
using Counters = std::vector<double>;
using Rows = QHash<QString, Counters>; // described key -> counters

Error readFailure(const QString& what, const QSqlQuery& query) {
    return Error{Text::tr("Cannot read %1: %2").arg(what, query.lastError().text())};
}

// The key of `table` in words ("local_day 2024-03-01, reviewer r1, ..."), from a row
// whose key columns are `columns`.
QString describedKey(const RollupTable& table, const QStringList& columns, const QSqlQuery& query) {
    QStringList key;
    for (const QString& column : table.keyColumns)
        key << column + u' ' + query.value(static_cast<int>(columns.indexOf(column))).toString();
    return key.join(QStringLiteral(", "));
}

void add(Counters& into, const QSqlQuery& query, int firstCounter, qsizetype counters) {
    if (into.empty())
        into.assign(static_cast<size_t>(counters), 0.0);
    for (qsizetype i = 0; i < counters; ++i)
        into[static_cast<size_t>(i)] += query.value(firstCounter + static_cast<int>(i)).toDouble();
}

// A rollup adds its sum of squares one review at a time, the rebuild in one go: the
// order of additions may change its last bits.
bool sameCounter(const QString& column, double stored, double rebuilt) {
    if (column == u"brier_sum")
        return std::abs(stored - rebuilt) <=
               1e-9 * std::max({1.0, std::abs(stored), std::abs(rebuilt)});
    return stored == rebuilt;
}

QString number(double value) {
    return QString::number(value, 'g', 17);
}

Result<std::optional<RollupMismatch>> found(const QString& table, const QString& key,
                                            const QString& description) {
    return std::optional<RollupMismatch>{RollupMismatch{table, key, description}};
}

std::optional<RollupMismatch> compare(const RollupTable& table, const Rows& stored,
                                      const Rows& rebuilt) {
    const QStringList& counters = rollupCounterColumns();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const auto expected = rebuilt.constFind(it.key());
        if (expected == rebuilt.cend())
            return RollupMismatch{
                table.name, it.key(),
                Text::tr("%1 has a row (%2) that no review fact gives").arg(table.name, it.key())};
        QStringList differences;
        for (qsizetype i = 0; i < counters.size(); ++i) {
            const double have = it.value()[static_cast<size_t>(i)];
            const double want = expected.value()[static_cast<size_t>(i)];
            if (!sameCounter(counters[i], have, want))
                differences << Text::tr("%1 is %2, the review facts give %3")
                                   .arg(counters[i], number(have), number(want));
        }
        if (!differences.isEmpty())
            return RollupMismatch{
                table.name, it.key(),
                Text::tr("%1 row (%2) differs from the review facts: %3")
                    .arg(table.name, it.key(), differences.join(QStringLiteral("; ")))};
    }
    for (auto it = rebuilt.cbegin(); it != rebuilt.cend(); ++it) {
        if (!stored.contains(it.key()))
            return RollupMismatch{table.name, it.key(),
                                  Text::tr("%1 has no row (%2), though %3 review facts fall "
                                           "under it")
                                      .arg(table.name, it.key(), number(it.value()[0]))};
    }
    return std::nullopt;
}

} // namespace

Result<std::optional<RollupMismatch>> findRollupMismatch(QSqlDatabase db) {
    const QList<RollupTable>& tables = rollupTables();
    const qsizetype counters = rollupCounterColumns().size();
    // Facts and rollups as of one moment: a review finalized between the two reads
    // would otherwise look like a rollup gone wrong.
    const ReadSnapshot snapshot(db);
    if (!snapshot.begun())
        return Error{Text::tr("Cannot read the rollups: %1").arg(snapshot.beginError())};

    // Every rollup rebuilt from one pass over the facts: grouped once at the finest
    // grain (one sort of the facts instead of one per rollup), then summed per table.
    const RollupTable& finest = rollupFinestGrain();
    std::vector<Rows> rebuilt(static_cast<size_t>(tables.size()));
    {
        QSqlQuery query(db);
        streamRowsAlone(query);
        if (!query.exec(rollupSelectSql(finest, publishedFacts())))
            return readFailure(QStringLiteral("review_facts"), query);
        const qsizetype keys = finest.keyColumns.size();
        // Where each table's key columns sit in a row of the finest grain.
        std::vector<std::vector<int>> keyPositions;
        for (const RollupTable& table : tables) {
            std::vector<int> positions;
            for (const QString& column : table.keyColumns)
                positions.push_back(static_cast<int>(finest.keyColumns.indexOf(column)));
            keyPositions.push_back(positions);
        }
        QStringList keyValues(keys);
        Counters row(static_cast<size_t>(counters));
        while (query.next()) {
            for (qsizetype k = 0; k < keys; ++k)
                keyValues[k] = query.value(static_cast<int>(k)).toString();
            for (qsizetype c = 0; c < counters; ++c)
                row[static_cast<size_t>(c)] = query.value(static_cast<int>(keys + c)).toDouble();
            for (qsizetype t = 0; t < tables.size(); ++t) {
                QString key;
                const std::vector<int>& positions = keyPositions[static_cast<size_t>(t)];
                for (size_t p = 0; p < positions.size(); ++p) {
                    if (p > 0)
                        key += QStringLiteral(", ");
                    key += tables[t].keyColumns[static_cast<qsizetype>(p)] + u' ' +
                           keyValues[positions[p]];
                }
                Counters& sums = rebuilt[static_cast<size_t>(t)][key];
                if (sums.empty())
                    sums = row;
                else
                    for (size_t c = 0; c < row.size(); ++c)
                        sums[c] += row[c];
            }
        }
        if (query.lastError().isValid())
            return readFailure(QStringLiteral("review_facts"), query);
    }

    for (qsizetype t = 0; t < tables.size(); ++t) {
        const RollupTable& table = tables[t];
        Rows stored;
        QSqlQuery query(db);
        streamRowsAlone(query);
        if (!query.exec(QStringLiteral("SELECT %1, %2 FROM %3")
                            .arg(table.keyColumns.join(QStringLiteral(", ")),
                                 rollupCounterColumns().join(QStringLiteral(", ")), table.name)))
            return readFailure(table.name, query);
        const int firstCounter = static_cast<int>(table.keyColumns.size());
        while (query.next())
            add(stored[describedKey(table, table.keyColumns, query)], query, firstCounter,
                counters);
        if (query.lastError().isValid())
            return readFailure(table.name, query);
        if (std::optional<RollupMismatch> mismatch =
                compare(table, stored, rebuilt[static_cast<size_t>(t)]))
            return found(mismatch->table, mismatch->key, mismatch->description);
    }
    return std::optional<RollupMismatch>{};
}

} // namespace oversight
