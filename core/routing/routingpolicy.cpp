#include "routing/routingpolicy.h"

#include "accounts/userstore.h"
#include "common/ids.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>
#include <cmath>

namespace oversight {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("RoutingPolicy", text);
}
} // namespace

Status RoutingPolicy::validate() const {
    if (!std::isfinite(threshold) || threshold <= 0.0 || threshold > 1.0)
        return Error{tr("The threshold must be a number in (0, 1]; got %1.").arg(threshold)};
    if (!std::isfinite(auditRate) || auditRate < 0.0 || auditRate > 1.0)
        return Error{tr("The audit rate must be a number in [0, 1]; got %1.").arg(auditRate)};
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

double auditDraw(qint64 seed, const QString& externalId) {
    const QByteArray input = QByteArray::number(seed) + ':' + externalId.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    const quint64 bits = qFromBigEndian<quint64>(digest.constData());
    return std::ldexp(static_cast<double>(bits >> 11), -53); // 53 bits: exact in a double
}

RoutingDecision route(const RoutingPolicy& policy, double confidence, const QString& externalId) {
    if (confidence < policy.threshold)
        return {
            Route::Review,
            QStringLiteral("confidence %1 < threshold %2").arg(confidence).arg(policy.threshold)};
    const double draw = auditDraw(policy.seed, externalId);
    if (draw < policy.auditRate)
        return {Route::Audit,
                QStringLiteral("confidence %1 >= threshold %2; audit draw %3 < rate %4")
                    .arg(confidence)
                    .arg(policy.threshold)
                    .arg(draw, 0, 'f', 6)
                    .arg(policy.auditRate)};
    return {Route::Automated,
            QStringLiteral("confidence %1 >= threshold %2").arg(confidence).arg(policy.threshold)};
}

Result<RoutingPolicy> PolicyStore::current() const {
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT threshold, audit_rate, seed FROM routing_policy "
                                   "WHERE id = 1")) ||
        !query.next())
        return Error{tr("Cannot read the routing policy: %1").arg(query.lastError().text())};
    return RoutingPolicy{query.value(0).toDouble(), query.value(1).toDouble(),
                         query.value(2).toLongLong()};
}

Status PolicyStore::save(const Session& actor, const RoutingPolicy& policy) {
    if (!actor.hasRole(Role::admin))
        return Error{tr("Only an administrator may change the routing policy.")};
    if (Status valid = policy.validate(); !valid)
        return valid;
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE routing_policy SET threshold = ?, audit_rate = ?, seed = ?, "
                       "changed_at = ?, changed_by = ? WHERE id = 1"));
    query.addBindValue(policy.threshold);
    query.addBindValue(policy.auditRate);
    query.addBindValue(policy.seed);
    query.addBindValue(utcNow());
    query.addBindValue(actor.userId);
    if (!query.exec())
        return Error{tr("Cannot save the routing policy: %1").arg(query.lastError().text())};
    return transaction.commit();
}

} // namespace oversight
