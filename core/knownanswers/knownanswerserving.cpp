#include "knownanswers/knownanswerserving.h"

#include "storage/keptquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(KnownAnswers)
};

Error failure(const QSqlQuery& query) {
    return Error{Text::tr("Cannot read the known-answer cases: %1").arg(query.lastError().text())};
}

// The live sets of the production case's model with the same fact columns, so
// the check shows the same facts in the same order; `queue IS NULL AND state =
// 'queued'` is the condition of the partial index cases_known_answer_sets.
QString candidatesSql(bool excludeOwnImports, const QString& select) {
    return select %
           QStringLiteral(" FROM cases c WHERE c.queue IS NULL AND c.state = 'queued' AND "
                          "c.batch_seq IN (SELECT kb.seq FROM import_batches kb JOIN "
                          "model_versions km ON km.id = kb.model_version_id WHERE "
                          "kb.known_answers = 1 AND kb.staging = 0 AND kb.retired_at IS NULL AND "
                          "(km.name, kb.fact_columns) IN (SELECT pm.name, pb.fact_columns FROM "
                          "cases pc JOIN import_batches pb ON pb.seq = pc.batch_seq JOIN "
                          "model_versions pm ON pm.id = pb.model_version_id WHERE pc.seq = ?)") %
           (excludeOwnImports ? QStringLiteral(" AND kb.imported_by <> ?") : QString()) %
           QStringLiteral(")");
}

} // namespace

double unitInterval(quint64 bits) {
    return static_cast<double>(bits >> 11) * 0x1.0p-53;
}

Result<std::optional<qint64>> pickKnownAnswerCase(QSqlDatabase db, qint64 productionCaseSeq,
                                                  const QString& reviewerId, bool excludeOwnImports,
                                                  quint64 bits) {
    KeptQuery query(db);
    query.prepare(
        candidatesSql(excludeOwnImports, QStringLiteral("SELECT min(c.seq), max(c.seq)")));
    query.addBindValue(productionCaseSeq);
    if (excludeOwnImports)
        query.addBindValue(reviewerId);
    if (!query.exec())
        return failure(query);
    if (!query.next() || query.isNull(0))
        return std::optional<qint64>{};
    const qint64 low = query.value(0).toLongLong();
    const qint64 high = query.value(1).toLongLong();
    const qint64 pivot = low + static_cast<qint64>(bits % static_cast<quint64>(high - low + 1));

    const QString sql =
        candidatesSql(excludeOwnImports, QStringLiteral("SELECT c.seq")) %
        QStringLiteral(" AND c.seq >= ? AND NOT EXISTS (SELECT 1 FROM reviews r WHERE "
                       "r.case_seq = c.seq AND r.reviewer_id = ?) ORDER BY c.seq LIMIT 1");
    for (const qint64 from : {pivot, low}) {
        query.prepare(sql);
        query.addBindValue(productionCaseSeq);
        if (excludeOwnImports)
            query.addBindValue(reviewerId);
        query.addBindValue(from);
        query.addBindValue(reviewerId);
        if (!query.exec())
            return failure(query);
        if (query.next())
            return std::optional<qint64>(query.value(0).toLongLong());
    }
    return std::optional<qint64>{};
}

} // namespace oversight
