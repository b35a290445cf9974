#include "intake/batchlist.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

Result<QList<BatchSummary>> readBatches(const QSqlDatabase& db, int limit) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT b.id, b.source_name, b.source_sha256, m.name || ' ' || m.version, u.login, "
        "b.imported_at, b.threshold, b.audit_rate, b.seed, b.rows_total, b.rows_accepted, "
        "b.rows_rejected, b.routed_review, b.routed_audit, b.routed_automated, b.known_answers "
        "FROM import_batches b JOIN model_versions m ON m.id = b.model_version_id "
        "JOIN users u ON u.id = b.imported_by WHERE b.staging = 0 "
        "ORDER BY b.imported_at DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return Error{QCoreApplication::translate("BatchList", "Cannot read the import batches: %1")
                         .arg(query.lastError().text())};
    QList<BatchSummary> batches;
    while (query.next()) {
        BatchSummary b;
        b.id = query.value(0).toString();
        b.sourceName = query.value(1).toString();
        b.sha256 = query.value(2).toString();
        b.model = query.value(3).toString();
        b.importedBy = query.value(4).toString();
        b.importedAt = query.value(5).toString();
        b.threshold = query.value(6).toDouble();
        b.auditRate = query.value(7).toDouble();
        b.seed = query.value(8).toLongLong();
        b.rows = query.value(9).toLongLong();
        b.accepted = query.value(10).toLongLong();
        b.rejected = query.value(11).toLongLong();
        b.review = query.value(12).toLongLong();
        b.audit = query.value(13).toLongLong();
        b.automated = query.value(14).toLongLong();
        b.knownAnswers = query.value(15).toInt() == 1;
        batches << b;
    }
    return batches;
}

} // namespace oversight
