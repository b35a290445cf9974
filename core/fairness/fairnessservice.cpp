#include "fairness/fairnessservice.h"

#include "accounts/permissions.h"
#include "analytics/analyticszone.h"
#include "analytics/filtersql.h"
#include "analytics/rollupsql.h"
#include "fairness/fairnessrollups.h"
#include "storage/bulkread.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <tuple>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Fairness)
};

Error failure(const QSqlQuery& query) {
    return Error{Text::tr("Cannot read the figures by group: %1").arg(query.lastError().text())};
}

Status readDecisionCells(QSqlQuery& query, QList<DecisionCell>& cells) {
    if (!query.exec())
        return failure(query);
    while (query.next())
        cells << DecisionCell{query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toString(), query.value(3).toString(),
                              query.value(4).toString(), query.value(5).toLongLong()};
    if (query.lastError().isValid())
        return failure(query);
    return success();
}

Status readReviewCells(QSqlQuery& query, QList<ReviewCell>& cells) {
    if (!query.exec())
        return failure(query);
    while (query.next())
        cells << ReviewCell{query.value(0).toString(),  query.value(1).toString(),
                            query.value(2).toString(),  query.value(3).toString(),
                            query.value(4).toString(),  query.value(5).toString(),
                            query.value(6).toLongLong()};
    if (query.lastError().isValid())
        return failure(query);
    return success();
}

Status readReviewerCells(QSqlQuery& query, QList<ReviewerCell>& cells) {
    if (!query.exec())
        return failure(query);
    while (query.next())
        cells << ReviewerCell{query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toLongLong(), query.value(3).toLongLong()};
    if (query.lastError().isValid())
        return failure(query);
    return success();
}

// The reviewer rollup has a row per reviewer, group, day, queue and model (tens
// of thousands at a million reviews); summed here as it streams, without the
// QVariant per value and the engine's GROUP BY over text keys.
Status sumReviewerCells(QSqlDatabase db, const Where& where, QList<ReviewerCell>& cells) {
    Result<std::unique_ptr<BulkRead>> rows = BulkRead::run(
        db,
        QStringLiteral("SELECT reviewer, groups, n, overrides FROM fairness_reviewer_overrides "
                       "WHERE %1")
            .arg(where.sql),
        where.values);
    if (!rows)
        return rows.error();
    BulkRead& read = *rows.value();
    QHash<QByteArray, qsizetype> index; // reviewer, unit separator, groups -> cell
    QByteArray key;
    while (read.next()) {
        key.resize(0);
        key.append(read.utf8(0));
        key.append('\x1f');
        key.append(read.utf8(1));
        auto found = index.constFind(key);
        if (found == index.cend()) {
            found = index.insert(key, cells.size());
            cells << ReviewerCell{read.text(1), read.text(0), 0, 0};
        }
        ReviewerCell& cell = cells[*found];
        cell.n += read.integer(2);
        cell.overrides += read.integer(3);
    }
    if (!read.error().isEmpty())
        return Error{Text::tr("Cannot read the figures by group: %1").arg(read.error())};
    // In the order the rows would give them: by reviewer, then groups.
    std::sort(cells.begin(), cells.end(), [](const ReviewerCell& a, const ReviewerCell& b) {
        return std::tie(a.reviewer, a.groupsJson) < std::tie(b.reviewer, b.groupsJson);
    });
    return success();
}

// The review cells straight from the facts: the reference, and the quick way
// for one reviewer's reviews (an index leads to them).
Status reviewCellsFromFacts(QSqlDatabase db, const Where& where, FairnessCells& cells) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT groups, coalesce(positive_label, ''), model_label, "
                                 "coalesce(initial, ''), final, coalesce(truth, ''), count(*) "
                                 "FROM review_facts WHERE groups IS NOT NULL AND %1 "
                                 "GROUP BY 1, 2, 3, 4, 5, 6")
                      .arg(where.sql));
    where.bind(query);
    if (Status read = readReviewCells(query, cells.reviews); !read)
        return read;
    query.prepare(QStringLiteral("SELECT '', '', '', '', '', '', count(*) FROM review_facts "
                                 "WHERE groups IS NULL AND %1")
                      .arg(where.sql));
    where.bind(query);
    return readReviewCells(query, cells.reviews);
}

} // namespace

Result<FairnessAnalysis> FairnessService::analyze(const Session& actor,
                                                  const AnalysisFilter& filter,
                                                  const FairnessOptions& options) const {
    // Most databases name no attributes: they pay one look, not a scan.
    if (Status allowed = require(actor, Permission::ReadOversight); !allowed)
        return allowed.error();
    QSqlQuery any(m_db);
    if (!any.exec(QStringLiteral(
            "SELECT 1 FROM import_batches WHERE group_columns <> '[]' AND "
            "known_answers = 0 AND staging = 0 UNION ALL "
            "SELECT 1 FROM review_logs WHERE group_columns <> '[]' AND staging = 0 LIMIT 1")))
        return failure(any);
    if (!any.next()) {
        if (!options.attributes.isEmpty() || !options.referenceAttribute.isEmpty())
            return Error{Text::tr("No batch or review log names group columns: import with "
                                  "--group-columns to see figures by group.")};
        return FairnessAnalysis{};
    }
    // The rollups count days in the analytics zone; another zone needs the rows.
    bool fromRollups = true;
    if (filter.zone) {
        const Result<QTimeZone> analytics = analyticsZone(m_db);
        if (!analytics)
            return analytics.error();
        const Result<bool> same =
            AnalyticsService(m_db).countsDaysAsAnalyticsZone(*filter.zone, analytics.value());
        if (!same)
            return same.error();
        fromRollups = same.value();
    }
    const Result<FairnessCells> cells =
        fromRollups ? cellsFromRollups(actor, filter) : cellsFromRows(actor, filter);
    if (!cells)
        return cells.error();
    return computeFairness(cells.value(), options);
}

Result<FairnessCells> FairnessService::cellsFromRows(const Session& actor,
                                                     const AnalysisFilter& filter) const {
    const Result<Where> reviewsFilter = reviewsWhere(m_db, actor, filter);
    if (!reviewsFilter)
        return reviewsFilter.error();
    const Result<QTimeZone> analytics = analyticsZone(m_db);
    if (!analytics)
        return analytics.error();
    const BatchesWhere batches(filter, filter.zone.value_or(analytics.value()));

    FairnessCells cells;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT s.groups, coalesce(b.positive_label, ''), s.model_label, "
                                 "%1, coalesce(s.truth, ''), count(*) "
                                 "FROM cases c JOIN case_sealed s ON s.case_seq = c.seq "
                                 "JOIN import_batches b ON b.seq = c.batch_seq "
                                 "JOIN model_versions m ON m.id = b.model_version_id %2 "
                                 "WHERE s.groups IS NOT NULL AND %3 GROUP BY 1, 2, 3, 4, 5")
                      .arg(effectiveDecisionColumn(), effectiveDecisionJoin(), batches.sql));
    batches.bind(query);
    if (Status read = readDecisionCells(query, cells.decisions); !read)
        return read.error();
    query.prepare(QStringLiteral("SELECT '', '', '', '', '', count(*) FROM cases c "
                                 "JOIN case_sealed s ON s.case_seq = c.seq "
                                 "JOIN import_batches b ON b.seq = c.batch_seq "
                                 "JOIN model_versions m ON m.id = b.model_version_id "
                                 "WHERE s.groups IS NULL AND %1")
                      .arg(batches.sql));
    batches.bind(query);
    if (Status read = readDecisionCells(query, cells.decisions); !read)
        return read.error();

    if (Status read = reviewCellsFromFacts(m_db, reviewsFilter.value(), cells); !read)
        return read.error();
    query.prepare(QStringLiteral("SELECT groups, reviewer, count(*), "
                                 "sum(CASE WHEN final <> model_label THEN 1 ELSE 0 END) "
                                 "FROM review_facts WHERE groups IS NOT NULL AND %1 "
                                 "GROUP BY 1, 2")
                      .arg(reviewsFilter->sql));
    reviewsFilter->bind(query);
    if (Status read = readReviewerCells(query, cells.reviewers); !read)
        return read.error();
    return cells;
}

Result<FairnessCells> FairnessService::cellsFromRollups(const Session& actor,
                                                        const AnalysisFilter& filter) const {
    if (Status allowed = require(actor, Permission::ReadOversight); !allowed)
        return allowed.error();
    const Result<QTimeZone> analytics = analyticsZone(m_db);
    if (!analytics)
        return analytics.error();
    const BatchesWhere batches(filter, analytics.value());

    FairnessCells cells;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT r.groups, coalesce(b.positive_label, ''), r.model_label, "
                                 "r.effective, r.truth, sum(r.n) FROM fairness_decisions r "
                                 "JOIN import_batches b ON b.seq = r.batch_seq "
                                 "JOIN model_versions m ON m.id = b.model_version_id "
                                 "WHERE r.n > 0 AND %1 GROUP BY 1, 2, 3, 4, 5")
                      .arg(batches.sql));
    batches.bind(query);
    if (Status read = readDecisionCells(query, cells.decisions); !read)
        return read.error();
    // Batches that named no attribute: every case they stored.
    query.prepare(QStringLiteral("SELECT '', '', '', '', '', coalesce(sum(b.rows_accepted), 0) "
                                 "FROM import_batches b "
                                 "JOIN model_versions m ON m.id = b.model_version_id "
                                 "WHERE b.group_columns = '[]' AND %1")
                      .arg(batches.sql));
    batches.bind(query);
    if (Status read = readDecisionCells(query, cells.decisions); !read)
        return read.error();

    const Where byReviewer(filter, true);
    if (!filter.reviewer.isEmpty()) {
        // One reviewer's reviews: few, and an index leads to them.
        const Result<Where> facts = reviewsWhere(m_db, actor, filter);
        if (!facts)
            return facts.error();
        if (Status read = reviewCellsFromFacts(m_db, facts.value(), cells); !read)
            return read.error();
    } else {
        const Where reviews(filter, false);
        query.prepare(QStringLiteral("SELECT groups, positive_label, model_label, initial, "
                                     "final, truth, sum(n) FROM fairness_reviews WHERE %1 "
                                     "GROUP BY 1, 2, 3, 4, 5, 6")
                          .arg(reviews.sql));
        reviews.bind(query);
        if (Status read = readReviewCells(query, cells.reviews); !read)
            return read.error();
        // Reviews without attributes: all the filter's reviews less those counted by group.
        query.prepare(QStringLiteral("SELECT '', '', '', '', '', '', "
                                     "(SELECT coalesce(sum(n), 0) FROM %1 WHERE %2) - "
                                     "(SELECT coalesce(sum(n), 0) FROM fairness_reviews WHERE %3)")
                          .arg(rollupByReviewer().name, byReviewer.sql, reviews.sql));
        byReviewer.bind(query);
        reviews.bind(query);
        if (Status read = readReviewCells(query, cells.reviews); !read)
            return read.error();
    }
    if (Status read = sumReviewerCells(m_db, byReviewer, cells.reviewers); !read)
        return read.error();
    return cells;
}

} // namespace oversight
