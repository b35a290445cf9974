// The audit trail and the reports built on it: events are written with the
// changes they record, verification catches each kind of tampering done straight
// on the SQLite file, and the CSV and JSON reports hold what the database holds.
#include "audit/auditevent.h"
#include "audit/chainverifier.h"
#include "audit/headwitness.h"
#include "intake/csvreader.h"
#include "reports/reportfile.h"
#include "reports/reportwriters.h"
#include "review/reviewservice.h"
#include "reviewsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>
#include <thread>

using namespace oversight;
using namespace oversight::test;

namespace {

// A database with three finalized reviews (one overriding the model with a
// rationale meant to run as a spreadsheet formula), a release and an escalation.
struct Reviewed {
    TempDatabase temp;
    Session anna = addReviewer(temp, QStringLiteral("anna"));
    Session compliance = addReviewer(temp, QStringLiteral("carla"), {QStringLiteral("compliance")});

    Reviewed() {
        if (!importCases(temp, reviewCasesCsv(8)).ok())
            qFatal("import failed");
        ReviewService service(temp.db());
        for (int i = 0; i < 3; ++i) {
            const ClaimedCase claimed = *service.claimNext(anna, QStringLiteral("review")).value();
            const Result<Reveal> reveal = service.commitInitial(
                anna, claimed.caseId, {QStringLiteral("decline"), 70, QStringLiteral("thin file")});
            if (!reveal)
                qFatal("%s", qPrintable(reveal.error().message));
            const bool override = i == 0;
            const QString final =
                override ? (reveal->modelLabel == u"approve" ? QStringLiteral("decline")
                                                             : QStringLiteral("approve"))
                         : reveal->modelLabel;
            const Result<FinalOutcome> outcome = service.finalize(
                anna, claimed.caseId, final,
                QStringLiteral("=HYPERLINK(\"http://evil\",\"click\"), and \"quotes\"\nline two"));
            if (!outcome)
                qFatal("%s", qPrintable(outcome.error().message));
        }
        const ClaimedCase released = *service.claimNext(anna, QStringLiteral("review")).value();
        if (!service.release(anna, released.caseId, QStringLiteral("conflict of interest")))
            qFatal("release failed");
        const ClaimedCase escalated = *service.claimNext(anna, QStringLiteral("review")).value();
        if (!service.escalate(anna, escalated.caseId, QStringLiteral("senior"),
                              QStringLiteral("unusual income")))
            qFatal("escalate failed");
    }

    Verification verify() const {
        const Result<Verification> result = verifyAuditTrail(temp.db(), compliance);
        if (!result)
            qFatal("%s", qPrintable(result.error().message));
        return result.value();
    }

    // Tampering as an attacker with the file would: the sqlite3 library, triggers
    // dropped; on PostgreSQL as the server's superuser with triggers switched off.
    void tamper(const QByteArray& sql) const {
        if (temp.server) {
            QStringList statements{QStringLiteral("SET session_replication_role = replica")};
            for (const QString& statement : QString::fromUtf8(sql).split(u';', Qt::SkipEmptyParts))
                statements << statement;
            serverExec(statements, temp.server->name);
            return;
        }
        sqlite3* raw = nullptr;
        if (sqlite3_open(temp.path(QStringLiteral("test.db")).toUtf8().constData(), &raw) !=
            SQLITE_OK)
            qFatal("cannot open the file");
        char* message = nullptr;
        const QByteArray script = "DROP TRIGGER IF EXISTS audit_events_not_updated;"
                                  "DROP TRIGGER IF EXISTS audit_events_not_deleted;"
                                  "DROP TRIGGER IF EXISTS reviews_closed_are_final;"
                                  "DROP TRIGGER IF EXISTS reviews_initial_is_final;" +
                                  sql;
        if (sqlite3_exec(raw, script.constData(), nullptr, nullptr, &message) != SQLITE_OK)
            qFatal("tampering failed: %s", message);
        sqlite3_close(raw);
    }

    qint64 seqOf(const QString& where) const {
        return temp.count(QStringLiteral("SELECT seq FROM audit_events WHERE ") + where +
                          QStringLiteral(" ORDER BY seq LIMIT 1"));
    }

    AnalysisFilter wholePeriod() const {
        AnalysisFilter filter;
        filter.from = QDate::currentDate().addDays(-2);
        filter.to = QDate::currentDate().addDays(2);
        return filter;
    }
};

QString describe(const Verification& v) {
    return QStringLiteral("%1 at #%2: %3")
        .arg(chainProblemName(v.problem))
        .arg(v.firstBadSeq)
        .arg(v.description);
}

} // namespace

class TestAudit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hashCoversThePreviousHashAndEveryField() {
        const QString base =
            eventHash(genesisHash(), QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("x"),
                      QStringLiteral("s"), QStringLiteral("{}"));
        QCOMPARE(base.size(), 64);
        QVERIFY(base != eventHash(base, QStringLiteral("t"), QStringLiteral("a"),
                                  QStringLiteral("x"), QStringLiteral("s"), QStringLiteral("{}")));
        // Netstrings: moving a character from one field to the next changes the hash.
        QVERIFY(base != eventHash(genesisHash(), QStringLiteral("t"), QStringLiteral("ax"),
                                  QString(), QStringLiteral("s"), QStringLiteral("{}")));
        QCOMPARE(canonicalEventBytes(genesisHash(), QStringLiteral("t"), QStringLiteral("é"),
                                     QStringLiteral("x"), QString(), QStringLiteral("{}")),
                 QByteArray("64:" + QByteArray(64, '0') + ",1:t,2:\xc3\xa9,1:x,0:,2:{},"));
        QCOMPARE(canonicalDetails(
                     {{QStringLiteral("b"), 1}, {QStringLiteral("a"), QStringLiteral("x")}}),
                 QStringLiteral("{\"a\":\"x\",\"b\":1}"));
    }

    void everyChangeIsAnEventInOrder() {
        Reviewed r;
        QCOMPARE(r.temp.value(QStringLiteral("SELECT action FROM audit_events WHERE seq = 1"))
                     .toString(),
                 QStringLiteral("audit.started"));
        for (const char* action :
             {"account.user_added", "batch.imported", "batch.routed", "review.claimed",
              "review.committed", "review.revealed", "review.finalized", "review.released",
              "review.escalated", "setting.changed"})
            QVERIFY2(r.temp.count(QStringLiteral("SELECT count(*) FROM audit_events WHERE "
                                                 "action = '%1'")
                                      .arg(QLatin1String(action))) > 0,
                     action);
        QCOMPARE(r.temp.count(QStringLiteral(
                     "SELECT count(*) FROM audit_events WHERE action = 'review.finalized'")),
                 3);
        // The commit event holds the whole initial answer.
        const QJsonObject committed =
            QJsonDocument::fromJson(
                r.temp
                    .value(QStringLiteral("SELECT details FROM audit_events WHERE action = "
                                          "'review.committed' ORDER BY seq LIMIT 1"))
                    .toString()
                    .toUtf8())
                .object();
        QCOMPARE(committed.value(QStringLiteral("initial_decision")).toString(),
                 QStringLiteral("decline"));
        QCOMPARE(committed.value(QStringLiteral("initial_confidence")).toInt(), 70);
        QCOMPARE(committed.value(QStringLiteral("initial_rationale")).toString(),
                 QStringLiteral("thin file"));
        // Sequence numbers are contiguous and each event names its predecessor's hash.
        QCOMPARE(r.temp.count(QStringLiteral(
                     "SELECT count(*) FROM audit_events e JOIN audit_events p ON p.seq = e.seq - 1 "
                     "WHERE e.previous_hash <> p.hash")),
                 0);
        QCOMPARE(r.temp.count(QStringLiteral("SELECT max(seq) - count(*) FROM audit_events")), 0);
    }

    void policyChangeIsRecordedWithTheOldValues() {
        TempDatabase temp;
        PolicyStore policies(temp.db());
        QVERIFY(policies.save(temp.admin, RoutingPolicy{0.8, 0.1, 42}).ok());
        const QJsonObject details =
            QJsonDocument::fromJson(
                temp.value(QStringLiteral(
                               "SELECT details FROM audit_events WHERE action = 'policy.changed'"))
                    .toString()
                    .toUtf8())
                .object();
        QCOMPARE(details.value(QStringLiteral("threshold")).toDouble(), 0.8);
        QCOMPARE(details.value(QStringLiteral("previous_threshold")).toDouble(), 0.75);
        QCOMPARE(details.value(QStringLiteral("seed")).toInteger(), 42);
    }

    void intactChainVerifies() {
        Reviewed r;
        const Verification v = r.verify();
        QVERIFY2(v.intact(), qPrintable(describe(v)));
        QCOMPARE(v.eventsChecked,
                 r.temp.count(QStringLiteral("SELECT count(*) FROM audit_events")));
        QCOMPARE(v.reviewsChecked, 3);
        QCOMPARE(v.importsChecked, 1);
        QCOMPARE(v.head.hash, r.temp
                                  .value(QStringLiteral("SELECT hash FROM audit_events ORDER BY "
                                                        "seq DESC LIMIT 1"))
                                  .toString());
        QVERIFY(recordVerification(r.temp.db(), r.compliance, v).ok());
        const Result<std::optional<StoredAuditEvent>> last = lastVerification(r.temp.db());
        QVERIFY(last.ok() && last.value());
        QCOMPARE(last.value()->actor, QStringLiteral("carla"));
        QVERIFY(last.value()->details.contains(QStringLiteral("\"intact\":true")));
        QVERIFY(!verifyAuditTrail(r.temp.db(), r.anna).ok()); // reviewers may not
    }

    // PostgreSQL: a writer that asked for the head while another held the trail's
    // lock reads the head that one committed, not the one before it (a stale head
    // would give two events the same seq and the second append would fail).
    void aWriterWaitingForTheTrailReadsTheHeadCommittedMeanwhile() {
        if (!onPostgres())
            QSKIP("SQLite's write transaction excludes every other writer");
        TempDatabase temp;
        const qint64 before = temp.count(QStringLiteral("SELECT count(*) FROM audit_events"));
        Transaction first(temp.db());
        QVERIFY(first.begun());
        QVERIFY(
            appendAuditEvent(
                temp.db(),
                {QStringLiteral("admin"), QStringLiteral("test.first"), QStringLiteral("one"), {}},
                QStringLiteral("2026-12-04T10:00:00.000Z"))
                .ok());
        // The second writer runs in its own thread with its own connection.
        QString secondError = QStringLiteral("not run");
        std::thread second([&] {
            Result<Database> other = Database::open(temp.location, Database::OpenMode::MustExist);
            if (!other) {
                secondError = other.error().message;
                return;
            }
            Transaction transaction(other->connection());
            const Status appended = appendAuditEvent(
                other->connection(),
                {QStringLiteral("admin"), QStringLiteral("test.second"), QStringLiteral("two"), {}},
                QStringLiteral("2026-12-04T10:00:01.000Z"));
            const Status committed = appended ? transaction.commit() : appended;
            secondError = committed ? QString() : committed.error().message;
        });
        // Wait until it is queued behind our lock, then commit.
        QTRY_COMPARE_WITH_TIMEOUT(
            temp.count(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                      "AND NOT granted")),
            1, 20000);
        QVERIFY(first.commit().ok());
        second.join();
        QCOMPARE(secondError, QString());
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM audit_events")), before + 2);
        QCOMPARE(temp.value(QStringLiteral("SELECT e.previous_hash = p.hash FROM audit_events e "
                                           "JOIN audit_events p ON p.seq = e.seq - 1 WHERE "
                                           "e.action = 'test.second' AND p.action = 'test.first'"))
                     .toBool(),
                 true);
    }

    void databaseRefusesToChangeOrDeleteEvents() {
        Reviewed r;
        QSqlQuery query(r.temp.db());
        QVERIFY(
            !query.exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 2")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(r.verify().intact());
    }

    void editedDetailIsCaught() {
        Reviewed r;
        const qint64 seq = r.seqOf(QStringLiteral("action = 'review.committed'"));
        r.tamper(QStringLiteral("UPDATE audit_events SET details = replace(details, '\"decline\"', "
                                "'\"approve\"') WHERE seq = %1;")
                     .arg(seq)
                     .toUtf8());
        const Verification v = r.verify();
        QCOMPARE(v.problem, ChainProblem::Changed);
        QCOMPARE(v.firstBadSeq, seq);
    }

    void editedAndRehashedEventIsCaught() {
        Reviewed r;
        const qint64 seq = r.seqOf(QStringLiteral("action = 'review.finalized'"));
        // Rewrite the event and give it a correct new hash; its successor still
        // names the old one.
        QSqlQuery query(r.temp.db());
        query.exec(QStringLiteral("SELECT at, actor, action, subject, details, previous_hash FROM "
                                  "audit_events WHERE seq = %1")
                       .arg(seq));
        QVERIFY(query.next());
        const QString forged = query.value(4).toString().replace(QStringLiteral("\"override\":1"),
                                                                 QStringLiteral("\"override\":0"));
        const QString hash = eventHash(query.value(5).toString(), query.value(0).toString(),
                                       query.value(1).toString(), query.value(2).toString(),
                                       query.value(3).toString(), forged);
        query.finish();
        r.tamper(
            QStringLiteral("UPDATE audit_events SET details = '%1', hash = '%2' WHERE seq = %3;")
                .arg(QString(forged).replace(u'\'', QStringLiteral("''")), hash)
                .arg(seq)
                .toUtf8());
        const Verification v = r.verify();
        QCOMPARE(v.problem, ChainProblem::Changed);
        QCOMPARE(v.firstBadSeq, seq);
    }

    void deletedEventIsCaught() {
        Reviewed r;
        const qint64 seq = r.seqOf(QStringLiteral("action = 'review.released'"));
        r.tamper(QStringLiteral("DELETE FROM audit_events WHERE seq = %1;").arg(seq).toUtf8());
        const Verification v = r.verify();
        QCOMPARE(v.problem, ChainProblem::Missing);
        QCOMPARE(v.firstBadSeq, seq);
    }

    // The limit of a chain alone, and what a witness adds: removing the newest
    // events leaves a chain that verifies; a client that saw them is alarmed, one
    // that never did is not.
    void truncatedNewestEventsAreCaughtOnlyByAClientThatSawThem() {
        Reviewed r;
        QTemporaryDir sawIt;
        QTemporaryDir cameLater;
        const QString identity = r.temp.database->identity();
        HeadWitness witness(sawIt.path(), identity);
        const Result<QList<HeadAlarm>> first =
            witness.checkAndRemember(r.temp.db(), QDateTime::currentDateTimeUtc());
        QVERIFY(first.ok() && first->isEmpty());
        const qint64 newest = r.temp.count(QStringLiteral("SELECT max(seq) FROM audit_events"));
        const QString newestHash =
            r.temp.value(QStringLiteral("SELECT hash FROM audit_events WHERE seq = %1").arg(newest))
                .toString();
        r.tamper(
            QStringLiteral("DELETE FROM audit_events WHERE seq >= %1;").arg(newest - 1).toUtf8());
        QVERIFY2(r.verify().intact(), "a chain alone cannot show its newest events are gone");

        HeadWitness stranger(cameLater.path(), identity);
        const Result<QList<HeadAlarm>> unseen =
            stranger.checkAndRemember(r.temp.db(), QDateTime::currentDateTimeUtc());
        QVERIFY(unseen.ok());
        QVERIFY(unseen->isEmpty()); // the documented limit: it never saw them

        const Result<QList<HeadAlarm>> alarms = witness.check(r.temp.db());
        QVERIFY(alarms.ok());
        QCOMPARE(alarms->size(), 1);
        QCOMPARE(alarms->first().seen.seq, newest);
        QCOMPARE(alarms->first().seen.hash, newestHash);
        QVERIFY(alarms->first().foundHash.isEmpty());
        Verification v = r.verify();
        reportHeadAlarms(alarms.value(), v);
        QCOMPARE(v.problem, ChainProblem::WitnessedHeadLost);
        QCOMPARE(chainProblemName(v.problem), QStringLiteral("witnessed_head_lost"));
        QCOMPARE(v.firstBadSeq, newest);

        // Never remembered over: the alarm stays however often the client looks.
        const Result<QList<HeadAlarm>> again =
            witness.checkAndRemember(r.temp.db(), QDateTime::currentDateTimeUtc());
        QVERIFY(again.ok());
        QCOMPARE(again->size(), 1);
    }

    // Deleting the newest event and letting the next run take its number: the trail
    // has an event with that seq again, with another hash.
    void rewrittenNewestEventIsCaught() {
        Reviewed r;
        QTemporaryDir home;
        HeadWitness witness(home.path(), r.temp.database->identity());
        QVERIFY(recordVerification(r.temp.db(), r.compliance, r.verify()).ok());
        QVERIFY(witness.checkAndRemember(r.temp.db(), QDateTime::currentDateTimeUtc())->isEmpty());
        const qint64 verified = r.seqOf(QStringLiteral("action = 'audit.verified'"));
        const QString seenHash =
            r.temp
                .value(QStringLiteral("SELECT hash FROM audit_events WHERE seq = %1").arg(verified))
                .toString();
        r.tamper(QStringLiteral("DELETE FROM audit_events WHERE seq = %1;").arg(verified).toUtf8());
        const Verification rerun = r.verify();
        QVERIFY(rerun.intact());
        QVERIFY(recordVerification(r.temp.db(), r.compliance, rerun).ok());
        QCOMPARE(r.seqOf(QStringLiteral("action = 'audit.verified'")), verified);

        const Result<QList<HeadAlarm>> alarms = witness.check(r.temp.db());
        QVERIFY(alarms.ok());
        QCOMPARE(alarms->size(), 1);
        QCOMPARE(alarms->first().seen.seq, verified);
        QCOMPARE(alarms->first().seen.hash, seenHash);
        const QString nowThere =
            r.temp
                .value(QStringLiteral("SELECT hash FROM audit_events WHERE seq = %1").arg(verified))
                .toString();
        QCOMPARE(alarms->first().foundHash, nowThere);
        QVERIFY(nowThere != seenHash);
        QVERIFY(alarms->first().describe().contains(QStringLiteral("#%1").arg(verified)));
    }

    void alarmsAreRecordedOnceAndOnlyAnAdministratorAcknowledgesARestore() {
        Reviewed r;
        QTemporaryDir home;
        HeadWitness witness(home.path(), r.temp.database->identity());
        QVERIFY(witness.checkAndRemember(r.temp.db(), QDateTime::currentDateTimeUtc())->isEmpty());
        const qint64 newest = r.temp.count(QStringLiteral("SELECT max(seq) FROM audit_events"));
        r.tamper(QStringLiteral("DELETE FROM audit_events WHERE seq = %1;").arg(newest).toUtf8());
        const QList<HeadAlarm> alarms = witness.check(r.temp.db()).value();
        QCOMPARE(alarms.size(), 1);

        const Result<int> recordedNow =
            witness.recordAlarms(r.temp.db(), QStringLiteral("anna"), alarms);
        QVERIFY2(recordedNow.ok(),
                 qPrintable(recordedNow.ok() ? QString() : recordedNow.error().message));
        QCOMPARE(recordedNow.value(), 1);
        QCOMPARE(witness.recordAlarms(r.temp.db(), QStringLiteral("anna"), alarms).value(), 0);
        const QString alarmCount =
            QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'audit.head_alarm'");
        QCOMPARE(r.temp.count(alarmCount), 1);
        const QJsonObject recorded =
            QJsonDocument::fromJson(
                r.temp
                    .value(QStringLiteral("SELECT details FROM audit_events WHERE action = "
                                          "'audit.head_alarm'"))
                    .toString()
                    .toUtf8())
                .object();
        const QJsonObject lost =
            recorded.value(QStringLiteral("lost_heads")).toArray()[0].toObject();
        QCOMPARE(lost.value(QStringLiteral("seq")).toInteger(), newest);
        QVERIFY(lost.value(QStringLiteral("found_hash")).isNull());

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Status byReviewer =
            witness.acknowledge(r.temp.db(), r.anna, QStringLiteral("restored"), now);
        QVERIFY(!byReviewer.ok());
        QVERIFY(!witness.acknowledge(r.temp.db(), r.temp.admin, QStringLiteral("  "), now).ok());
        const QString acknowledgements = QStringLiteral(
            "SELECT count(*) FROM audit_events WHERE action = 'audit.restore_acknowledged'");
        QCOMPARE(r.temp.count(acknowledgements), 0);
        QVERIFY(witness.check(r.temp.db())->size() == 1);

        const Status acknowledged = witness.acknowledge(
            r.temp.db(), r.temp.admin, QStringLiteral("restored the backup of 1 December"), now);
        QVERIFY2(acknowledged.ok(),
                 qPrintable(acknowledged.ok() ? QString() : acknowledged.error().message));
        QCOMPARE(r.temp.count(acknowledgements), 1);
        const QString details =
            r.temp
                .value(QStringLiteral("SELECT details FROM audit_events WHERE action = "
                                      "'audit.restore_acknowledged'"))
                .toString();
        QVERIFY(details.contains(QStringLiteral("restored the backup of 1 December")));
        QVERIFY(details.contains(QStringLiteral("\"seq\":%1").arg(newest)));
        QVERIFY(witness.check(r.temp.db())->isEmpty());
        // It now witnesses the trail as it is, the acknowledgement included.
        const QList<WitnessedHead> heads = witness.heads().value();
        QCOMPARE(heads.last().seq,
                 r.temp.count(QStringLiteral("SELECT max(seq) FROM audit_events")));
        QVERIFY(r.verify().intact());
        QVERIFY(!witness.acknowledge(r.temp.db(), r.temp.admin, QStringLiteral("again"), now).ok());
    }

    // Bounded: the first event, the newest, and the newest of each of the last
    // days, whatever the number of opens.
    void keepsTheFirstTheNewestAndTheNewestOfEachRecentDay() {
        Reviewed r;
        QTemporaryDir home;
        HeadWitness witness(home.path(), r.temp.database->identity());
        // Noon: the minute between two looks never crosses midnight.
        const QDateTime start(QDateTime::currentDateTimeUtc().date().addDays(-45), QTime(12, 0),
                              QTimeZone::utc());
        QMap<QDate, qint64> newestOfDay; // by hand: every head the client saw, per day
        for (int day = 0; day <= 45; ++day) {
            for (int look = 0; look < 2; ++look) {
                QVERIFY(recordVerification(r.temp.db(), r.compliance, r.verify()).ok());
                const QDateTime now = start.addDays(day).addSecs(look * 60);
                QVERIFY(witness.checkAndRemember(r.temp.db(), now)->isEmpty());
                newestOfDay[now.date()] =
                    r.temp.count(QStringLiteral("SELECT max(seq) FROM audit_events"));
            }
        }
        QList<qint64> expected{r.temp.count(QStringLiteral("SELECT min(seq) FROM audit_events"))};
        const QDate lastDay = start.addDays(45).date();
        for (auto it = newestOfDay.cbegin(); it != newestOfDay.cend(); ++it)
            if (it.key() > lastDay.addDays(-witnessedDays))
                expected << it.value();
        QList<qint64> kept;
        const QList<WitnessedHead> heads = witness.heads().value();
        for (const WitnessedHead& head : heads)
            kept << head.seq;
        QCOMPARE(kept, expected);
        QCOMPARE(kept.size(), 1 + witnessedDays);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFileInfo(witness.filePath()).permissions() & others, QFileDevice::Permissions());
    }

    void aDatabaseWithEventsIsNeverForgottenAsNew() {
        Reviewed r;
        QTemporaryDir home;
        HeadWitness witness(home.path(), r.temp.database->identity());
        QVERIFY(witness.checkAndRemember(r.temp.db(), QDateTime::currentDateTimeUtc())->isEmpty());
        QCOMPARE(witness.forgetForNewDatabase(r.temp.db()).value(), false);
        QVERIFY(!witness.heads()->isEmpty());
    }

    void swappedEventsAreCaught() {
        Reviewed r;
        const qint64 seq = r.seqOf(QStringLiteral("action = 'review.revealed'"));
        r.tamper(QStringLiteral("UPDATE audit_events SET seq = -1 WHERE seq = %1;"
                                "UPDATE audit_events SET seq = %1 WHERE seq = %2;"
                                "UPDATE audit_events SET seq = %2 WHERE seq = -1;")
                     .arg(seq)
                     .arg(seq + 1)
                     .toUtf8());
        const Verification v = r.verify();
        QCOMPARE(v.problem, ChainProblem::Reordered);
        QCOMPARE(v.firstBadSeq, seq);
    }

    void reviewChangedWithoutAnEventIsCaught() {
        Reviewed r;
        const QString reviewId =
            r.temp
                .value(QStringLiteral("SELECT id FROM reviews WHERE status = 'finalized' AND "
                                      "override = 1"))
                .toString();
        r.tamper(QStringLiteral("UPDATE reviews SET final_decision = model_label, override = 0 "
                                "WHERE id = '%1';")
                     .arg(reviewId)
                     .toUtf8());
        const Verification v = r.verify();
        QCOMPARE(v.problem, ChainProblem::ReviewDiffers);
        QCOMPARE(v.subject, reviewId);
        QCOMPARE(v.firstBadSeq, r.seqOf(QStringLiteral("action = 'review.finalized' AND "
                                                       "subject = '%1'")
                                            .arg(reviewId)));
        QVERIFY(v.description.contains(QStringLiteral("final_decision")));
    }

    void analyticsRecordChangedIsCaught() {
        Reviewed r;
        r.tamper("UPDATE review_facts SET final = initial WHERE seq = 1;"
                 "UPDATE review_facts SET initial = 'approve', final = 'approve' WHERE seq = 2;");
        const Verification v = r.verify();
        QCOMPARE(v.problem, ChainProblem::ReviewDiffers);
        QVERIFY(v.description.contains(QStringLiteral("analytics record")));
    }

    void importedCaseChangedIsCaught() {
        Reviewed r;
        r.tamper("UPDATE case_sealed SET confidence = 0.99 WHERE case_seq = 8;");
        const Verification v = r.verify();
        QCOMPARE(v.problem, ChainProblem::ContentDiffers);
        QCOMPARE(v.firstBadSeq, r.seqOf(QStringLiteral("action = 'batch.imported'")));
    }

    void upgradeCarriesEarlierHistoryIntoTheChain() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            Result<Database> old = Database::openAtVersion(path, 5);
            QVERIFY(old.ok());
            QSqlQuery query(old->connection());
            // What a version-5 database holds: an administrator and an account event.
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO users (id, login, display_name, password_hash, created_at) VALUES "
                "('u1', 'olda', 'Old Admin', 'x', '2026-01-01T00:00:00.000Z')")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO account_events (at, action, login, user_id, actor_id, details) VALUES "
                "('2026-01-01T00:00:00.000Z', 'user_added', 'olda', 'u1', NULL, '{}')")));
        }
        Result<Database> upgraded = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY2(upgraded.ok(), upgraded.ok() ? "" : qPrintable(upgraded.error().message));
        QSqlQuery query(upgraded->connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT action, actor, at FROM audit_events ORDER BY seq")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("audit.started"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("account.user_added"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("olda"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("2026-01-01T00:00:00.000Z"));
        Session auditor{QStringLiteral("u1"), QStringLiteral("olda"), {QStringLiteral("admin")}};
        const Result<Verification> v = verifyAuditTrail(upgraded->connection(), auditor);
        QVERIFY(v.ok() && v->intact());
    }

    void csvReportRoundTripsWithTheDatabaseRows() {
        Reviewed r;
        const AnalyticsService analytics(r.temp.db());
        const AnalysisFilter filter = r.wholePeriod();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeCsvReport(buffer, [&](const auto& visit) {
                    return analytics.forEachDecision(r.compliance, filter, visit);
                }).ok());
        buffer.close();
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QList<QString> header;
        QString error;
        QVERIFY(reader.readHeader(header, error));
        QCOMPARE(QStringList(header), decisionColumns());
        QSqlQuery query(r.temp.db());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT c.external_id, r.final_rationale, r.initial_confidence, s.confidence, r.id "
            "FROM reviews r JOIN cases c ON c.seq = r.case_seq JOIN case_sealed s ON s.case_seq "
            "= c.seq WHERE r.status = 'finalized' ORDER BY r.finalized_at, r.seq")));
        Record record;
        int rows = 0;
        while (reader.next(record)) {
            QVERIFY(query.next());
            ++rows;
            auto field = [&](const char* name) {
                return QString::fromUtf8(
                    record.field(static_cast<int>(decisionColumns().indexOf(QLatin1String(name)))));
            };
            QCOMPARE(field("case"), query.value(0).toString());
            // Formula-looking cells are defused with an apostrophe, and otherwise intact.
            QCOMPARE(field("final_rationale"), u'\'' + query.value(1).toString());
            QCOMPARE(field("initial_confidence").toInt(), query.value(2).toInt());
            QCOMPARE(field("model_confidence").toDouble(), query.value(3).toDouble());
            QCOMPARE(field("review_id"), query.value(4).toString());
            QCOMPARE(field("reviewer"), QStringLiteral("anna"));
            QCOMPARE(field("source"), QStringLiteral("live"));
        }
        QVERIFY(!query.next());
        QCOMPARE(rows, 3);
    }

    void jsonReportHasTheDocumentedKeysAndIsReproducible() {
        Reviewed r;
        const AnalysisFilter filter = r.wholePeriod();
        const QString first = r.temp.path(QStringLiteral("one.json"));
        const QString second = r.temp.path(QStringLiteral("two.json"));
        const AnalyticsService analytics(r.temp.db());
        for (const QString& path : {first, second}) {
            const Result<AuditReport> report = buildAuditReport(r.temp.db(), r.compliance, filter);
            QVERIFY(report.ok());
            QVERIFY(saveReportFile(
                        r.temp.db(), r.compliance, report.value(), ReportFormat::Json, path,
                        [&](QIODevice& out) {
                            return writeJsonReport(out, report.value(), [&](const auto& visit) {
                                return analytics.forEachDecision(r.compliance, filter, visit);
                            });
                        })
                        .ok());
        }
        auto load = [](const QString& path) {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(file.readAll(), &error).object();
            if (error.error != QJsonParseError::NoError)
                qFatal("invalid JSON: %s", qPrintable(error.errorString()));
            return object;
        };
        QJsonObject one = load(first);
        QJsonObject two = load(second);
        QCOMPARE(QStringList(one.keys()),
                 (QStringList{QStringLiteral("analysis"), QStringLiteral("batches"),
                              QStringLiteral("chain"), QStringLiteral("decisions"),
                              QStringLiteral("ended_reviews"), QStringLiteral("model_cards"),
                              QStringLiteral("report"), QStringLiteral("routing_policy")}));
        const QJsonArray decisions = one.value(QStringLiteral("decisions")).toArray();
        QCOMPARE(decisions.size(), 3);
        QStringList keys = decisions.first().toObject().keys();
        QStringList columns = decisionColumns();
        columns.replace(columns.indexOf(QStringLiteral("model_version")),
                        QStringLiteral("model_version"));
        keys.sort();
        columns.sort();
        QCOMPARE(keys, columns);
        QCOMPARE(one.value(QStringLiteral("analysis"))
                     .toObject()
                     .value(QStringLiteral("overall"))
                     .toObject()
                     .value(QStringLiteral("n"))
                     .toInt(),
                 3);
        QCOMPARE(one.value(QStringLiteral("ended_reviews")).toArray().size(), 2);
        const QJsonObject chain = one.value(QStringLiteral("chain")).toObject();
        QVERIFY(chain.value(QStringLiteral("verification"))
                    .toObject()
                    .value(QStringLiteral("intact"))
                    .toBool());
        QCOMPARE(chain.value(QStringLiteral("head_hash")).toString().size(), 64);
        // The second export sees the first one's event, yet cites the same head and
        // says the same apart from when it was generated.
        QCOMPARE(r.temp.count(QStringLiteral(
                     "SELECT count(*) FROM audit_events WHERE action = 'report.exported'")),
                 2);
        for (QJsonObject* object : {&one, &two}) {
            QJsonObject report = object->value(QStringLiteral("report")).toObject();
            report.remove(QStringLiteral("generated_at"));
            object->insert(QStringLiteral("report"), report);
        }
        QCOMPARE(one, two);
    }

    void failedWriteLeavesNoFileAndNoEvent() {
        Reviewed r;
        const QString path = r.temp.path(QStringLiteral("report.csv"));
        const Result<AuditReport> report =
            buildAuditReport(r.temp.db(), r.compliance, r.wholePeriod());
        QVERIFY(report.ok());
        const Status saved = saveReportFile(r.temp.db(), r.compliance, report.value(),
                                            ReportFormat::Csv, path, [](QIODevice& out) -> Status {
                                                out.write("half a report");
                                                return Error{QStringLiteral("disk full")};
                                            });
        QVERIFY(!saved.ok());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(r.temp.count(QStringLiteral(
                     "SELECT count(*) FROM audit_events WHERE action = 'report.exported'")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
