#include "analytics/rollupcheck.h"

#include "analytics/rollupsql.h"
#include "storage/dialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RollupCheck)
};

using Rows = QHash<QString, QVariantList>; // described key -> counters

Result<Rows> readRows(QSqlDatabase db, const RollupTable& table, const QString& sql) {
    QSqlQuery query(db);
    streamRows(query);
    if (!query.exec(sql))
        return Error{Text::tr("Cannot read %1: %2").arg(table.name, query.lastError().text())};
    Rows rows;
    const qsizetype keys = table.keyColumns.size();
    const qsizetype counters = rollupCounterColumns().size();
    while (query.next()) {
        QStringList key;
        for (qsizetype i = 0; i < keys; ++i)
            key << table.keyColumns[i] + u' ' + query.value(static_cast<int>(i)).toString();
        QVariantList values;
        for (qsizetype i = 0; i < counters; ++i)
            values << query.value(static_cast<int>(keys + i));
        rows.insert(key.join(QStringLiteral(", ")), values);
    }
    if (query.lastError().isValid())
        return Error{Text::tr("Cannot read %1: %2").arg(table.name, query.lastError().text())};
    return rows;
}

// Counters are whole numbers but for a sum of squares, which the rollup adds one
// review at a time and the check in one go: the order of additions may change
// its last bits.
bool sameCounter(const QString& column, const QVariant& stored, const QVariant& rebuilt) {
    if (column == u"brier_sum") {
        const double a = stored.toDouble();
        const double b = rebuilt.toDouble();
        return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
    }
    return stored.toLongLong() == rebuilt.toLongLong();
}

Result<std::optional<RollupMismatch>> found(const QString& table, const QString& key,
                                            const QString& description) {
    return std::optional<RollupMismatch>{RollupMismatch{table, key, description}};
}

} // namespace

Result<std::optional<RollupMismatch>> findRollupMismatch(QSqlDatabase db) {
    const QStringList& counters = rollupCounterColumns();
    for (const RollupTable& table : rollupTables()) {
        const Result<Rows> stored =
            readRows(db, table,
                     QStringLiteral("SELECT %1, %2 FROM %3")
                         .arg(table.keyColumns.join(QStringLiteral(", ")),
                              counters.join(QStringLiteral(", ")), table.name));
        if (!stored)
            return stored.error();
        const Result<Rows> rebuilt =
            readRows(db, table, rollupSelectSql(table, QStringLiteral("1 = 1")));
        if (!rebuilt)
            return rebuilt.error();
        for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
            const auto expected = rebuilt->constFind(it.key());
            if (expected == rebuilt->cend()) {
                const QString what = Text::tr("%1 has a row (%2) that no review fact gives");
                return found(table.name, it.key(), what.arg(table.name, it.key()));
            }
            QStringList differences;
            for (qsizetype i = 0; i < counters.size(); ++i) {
                if (!sameCounter(counters[i], it.value()[i], expected.value()[i]))
                    differences << Text::tr("%1 is %2, the review facts give %3")
                                       .arg(counters[i], it.value()[i].toString(),
                                            expected.value()[i].toString());
            }
            if (!differences.isEmpty()) {
                const QString what = Text::tr("%1 row (%2) differs from the review facts: %3");
                return found(
                    table.name, it.key(),
                    what.arg(table.name, it.key(), differences.join(QStringLiteral("; "))));
            }
        }
        for (auto it = rebuilt->cbegin(); it != rebuilt->cend(); ++it) {
            if (!stored->contains(it.key())) {
                const QString what =
                    Text::tr("%1 has no row (%2), though %3 review facts fall under it");
                return found(table.name, it.key(),
                             what.arg(table.name, it.key(), it.value()[0].toString()));
            }
        }
    }
    return std::optional<RollupMismatch>{};
}

} // namespace oversight
