#include "audit/trailstart.h"

#include "audit/auditactions.h"
#include "audit/auditevent.h"
#include "audit/contentdigest.h"
#include "audit/importevents.h"
#include "audit/reviewevents.h"
#include "common/ids.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

Error failure(const QSqlQuery& query) {
    return Error{Text::tr("Cannot start the audit trail: %1").arg(query.lastError().text())};
}

Result<qint64> count(QSqlDatabase db, const QString& table) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return failure(query);
    return query.value(0).toLongLong();
}

Status carryAccountEvents(QSqlDatabase db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT e.at, e.action, e.login, e.user_id, e.details, a.login FROM account_events e "
            "LEFT JOIN users a ON a.id = e.actor_id AND a.id IS DISTINCT FROM e.user_id ORDER BY "
            "e.seq")))
        return failure(query);
    while (query.next()) {
        QJsonObject details = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        if (!query.value(3).isNull())
            details.insert(QStringLiteral("user_id"), query.value(3).toString());
        const QString login = query.value(2).toString();
        const QString actor = query.value(5).isNull() ? login : query.value(5).toString();
        if (Status appended = appendAuditEvent(
                db,
                {actor, QString(AuditAction::accountPrefix + query.value(1).toString()), login,
                 details},
                query.value(0).toString());
            !appended)
            return appended;
    }
    return success();
}

Status carryBatches(QSqlDatabase db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT b.seq, b.id, b.source_name, b.source_sha256, m.name, m.version, b.rows_total, "
            "b.rows_accepted, b.rows_rejected, b.threshold, b.audit_rate, b.seed, "
            "b.policy_overridden, b.routed_review, b.routed_audit, b.routed_automated, u.login, "
            "b.imported_at FROM import_batches b JOIN model_versions m ON m.id = "
            "b.model_version_id JOIN users u ON u.id = b.imported_by ORDER BY b.seq")))
        return failure(query);
    while (query.next()) {
        const Result<QString> digest = batchContentDigest(db, query.value(0).toLongLong());
        if (!digest)
            return digest.error();
        const QString batchId = query.value(1).toString();
        const QString actor = query.value(16).toString();
        const QString at = query.value(17).toString();
        const ImportedFile file{query.value(2).toString(),   query.value(3).toString(),
                                query.value(6).toLongLong(), query.value(7).toLongLong(),
                                query.value(8).toLongLong(), digest.value()};
        const QJsonObject imported =
            batchImportedDetails(file, query.value(4).toString(), query.value(5).toString());
        if (Status appended =
                appendAuditEvent(db, {actor, AuditAction::batchImported, batchId, imported}, at);
            !appended)
            return appended;
        const QJsonObject routed = batchRoutedDetails(
            {query.value(9).toDouble(), query.value(10).toDouble(), query.value(11).toLongLong()},
            query.value(12).toInt() == 1,
            {query.value(13).toLongLong(), query.value(14).toLongLong(),
             query.value(15).toLongLong()});
        if (Status appended =
                appendAuditEvent(db, {actor, AuditAction::batchRouted, batchId, routed}, at);
            !appended)
            return appended;
    }
    return success();
}

Status carryReviewLogs(QSqlDatabase db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT l.seq, l.id, l.source_name, l.source_sha256, l.time_zone, l.rows_total, "
            "l.rows_accepted, l.rows_rejected, u.login, l.imported_at FROM review_logs l "
            "JOIN users u ON u.id = l.imported_by ORDER BY l.seq")))
        return failure(query);
    while (query.next()) {
        const Result<QString> digest = reviewLogContentDigest(db, query.value(0).toLongLong());
        if (!digest)
            return digest.error();
        const QJsonObject details = reviewLogImportedDetails(
            {query.value(2).toString(), query.value(3).toString(), query.value(5).toLongLong(),
             query.value(6).toLongLong(), query.value(7).toLongLong(), digest.value()},
            query.value(4).toString());
        if (Status appended =
                appendAuditEvent(db,
                                 {query.value(8).toString(), AuditAction::reviewLogImported,
                                  query.value(1).toString(), details},
                                 query.value(9).toString());
            !appended)
            return appended;
    }
    return success();
}

Status carryReviews(QSqlDatabase db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT seq, status, committed_at IS NOT NULL, "
                                   "revealed_at IS NOT NULL FROM reviews ORDER BY seq")))
        return failure(query);
    while (query.next()) {
        const qint64 seq = query.value(0).toLongLong();
        const QString status = query.value(1).toString();
        QList<ReviewStep> steps{ReviewStep::Claimed};
        if (query.value(2).toBool())
            steps << ReviewStep::Committed;
        if (query.value(3).toBool())
            steps << ReviewStep::Revealed;
        if (status == u"finalized")
            steps << ReviewStep::Finalized;
        else if (status == u"released")
            steps << ReviewStep::Released;
        else if (status == u"escalated")
            steps << ReviewStep::Escalated;
        else if (status == u"expired")
            steps << ReviewStep::Expired;
        for (ReviewStep step : std::as_const(steps)) {
            if (Status recorded = recordReviewStep(db, seq, step); !recorded)
                return recorded;
        }
    }
    return success();
}

} // namespace

Status startAuditTrail(QSqlDatabase db) {
    QJsonObject carried;
    for (const QString& table : {QStringLiteral("account_events"), QStringLiteral("import_batches"),
                                 QStringLiteral("review_logs"), QStringLiteral("reviews")}) {
        const Result<qint64> rows = count(db, table);
        if (!rows)
            return rows.error();
        carried.insert(table, rows.value());
    }
    // The policy and settings in force when the trail starts are on record from
    // its first event; every later change has its own.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT threshold, audit_rate, seed FROM routing_policy")) ||
        !query.next())
        return failure(query);
    const QJsonObject policy{{QStringLiteral("threshold"), query.value(0).toDouble()},
                             {QStringLiteral("audit_rate"), query.value(1).toDouble()},
                             {QStringLiteral("seed"), query.value(2).toLongLong()}};
    if (!query.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key")))
        return failure(query);
    QJsonObject settings;
    while (query.next())
        settings.insert(query.value(0).toString(), query.value(1).toString());
    const QJsonObject details{{QStringLiteral("schema_version"), 6},
                              {QStringLiteral("carried_over"), carried},
                              {QStringLiteral("routing_policy"), policy},
                              {QStringLiteral("settings"), settings}};
    if (Status started = appendAuditEvent(
            db,
            {QStringLiteral("system"), AuditAction::trailStarted, QStringLiteral("audit"), details},
            utcNow());
        !started)
        return started;
    for (auto carry : {carryAccountEvents, carryBatches, carryReviewLogs, carryReviews}) {
        if (Status carriedOver = carry(db); !carriedOver)
            return carriedOver;
    }
    return success();
}

} // namespace oversight
