#include "routing/routingpolicy.h"

#include "accounts/permissions.h"
#include "audit/auditactions.h"
#include "audit/auditevent.h"
#include "common/ids.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>
#include <cmath>

namespace oversight {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RoutingPolicy)
};
} // namespace

Status RoutingPolicy::validate() const {
    if (!std::isfinite(threshold) || threshold <= 0.0 || threshold > 1.0)
        return Error{Text::tr("The threshold must be a number in (0, 1]; got %1.").arg(threshold)};
    if (!std::isfinite(auditRate) || auditRate < 0.0 || auditRate > 1.0)
        return Error{Text::tr("The audit rate must be a number in [0, 1]; got %1.").arg(auditRate)};
    return success();
}

QString routeName(Route route) {
    switch (route) {
    case Route::Review:
        return QStringLiteral("review");
    case Route::Audit:
        return QStringLiteral("audit");
    case Route::Automated:
        return QStringLiteral("automated");
    }
    return {};
}

namespace {

// SHA-256 over "<seed>:<tag><external id>", first 8 bytes big-endian, as a
// fraction of 2^64 cut to the 53 bits a double holds exactly.
double drawFor(qint64 seed, QByteArrayView tag, QByteArrayView externalIdUtf8) {
    thread_local QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.reset();
    hash.addData(QByteArray::number(seed));
    hash.addData(":");
    hash.addData(tag);
    hash.addData(externalIdUtf8);
    const quint64 bits = qFromBigEndian<quint64>(hash.resultView().data());
    return std::ldexp(static_cast<double>(bits >> 11), -53);
}

} // namespace

double auditDraw(qint64 seed, QByteArrayView externalIdUtf8) {
    return drawFor(seed, {}, externalIdUtf8);
}

double secondReviewDraw(qint64 seed, QByteArrayView externalIdUtf8) {
    return drawFor(seed, "second:", externalIdUtf8);
}

RoutingDecision route(const RoutingPolicy& policy, double confidence,
                      QByteArrayView externalIdUtf8) {
    if (confidence < policy.threshold)
        return {Route::Review, "below_threshold"};
    if (policy.auditRate > 0 && auditDraw(policy.seed, externalIdUtf8) < policy.auditRate)
        return {Route::Audit, "audit_sample"};
    return {Route::Automated, "at_or_above_threshold"};
}

QString describeRouting(const RoutingDecision& decision, const RoutingPolicy& policy,
                        double confidence, const QString& externalId) {
    switch (decision.route) {
    case Route::Review:
        return Text::tr("confidence %1 is below the threshold %2: mandatory review")
            .arg(confidence)
            .arg(policy.threshold);
    case Route::Audit:
        return Text::tr("confidence %1 is at or above the threshold %2; audit draw %3 is below the "
                        "rate %4: sampled for audit")
            .arg(confidence)
            .arg(policy.threshold)
            .arg(auditDraw(policy.seed, externalId), 0, 'f', 6)
            .arg(policy.auditRate);
    case Route::Automated:
        return Text::tr("confidence %1 is at or above the threshold %2: automated")
            .arg(confidence)
            .arg(policy.threshold);
    }
    return {};
}

Result<RoutingPolicy> PolicyStore::current() const {
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT threshold, audit_rate, seed FROM routing_policy "
                                   "WHERE id = 1")) ||
        !query.next())
        return Error{Text::tr("Cannot read the routing policy: %1").arg(query.lastError().text())};
    return RoutingPolicy{query.value(0).toDouble(), query.value(1).toDouble(),
                         query.value(2).toLongLong()};
}

Status PolicyStore::save(const Session& actor, const RoutingPolicy& policy) {
    if (Status allowed = require(actor, Permission::ChangePolicy); !allowed)
        return allowed;
    if (Status valid = policy.validate(); !valid)
        return valid;
    Transaction transaction(m_db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    const Result<RoutingPolicy> previous = current();
    if (!previous)
        return previous.error();
    const QString now = utcNow();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE routing_policy SET threshold = ?, audit_rate = ?, seed = ?, "
                       "changed_at = ?, changed_by = ? WHERE id = 1"));
    query.addBindValue(policy.threshold);
    query.addBindValue(policy.auditRate);
    query.addBindValue(policy.seed);
    query.addBindValue(now);
    query.addBindValue(actor.userId);
    if (!query.exec())
        return Error{Text::tr("Cannot save the routing policy: %1").arg(query.lastError().text())};
    const QJsonObject details{{QStringLiteral("threshold"), policy.threshold},
                              {QStringLiteral("audit_rate"), policy.auditRate},
                              {QStringLiteral("seed"), policy.seed},
                              {QStringLiteral("previous_threshold"), previous->threshold},
                              {QStringLiteral("previous_audit_rate"), previous->auditRate},
                              {QStringLiteral("previous_seed"), previous->seed}};
    if (Status recorded = appendAuditEvent(
            m_db,
            {actor.login, AuditAction::policyChanged, QStringLiteral("routing_policy"), details},
            now);
        !recorded)
        return recorded;
    return transaction.commit();
}

} // namespace oversight
