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
    if (Status created = scratch.value()->exec(
            QStringLiteral("CREATE TABLE %1 AS %2")
                .arg(partialRows, finestGrainSelectSql(QStringLiteral("1 = 0"))));
        !created)
        return created.error();
    Result<std::unique_ptr<BulkInsert>> facts =
        BulkInsert::create(scratch.value()->handle(), QStringLiteral("review_facts"), columns);
    if (!facts)
        return facts.error();
    return std::unique_ptr<FinestGrainStage>(
        new FinestGrainStage(std::move(scratch).value(), std::move(facts).value()));
}

Status FinestGrainStage::endChunk() {
    if (Status summed =
            m_scratch->exec(QStringLiteral("INSERT INTO %1 %2")
                                .arg(partialRows, finestGrainSelectSql(QStringLiteral("1 = 1"))));
        !summed)
        return summed;
    return m_scratch->exec(QStringLiteral("DELETE FROM review_facts"));
}

Status FinestGrainStage::copyInto(const QSqlDatabase& target, const QString& table) {
    return m_scratch->copyRows(rollupFromFinestGrainSql(rollupFinestGrain(), partialRows), target,
                               table);
}

} // namespace oversight
