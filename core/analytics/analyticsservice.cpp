#include "analytics/analyticsservice.h"

#include "accounts/permissions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Analytics)
};

Error failure(const QSqlQuery& query) {
    return Error{Text::tr("Cannot read the oversight figures: %1").arg(query.lastError().text())};
}

qint64 slotAt(const QDate& day, const QTimeZone& zone) {
    return QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch() / slotSeconds;
}

// The WHERE clause and its values for a filter over a table with slot, queue,
// model and reviewer columns.
struct Where {
    QString sql = QStringLiteral("1");
    QVariantList values;

    explicit Where(const AnalysisFilter& filter) {
        auto add = [this](const QString& condition, const QVariant& value) {
            sql += QStringLiteral(" AND ") + condition;
            values << value;
        };
        if (filter.from)
            add(QStringLiteral("slot >= ?"), slotAt(*filter.from, filter.zone));
        if (filter.to)
            add(QStringLiteral("slot < ?"), slotAt(filter.to->addDays(1), filter.zone));
        if (!filter.queue.isEmpty())
            add(QStringLiteral("queue = ?"), filter.queue);
        if (!filter.reviewer.isEmpty())
            add(QStringLiteral("reviewer = ?"), filter.reviewer);
        if (!filter.model.isEmpty()) {
            sql += QStringLiteral(" AND (model = ? OR model LIKE ? ESCAPE '\\')");
            QString prefix = filter.model;
            prefix.replace(u'\\', QStringLiteral("\\\\"))
                .replace(u'%', QStringLiteral("\\%"))
                .replace(u'_', QStringLiteral("\\_"));
            values << filter.model << QString(prefix + QStringLiteral(" %"));
        }
    }

    void bind(QSqlQuery& query) const {
        for (const QVariant& value : values)
            query.addBindValue(value);
    }
};

int dayBucketOf(qint64 ordinal) {
    return ordinal <= 10 ? 0 : ordinal <= 25 ? 1 : ordinal <= 50 ? 2 : ordinal <= 100 ? 3 : 4;
}

int breakBucketOf(qint64 ordinal) {
    return ordinal <= 5 ? 0 : ordinal <= 15 ? 1 : ordinal <= 30 ? 2 : ordinal <= 60 ? 3 : 4;
}

// The reference computation of one fact's contribution, independent of the SQL
// in rollupsql.cpp: the tests hold the two to the same answer.
Counts countsOfFact(const QString& initial, const QVariant& confidence, const QString& model,
                    const QString& final, const QString& truth, const QVariant& blindMs,
                    const QVariant& decideMs) {
    Counts c;
    c.n = 1;
    const bool hasInitial = !initial.isEmpty();
    const bool hasTruth = !truth.isEmpty();
    c.overrides = final != model;
    c.withInitial = hasInitial;
    c.disagreements = hasInitial && initial != model;
    c.deferrals = hasInitial && initial != model && final == model;
    c.changedMind = hasInitial && initial != final;
    c.truthN = hasTruth;
    c.modelCorrect = hasTruth && model == truth;
    c.finalCorrect = hasTruth && final == truth;
    c.initialTruthN = hasTruth && hasInitial;
    c.initialCorrect = hasTruth && hasInitial && initial == truth;
    c.modelRightDisagreed = hasTruth && hasInitial && initial != model && model == truth;
    c.switchedWhenRight = c.modelRightDisagreed && final == model;
    c.modelWrongDisagreed = hasTruth && hasInitial && initial != model && model != truth;
    c.heldWhenWrong = c.modelWrongDisagreed && final == initial;
    if (hasTruth && hasInitial && !confidence.isNull()) {
        c.brierN = 1;
        const double stated = confidence.toDouble() / 100.0;
        const double outcome = initial == truth ? 1.0 : 0.0;
        c.brierSum = (stated - outcome) * (stated - outcome);
    }
    if (!blindMs.isNull()) {
        c.blindN = 1;
        c.blindMsSum = blindMs.toLongLong();
    }
    if (!decideMs.isNull()) {
        c.decideN = 1;
        c.decideMsSum = decideMs.toLongLong();
    }
    return c;
}

} // namespace

Result<OversightReport> AnalyticsService::analyze(const Session& actor,
                                                  const AnalysisFilter& filter,
                                                  const WarningThresholds& thresholds) const {
    if (Status allowed = require(actor, Permission::ReadOversight); !allowed)
        return allowed.error();
    const Where where(filter);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT slot, reviewer, queue, model, day_bucket, break_bucket, n, "
                       "overrides, with_initial, disagreements, deferrals, changed_mind, truth_n, "
                       "model_correct, final_correct, initial_truth_n, initial_correct, "
                       "model_right_disagreed, switched_when_right, model_wrong_disagreed, "
                       "held_when_wrong, brier_n, brier_sum, blind_n, blind_ms_sum, decide_n, "
                       "decide_ms_sum FROM review_rollup WHERE ") +
        where.sql);
    where.bind(query);
    if (!query.exec())
        return failure(query);
    QList<RollupRow> rows;
    while (query.next()) {
        RollupRow row;
        row.slot = query.value(0).toLongLong();
        row.reviewer = query.value(1).toString();
        row.queue = query.value(2).toString();
        row.model = query.value(3).toString();
        row.dayBucket = query.value(4).toInt();
        row.breakBucket = query.value(5).toInt();
        Counts& c = row.counts;
        qint64* fields[] = {&c.n,
                            &c.overrides,
                            &c.withInitial,
                            &c.disagreements,
                            &c.deferrals,
                            &c.changedMind,
                            &c.truthN,
                            &c.modelCorrect,
                            &c.finalCorrect,
                            &c.initialTruthN,
                            &c.initialCorrect,
                            &c.modelRightDisagreed,
                            &c.switchedWhenRight,
                            &c.modelWrongDisagreed,
                            &c.heldWhenWrong,
                            &c.brierN};
        int column = 6;
        for (qint64* field : fields)
            *field = query.value(column++).toLongLong();
        c.brierSum = query.value(column++).toDouble();
        c.blindN = query.value(column++).toLongLong();
        c.blindMsSum = query.value(column++).toLongLong();
        c.decideN = query.value(column++).toLongLong();
        c.decideMsSum = query.value(column++).toLongLong();
        rows << row;
    }
    return computeReport(rows, filter.zone, thresholds);
}

Result<OversightReport>
AnalyticsService::analyzeFromFacts(const Session& actor, const AnalysisFilter& filter,
                                   const WarningThresholds& thresholds) const {
    if (Status allowed = require(actor, Permission::ReadOversight); !allowed)
        return allowed.error();
    const Where where(filter);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT slot, reviewer, queue, model, day_ordinal, "
                                 "break_ordinal, initial, initial_confidence, model_label, final, "
                                 "truth, blind_ms, decide_ms FROM review_facts WHERE ") +
                  where.sql);
    where.bind(query);
    if (!query.exec())
        return failure(query);
    QList<RollupRow> rows;
    while (query.next()) {
        RollupRow row;
        row.slot = query.value(0).toLongLong();
        row.reviewer = query.value(1).toString();
        row.queue = query.value(2).toString();
        row.model = query.value(3).toString();
        row.dayBucket = dayBucketOf(query.value(4).toLongLong());
        row.breakBucket = breakBucketOf(query.value(5).toLongLong());
        row.counts = countsOfFact(query.value(6).toString(), query.value(7),
                                  query.value(8).toString(), query.value(9).toString(),
                                  query.value(10).toString(), query.value(11), query.value(12));
        rows << row;
    }
    return computeReport(rows, filter.zone, thresholds);
}

Result<QList<ReviewRecord>>
AnalyticsService::reviews(const Session& actor, const AnalysisFilter& filter, int limit) const {
    if (Status allowed = require(actor, Permission::ReadOversight); !allowed)
        return allowed.error();
    const Where where(filter);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT finalized_at, reviewer, case_ref, queue, model, "
                                 "initial, initial_confidence, model_label, final, truth, "
                                 "blind_ms, decide_ms FROM review_facts WHERE ") +
                  where.sql + QStringLiteral(" ORDER BY finalized_at DESC LIMIT ?"));
    where.bind(query);
    query.addBindValue(limit);
    if (!query.exec())
        return failure(query);
    QList<ReviewRecord> records;
    while (query.next()) {
        ReviewRecord record;
        record.finalizedAt = query.value(0).toString();
        record.reviewer = query.value(1).toString();
        record.caseRef = query.value(2).toString();
        record.queue = query.value(3).toString();
        record.model = query.value(4).toString();
        record.initial = query.value(5).toString();
        if (!query.value(6).isNull())
            record.initialConfidence = query.value(6).toInt();
        record.modelLabel = query.value(7).toString();
        record.finalLabel = query.value(8).toString();
        record.truth = query.value(9).toString();
        if (!query.value(10).isNull())
            record.blindMs = query.value(10).toLongLong();
        if (!query.value(11).isNull())
            record.decideMs = query.value(11).toLongLong();
        records << record;
    }
    return records;
}

Result<QStringList> AnalyticsService::distinct(const Session& actor, const QString& column) const {
    if (Status allowed = require(actor, Permission::ReadOversight); !allowed)
        return allowed.error();
    QSqlQuery query(m_db);
    // Column names come from this file only, never from input.
    if (!query.exec(QStringLiteral("SELECT DISTINCT ") + column +
                    QStringLiteral(" FROM review_rollup ORDER BY 1")))
        return failure(query);
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

Result<QStringList> AnalyticsService::reviewers(const Session& actor) const {
    return distinct(actor, QStringLiteral("reviewer"));
}

Result<QStringList> AnalyticsService::models(const Session& actor) const {
    return distinct(actor, QStringLiteral("model"));
}

Result<QStringList> AnalyticsService::queues(const Session& actor) const {
    return distinct(actor, QStringLiteral("queue"));
}

} // namespace oversight
