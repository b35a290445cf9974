#include "knownanswers/knownanswerservice.h"

#include "accounts/permissions.h"
#include "analytics/analyticszone.h"
#include "analytics/filtersql.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(KnownAnswers)
};

} // namespace

Result<QList<KnownAnswerTrial>> KnownAnswerService::trials(const Session& actor,
                                                           const AnalysisFilter& filter,
                                                           qint64* cases) const {
    if (Status allowed = require(actor, Permission::ReadOversight); !allowed)
        return allowed.error();
    const Result<QTimeZone> analytics = analyticsZone(m_db);
    if (!analytics)
        return analytics.error();
    const QTimeZone zone = filter.zone.value_or(analytics.value());
    QString sql = QStringLiteral(
        "SELECT u.login, r.initial_decision, r.model_label, r.final_decision, s.truth, "
        "r.planted, r.case_seq FROM reviews r JOIN users u ON u.id = r.reviewer_id "
        "JOIN case_sealed s ON s.case_seq = r.case_seq JOIN cases c ON c.seq = r.case_seq "
        "JOIN import_batches b ON b.seq = c.batch_seq JOIN model_versions m ON m.id = "
        "b.model_version_id WHERE r.known_answer = 1 AND r.status = 'finalized'");
    QVariantList values;
    if (filter.from) {
        sql += QStringLiteral(" AND r.finalized_at >= ?");
        values << utcStartOf(*filter.from, zone);
    }
    if (filter.to) {
        sql += QStringLiteral(" AND r.finalized_at < ?");
        values << utcStartOf(filter.to->addDays(1), zone);
    }
    if (!filter.queue.isEmpty()) {
        sql += QStringLiteral(" AND r.queue = ?");
        values << filter.queue;
    }
    if (!filter.model.isEmpty()) {
        sql += QStringLiteral(" AND (m.name || ' ' || m.version = ? OR m.name = ?)");
        values << filter.model << filter.model;
    }
    sql += QStringLiteral(" ORDER BY r.finalized_at, r.seq");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return Error{
            Text::tr("Cannot read the known-answer reviews: %1").arg(query.lastError().text())};
    QList<KnownAnswerTrial> trials;
    QSet<qint64> seen;
    while (query.next()) {
        trials << KnownAnswerTrial{query.value(0).toString(), query.value(1).toString(),
                                   query.value(2).toString(), query.value(3).toString(),
                                   query.value(4).toString(), query.value(5).toInt() == 1};
        seen.insert(query.value(6).toLongLong());
    }
    if (cases)
        *cases = seen.size();
    return trials;
}

Result<KnownAnswerFigures> KnownAnswerService::analyze(const Session& actor,
                                                       const AnalysisFilter& filter) const {
    qint64 cases = 0;
    const Result<QList<KnownAnswerTrial>> read = trials(actor, filter, &cases);
    if (!read)
        return read.error();
    return knownAnswerFigures(read.value(), cases);
}

} // namespace oversight
