#include "analytics/finestgrainstage.h"

#include "analytics/rollupsql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Analytics)
};

const QString partialRows = QStringLiteral("finest_grain_partial");

} // namespace

Result<std::unique_ptr<FinestGrainStage>> FinestGrainStage::create(const QSqlDatabase& target,
                                                                   const QStringList& columns) {
    QSqlQuery query(target);
    if (!query.exec(QStringLiteral(
            "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'review_facts'")) ||
        !query.next())
        return Error{
            Text::tr("Cannot read the definition of the facts: %1").arg(query.lastError().text())};
    const QString factsTable = query.value(0).toString();
    query.finish();
    Result<std::unique_ptr<ScratchDatabase>> scratch = ScratchDatabase::open();
    if (!scratch)
        return scratch.error();
    if (Status created = scratch.value()->exec(factsTable); !created)
        return created.error();
    // One row per key, summed into as the chunks come: the rows stay as many as
    // the keys, however long the log.
    RollupTable partial = rollupFinestGrain();
    partial.name = partialRows;
    // Keyed by the keys alone (no rowid, no second copy of them in an index).
    const QString keys = partial.keyColumns.join(QStringLiteral(", "));
    if (Status created = scratch.value()->exec(
            QStringLiteral("CREATE TABLE %1 (%2, %3, PRIMARY KEY (%2)) WITHOUT ROWID")
                .arg(partialRows, keys, rollupCounterColumns().join(QStringLiteral(", "))));
        !created)
        return created.error();
    Result<std::unique_ptr<BulkInsert>> facts =
        BulkInsert::create(scratch.value()->handle(), QStringLiteral("review_facts"), columns);
    if (!facts)
        return facts.error();
    return std::unique_ptr<FinestGrainStage>(
        new FinestGrainStage(std::move(scratch).value(), std::move(facts).value(),
                             rollupUpsert(partial).sql(QStringLiteral("1 = 1"))));
}

Status FinestGrainStage::endChunk() {
    if (Status summed = m_scratch->exec(m_addChunk); !summed)
        return summed;
    return m_scratch->exec(QStringLiteral("DELETE FROM review_facts"));
}

Status FinestGrainStage::copyInto(const QSqlDatabase& target, const QString& table) {
    return m_scratch->copyRows(QStringLiteral("SELECT * FROM ") + partialRows, target, table);
}

} // namespace oversight
