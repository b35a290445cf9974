#pragma once

#include "accounts/session.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace oversight {

struct RoutingPolicy {
    double threshold = 0.75; // confidence below this -> mandatory review
    double auditRate = 0.05; // share of automated decisions sampled for audit
    qint64 seed = 0;         // makes the audit sample re-derivable

    Status validate() const;
};

enum class Route { Review, Audit, Automated };

QString routeName(Route route);

struct RoutingDecision {
    Route route;
    const char* reason; // below_threshold | audit_sample | at_or_above_threshold
};

// The reason in words, with the figures that decided it.
QString describeRouting(const RoutingDecision& decision, const RoutingPolicy& policy,
                        double confidence, const QString& externalId);

// The audit sample's draw for one case: a pure function of (seed, external id),
// uniform in [0, 1). SHA-256 over "<seed>:<external id>" (UTF-8), first 8 bytes
// big-endian, divided by 2^64. Documented so an auditor can re-derive it.
double auditDraw(qint64 seed, QByteArrayView externalIdUtf8);
inline double auditDraw(qint64 seed, const QString& externalId) {
    return auditDraw(seed, QByteArrayView(externalId.toUtf8()));
}

// The second-review draw (DESIGN.md, "Independent double review"): the same,
// over "<seed>:second:<external id>", so it is independent of the audit draw.
double secondReviewDraw(qint64 seed, QByteArrayView externalIdUtf8);

RoutingDecision route(const RoutingPolicy& policy, double confidence,
                      QByteArrayView externalIdUtf8);
inline RoutingDecision route(const RoutingPolicy& policy, double confidence,
                             const QString& externalId) {
    return route(policy, confidence, QByteArrayView(externalId.toUtf8()));
}

// The policy stored in the database, the default for every import.
class PolicyStore {
public:
    explicit PolicyStore(QSqlDatabase db)
        : m_db(std::move(db)) {}

    Result<RoutingPolicy> current() const;
    Status save(const Session& actor, const RoutingPolicy& policy);

private:
    QSqlDatabase m_db;
};

} // namespace oversight
