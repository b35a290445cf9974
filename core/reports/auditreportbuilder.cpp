#include "accounts/permissions.h"
#include "agreement/agreementservice.h"
#include "analytics/analyticszone.h"
#include "analytics/filtersql.h"
#include "appeals/appealservice.h"
#include "common/ids.h"
#include "fairness/fairnessservice.h"
#include "knownanswers/knownanswerservice.h"
#include "reports/auditreport.h"
#include "settings/settingstore.h"
#include "verification/databaseverification.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditReport)
};

Error failure(const QSqlQuery& query) {
    return Error{Text::tr("Cannot read the report's data: %1").arg(query.lastError().text())};
}

Result<QList<EndedReview>> readEnded(QSqlDatabase db, const AnalysisFilter& filter,
                                     const QTimeZone& zone) {
    QString sql = QStringLiteral(
        "SELECT r.ended_at, u.login, c.external_id, r.queue, r.status, r.end_note, "
        "r.escalated_to FROM reviews r JOIN users u ON u.id = r.reviewer_id "
        "JOIN cases c ON c.seq = r.case_seq JOIN import_batches b ON b.seq = c.batch_seq "
        "JOIN model_versions m ON m.id = b.model_version_id "
        "WHERE r.status IN ('released', 'escalated', 'expired') AND r.known_answer = 0 "
        "AND r.ended_at >= ? "
        "AND r.ended_at < ?");
    QVariantList values{utcStartOf(*filter.from, zone), utcStartOf(filter.to->addDays(1), zone)};
    if (!filter.queue.isEmpty()) {
        sql += QStringLiteral(" AND r.queue = ?");
        values << filter.queue;
    }
    if (!filter.reviewer.isEmpty()) {
        sql += QStringLiteral(" AND u.login = ?");
        values << filter.reviewer;
    }
    if (!filter.model.isEmpty()) {
        sql += QStringLiteral(" AND (m.name = ? OR m.name || ' ' || m.version = ?)");
        values << filter.model << filter.model;
    }
    sql += QStringLiteral(" ORDER BY r.ended_at, r.seq");
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return failure(query);
    QList<EndedReview> ended;
    while (query.next())
        ended << EndedReview{query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString(), query.value(3).toString(),
                             query.value(4).toString(), query.value(5).toString(),
                             query.value(6).toString()};
    return ended;
}

Result<QList<BatchPolicy>> readBatches(QSqlDatabase db, const QString& until) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT b.id, b.source_name, b.imported_at, m.name || ' ' || m.version, b.threshold, "
        "b.audit_rate, b.seed, b.policy_overridden FROM import_batches b JOIN model_versions m "
        "ON m.id = b.model_version_id WHERE b.imported_at < ? AND b.known_answers = 0 AND "
        "b.staging = 0 "
        "ORDER BY b.seq"));
    query.addBindValue(until);
    if (!query.exec())
        return failure(query);
    QList<BatchPolicy> batches;
    while (query.next())
        batches << BatchPolicy{
            query.value(0).toString(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            {query.value(4).toDouble(), query.value(5).toDouble(), query.value(6).toLongLong()},
            query.value(7).toInt() == 1};
    return batches;
}

} // namespace

QString organisationSettingKey() {
    return QStringLiteral("organisation_name");
}

Result<AuditReport> buildAuditReport(QSqlDatabase db, const Session& actor,
                                     const AnalysisFilter& filter, const VerifyProgress& progress) {
    if (Status allowed = require(actor, Permission::ReadOversight); !allowed)
        return allowed.error();
    if (!filter.from || !filter.to)
        return Error{Text::tr("A report needs a period: a first and a last day.")};
    if (*filter.to < *filter.from)
        return Error{
            Text::tr("The period ends (%1) before it starts (%2).")
                .arg(filter.to->toString(Qt::ISODate), filter.from->toString(Qt::ISODate))};
    const Result<QTimeZone> analytics = analyticsZone(db);
    if (!analytics)
        return analytics.error();
    const QTimeZone zone = filter.zone.value_or(analytics.value());

    AuditReport report;
    report.filter = filter;
    report.zone = QString::fromUtf8(zone.id());
    report.generatedBy = actor.login;
    report.generatedAt = utcNow();
    report.applicationVersion = QStringLiteral(OVERSIGHT_VERSION);
    const Result<std::optional<QString>> organisation = readSetting(db, organisationSettingKey());
    if (!organisation)
        return organisation.error();
    report.organisation = organisation.value().value_or(QString());

    // One read transaction: every figure, the head it cites and the verification
    // see the same state, even while reviewers go on working.
    if (!db.transaction())
        return Error{Text::tr("Cannot read the database: %1").arg(db.lastError().text())};
    struct EndRead {
        QSqlDatabase db;
        ~EndRead() { db.rollback(); }
    } endRead{db};
    const Result<ChainHead> head = dataHead(db);
    if (!head)
        return head.error();
    report.head = head.value();

    const Result<RoutingPolicy> policy = PolicyStore(db).current();
    if (!policy)
        return policy.error();
    report.policyNow = policy.value();
    const Result<QList<QueueReviewPolicy>> reviewPolicies = ReviewPolicyStore(db).list();
    if (!reviewPolicies)
        return reviewPolicies.error();
    report.reviewPolicies = reviewPolicies.value();
    const Result<QList<BatchPolicy>> batches =
        readBatches(db, utcStartOf(filter.to->addDays(1), zone));
    if (!batches)
        return batches.error();
    report.batches = batches.value();

    const Result<OversightReport> analysis = AnalyticsService(db).analyze(actor, filter);
    if (!analysis)
        return analysis.error();
    report.analysis = analysis.value();
    const Result<FairnessAnalysis> fairness = FairnessService(db).analyze(actor, filter);
    if (!fairness)
        return fairness.error();
    report.fairness = fairness.value();
    const Result<AgreementFigures> agreement = AgreementService(db).analyze(actor, filter);
    if (!agreement)
        return agreement.error();
    report.agreement = agreement.value();
    const Result<KnownAnswerFigures> knownAnswers = KnownAnswerService(db).analyze(actor, filter);
    if (!knownAnswers)
        return knownAnswers.error();
    report.knownAnswers = knownAnswers.value();
    const Result<AppealFigures> appeals = AppealService(db).analyze(actor);
    if (!appeals)
        return appeals.error();
    report.appeals = appeals.value();
    const Result<QList<ModelCard>> cards = buildModelCards(db, actor, filter, zone);
    if (!cards)
        return cards.error();
    report.modelCards = cards.value();
    const Result<QList<EndedReview>> ended = readEnded(db, filter, zone);
    if (!ended)
        return ended.error();
    report.ended = ended.value();

    const Result<Verification> verification = verifyDatabase(db, actor, progress);
    if (!verification)
        return verification.error();
    report.verification = verification.value();
    return report;
}

} // namespace oversight
