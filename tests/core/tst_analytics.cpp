// Every metric on hand-computed review logs, the rollup against the direct
// computation on random logs, time zones across a DST change, warnings and
// their minimum n, and live finalizations reaching the figures.
#include "analytics/analyticsservice.h"
#include "analytics/analyticszone.h"
#include "analytics/reviewlogimporter.h"
#include "analytics/timestamps.h"
#include "audit/chainverifier.h"
#include "review/reviewservice.h"
#include "reviewsupport.h"
#include "storage/cursorquery.h"
#include "storage/database.h"
#include "storage/dialect.h"

#include <array>
#include <random>

using namespace oversight;
using namespace oversight::test;

namespace {

const QByteArray handLog = "reviewer,timestamp,case,initial,ai,final,truth\n"
                           "a,2026-03-02T09:00:00Z,c1,approve,approve,approve,approve\n"
                           "a,2026-03-02T09:05:00Z,c2,decline,approve,approve,decline\n"
                           "a,2026-03-02T09:40:00Z,c3,decline,approve,decline,decline\n"
                           "b,2026-03-02T10:00:00Z,c4,approve,decline,decline,decline\n"
                           "b,2026-03-03T10:00:00Z,c5,approve,approve,decline,\n";

ReviewLogOptions logOptions(const QString& path) {
    ReviewLogOptions options;
    options.filePath = path;
    options.caseColumn = QStringLiteral("case");
    options.reviewerColumn = QStringLiteral("reviewer");
    options.finalColumn = QStringLiteral("final");
    options.aiColumn = QStringLiteral("ai");
    options.initialColumn = QStringLiteral("initial");
    options.truthColumn = QStringLiteral("truth");
    options.zone = QTimeZone::utc();
    return options;
}

void setAnalyticsZone(TempDatabase& temp, const QString& zone) {
    QSqlQuery query(temp.db());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value, changed_at) VALUES "
                                 "('analytics_time_zone', ?, '2026-01-01T00:00:00Z')"));
    query.addBindValue(zone);
    if (!query.exec())
        qFatal("cannot set the zone");
}

AnalysisFilter utcFilter() {
    AnalysisFilter filter;
    filter.zone = QTimeZone::utc();
    return filter;
}

const Group* find(const QList<Group>& groups, const QString& key) {
    for (const Group& group : groups)
        if (group.key == key)
            return &group;
    return nullptr;
}

// Equal tallies; the Brier sums may differ in the last bits (summed in another order).
bool sameCounts(const Counts& a, const Counts& b) {
    Counts x = a;
    Counts y = b;
    const bool close = qAbs(x.brierSum - y.brierSum) <= 1e-9 * qMax(1.0, qAbs(x.brierSum));
    x.brierSum = y.brierSum = 0;
    return close && x == y;
}

void compareReports(const OversightReport& a, const OversightReport& b) {
    QVERIFY(sameCounts(a.overall, b.overall));
    auto sameGroups = [](const QList<Group>& x, const QList<Group>& y) {
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (x[i].key != y[i].key || !sameCounts(x[i].counts, y[i].counts))
                return false;
        return true;
    };
    QVERIFY(sameGroups(a.byReviewer, b.byReviewer));
    QVERIFY(sameGroups(a.byHour, b.byHour));
    QVERIFY(sameGroups(a.byDay, b.byDay));
    QVERIFY(sameGroups(a.byQueue, b.byQueue));
    QVERIFY(sameGroups(a.workload.byOrdinal, b.workload.byOrdinal));
    QVERIFY(sameGroups(a.workload.bySinceBreak, b.workload.bySinceBreak));
    QVERIFY(sameCounts(a.workload.high, b.workload.high));
    QVERIFY(sameCounts(a.workload.low, b.workload.low));
    QCOMPARE(a.warnings.size(), b.warnings.size());
}

// A log of `count` reviews by `reviewer` on 2026-03-(2 + day), `overrides` of them
// against the model, one a minute from 08:00 UTC (no breaks, no initial decisions).
struct Batch {
    const char* reviewer;
    int day;
    int count;
    int overrides;
};

QByteArray logOf(const QList<Batch>& batches) {
    QByteArray log = "reviewer_id,timestamp,case_id,ai_label,final_decision\n";
    int caseNumber = 0;
    for (const Batch& batch : batches) {
        const QDateTime start(QDate(2026, 3, 2 + batch.day), QTime(8, 0), QTimeZone::utc());
        for (int i = 0; i < batch.count; ++i)
            log += QByteArray(batch.reviewer) + ',' +
                   start.addSecs(60 * i).toString(Qt::ISODate).toUtf8() + ",w" +
                   QByteArray::number(++caseNumber) + ",approve," +
                   (i < batch.overrides ? "decline" : "approve") + '\n';
    }
    return log;
}

// Whether a commit on the connection waits for the disk: SQLite's synchronous
// FULL (2) against NORMAL (1), PostgreSQL's synchronous_commit.
bool commitsWait(const QSqlDatabase& db) {
    QSqlQuery query(db);
    const bool sqlite = engineOf(db) == Engine::Sqlite;
    if (!query.exec(sqlite ? QStringLiteral("PRAGMA synchronous")
                           : QStringLiteral("SHOW synchronous_commit")) ||
        !query.next())
        qFatal("cannot read the durability setting");
    return sqlite ? query.value(0).toInt() == 2 : query.value(0).toString() == u"on";
}

QStringList warningCodes(const QList<Batch>& batches) {
    TempDatabase temp;
    ReviewLogOptions options;
    options.filePath = temp.write(QStringLiteral("w.csv"), logOf(batches));
    options.zone = QTimeZone::utc();
    if (!ReviewLogImporter(temp.db()).run(temp.admin, options).ok())
        qFatal("import failed");
    // Held in a variable: a range-for over a temporary's member would dangle.
    const Result<OversightReport> report =
        AnalyticsService(temp.db()).analyze(temp.admin, utcFilter());
    QStringList codes;
    for (const Warning& warning : report->warnings)
        codes << warning.code;
    return codes;
}

} // namespace

class TestAnalytics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The long reads of reports: more rows than one fetch holds, other statements
    // on the connection between rows, and text values that carry quotes and
    // backslashes (written into the statement by the driver on PostgreSQL).
    void cursorReadsEveryRowWhateverRunsBetween() {
        TempDatabase temp;
        QSqlQuery setup(temp.db());
        QVERIFY(setup.exec(QStringLiteral("CREATE TABLE numbers (n INTEGER, label TEXT)")));
        QVERIFY2(setup.exec(QStringLiteral(
                     "INSERT INTO numbers WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 "
                     "FROM s WHERE n < 25003) SELECT n, CASE WHEN n % 2 = 0 THEN 'o''brien\\' "
                     "ELSE 'plain' END FROM s")),
                 qPrintable(setup.lastError().text()));
        const ReadSnapshot snapshot(temp.db());
        QVERIFY(snapshot.begun());
        CursorQuery cursor(temp.db());
        QVERIFY2(cursor.exec(QStringLiteral("SELECT n FROM numbers WHERE label = ? AND n > ? "
                                            "ORDER BY n"),
                             {QStringLiteral("o'brien\\"), 2}),
                 qPrintable(cursor.lastError().text()));
        qint64 expected = 4; // by hand: the even numbers above 2
        qint64 rows = 0;
        while (cursor.next()) {
            QCOMPARE(cursor.value(0).toLongLong(), expected);
            expected += 2;
            ++rows;
            if (rows % 997 == 0) {
                QSqlQuery between(temp.db());
                QVERIFY(between.exec(QStringLiteral("SELECT count(*) FROM numbers")));
                QVERIFY(between.next());
                QCOMPARE(between.value(0).toLongLong(), 25003);
            }
        }
        QVERIFY(!cursor.lastError().isValid());
        QCOMPARE(rows, qint64(25002 / 2 - 1));
    }

    // While a review log is staged, a second connection's figures, drill-down and
    // verification see none of it (the rollups are only added at publishing); a
    // cancelled import leaves nothing. The log is out of time order, so the
    // ordinals are set in a second, chunked pass.
    void aReviewLogBeingStagedIsInvisibleUntilPublished() {
        TempDatabase temp;
        QVERIFY(ReviewLogImporter(temp.db())
                    .run(temp.admin, logOptions(temp.write(QStringLiteral("log.csv"), handLog)))
                    .ok());
        Result<Database> other = Database::open(temp.location, Database::OpenMode::MustExist);
        QVERIFY(other.ok());
        const QSqlDatabase reader = other->connection();
        AnalyticsService analytics(reader);
        // 11,700 reviews (1,900 overrides), each reviewer's later day first: more
        // than one transaction's worth.
        const QByteArray big = logOf({{"zed", 1, 900, 150},
                                      {"zed", 0, 900, 150},
                                      {"amy", 1, 900, 150},
                                      {"amy", 0, 900, 150},
                                      {"cat", 1, 900, 150},
                                      {"cat", 0, 900, 150},
                                      {"dan", 1, 900, 150},
                                      {"dan", 0, 900, 150},
                                      {"eve", 1, 900, 150},
                                      {"eve", 0, 900, 150},
                                      {"fay", 1, 900, 150},
                                      {"fay", 0, 900, 150},
                                      {"bob", 0, 900, 100}});
        static_assert(reviewFactsPerTransaction < 11700);
        ReviewLogOptions options;
        options.filePath = temp.write(QStringLiteral("big.csv"), big);
        options.zone = QTimeZone::utc();

        int checks = 0;
        auto whileStaging = [&](qint64, qint64) {
            if (checks++ > 0)
                return true;
            [&] {
                QSqlQuery raw(reader);
                QVERIFY(raw.exec(QStringLiteral("SELECT count(*) FROM review_facts")) &&
                        raw.next());
                QCOMPARE(raw.value(0).toLongLong(), qint64(5 + reviewFactsPerTransaction));
                // The chunks commit without waiting for the disk; publishing waits.
                QCOMPARE(commitsWait(temp.db()), false);
                const Result<OversightReport> figures = analytics.analyze(temp.admin, utcFilter());
                QVERIFY(figures.ok());
                QCOMPARE(figures->overall.n, 5);
                const Result<qint64> counted = analytics.countReviews(temp.admin, utcFilter());
                QVERIFY(counted.ok());
                QCOMPARE(counted.value(), 5);
                const Result<Verification> verified = verifyAuditTrail(reader, temp.admin);
                QVERIFY(verified.ok());
                QVERIFY2(verified->intact(), qPrintable(verified->description));
            }();
            return !QTest::currentTestFailed();
        };
        const ReviewLogReport imported =
            ReviewLogImporter(temp.db()).run(temp.admin, options, whileStaging);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QVERIFY(checks >= 2);
        QCOMPARE(commitsWait(temp.db()), true);
        const Result<OversightReport> figures = analytics.analyze(temp.admin, utcFilter());
        QVERIFY(figures.ok());
        QCOMPARE(figures->overall.n, 5 + 11700);
        QCOMPARE(*figures->overallRates.overrideRate.rate, (2.0 + 1900.0) / 11705.0);
        // The ordinals of the second pass: zed's first day's reviews are 1..900.
        QSqlQuery raw(reader);
        QVERIFY(raw.exec(QStringLiteral("SELECT min(day_ordinal), max(day_ordinal), "
                                        "count(DISTINCT day_ordinal) FROM review_facts WHERE "
                                        "reviewer = 'zed' AND local_day = '2026-03-02'")) &&
                raw.next());
        QCOMPARE(raw.value(0).toInt(), 1);
        QCOMPARE(raw.value(1).toInt(), 900);
        QCOMPARE(raw.value(2).toInt(), 900);
        const Result<Verification> verified = verifyAuditTrail(reader, temp.admin);
        QVERIFY(verified.ok() && verified->intact());

        options.filePath = temp.write(QStringLiteral("again.csv"), logOf({{"amy", 2, 5000, 9}}));
        const ReviewLogReport cancelled = ReviewLogImporter(temp.db()).run(
            temp.admin, options, [](qint64, qint64) { return false; });
        QVERIFY(!cancelled.ok());
        QVERIFY(raw.exec(QStringLiteral("SELECT (SELECT count(*) FROM review_facts), (SELECT "
                                        "count(*) FROM review_logs)")) &&
                raw.next());
        QCOMPARE(raw.value(0).toLongLong(), 5 + 11700);
        QCOMPARE(raw.value(1).toLongLong(), 2);
    }

    void handComputedLog() {
        TempDatabase temp;
        const ReviewLogReport imported = ReviewLogImporter(temp.db()).run(
            temp.admin, logOptions(temp.write(QStringLiteral("log.csv"), handLog)));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.accepted, 5);
        const Result<OversightReport> result =
            AnalyticsService(temp.db()).analyze(temp.admin, utcFilter());
        QVERIFY(result.ok());
        const OversightReport& r = result.value();
        QCOMPARE(r.overall.n, 5);
        QCOMPARE(*r.overallRates.overrideRate.rate, 0.4);
        QVERIFY(qAbs(*r.overallRates.overrideRate.low - 0.1176) < 1e-4);
        QVERIFY(qAbs(*r.overallRates.overrideRate.high - 0.7693) < 1e-4);
        QCOMPARE(*r.overallRates.disagreement.rate, 0.6);
        QCOMPARE(r.overallRates.deference.n, 3);
        QCOMPARE(*r.overallRates.deference.rate, 2.0 / 3.0);
        QCOMPARE(*r.overallRates.changedMind.rate, 0.6);
        QVERIFY(!r.overallRates.meanBlindSeconds); // a log has no dwell times: null, not 0

        QCOMPARE(*r.accuracy.model.rate, 0.5);
        QCOMPARE(r.accuracy.model.n, 4);
        QCOMPARE(*r.accuracy.initial.rate, 0.75);
        QCOMPARE(*r.accuracy.final.rate, 0.75);
        QCOMPARE(r.accuracy.switchedWhenModelRight.n, 1);
        QCOMPARE(*r.accuracy.switchedWhenModelRight.rate, 1.0);
        QCOMPARE(r.accuracy.heldWhenModelWrong.n, 2);
        QCOMPARE(*r.accuracy.heldWhenModelWrong.rate, 0.5);
        QCOMPARE(r.calibration.size(), 2);
        QVERIFY(!r.calibration[0].brier); // no stated confidence in the log

        QCOMPARE(r.byReviewer.size(), 2);
        QCOMPARE(r.byReviewer[0].key, QStringLiteral("a")); // lowest override rate first
        QCOMPARE(*r.byReviewer[0].rates.overrideRate.rate, 1.0 / 3.0);
        QCOMPARE(*r.byReviewer[1].rates.overrideRate.rate, 0.5);
        QCOMPARE(find(r.byHour, QStringLiteral("9"))->counts.n, 3);
        QCOMPARE(find(r.byHour, QStringLiteral("10"))->counts.overrides, 1);
        QCOMPARE(find(r.byDay, QStringLiteral("2026-03-02"))->counts.n, 4);
        QCOMPARE(find(r.byDay, QStringLiteral("2026-03-03"))->counts.n, 1);

        // Per-review day volumes 4,4,4,4,1: p25 = p75 = 4; no day above, one below.
        QCOMPARE(*r.workload.p25, 4.0);
        QCOMPARE(*r.workload.p75, 4.0);
        QCOMPARE(r.workload.high.n, 0);
        QVERIFY(!r.workload.highRates.overrideRate.rate);
        QCOMPARE(r.workload.low.n, 1);
        QCOMPARE(*r.workload.lowRates.overrideRate.rate, 1.0);
        // a: 09:00, 09:05 (same run), 09:40 (after a 35-minute break); b: one a day.
        QCOMPARE(find(r.workload.byOrdinal, QStringLiteral("1-10"))->counts.n, 5);
        QCOMPARE(find(r.workload.bySinceBreak, QStringLiteral("1-5"))->counts.n, 5);
        QCOMPARE(temp.count(
                     QStringLiteral("SELECT day_ordinal FROM review_facts WHERE case_ref = 'c3'")),
                 3);
        QCOMPARE(temp.count(QStringLiteral(
                     "SELECT break_ordinal FROM review_facts WHERE case_ref = 'c3'")),
                 1);
        QCOMPARE(temp.count(QStringLiteral(
                     "SELECT break_ordinal FROM review_facts WHERE case_ref = 'c2'")),
                 2);
        QCOMPARE(temp.count(
                     QStringLiteral("SELECT day_ordinal FROM review_facts WHERE case_ref = 'c5'")),
                 1);
        QVERIFY(r.warnings.isEmpty()); // five reviews support no warning

        // Filters: one reviewer, one day.
        AnalysisFilter onlyB = utcFilter();
        onlyB.reviewer = QStringLiteral("b");
        QCOMPARE(AnalyticsService(temp.db()).analyze(temp.admin, onlyB)->overall.n, 2);
        AnalysisFilter secondDay = utcFilter();
        secondDay.from = QDate(2026, 3, 3);
        QCOMPARE(AnalyticsService(temp.db()).analyze(temp.admin, secondDay)->overall.n, 1);
        AnalysisFilter firstDay = utcFilter();
        firstDay.to = QDate(2026, 3, 2);
        QCOMPARE(AnalyticsService(temp.db()).analyze(temp.admin, firstDay)->overall.n, 4);
    }

    void emptyAndDegenerateData() {
        TempDatabase temp;
        const Result<OversightReport> empty =
            AnalyticsService(temp.db()).analyze(temp.admin, utcFilter());
        QVERIFY(empty.ok());
        QCOMPARE(empty->overall.n, 0);
        QVERIFY(!empty->overallRates.overrideRate.rate);
        QVERIFY(!empty->workload.p75);
        QVERIFY(!empty->trend);
        QVERIFY(!empty->reviewerHomogeneity);
        QVERIFY(empty->warnings.isEmpty());

        // All agree, no initial decisions, one reviewer, one day.
        QByteArray log = "reviewer_id,timestamp,case_id,ai_label,final_decision\n";
        for (int i = 0; i < 150; ++i)
            log += "solo,2026-03-02T08:" + QByteArray::number(10 + i % 50).rightJustified(2, '0') +
                   ":00Z,k" + QByteArray::number(i) + ",approve,approve\n";
        ReviewLogOptions options;
        options.filePath = temp.write(QStringLiteral("solo.csv"), log);
        options.zone = QTimeZone::utc();
        QVERIFY(ReviewLogImporter(temp.db()).run(temp.admin, options).ok());
        const Result<OversightReport> r =
            AnalyticsService(temp.db()).analyze(temp.admin, utcFilter());
        QCOMPARE(r->overall.n, 150);
        QCOMPARE(*r->overallRates.overrideRate.rate, 0.0);
        QVERIFY(!r->overallRates.disagreement.rate); // no initial decisions: null
        QVERIFY(!r->overallRates.deference.rate);
        QVERIFY(!r->accuracy.model.rate); // no outcomes
        QVERIFY(!r->reviewerHomogeneity); // one reviewer
        QCOMPARE(r->warnings.size(), 1);  // n 150 >= 100 and 0 % < 2 %
        QCOMPARE(r->warnings[0].code, QStringLiteral("overall_override_low"));
        QCOMPARE(r->warnings[0].figures.value(QStringLiteral("n")).toLongLong(), 150);
    }

    void badRowsAreNamedAndNothingPartialIsStored() {
        TempDatabase temp;
        const QByteArray log = "reviewer,timestamp,case,initial,ai,final,truth\n"
                               "a,2026-03-02T09:00:00Z,c1,approve,approve,approve,\n"
                               ",2026-03-02T09:01:00Z,c2,approve,approve,approve,\n"
                               "a,yesterday,c3,approve,approve,approve,\n"
                               "a,2026-03-02T09:03:00Z,c4,approve,approve,approve,\xff\xfe\n"
                               "a,2026-03-02T09:04:00Z,c5,approve,approve,approve, \t\n";
        ReviewLogOptions options = logOptions(temp.write(QStringLiteral("bad.csv"), log));
        ReviewLogReport report = ReviewLogImporter(temp.db()).run(temp.admin, options);
        QVERIFY(report.ok());
        QCOMPARE(report.accepted, 2);
        QCOMPARE(report.rejected, 3);
        QCOMPARE(report.rejects[0].row, 2);
        QCOMPARE(report.rejects[0].column, QStringLiteral("reviewer"));
        QCOMPARE(report.rejects[1].row, 3);
        QCOMPARE(report.rejects[1].column, QStringLiteral("timestamp"));
        // Bytes that are not UTF-8 are refused, not stored as they are.
        QCOMPARE(report.rejects[2].row, 4);
        QCOMPARE(report.rejects[2].column, QStringLiteral("truth"));
        QCOMPARE(report.rejects[2].reason, QStringLiteral("not valid UTF-8"));
        // Blank is no outcome.
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM review_facts WHERE case_ref = "
                                           "'c5' AND truth IS NULL")),
                 1);
        // The same file again is refused; strict refuses all.
        QVERIFY(!ReviewLogImporter(temp.db()).run(temp.admin, options).ok());
        options.force = true;
        options.strict = true;
        report = ReviewLogImporter(temp.db()).run(temp.admin, options);
        QVERIFY(!report.ok());
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM review_facts")), 2);
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM review_logs")), 1);
        for (const char* table : {"rollup_by_reviewer", "rollup_by_hour", "rollup_by_workload"})
            QCOMPARE(temp.count(QStringLiteral("SELECT sum(n) FROM %1").arg(QLatin1String(table))),
                     2);
        // Missing columns are named.
        options = logOptions(temp.write(QStringLiteral("cols.csv"), "who,when\nx,y\n"));
        report = ReviewLogImporter(temp.db()).run(temp.admin, options);
        QVERIFY(!report.ok());
        QVERIFY(report.error.contains(QStringLiteral("reviewer")));
        // Only administrators import; reviewers may not analyse.
        const Session rita = addReviewer(temp, QStringLiteral("rita"));
        QVERIFY(!ReviewLogImporter(temp.db()).run(rita, logOptions(options.filePath)).ok());
        QVERIFY(!AnalyticsService(temp.db()).analyze(rita, utcFilter()).ok());
    }

    void passiveReviewersNeedEnoughReviewsEach() {
        // Two of four reviewers never override: 50 % > 30 %, each with 60 reviews.
        const QStringList fired =
            warningCodes({{"p", 0, 60, 0}, {"q", 0, 60, 0}, {"r", 0, 60, 12}, {"s", 0, 60, 15}});
        QVERIFY(fired.contains(QStringLiteral("reviewers_passive")));
        // The same shares on 40 reviews each: below the minimum n of 50, no warning.
        const QStringList quiet =
            warningCodes({{"p", 0, 40, 0}, {"q", 0, 40, 0}, {"r", 0, 40, 8}, {"s", 0, 40, 10}});
        QVERIFY(!quiet.contains(QStringLiteral("reviewers_passive")));
    }

    void workloadDropComparesHighAndLowVolumeDays() {
        // Day volumes 50, 100 x 6, 150: p25 = p75 = 100; the 50-day is low-volume
        // (40 % overrides), the 150-day high-volume (10 %).
        QList<Batch> batches{{"a", 0, 50, 20}, {"a", 7, 150, 15}};
        for (int day = 1; day <= 6; ++day)
            batches << Batch{"a", day, 100, 25};
        QVERIFY(warningCodes(batches).contains(QStringLiteral("workload_override_drop")));
        batches[1].overrides = 30; // 20 %: exactly half, not less
        QVERIFY(!warningCodes(batches).contains(QStringLiteral("workload_override_drop")));
    }

    void downwardTrendNeedsSignificanceAndDays() {
        QList<Batch> falling;
        for (int day = 0; day < 7; ++day)
            falling << Batch{"a", day, 40, 20 - 2 * day};
        QVERIFY(warningCodes(falling).contains(QStringLiteral("override_trend_down")));
        // Days with fewer than 20 reviews do not count: too few points remain.
        QList<Batch> thin;
        for (int day = 0; day < 7; ++day)
            thin << Batch{"a", day, 10, 5 - day / 2};
        QVERIFY(!warningCodes(thin).contains(QStringLiteral("override_trend_down")));
        QList<Batch> flat;
        for (int day = 0; day < 7; ++day)
            flat << Batch{"a", day, 40, day % 2 == 0 ? 8 : 9};
        QVERIFY(!warningCodes(flat).contains(QStringLiteral("override_trend_down")));
    }

    void statisticsPinnedOnKnownValues() {
        // Chi-square of homogeneity on 10/100 vs 30/100: 12.5, df 1, p = 0.000407.
        const std::optional<HomogeneityTest> test = chiSquareHomogeneity({{10, 100}, {30, 100}});
        QVERIFY(test);
        QVERIFY(qAbs(test->chiSquare - 12.5) < 1e-9);
        QCOMPARE(test->degreesOfFreedom, 1);
        QVERIFY(qAbs(test->pValue - 0.000406952) < 1e-6);
        QVERIFY(!chiSquareHomogeneity({{0, 10}, {0, 20}})); // every rate 0
        // numpy.percentile([1, 2, 2, 3, 10], 75) == 3.0; ([1, 2, 3, 4], 25) == 1.75
        QCOMPARE(*percentile({{1, 1}, {2, 2}, {3, 1}, {10, 1}}, 0.75), 3.0);
        QCOMPARE(*percentile({{4, 1}, {2, 1}, {3, 1}, {1, 1}}, 0.25), 1.75);
        // y = 1 - 0.1 x exactly: slope -0.1, p 0.
        const std::optional<Trend> exact = linearTrend({{0, 1}, {1, 0.9}, {2, 0.8}, {3, 0.7}});
        QVERIFY(qAbs(exact->slope + 0.1) < 1e-12);
        QCOMPARE(exact->pValue, 0.0);
        // [0..4] vs [2,1,4,3,5]: slope 0.8, t = 2.3094 on 3 df, two-sided p = 0.104088
        // (closed form of Student's t with 3 df)
        const std::optional<Trend> noisy = linearTrend({{0, 2}, {1, 1}, {2, 4}, {3, 3}, {4, 5}});
        QVERIFY(qAbs(noisy->slope - 0.8) < 1e-12);
        QVERIFY(qAbs(noisy->pValue - 0.104088) < 1e-5);
        // Wilson: 0 of 10 -> [0, 0.2775]
        const Proportion none = wilson(0, 10);
        QCOMPARE(*none.low, 0.0);
        QVERIFY(qAbs(*none.high - 0.27753) < 1e-4);
        QVERIFY(!wilson(0, 0).rate);
    }

    // The import reads a million timestamps with one offset lookup per local hour
    // and one day lookup per 15-minute slot; each result must equal what QDateTime
    // says time by time, across every kind of change of offset.
    void cachedTimeLookupsAgreeWithQDateTime() {
        const std::array<std::pair<const char*, QDate>, 6> changes{{
            {"Europe/Berlin", QDate(2026, 3, 27)},  // spring forward
            {"Europe/Berlin", QDate(2026, 10, 23)}, // an hour twice
            {"America/New_York", QDate(2026, 3, 6)},
            {"Australia/Lord_Howe", QDate(2026, 4, 3)}, // half an hour back
            {"Asia/Kolkata", QDate(2026, 6, 1)},        // +05:30, no change
            {"Pacific/Apia", QDate(2011, 12, 28)},      // 30 December 2011 never happened
        }};
        for (const auto& [id, from] : changes) {
            const QTimeZone zone(id);
            QVERIFY2(zone.isValid(), id);
            TimestampReader reader(zone);
            LocalSlotCache slots(zone);
            const QDateTime start(from, QTime(0, 0), QTimeZone::utc());
            // Every 7 min 13.25 s over five days: every minute of the hour comes up.
            for (qint64 ms = 0; ms < 5 * 86400000LL; ms += 433250) {
                const QDateTime naive = start.addMSecs(ms);
                const QString text = naive.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
                const QDateTime local(naive.date(), naive.time(), zone);
                const bool exists =
                    local.isValid() && local.date() == naive.date() && local.time() == naive.time();
                const std::optional<qint64> read = reader.utcMilliseconds(text.toUtf8());
                const QString where = text + u' ' + QLatin1String(id);
                QVERIFY2(read.has_value() == exists, qPrintable(where));
                if (exists)
                    QVERIFY2(*read == local.toMSecsSinceEpoch(), qPrintable(where));

                const qint64 instant = start.toMSecsSinceEpoch() + ms;
                const QDateTime there =
                    QDateTime::fromMSecsSinceEpoch(instant, Qt::UTC).toTimeZone(zone);
                const LocalSlotCache::Slot& slot = slots.at(instant);
                QCOMPARE(QString::fromUtf8(slot.day), there.date().toString(Qt::ISODate));
                QCOMPARE(slot.hour, there.time().hour());
                QCOMPARE(slot.julianDay, there.date().toJulianDay());
            }
        }
        // Stored text, against Qt's, from the first year to the last.
        std::mt19937_64 random(24);
        const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 last =
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        std::uniform_int_distribution<qint64> anyInstant(first, last);
        for (qint64 instant : {first, last, qint64(0), qint64(-1), qint64(951782400123)}) {
            QCOMPARE(QString::fromLatin1(utcIsoText(instant)),
                     QDateTime::fromMSecsSinceEpoch(instant, Qt::UTC).toString(Qt::ISODateWithMs));
        }
        for (int i = 0; i < 20000; ++i) {
            const qint64 instant = anyInstant(random);
            QCOMPARE(QString::fromLatin1(utcIsoText(instant)),
                     QDateTime::fromMSecsSinceEpoch(instant, Qt::UTC).toString(Qt::ISODateWithMs));
        }
        // Texts the reader refuses; and whitespace, offsets and fractions it takes.
        TimestampReader utc(QTimeZone::utc());
        for (const char* bad :
             {"0000-01-01T00:00", "2026-02-29T10:00", "2026-13-01T10:00", "2026-01-01T24:00",
              "2026-01-01T10:60", "2026-01-01T10:00:60", "2026-01-01T10:00:00.",
              "2026-01-01T10:00:00.1234567890", "2026-01-01T10:00+19:00", "2026-01-01T10:00+01:60",
              "2026-01-01T10:00Zx", "2026-01-01", "2026-1-01T10:00"})
            QVERIFY2(!utc.utcMilliseconds(bad), bad);
        const qint64 tenUtc =
            QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(*utc.utcMilliseconds(" 2026-01-01 10:00\t"), tenUtc);
        QCOMPARE(*utc.utcMilliseconds("2026-01-01T11:30:00+0130"), tenUtc);
        QCOMPARE(*utc.utcMilliseconds("2026-01-01T08:00:00.5-02:00"), tenUtc + 500);
        QCOMPARE(*utc.utcMilliseconds("2026-01-01T10:00:00.123456789Z"), tenUtc + 123);
    }

    void timestampsAcrossADaylightSavingChange() {
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(parseTimestamp(u"2026-03-29T01:30:00", berlin)->toString(Qt::ISODate),
                 QStringLiteral("2026-03-29T00:30:00Z"));
        QVERIFY(!parseTimestamp(u"2026-03-29T02:30:00", berlin)); // skipped by the change
        QCOMPARE(parseTimestamp(u"2026-03-29T03:30:00", berlin)->toString(Qt::ISODate),
                 QStringLiteral("2026-03-29T01:30:00Z"));
        QCOMPARE(
            parseTimestamp(u"2026-03-29 03:30:00.250+02:00", berlin)->toString(Qt::ISODateWithMs),
            QStringLiteral("2026-03-29T01:30:00.250Z"));
        QCOMPARE(parseTimestamp(u"2026-03-29T01:30Z", berlin)->toString(Qt::ISODate),
                 QStringLiteral("2026-03-29T01:30:00Z"));
        QVERIFY(!parseTimestamp(u"2026-02-30T01:30:00", berlin));
        QVERIFY(!parseTimestamp(u"29.03.2026 01:30", berlin));

        // The same reviews by hour in Berlin: 01 and 03 local, 00 and 01 UTC.
        TempDatabase temp;
        setAnalyticsZone(temp, QStringLiteral("Europe/Berlin"));
        const QByteArray log = "reviewer_id,timestamp,case_id,ai_label,final_decision\n"
                               "a,2026-03-29T01:30:00,k1,approve,approve\n"
                               "a,2026-03-29T03:30:00,k2,approve,decline\n"
                               "a,2026-03-28T23:59:00,k3,approve,approve\n";
        ReviewLogOptions options;
        options.filePath = temp.write(QStringLiteral("dst.csv"), log);
        options.zone = berlin;
        QVERIFY(ReviewLogImporter(temp.db()).run(temp.admin, options).ok());
        AnalysisFilter filter;
        filter.zone = berlin;
        const Result<OversightReport> local =
            AnalyticsService(temp.db()).analyze(temp.admin, filter);
        QVERIFY(find(local->byHour, QStringLiteral("1")) &&
                find(local->byHour, QStringLiteral("3")));
        QCOMPARE(find(local->byDay, QStringLiteral("2026-03-29"))->counts.n, 2);
        QCOMPARE(find(local->byDay, QStringLiteral("2026-03-28"))->counts.n, 1);
        filter.from = QDate(2026, 3, 29);
        filter.to = QDate(2026, 3, 29);
        QCOMPARE(AnalyticsService(temp.db()).analyze(temp.admin, filter)->overall.n, 2);
        const Result<OversightReport> utc =
            AnalyticsService(temp.db()).analyze(temp.admin, utcFilter());
        QVERIFY(find(utc->byHour, QStringLiteral("0")) && find(utc->byHour, QStringLiteral("1")));
        QCOMPARE(find(utc->byDay, QStringLiteral("2026-03-28"))->counts.n, 1); // 22:59 UTC
    }

    void rollupEqualsDirectComputationOnRandomLogs_data() {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<int>("rows");
        // The row whose time goes back three days, or -1: the log is not in time
        // order from there, so the rollups cannot be summed as the chunks come.
        QTest::addColumn<int>("backInTimeAt");
        QTest::newRow("UTC") << QStringLiteral("UTC") << 3000 << -1;
        QTest::newRow("Tokyo") << QStringLiteral("Asia/Tokyo") << 3000 << -1;
        QTest::newRow("Kolkata, half-hour offset") << QStringLiteral("Asia/Kolkata") << 3000 << -1;
        QTest::newRow("New York, DST in March") << QStringLiteral("America/New_York") << 3000 << -1;
        const int chunks = 2 * static_cast<int>(reviewFactsPerTransaction) + 700;
        QTest::newRow("Berlin, three chunks") << QStringLiteral("Europe/Berlin") << chunks << -1;
        QTest::newRow("Berlin, back in time in the third chunk")
            << QStringLiteral("Europe/Berlin") << chunks << chunks - 300;
    }

    void rollupEqualsDirectComputationOnRandomLogs() {
        QFETCH(QString, zone);
        QFETCH(int, rows);
        QFETCH(int, backInTimeAt);
        TempDatabase temp;
        setAnalyticsZone(temp, zone);
        std::mt19937 random(42);
        const char* labels[] = {"approve", "decline", "refer"};
        const char* reviewers[] = {"ann", "bob", "cho", "dev", "eli"};
        QByteArray log =
            "reviewer,timestamp,case,initial,initial_confidence,ai,final,truth,queue\n";
        QDateTime time(QDate(2026, 3, 1), QTime(6, 0), QTimeZone::utc());
        for (int i = 0; i < rows; ++i) {
            auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
            time = i == backInTimeAt ? time.addDays(-3) : time.addSecs(1 + pick(1500));
            const QByteArray ai = labels[pick(3)];
            const QByteArray initial = pick(5) == 0 ? QByteArray() : QByteArray(labels[pick(3)]);
            const QByteArray stated =
                initial.isEmpty() || pick(4) == 0 ? QByteArray() : QByteArray::number(pick(101));
            const QByteArray final = pick(3) == 0 ? ai : QByteArray(labels[pick(3)]);
            const QByteArray truth = pick(2) == 0 ? QByteArray() : QByteArray(labels[pick(3)]);
            log += QByteArray(reviewers[pick(5)]) + ',' + time.toString(Qt::ISODate).toUtf8() +
                   ",r" + QByteArray::number(i) + ',' + initial + ',' + stated + ',' + ai + ',' +
                   final + ',' + truth + ',' + (pick(4) == 0 ? "audit" : "review") + '\n';
        }
        ReviewLogOptions options = logOptions(temp.write(QStringLiteral("random.csv"), log));
        options.queueColumn = QStringLiteral("queue");
        options.initialConfidenceColumn = QStringLiteral("initial_confidence");
        QVERIFY(ReviewLogImporter(temp.db()).run(temp.admin, options).ok());
        const AnalyticsService analytics(temp.db());
        QList<AnalysisFilter> filters{AnalysisFilter{}};
        AnalysisFilter range;
        range.from = QDate(2026, 3, 8);
        range.to = QDate(2026, 3, 20);
        filters << range;
        AnalysisFilter narrow = range;
        narrow.reviewer = QStringLiteral("bob");
        narrow.queue = QStringLiteral("review");
        filters << narrow;
        AnalysisFilter model;
        model.model = QStringLiteral("imported");
        filters << model;
        for (const AnalysisFilter& filter : std::as_const(filters)) {
            const Result<OversightReport> rolled = analytics.analyze(temp.admin, filter);
            const Result<OversightReport> direct = analytics.analyzeFromFacts(temp.admin, filter);
            QVERIFY(rolled.ok() && direct.ok());
            QVERIFY(rolled->overall.n > 0);
            QVERIFY(rolled->overall.brierN > 0);
            compareReports(rolled.value(), direct.value());
        }
        // Asked in another zone, the answer comes from the facts, in that zone.
        AnalysisFilter elsewhere;
        elsewhere.zone = QTimeZone("Pacific/Auckland");
        compareReports(analytics.analyze(temp.admin, elsewhere).value(),
                       analytics.analyzeFromFacts(temp.admin, elsewhere).value());
    }

    void finalizedReviewsReachTheFigures() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(4)).ok());
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        ReviewService reviews(temp.db());
        for (int i = 0; i < 3; ++i) {
            const ClaimedCase claimed = *reviews.claimNext(anna, QStringLiteral("review")).value();
            const Result<Reveal> reveal =
                reviews.commitInitial(anna, claimed.caseId, {QStringLiteral("approve"), 80, {}});
            QVERIFY(reveal.ok());
            QVERIFY(reviews.finalize(anna, claimed.caseId, QStringLiteral("approve"),
                                     QStringLiteral("r")));
        }
        const Result<OversightReport> r = AnalyticsService(temp.db()).analyze(temp.admin, {});
        QVERIFY(r.ok());
        QCOMPARE(r->overall.n, 3);
        QCOMPARE(r->overall.withInitial, 3);
        // case-0 is declined by the model, case-1 and case-2 approved.
        QCOMPARE(r->overall.overrides, 1);
        QCOMPARE(r->byReviewer[0].key, QStringLiteral("anna"));
        QCOMPARE(r->byModel[0].key, QStringLiteral("credit-risk 2.3.0"));
        QCOMPARE(r->overall.blindN, 3);
        AnalysisFilter byName;
        byName.model = QStringLiteral("credit-risk"); // the name alone: every version
        QCOMPARE(AnalyticsService(temp.db()).analyze(temp.admin, byName)->overall.n, 3);
        byName.model = QStringLiteral("credit");
        QCOMPARE(AnalyticsService(temp.db()).analyze(temp.admin, byName)->overall.n, 0);
        compareReports(r.value(),
                       AnalyticsService(temp.db()).analyzeFromFacts(temp.admin, {}).value());
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
