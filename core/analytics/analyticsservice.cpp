#include "analytics/analyticsservice.h"

#include "accounts/permissions.h"
#include "analytics/analyticszone.h"
#include "analytics/filtersql.h"
#include "analytics/rollupsql.h"
#include "analytics/warningthresholdsetting.h"
#include "storage/bulkread.h"
#include "storage/cursorquery.h"
#include "storage/database.h"
#include "storage/dialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <map>
#include <tuple>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Analytics)
};

Error failure(const QSqlError& error) {
    return Error{Text::tr("Cannot read the oversight figures: %1").arg(error.text())};
}

Error failure(const QSqlQuery& query) {
    return failure(query.lastError());
}

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

void readCounts(const BulkRead& row, int column, Counts& c) {
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
    for (qint64* field : fields)
        *field = row.integer(column++);
    c.brierSum = row.real(column++);
    c.blindN = row.integer(column++);
    c.blindMsSum = row.integer(column++);
    c.decideN = row.integer(column++);
    c.decideMsSum = row.integer(column++);
}

// The review_facts columns reviewRecordOf reads, first in a SELECT.
QString reviewRecordColumns(const QString& table) {
    QStringList columns;
    for (const char* column :
         {"finalized_at", "reviewer", "case_ref", "queue", "model", "initial", "initial_confidence",
          "model_label", "final", "truth", "blind_ms", "decide_ms"})
        columns << table + QLatin1String(column);
    return columns.join(QStringLiteral(", "));
}

template <typename T>
std::optional<T> optionalValue(const QVariant& value) {
    return value.isNull() ? std::nullopt : std::optional<T>(value.value<T>());
}

ReviewRecord reviewRecordOf(const QSqlQuery& row) {
    ReviewRecord record;
    record.finalizedAt = row.value(0).toString();
    record.reviewer = row.value(1).toString();
    record.caseRef = row.value(2).toString();
    record.queue = row.value(3).toString();
    record.model = row.value(4).toString();
    record.initial = row.value(5).toString();
    record.initialConfidence = optionalValue<int>(row.value(6));
    record.modelLabel = row.value(7).toString();
    record.finalLabel = row.value(8).toString();
    record.truth = row.value(9).toString();
    record.blindMs = optionalValue<qint64>(row.value(10));
    record.decideMs = optionalValue<qint64>(row.value(11));
    return record;
}

Result<WarningThresholds> thresholdsOrStored(QSqlDatabase db,
                                             const std::optional<WarningThresholds>& given) {
    if (given)
        return *given;
    return storedWarningThresholds(db);
}

} // namespace

Result<ReportInput> AnalyticsService::readFacts(const AnalysisFilter& filter, const QTimeZone& zone,
                                                bool withReviewerDays) const {
    const Where where(filter, zone);
    QSqlQuery query(m_db);
    streamRowsAlone(query);
    query.prepare(QStringLiteral("SELECT slot, reviewer, queue, model, day_ordinal, "
                                 "break_ordinal, initial, initial_confidence, model_label, final, "
                                 "truth, blind_ms, decide_ms FROM review_facts WHERE ") +
                  where.sql);
    where.bind(query);
    if (!query.exec())
        return failure(query);
    // Summed per key as read: a million facts become a few thousand tallies.
    std::map<std::tuple<QDate, QString, QString, QString>, Counts> byReviewerDay;
    std::map<std::pair<QDate, int>, Counts> byHourDay;
    std::map<std::tuple<QDate, int, int>, Counts> byWorkloadDay;
    QHash<qint64, std::pair<QDate, int>> localOf; // a quarter hour has one local day and hour
    while (query.next()) {
        const qint64 slot = query.value(0).toLongLong();
        auto local = localOf.find(slot);
        if (local == localOf.end()) {
            const QDateTime at = QDateTime::fromSecsSinceEpoch(slot * slotSeconds, QTimeZone::utc())
                                     .toTimeZone(zone);
            local = localOf.insert(slot, {at.date(), at.time().hour()});
        }
        const auto [day, hour] = local.value();
        const Counts counts =
            countsOfFact(query.value(6).toString(), query.value(7), query.value(8).toString(),
                         query.value(9).toString(), query.value(10).toString(), query.value(11),
                         query.value(12));
        if (withReviewerDays)
            byReviewerDay[{day, query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString()}] += counts;
        byHourDay[{day, hour}] += counts;
        byWorkloadDay[{day, dayBucketOf(query.value(4).toLongLong()),
                       breakBucketOf(query.value(5).toLongLong())}] += counts;
    }
    ReportInput input;
    for (const auto& [key, counts] : byReviewerDay) {
        KeyedCounts row;
        std::tie(row.day, row.reviewer, row.queue, row.model) = key;
        row.counts = counts;
        input.byReviewerDay << row;
    }
    for (const auto& [key, counts] : byHourDay) {
        KeyedCounts row;
        std::tie(row.day, row.hour) = key;
        row.counts = counts;
        input.byHourDay << row;
    }
    for (const auto& [key, counts] : byWorkloadDay) {
        KeyedCounts row;
        std::tie(row.day, row.dayBucket, row.breakBucket) = key;
        row.counts = counts;
        input.byWorkloadDay << row;
    }
    return input;
}

Result<OversightReport>
AnalyticsService::analyze(const Session& actor, const AnalysisFilter& filter,
                          const std::optional<WarningThresholds>& thresholds) const {
    if (Status allowed = require(actor, Permission::ReadOversight); !allowed)
        return allowed.error();
    const Result<QTimeZone> zone = analyticsZone(m_db);
    if (!zone)
        return zone.error();
    if (filter.zone && filter.zone->id() != zone->id()) {
        const Result<bool> same = countsDaysAsAnalyticsZone(*filter.zone, zone.value());
        if (!same)
            return same.error();
        if (!same.value())
            return analyzeFromFacts(actor, filter, thresholds);
    }

    ReportInput input;
    auto readRollup = [&](const RollupTable& table, QList<KeyedCounts>& into) -> Status {
        const Where where(filter, table.keyColumns.contains(QStringLiteral("reviewer")));
        Result<std::unique_ptr<BulkRead>> rows = BulkRead::run(
            m_db,
            QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4")
                .arg(table.keyColumns.join(QStringLiteral(", ")),
                     rollupCounterColumns().join(QStringLiteral(", ")), table.name, where.sql),
            where.values);
        if (!rows)
            return Error{Text::tr("Cannot read the review figures: %1").arg(rows.error().message)};
        BulkRead& row = *rows.value();
        // Keys by position, decided once: the loop runs for every rollup row.
        enum class Key { Day, Hour, Reviewer, Queue, Model, DayBucket, BreakBucket };
        QList<Key> keys;
        for (const QString& key : table.keyColumns)
            keys << (key == u"local_day"    ? Key::Day
                     : key == u"local_hour" ? Key::Hour
                     : key == u"reviewer"   ? Key::Reviewer
                     : key == u"queue"      ? Key::Queue
                     : key == u"model"      ? Key::Model
                     : key == u"day_bucket" ? Key::DayBucket
                                            : Key::BreakBucket);
        // Days, queues and models repeat row after row: a text equal to the one
        // above it in its column is not decoded again.
        QList<QByteArray> lastBytes(keys.size());
        QList<QString> lastText(keys.size());
        QDate lastDay;
        auto shared = [&](int column, bool* same = nullptr) -> QString {
            const QByteArrayView bytes = row.utf8(column);
            const bool repeated = bytes == lastBytes[column];
            if (!repeated) {
                lastBytes[column] = bytes.toByteArray();
                lastText[column] = QString::fromUtf8(bytes);
            }
            if (same)
                *same = repeated;
            return lastText[column];
        };
        while (row.next()) {
            KeyedCounts& keyed = into.emplace_back();
            int column = 0;
            for (const Key key : std::as_const(keys)) {
                switch (key) {
                case Key::Day: {
                    bool same = false;
                    const QString text = shared(column, &same);
                    if (!same)
                        lastDay = QDate::fromString(text, Qt::ISODate);
                    keyed.day = lastDay;
                    break;
                }
                case Key::Hour:
                    keyed.hour = static_cast<int>(row.integer(column));
                    break;
                case Key::Reviewer:
                    keyed.reviewer = shared(column);
                    break;
                case Key::Queue:
                    keyed.queue = shared(column);
                    break;
                case Key::Model:
                    keyed.model = shared(column);
                    break;
                case Key::DayBucket:
                    keyed.dayBucket = static_cast<int>(row.integer(column));
                    break;
                case Key::BreakBucket:
                    keyed.breakBucket = static_cast<int>(row.integer(column));
                    break;
                }
                ++column;
            }
            readCounts(row, column, keyed.counts);
        }
        if (!row.error().isEmpty())
            return Error{Text::tr("Cannot read the review figures: %1").arg(row.error())};
        return success();
    };
    if (Status read = readRollup(rollupByReviewer(), input.byReviewerDay); !read)
        return read.error();
    if (filter.reviewer.isEmpty()) {
        if (Status read = readRollup(rollupByHour(), input.byHourDay); !read)
            return read.error();
        if (Status read = readRollup(rollupByWorkload(), input.byWorkloadDay); !read)
            return read.error();
    } else {
        // Hours and buckets are rolled up for the team; one reviewer's come from
        // their own facts, found through the (reviewer, slot) index.
        Result<ReportInput> own = readFacts(filter, zone.value(), false);
        if (!own)
            return own.error();
        input.byHourDay = own->byHourDay;
        input.byWorkloadDay = own->byWorkloadDay;
    }
    const Result<WarningThresholds> used = thresholdsOrStored(m_db, thresholds);
    if (!used)
        return used.error();
    OversightReport report = computeReport(input, used.value());
    report.zoneUse = {QString::fromUtf8(filter.zone.value_or(zone.value()).id()),
                      QString::fromUtf8(zone->id()), true};
    return report;
}

Result<bool> AnalyticsService::countsDaysAsAnalyticsZone(const QTimeZone& requested,
                                                         const QTimeZone& analytics) const {
    // Over the days the rollups hold, with a day's margin either side for offsets.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT min(local_day), max(local_day) FROM %1")
                        .arg(rollupByReviewer().name)) ||
        !query.next())
        return failure(query);
    const QDate first = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    const QDate last = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return sameRulesBetween(requested, analytics, QDateTime::currentDateTimeUtc(),
                                QDateTime::currentDateTimeUtc());
    return sameRulesBetween(requested, analytics,
                            QDateTime(first.addDays(-1), QTime(0, 0), QTimeZone::utc()),
                            QDateTime(last.addDays(2), QTime(0, 0), QTimeZone::utc()));
}

Result<OversightReport>
AnalyticsService::analyzeFromFacts(const Session& actor, const AnalysisFilter& filter,
                                   const std::optional<WarningThresholds>& thresholds) const {
    if (Status allowed = require(actor, Permission::ReadOversight); !allowed)
        return allowed.error();
    QTimeZone zone;
    if (filter.zone) {
        zone = *filter.zone;
    } else {
        const Result<QTimeZone> stored = analyticsZone(m_db);
        if (!stored)
            return stored.error();
        zone = stored.value();
    }
    const Result<ReportInput> input = readFacts(filter, zone, true);
    if (!input)
        return input.error();
    const Result<WarningThresholds> used = thresholdsOrStored(m_db, thresholds);
    if (!used)
        return used.error();
    const Result<QTimeZone> stored = analyticsZone(m_db);
    if (!stored)
        return stored.error();
    OversightReport report = computeReport(input.value(), used.value());
    report.zoneUse = {QString::fromUtf8(zone.id()), QString::fromUtf8(stored->id()), false};
    return report;
}

Result<QList<ReviewRecord>> AnalyticsService::reviews(const Session& actor,
                                                      const AnalysisFilter& filter, int limit,
                                                      const QList<QByteArray>& groupMembers) const {
    Result<Where> where = reviewsWhere(m_db, actor, filter);
    if (!where)
        return where.error();
    for (const QByteArray& member : groupMembers)
        where->add(containsText(m_db, QStringLiteral("groups")), QString::fromUtf8(member));
    QSqlQuery query(m_db);
    streamRows(query);
    query.prepare(QStringLiteral("SELECT ") + reviewRecordColumns(QString()) +
                  QStringLiteral(" FROM review_facts WHERE ") + where->sql +
                  QStringLiteral(" ORDER BY finalized_at DESC LIMIT ?"));
    where->bind(query);
    query.addBindValue(limit);
    if (!query.exec())
        return failure(query);
    QList<ReviewRecord> records;
    while (query.next())
        records << reviewRecordOf(query);
    return records;
}

Result<qint64>
AnalyticsService::forEachDecision(const Session& actor, const AnalysisFilter& filter,
                                  const std::function<bool(const DecisionRecord&)>& visit) const {
    const Result<Where> where = reviewsWhere(m_db, actor, filter);
    if (!where)
        return where.error();
    // A snapshot for the cursor, which also keeps every row as of one moment.
    const ReadSnapshot snapshot(m_db);
    if (!snapshot.begun())
        return Error{Text::tr("Cannot read the oversight figures: %1").arg(snapshot.beginError())};
    CursorQuery query(m_db);
    const QString sql =
        QStringLiteral("SELECT ") + reviewRecordColumns(QStringLiteral("f.")) +
        QStringLiteral(", r.id, r.claimed_at, r.committed_at, r.revealed_at, r.initial_rationale, "
                       "s.confidence, r.final_rationale, l.source_name FROM (SELECT * FROM "
                       "review_facts WHERE ") +
        where->sql +
        QStringLiteral(") f LEFT JOIN reviews r ON r.seq = f.review_seq LEFT JOIN case_sealed s "
                       "ON s.case_seq = r.case_seq LEFT JOIN review_logs l ON l.seq = f.log_seq "
                       "ORDER BY f.finalized_at, f.seq");
    if (!query.exec(sql, where->values))
        return failure(query.lastError());
    qint64 visited = 0;
    DecisionRecord record;
    while (query.next()) {
        record.review = reviewRecordOf(query.row());
        record.reviewId = query.value(12).toString();
        record.claimedAt = query.value(13).toString();
        record.committedAt = query.value(14).toString();
        record.revealedAt = query.value(15).toString();
        record.initialRationale = query.value(16).toString();
        record.modelConfidence = optionalValue<double>(query.value(17));
        record.finalRationale = query.value(18).toString();
        record.source =
            query.value(19).isNull() ? QStringLiteral("live") : query.value(19).toString();
        ++visited;
        if (!visit(record))
            break;
    }
    if (query.lastError().isValid())
        return failure(query.lastError());
    return visited;
}

Result<qint64> AnalyticsService::countReviews(const Session& actor,
                                              const AnalysisFilter& filter) const {
    const Result<Where> where = reviewsWhere(m_db, actor, filter);
    if (!where)
        return where.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM review_facts WHERE ") + where->sql);
    where->bind(query);
    if (!query.exec() || !query.next())
        return failure(query);
    return query.value(0).toLongLong();
}

Result<QStringList> AnalyticsService::distinct(const Session& actor, const QString& column) const {
    if (Status allowed = require(actor, Permission::ReadOversight); !allowed)
        return allowed.error();
    QSqlQuery query(m_db);
    // Column names come from this file only, never from input.
    if (!query.exec(QStringLiteral("SELECT DISTINCT ") + column +
                    QStringLiteral(" FROM rollup_by_reviewer ORDER BY 1")))
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
