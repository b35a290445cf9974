// The blind review through the real service on real SQLite files: what a claim
// carries, commit before reveal, immutability, the rationale rule, leases,
// exclusions, escalation, crash recovery and permissions.
#include "accounts/separationofduties.h"
#include "review/leasesetting.h"
#include "review/reviewrules.h"
#include "review/reviewservice.h"
#include "reviewsupport.h"
#include "storage/dialect.h"
#include "storage/keptquery.h"
#include "workload/workposition.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <future>
#include <utility>

using namespace oversight;
using namespace oversight::test;

namespace {

// Converts to any member type: lets the test count an aggregate's fields.
struct AnyField {
    template <typename T>
    operator T() const; // NOLINT: declared only, used in unevaluated context
};

template <typename T, std::size_t... I>
constexpr bool initializableWith(std::index_sequence<I...>) {
    return requires {
        T{(static_cast<void>(I), AnyField{})...};
    };
}

// The blind stage's type has exactly these seven fields (ids, queue, facts, label
// options, claim and lease times). A new field fails this build: whoever adds one
// must make sure it cannot carry the model's answer, then update the count.
static_assert(initializableWith<ClaimedCase>(std::make_index_sequence<7>{}));
static_assert(!initializableWith<ClaimedCase>(std::make_index_sequence<8>{}));
static_assert(initializableWith<Fact>(std::make_index_sequence<2>{}));
static_assert(!initializableWith<Fact>(std::make_index_sequence<3>{}));

// A clock the test moves by hand.
struct ManualClock {
    QDateTime time = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    ReviewService::Clock function() {
        return [this] { return time; };
    }
};

ReviewService::Options at(ManualClock& clock) {
    ReviewService::Options options;
    options.clock = clock.function();
    options.zone = QTimeZone::utc();
    return options;
}

// Every string of a claim but the label options and the two timestamps.
QStringList blindStrings(const ClaimedCase& claimed) {
    QStringList strings{claimed.caseId, claimed.externalId, claimed.queue};
    for (const Fact& fact : claimed.facts)
        strings << fact.name << fact.value;
    return strings;
}

struct Sealed {
    QString label;
    double confidence;
    QString probabilities;
    QString hidden;
    QString reason;
};

Sealed sealedFor(const TempDatabase& temp, const QString& caseId) {
    QSqlQuery query(temp.db());
    query.prepare(QStringLiteral(
        "SELECT s.model_label, s.confidence, s.probabilities, s.hidden, s.route_reason "
        "FROM case_sealed s JOIN cases c ON c.seq = s.case_seq WHERE c.id = ?"));
    query.addBindValue(caseId);
    if (!query.exec() || !query.next())
        qFatal("no sealed row for %s", qPrintable(caseId));
    return {query.value(0).toString(), query.value(1).toDouble(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString()};
}

QString reviewField(const TempDatabase& temp, const QString& caseId, const QString& column) {
    QSqlQuery query(temp.db());
    query.prepare(QStringLiteral("SELECT r.") % column %
                  QStringLiteral(" FROM reviews r JOIN cases c ON c.seq = r.case_seq WHERE "
                                 "c.id = ? ORDER BY r.seq DESC LIMIT 1"));
    query.addBindValue(caseId);
    if (!query.exec() || !query.next())
        return QStringLiteral("<none>");
    return query.value(0).toString();
}

// For QVERIFY2, which evaluates its message whether or not the check fails.
template <typename T>
const char* errorText(const Result<T>& result) {
    static QByteArray text;
    text = result.ok() ? QByteArray() : result.error().message.toUtf8();
    return text.constData();
}

QString otherLabel(const QString& label) {
    return label == u"approve" ? QStringLiteral("decline") : QStringLiteral("approve");
}

ClaimedCase claim(ReviewService& service, const Session& reviewer,
                  const QString& queue = QStringLiteral("review")) {
    Result<std::optional<ClaimedCase>> claimed = service.claimNext(reviewer, queue);
    if (!claimed)
        qFatal("claim failed: %s", qPrintable(claimed.error().message));
    if (!claimed.value())
        qFatal("queue %s is empty", qPrintable(queue));
    return *claimed.value();
}

} // namespace

class TestReview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void claimCarriesFactsOnly() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(12)).ok());
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        ReviewService service(temp.db());
        QSet<QStringList> labelSets;
        for (int i = 0; i < 12; ++i) {
            const ClaimedCase claimed = claim(service, anna);
            const Sealed sealed = sealedFor(temp, claimed.caseId);
            QStringList factNames;
            for (const Fact& fact : claimed.facts)
                factNames << fact.name;
            QCOMPARE(factNames, (QStringList{QStringLiteral("income"), QStringLiteral("region"),
                                             QStringLiteral("note")}));
            const QStringList forbidden{sealed.label,
                                        QString::number(sealed.confidence),
                                        QString::number(sealed.confidence, 'f', 2),
                                        sealed.hidden.mid(2, 3),
                                        sealed.reason,
                                        QStringLiteral("credit-risk"),
                                        QStringLiteral("2.3.0"),
                                        QStringLiteral("p_approve"),
                                        QStringLiteral("score")};
            for (const QString& text : blindStrings(claimed))
                for (const QString& secret : forbidden)
                    // A random UUID may contain a short secret's digits by chance.
                    QVERIFY2(text == claimed.caseId || !text.contains(secret),
                             qPrintable(QStringLiteral("'%1' reveals '%2'").arg(text, secret)));
            QVERIFY(QDateTime::fromString(claimed.claimedAt, Qt::ISODateWithMs).isValid());
            QVERIFY(QDateTime::fromString(claimed.leaseExpires, Qt::ISODateWithMs).isValid());
            // The options are the batch's, the same for every case whatever the model said.
            labelSets.insert(claimed.labels);
            QVERIFY(service.release(anna, claimed.caseId, QStringLiteral("test")).ok());
        }
        QCOMPARE(labelSets.size(), 1);
        QCOMPARE(*labelSets.begin(),
                 (QStringList{QStringLiteral("approve"), QStringLiteral("decline")}));
    }

    void commitIsStoredBeforeTheReveal() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(6)).ok());
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        ManualClock clock;
        ReviewService service(temp.db(), at(clock));
        const ClaimedCase claimed = claim(service, anna);
        QCOMPARE(claimed.externalId, QStringLiteral("case-0")); // oldest first
        QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("status")),
                 QStringLiteral("claimed"));
        QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("model_label")), QString());

        clock.time = clock.time.addSecs(42);
        const Result<Reveal> reveal = service.commitInitial(
            anna, claimed.caseId, {QStringLiteral("approve"), 70, QStringLiteral("steady income")});
        QVERIFY2(reveal.ok(), errorText(reveal));
        const Sealed sealed = sealedFor(temp, claimed.caseId);
        QCOMPARE(reveal->modelLabel, sealed.label);
        QCOMPARE(reveal->modelLabel, QStringLiteral("decline")); // case-0: i % 3 == 0
        QCOMPARE(reveal->modelConfidence, sealed.confidence);
        QCOMPARE(reveal->probabilities.size(), std::size_t(2));
        double sum = 0;
        for (const auto& [label, probability] : reveal->probabilities)
            sum += probability;
        QVERIFY(qAbs(sum - 1.0) < 1e-9);
        QCOMPARE(reveal->initial.label, QStringLiteral("approve"));
        QCOMPARE(reveal->initial.confidence, 70);

        QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("status")),
                 QStringLiteral("revealed"));
        QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("initial_decision")),
                 QStringLiteral("approve"));
        QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("initial_rationale")),
                 QStringLiteral("steady income"));
        QVERIFY(reviewField(temp, claimed.caseId, QStringLiteral("committed_at")) <=
                reviewField(temp, claimed.caseId, QStringLiteral("revealed_at")));
        QCOMPARE(temp.value(QStringLiteral("SELECT state FROM cases WHERE external_id = 'case-0'"))
                     .toString(),
                 QStringLiteral("revealed"));
    }

    // On PostgreSQL every statement of a review step is prepared once per
    // connection: the server's own count of executions per prepared statement
    // equals the number of cases reviewed, and the statement count stays put.
    void reviewStepsPrepareEachStatementOnce() {
        if (!onPostgres())
            QSKIP("statements are kept on PostgreSQL only");
        TempDatabase temp;
        const int cases = 7;
        QVERIFY(importCases(temp, reviewCasesCsv(cases)).ok());
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        ReviewService service(temp.db());
        auto preparedCount = [&] {
            return temp.value(QStringLiteral("SELECT count(*) FROM pg_prepared_statements"))
                .toInt();
        };
        int afterFirst = 0;
        for (int i = 0; i < cases; ++i) {
            const ClaimedCase claimed = claim(service, anna);
            const Result<Reveal> reveal =
                service.commitInitial(anna, claimed.caseId, {QStringLiteral("approve"), 60, {}});
            QVERIFY2(reveal.ok(), errorText(reveal));
            const Result<FinalOutcome> final = service.finalize(
                anna, claimed.caseId, reveal->modelLabel, QStringLiteral("the model's reasons"));
            QVERIFY2(final.ok(), errorText(final));
            if (i == 0)
                afterFirst = preparedCount();
        }
        QVERIFY(afterFirst >= 10);
        QCOMPARE(preparedCount(), afterFirst);
        QCOMPARE(keptQueryCount(temp.db().connectionName()), afterFirst);
        QSqlQuery executions(temp.db());
        QVERIFY(executions.exec(
            QStringLiteral("SELECT generic_plans + custom_plans FROM pg_prepared_statements "
                           "WHERE statement LIKE 'PREPARE % AS UPDATE reviews SET status = "
                           "''finalized''%'")));
        QVERIFY(executions.next());
        QCOMPARE(executions.value(0).toInt(), cases);
        QVERIFY(!executions.next());
    }

    // Nesting, a statement that fails to prepare, and a re-opened connection.
    void keptQueriesStayCorrect() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(4)).ok());
        const QString ids =
            QStringLiteral("SELECT external_id FROM cases WHERE seq >= ? ORDER BY seq");
        const QString name = temp.db().connectionName();
        const int keptBefore = keptQueryCount(name);
        QStringList pairs;
        {
            KeptQuery outer(temp.db());
            QVERIFY(outer.prepare(ids));
            outer.addBindValue(1);
            QVERIFY(outer.exec());
            while (outer.next()) {
                // The same SQL while the outer statement is being read.
                KeptQuery inner(temp.db());
                QVERIFY(inner.prepare(ids));
                inner.addBindValue(3);
                QVERIFY(inner.exec());
                int later = 0;
                while (inner.next())
                    ++later;
                pairs << outer.value(0).toString() + QLatin1Char('/') + QString::number(later);
            }
        }
        QCOMPARE(pairs, (QStringList{QStringLiteral("case-0/2"), QStringLiteral("case-1/2"),
                                     QStringLiteral("case-2/2"), QStringLiteral("case-3/2")}));
        const int kept = keptQueryCount(name);
        QCOMPARE(kept, keptBefore + (onPostgres() ? 1 : 0));
        {
            KeptQuery broken(temp.db());
            QVERIFY(!broken.prepare(QStringLiteral("SELECT no_such_column FROM cases")) ||
                    !broken.exec());
            QVERIFY(broken.lastError().isValid());
        }
        QCOMPARE(keptQueryCount(name), kept);
        if (onPostgres()) {
            QVERIFY(reconnect(temp.db()).ok());
            QCOMPARE(keptQueryCount(name), 0);
        }
        KeptQuery again(temp.db());
        QVERIFY(again.prepare(ids));
        again.addBindValue(4);
        QVERIFY2(again.exec(), qPrintable(again.lastError().text()));
        QVERIFY(again.next());
        QCOMPARE(again.value(0).toString(), QStringLiteral("case-3"));
    }

    void initialDecisionNeverChanges() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(3)).ok());
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        ReviewService service(temp.db());
        const ClaimedCase claimed = claim(service, anna);
        QVERIFY(service.commitInitial(anna, claimed.caseId, {QStringLiteral("approve"), 60, {}}));
        const Result<Reveal> again =
            service.commitInitial(anna, claimed.caseId, {QStringLiteral("decline"), 90, {}});
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QStringLiteral("cannot change")));

        // Nor by going around the service: the database refuses.
        QSqlQuery query(temp.db());
        QVERIFY(!query.exec(QStringLiteral("UPDATE reviews SET initial_decision = 'decline'")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("cannot change")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE reviews SET initial_confidence = 99")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM reviews")));
        QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("initial_decision")),
                 QStringLiteral("approve"));
        QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("initial_confidence")),
                 QStringLiteral("60"));

        // Once finalized, nothing about the review changes.
        QVERIFY(service
                    .finalize(anna, claimed.caseId, QStringLiteral("decline"),
                              QStringLiteral("model saw the arrears"))
                    .ok());
        QVERIFY(!query.exec(QStringLiteral("UPDATE reviews SET final_decision = 'approve'")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE reviews SET final_rationale = 'x'")));
    }

    void invalidInitialDecisionsAreRefused() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(3)).ok());
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        ReviewService service(temp.db());
        const ClaimedCase claimed = claim(service, anna);
        const Result<Reveal> unknown =
            service.commitInitial(anna, claimed.caseId, {QStringLiteral("maybe"), 50, {}});
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("approve, decline")));
        QVERIFY(!service.commitInitial(anna, claimed.caseId, {QStringLiteral("approve"), 101, {}}));
        QVERIFY(!service.commitInitial(anna, claimed.caseId, {QStringLiteral("approve"), -1, {}}));
        QVERIFY(!service.commitInitial(anna, QStringLiteral("not-a-case"),
                                       {QStringLiteral("approve"), 50, {}}));
        QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("status")),
                 QStringLiteral("claimed"));
    }

    void rationaleRule_data() {
        QTest::addColumn<bool>("initialAgrees");
        QTest::addColumn<bool>("finalAgrees");
        QTest::addColumn<bool>("finalKeepsInitial");
        QTest::addColumn<bool>("required");
        // initial == model, final == both: no reason needed.
        QTest::newRow("agree throughout") << true << true << true << false;
        // initial == model, final differs from both.
        QTest::newRow("override after agreeing") << true << false << false << true;
        // initial != model, kept: differs from the model.
        QTest::newRow("hold against model") << false << false << true << true;
        // initial != model, switched to the model: differs from the initial.
        QTest::newRow("switch to model") << false << true << false << true;
    }

    void rationaleRule() {
        QFETCH(bool, initialAgrees);
        QFETCH(bool, finalAgrees);
        QFETCH(bool, finalKeepsInitial);
        QFETCH(bool, required);
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(3)).ok());
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        ReviewService service(temp.db());
        const ClaimedCase claimed = claim(service, anna);
        const QString model = sealedFor(temp, claimed.caseId).label;
        const QString initial = initialAgrees ? model : otherLabel(model);
        const QString final = finalAgrees ? model : otherLabel(model);
        QCOMPARE(final == initial, finalKeepsInitial);
        QCOMPARE(finalRationaleRequired(initial, final, model), required);
        QVERIFY(service.commitInitial(anna, claimed.caseId, {initial, 50, {}}));

        const Result<FinalOutcome> bare =
            service.finalize(anna, claimed.caseId, final, QStringLiteral("  "));
        QCOMPARE(bare.ok(), !required);
        if (required) {
            QVERIFY(bare.error().message.contains(QStringLiteral("rationale is required")));
            QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("status")),
                     QStringLiteral("revealed"));
            const Result<FinalOutcome> reasoned =
                service.finalize(anna, claimed.caseId, final, QStringLiteral("because"));
            QVERIFY(reasoned.ok());
            QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("final_rationale")),
                     QStringLiteral("because"));
        }
        QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("status")),
                 QStringLiteral("finalized"));
        QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("override")),
                 finalAgrees ? QStringLiteral("0") : QStringLiteral("1"));
    }

    void finalizeRecordsDwellTimesAndWorkPosition() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(5)).ok());
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        ManualClock clock;
        ReviewService service(temp.db(), at(clock));
        // Three cases a minute apart, then a 20-minute break, then one more.
        const int pauses[] = {0, 60, 60, 20 * 60};
        const int expectedBreak[] = {1, 2, 3, 1};
        for (int i = 0; i < 4; ++i) {
            clock.time = clock.time.addSecs(pauses[i]);
            const ClaimedCase claimed = claim(service, anna);
            clock.time = clock.time.addSecs(30);
            const Result<Reveal> reveal =
                service.commitInitial(anna, claimed.caseId, {QStringLiteral("approve"), 80, {}});
            QVERIFY(reveal.ok());
            clock.time = clock.time.addSecs(12);
            QVERIFY(
                service.finalize(anna, claimed.caseId, reveal->modelLabel, QStringLiteral("ok")));
            QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("blind_ms")),
                     QStringLiteral("30000"));
            QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("decide_ms")),
                     QStringLiteral("12000"));
            QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("day_ordinal")),
                     QString::number(i + 1));
            QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("break_ordinal")),
                     QString::number(expectedBreak[i]));
        }
        const Result<QList<ReviewerQueue>> queues = service.queues(anna);
        QVERIFY(queues.ok());
        QCOMPARE(queues->at(0).name, QStringLiteral("review"));
        QCOMPARE(queues->at(0).mineToday, 4);
        QCOMPARE(queues->at(0).pending, 1);
        QCOMPARE(queues->at(1).name, QStringLiteral("audit"));
        QCOMPARE(queues->at(1).pending, 0);
    }

    void finalizationHoldsNoTrailLockWhileWaitingForRows() {
        // On PostgreSQL the first audit event of a transaction takes the trail's
        // lock. A finalization that waits for rows another writer holds must not
        // hold that lock meanwhile: the other writer asks for it next, and the two
        // deadlock (seen with eight reviewers: the first finalization stored the
        // analytics zone, with its event, before its rollups).
        if (!onPostgres())
            QSKIP("the trail's lock is PostgreSQL's; SQLite has one writer at a time");
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(1)).ok());
        QCOMPARE(temp.count(QStringLiteral(
                     "SELECT count(*) FROM settings WHERE key = 'analytics_time_zone'")),
                 0);
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        ReviewService service(temp.db());
        const ClaimedCase claimed = claim(service, anna);
        const Result<Reveal> reveal =
            service.commitInitial(anna, claimed.caseId, {QStringLiteral("approve"), 80, {}});
        QVERIFY(reveal.ok());

        Result<Database> other = Database::open(temp.location, Database::OpenMode::MustExist);
        QVERIFY(other.ok());
        QSqlDatabase writer = other->connection();
        QVERIFY(writer.transaction());
        QSqlQuery holdRollup(writer);
        QVERIFY(holdRollup.exec(QStringLiteral("LOCK TABLE rollup_by_hour IN EXCLUSIVE MODE")));

        std::future<QString> finalized = std::async(std::launch::async, [&] {
            Result<Database> own = Database::open(temp.location, Database::OpenMode::MustExist);
            if (!own)
                return own.error().message;
            const Result<FinalOutcome> outcome =
                ReviewService(own->connection())
                    .finalize(anna, claimed.caseId, reveal->modelLabel, QStringLiteral("ok"));
            return outcome ? QString() : outcome.error().message;
        });
        QTRY_VERIFY_WITH_TIMEOUT(
            temp.count(
                QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                               "wait_event_type = 'Lock' AND datname = current_database()")) == 1,
            10000);
        const Status locked = lockForAppend(writer, "audit_events");
        QVERIFY2(locked.ok(), qPrintable(locked.ok() ? QString() : locked.error().message));
        QVERIFY(writer.commit());
        const QString failure = finalized.get();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("status")),
                 QStringLiteral("finalized"));
        QCOMPARE(
            temp.count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                      "'setting.changed' AND subject = 'analytics_time_zone'")),
            1);
    }

    void workPositionRules() {
        const QTimeZone zone = QTimeZone::utc();
        const QDateTime nine(QDate(2026, 3, 2), QTime(9, 0), zone);
        QCOMPARE(nextWorkPosition(std::nullopt, nine, nine, zone).dayOrdinal, 1);
        const PreviousWork previous{nine, {7, 3}};
        const WorkPosition soon =
            nextWorkPosition(previous, nine.addSecs(15 * 60), nine.addSecs(16 * 60), zone);
        QCOMPARE(soon.dayOrdinal, 8);
        QCOMPARE(soon.breakOrdinal, 4); // exactly 15 minutes is not a break
        const WorkPosition rested =
            nextWorkPosition(previous, nine.addSecs(15 * 60 + 1), nine.addSecs(17 * 60), zone);
        QCOMPARE(rested.dayOrdinal, 8);
        QCOMPARE(rested.breakOrdinal, 1);
        const WorkPosition nextDay =
            nextWorkPosition(previous, nine.addDays(1), nine.addDays(1), zone);
        QCOMPARE(nextDay.dayOrdinal, 1);
        QCOMPARE(nextDay.breakOrdinal, 1);
        // The day is the configured zone's: 23:50 and 00:05 in Berlin are two days.
        const QTimeZone berlin("Europe/Berlin");
        const QDateTime late(QDate(2026, 3, 2), QTime(22, 50), zone); // 23:50 in Berlin
        QCOMPARE(nextWorkPosition(PreviousWork{late, {5, 5}}, late.addSecs(300), late.addSecs(900),
                                  berlin)
                     .dayOrdinal,
                 1);
        QCOMPARE(
            nextWorkPosition(PreviousWork{late, {5, 5}}, late.addSecs(300), late.addSecs(900), zone)
                .dayOrdinal,
            6);
    }

    void expiredLeaseReturnsTheCase() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(3)).ok());
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        const Session ben = addReviewer(temp, QStringLiteral("ben"));
        ManualClock clock;
        ReviewService service(temp.db(), at(clock));
        QCOMPARE(service.leaseSeconds(), 15 * 60);
        const ClaimedCase annas = claim(service, anna);
        QCOMPARE(annas.leaseExpires, QStringLiteral("2026-03-02T09:15:00.000Z"));

        clock.time = clock.time.addSecs(10 * 60);
        QVERIFY(claim(service, ben).caseId != annas.caseId); // lease still valid
        QVERIFY(service.release(ben, claim(service, ben).caseId, QStringLiteral("busy")));

        clock.time = clock.time.addSecs(6 * 60); // 16 minutes: anna's lease ran out
        QSqlQuery query(temp.db());
        const Session carl = addReviewer(temp, QStringLiteral("carl"));
        const ClaimedCase carls = claim(service, carl);
        QCOMPARE(carls.caseId, annas.caseId); // back in the queue, and the oldest
        QCOMPARE(
            temp.count(QStringLiteral("SELECT count(*) FROM reviews WHERE status = 'expired'")), 1);
        const Result<Reveal> late =
            service.commitInitial(anna, annas.caseId, {QStringLiteral("approve"), 50, {}});
        QVERIFY(!late.ok());
        QVERIFY(late.error().message.contains(QStringLiteral("lease expired")));
    }

    void leaseLengthIsTheDatabaseSetting() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(2)).ok());
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        QVERIFY(!LeaseSetting(temp.db()).setMinutes(anna, 30).ok()); // administrators only
        QVERIFY(!LeaseSetting(temp.db()).setMinutes(temp.admin, 0).ok());
        QVERIFY(LeaseSetting(temp.db()).setMinutes(temp.admin, 30).ok());
        ManualClock clock;
        ReviewService::Options options = at(clock);
        ReviewService service(temp.db(), options);
        QCOMPARE(service.leaseSeconds(), 30 * 60);
        QCOMPARE(claim(service, anna).leaseExpires, QStringLiteral("2026-03-02T09:30:00.000Z"));
        QCOMPARE(temp.count(QStringLiteral(
                     "SELECT count(*) FROM audit_events WHERE action = 'setting.changed' "
                     "AND subject = 'review_lease_minutes'")),
                 1);
    }

    void ownCaseComesBackWithAFreshLease() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(3)).ok());
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        ManualClock clock;
        ReviewService service(temp.db(), at(clock));
        const ClaimedCase first = claim(service, anna);
        clock.time = clock.time.addSecs(20 * 60);
        const ClaimedCase again = claim(service, anna, QStringLiteral("audit"));
        QCOMPARE(again.caseId, first.caseId);
        QCOMPARE(again.queue, QStringLiteral("review"));
        QCOMPARE(again.leaseExpires, QStringLiteral("2026-03-02T09:35:00.000Z"));
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM reviews")), 1);
    }

    void releasedAndImportedCasesAreNotOffered() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(2)).ok());
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        ReviewService service(temp.db());
        const ClaimedCase first = claim(service, anna);
        QVERIFY(!service.release(anna, first.caseId, QStringLiteral(" ")).ok()); // reason required
        QVERIFY(service.release(anna, first.caseId, QStringLiteral("I know the applicant")));
        QCOMPARE(reviewField(temp, first.caseId, QStringLiteral("end_note")),
                 QStringLiteral("I know the applicant"));
        const ClaimedCase second = claim(service, anna);
        QVERIFY(second.caseId != first.caseId);
        QVERIFY(service.release(anna, second.caseId, QStringLiteral("conflict")));
        const Result<std::optional<ClaimedCase>> none =
            service.claimNext(anna, QStringLiteral("review"));
        QVERIFY(none.ok());
        QVERIFY(!none.value().has_value());
        const Session ben = addReviewer(temp, QStringLiteral("ben"));
        QCOMPARE(claim(service, ben).caseId, first.caseId);

        // Separation of duties: an administrator who also reviews does not get the
        // cases of a batch they imported, until the rule is turned off.
        UserStore users(temp.db());
        QVERIFY(users.addUser(temp.admin, {QStringLiteral("dual"),
                                           {},
                                           {QStringLiteral("admin"), QStringLiteral("reviewer")},
                                           reviewerPassword}));
        const Result<Session> dual = users.authenticate(QStringLiteral("dual"), reviewerPassword);
        QVERIFY(dual.ok());
        ImportOptions options;
        options.filePath =
            temp.write(QStringLiteral("own.csv"), reviewCasesCsv(2).replace("case-", "own-"));
        options.probabilityColumns = {{QStringLiteral("approve"), QStringLiteral("p_approve")},
                                      {QStringLiteral("decline"), QStringLiteral("p_decline")}};
        options.threshold = 1.0;
        QVERIFY(Importer(temp.db()).run(dual.value(), options).ok());
        const Result<std::optional<ClaimedCase>> forDual =
            service.claimNext(dual.value(), QStringLiteral("review"));
        QVERIFY(forDual.ok());
        QVERIFY(forDual.value().has_value());
        QVERIFY(forDual.value()->externalId.startsWith(u"case-"));
        QVERIFY(service.release(dual.value(), forDual.value()->caseId, QStringLiteral("x")));
        QVERIFY(!service.claimNext(dual.value(), QStringLiteral("review")).value().has_value());
        QVERIFY(SeparationOfDuties(temp.db()).setRequired(temp.admin, false));
        const ClaimedCase own = claim(service, dual.value());
        QVERIFY(own.externalId.startsWith(u"own-"));
    }

    void auditCasesComeInRandomOrder() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(40), true).ok());
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM cases WHERE queue = 'audit'")),
                 40);
        auto orderFor = [&](const QString& login, quint64 seed) {
            const Session reviewer = addReviewer(temp, login);
            ReviewService::Options options;
            auto generator = std::make_shared<QRandomGenerator64>(static_cast<quint32>(seed));
            options.random = [generator] { return generator->generate64(); };
            ReviewService service(temp.db(), options);
            QStringList order;
            for (;;) {
                Result<std::optional<ClaimedCase>> next =
                    service.claimNext(reviewer, QStringLiteral("audit"));
                if (!next.ok())
                    qFatal("%s", qPrintable(next.error().message));
                if (!next.value())
                    break;
                order << next.value()->externalId;
                if (!service.release(reviewer, next.value()->caseId, QStringLiteral("order test")))
                    qFatal("release failed");
            }
            return order;
        };
        const QStringList first = orderFor(QStringLiteral("anna"), 1);
        const QStringList second = orderFor(QStringLiteral("ben"), 2);
        QCOMPARE(first.size(), 40); // every audit case, each once
        QCOMPARE(QSet<QString>(first.begin(), first.end()).size(), 40);
        QCOMPARE(QSet<QString>(second.begin(), second.end()).size(), 40);
        QVERIFY(first != second);
        QStringList sorted = first;
        std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
            return a.mid(5).toInt() < b.mid(5).toInt();
        });
        QVERIFY(first != sorted); // not oldest first
    }

    void escalatedCasesGoToTheNamedQueueBlind() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(2)).ok());
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        const Session sam = addReviewer(temp, QStringLiteral("sam"));
        ReviewService service(temp.db());
        const ClaimedCase claimed = claim(service, anna);
        QVERIFY(service.commitInitial(anna, claimed.caseId, {QStringLiteral("approve"), 30, {}}));
        QVERIFY(!service.release(anna, claimed.caseId, QStringLiteral("after commit")).ok());
        QVERIFY(!service.escalate(anna, claimed.caseId, QStringLiteral("senior"), {}).ok());
        QVERIFY(
            !service.escalate(anna, claimed.caseId, QStringLiteral("Senior!"), QStringLiteral("n"))
                 .ok());
        QVERIFY(service.escalate(anna, claimed.caseId, QStringLiteral("senior"),
                                 QStringLiteral("unusual income pattern")));
        QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("status")),
                 QStringLiteral("escalated"));
        QCOMPARE(reviewField(temp, claimed.caseId, QStringLiteral("escalated_to")),
                 QStringLiteral("senior"));
        QVERIFY(!service.claimNext(anna, QStringLiteral("senior")).value().has_value());
        const ClaimedCase senior = claim(service, sam, QStringLiteral("senior"));
        QCOMPARE(senior.caseId, claimed.caseId);
        QCOMPARE(senior.queue, QStringLiteral("senior"));
        const Result<QList<ReviewerQueue>> queues = service.queues(sam);
        QVERIFY(queues.ok());
        QCOMPARE(queues->size(), 2); // review, audit; senior is empty again (claimed)
        // Sam's review starts blind: no reveal until sam commits.
        const Result<std::optional<OpenReview>> open = service.openReview(sam);
        QVERIFY(open.ok() && open.value().has_value());
        QVERIFY(!open.value()->reveal.has_value());
    }

    void crashBetweenCommitAndFinalizeResumesAtTheReveal() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(3)).ok());
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        QString caseId;
        {
            ReviewService service(temp.db());
            caseId = claim(service, anna).caseId;
            QVERIFY(service.commitInitial(anna, caseId, {QStringLiteral("decline"), 65, {}}));
        }
        // What a crash after the commit's transaction and before the reveal's leaves behind.
        QSqlQuery query(temp.db());
        QVERIFY(query.exec(QStringLiteral("UPDATE reviews SET status = 'committed', model_label = "
                                          "NULL, revealed_at = NULL")));
        temp.database.reset();
        Result<Database> reopened = Database::open(temp.location, Database::OpenMode::MustExist);
        QVERIFY(reopened.ok());
        temp.database = std::make_unique<Database>(std::move(reopened).value());

        ReviewService service(temp.db());
        const Result<std::optional<ClaimedCase>> other =
            service.claimNext(anna, QStringLiteral("review"));
        QVERIFY(!other.ok()); // must finish the committed case first
        const Result<std::optional<OpenReview>> open = service.openReview(anna);
        QVERIFY(open.ok() && open.value().has_value());
        QCOMPARE(open.value()->blindCase.caseId, caseId);
        QVERIFY(open.value()->reveal.has_value());
        QCOMPARE(open.value()->reveal->initial.label, QStringLiteral("decline"));
        QCOMPARE(open.value()->reveal->initial.confidence, 65);
        QCOMPARE(open.value()->reveal->modelLabel, sealedFor(temp, caseId).label);
        QCOMPARE(reviewField(temp, caseId, QStringLiteral("status")), QStringLiteral("revealed"));
        QVERIFY(
            service.finalize(anna, caseId, QStringLiteral("decline"), QStringLiteral("kept")).ok());
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM reviews")), 1);
        QVERIFY(!service.openReview(anna).value().has_value());
    }

    void onlyReviewersReview() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(2)).ok());
        const Session officer =
            addReviewer(temp, QStringLiteral("olga"), {QStringLiteral("compliance")});
        ReviewService service(temp.db());
        for (const Session& session : {officer, temp.admin}) {
            const Result<std::optional<ClaimedCase>> claimed =
                service.claimNext(session, QStringLiteral("review"));
            QVERIFY(!claimed.ok());
            QVERIFY(claimed.error().message.contains(QStringLiteral("reviewer")));
            QVERIFY(!service.commitInitial(session, QStringLiteral("x"),
                                           {QStringLiteral("approve"), 1, {}}));
            QVERIFY(!service.finalize(session, QStringLiteral("x"), QStringLiteral("approve"), {}));
            QVERIFY(!service.openReview(session).ok());
            QVERIFY(!service.queues(session).ok());
        }
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM reviews")), 0);
    }

    void queueNamesAreChecked() {
        TempDatabase temp;
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        ReviewService service(temp.db());
        QVERIFY(!service.claimNext(anna, QStringLiteral("Review; DROP")).ok());
        QVERIFY(isValidQueueName(QStringLiteral("senior-credit_2")));
        QVERIFY(!isValidQueueName(QString()));
        QVERIFY(!isValidQueueName(QStringLiteral("2fast")));
        QVERIFY(!isValidQueueName(QString(41, u'a')));
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
