#include "agreement/agreementservice.h"

#include "accounts/permissions.h"
#include "analytics/analyticszone.h"
#include "analytics/filtersql.h"
#include "review/reviewpolicy.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Agreement)
};

Error failure(const QSqlQuery& query) {
    return Error{
        Text::tr("Cannot read the agreement between reviewers: %1").arg(query.lastError().text())};
}

// The reviews of cases reviewed independently by several people, from the
// review facts (so imported logs with several reviewers of a case count too),
// leaving out live cases still waiting for one of their reviews, and appeals
// (a later, informed look at a decided case, not an independent review of it).
const QString ratingsSql = QStringLiteral(
    "SELECT f.case_ref, f.reviewer, coalesce(f.initial, ''), f.final, f.model_label, "
    "coalesce(f.truth, '') FROM review_facts f WHERE %1 AND f.queue <> 'appeal' AND f.case_ref "
    "IN (SELECT case_ref FROM review_facts WHERE %1 AND queue <> 'appeal' GROUP BY case_ref "
    "HAVING count(DISTINCT reviewer) >= 2) "
    "AND NOT EXISTS (SELECT 1 FROM reviews r JOIN cases c ON c.seq = r.case_seq "
    "WHERE r.seq = f.review_seq AND c.state <> 'finalized' AND c.queue <> ?) "
    "ORDER BY f.case_ref, f.finalized_at, f.seq");

} // namespace

Result<AgreementFigures> AgreementService::analyze(const Session& actor,
                                                   const AnalysisFilter& filter) const {
    if (Status allowed = require(actor, Permission::ReadOversight); !allowed)
        return allowed.error();
    AnalysisFilter team = filter;
    team.reviewer.clear();
    const Result<Where> where = reviewsWhere(m_db, actor, team);
    if (!where)
        return where.error();

    QSqlQuery query(m_db);
    query.prepare(ratingsSql.arg(where->sql));
    where->bind(query);
    where->bind(query);
    query.addBindValue(adjudicationQueue());
    if (!query.exec())
        return failure(query);
    QList<RatedCase> cases;
    while (query.next()) {
        const QString caseRef = query.value(0).toString();
        if (cases.isEmpty() || cases.last().caseRef != caseRef)
            cases << RatedCase{caseRef, query.value(4).toString(), query.value(5).toString(), {}};
        cases.last().ratings << Rating{query.value(1).toString(), query.value(2).toString(),
                                       query.value(3).toString()};
    }

    // Adjudications decided in the filter's days, queue and model, with the
    // reviews they settled.
    const Result<QTimeZone> analytics = analyticsZone(m_db);
    if (!analytics)
        return analytics.error();
    const QTimeZone zone = filter.zone.value_or(analytics.value());
    QString scope;
    QVariantList values;
    if (filter.from) {
        scope += QStringLiteral(" AND a.finalized_at >= ?");
        values << utcStartOf(*filter.from, zone);
    }
    if (filter.to) {
        scope += QStringLiteral(" AND a.finalized_at < ?");
        values << utcStartOf(filter.to->addDays(1), zone);
    }
    if (!filter.queue.isEmpty()) {
        scope += QStringLiteral(" AND c.route = ?");
        values << filter.queue;
    }
    if (!filter.model.isEmpty()) {
        scope += QStringLiteral(" AND (m.name || ' ' || m.version = ? OR m.name = ?)");
        values << filter.model << filter.model;
    }
    query.prepare(
        QStringLiteral("SELECT a.seq, a.model_label, a.final_decision, u.login, r.final_decision "
                       "FROM reviews a JOIN cases c ON c.seq = a.case_seq "
                       "JOIN import_batches b ON b.seq = c.batch_seq "
                       "JOIN model_versions m ON m.id = b.model_version_id "
                       "JOIN reviews r ON r.case_seq = a.case_seq AND r.slot >= 1 AND r.status = "
                       "'finalized' JOIN users u ON u.id = r.reviewer_id "
                       "WHERE a.slot = 0 AND a.status = 'finalized'%1 ORDER BY a.seq, r.slot")
            .arg(scope));
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return failure(query);
    QList<Adjudication> adjudications;
    qint64 current = -1;
    while (query.next()) {
        if (query.value(0).toLongLong() != current) {
            current = query.value(0).toLongLong();
            adjudications << Adjudication{query.value(1).toString(), query.value(2).toString(), {}};
        }
        adjudications.last().ratings
            << Rating{query.value(3).toString(), QString(), query.value(4).toString()};
    }
    query.prepare(QStringLiteral("SELECT count(*) FROM cases WHERE queue = ? AND state <> "
                                 "'finalized'"));
    query.addBindValue(adjudicationQueue());
    if (!query.exec() || !query.next())
        return failure(query);
    return agreementFigures(cases, adjudications, query.value(0).toLongLong());
}

} // namespace oversight
