// Reviewers in real processes share one queue: 4 on one SQLite file, 8 on
// PostgreSQL (the suite's _postgres variant). Every case is finalized exactly
// once, nobody waits forever, no review is lost and the audit chain stays intact;
// a reviewer killed between commit and finalize resumes at the reveal; and on
// PostgreSQL a server restart in the middle of the run loses nothing.
#include "audit/chainverifier.h"
#include "handoff/decisionexport.h"
#include "review/reviewpolicy.h"
#include "review/reviewservice.h"
#include "reviewsupport.h"
#include "verification/databaseverification.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <csignal>

using namespace oversight;
using namespace oversight::test;

namespace {

struct Workers {
    QList<QProcess*> processes;
    QList<QStringList> finalized;
    QString errors;

    void start(QObject* parent, const QString& location, const QStringList& logins,
               const QStringList& extra = {}) {
        for (const QString& login : logins) {
            auto* worker = new QProcess(parent);
            worker->start(QStringLiteral(CLAIM_WORKER_PATH),
                          QStringList{location, login, reviewerPassword} + extra);
            if (!worker->waitForStarted())
                qFatal("cannot start the claim worker");
            processes << worker;
        }
    }

    // Waits for every worker; false names the first that failed.
    bool finish(QString& failure) {
        for (QProcess* worker : std::as_const(processes)) {
            // waitForFinished is false for a process that has already ended.
            if (worker->state() != QProcess::NotRunning &&
                !worker->waitForFinished(15 * 60 * 1000)) {
                failure = QStringLiteral("a worker did not finish (deadlock?)");
                return false;
            }
            errors += QString::fromUtf8(worker->readAllStandardError());
            if (worker->exitStatus() != QProcess::NormalExit || worker->exitCode() != 0) {
                failure = QStringLiteral("worker failed: ") + errors;
                return false;
            }
            finalized << QString::fromUtf8(worker->readAllStandardOutput())
                             .split(u'\n', Qt::SkipEmptyParts);
        }
        return true;
    }

    QStringList all() const {
        QStringList ids;
        for (const QStringList& some : finalized)
            ids += some;
        return ids;
    }
};

QStringList reviewers(TempDatabase& temp, int count) {
    QStringList logins;
    for (int i = 0; i < count; ++i) {
        logins << QStringLiteral("reviewer%1").arg(i);
        addReviewer(temp, logins.last());
    }
    return logins;
}

void expectEveryCaseFinalizedOnce(TempDatabase& temp, const Workers& workers, int cases) {
    const QStringList all = workers.all();
    QCOMPARE(all.size(), cases);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), cases);
    QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM reviews WHERE status = 'finalized'")),
             cases);
    QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM reviews")), cases);
    QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM cases WHERE state <> 'finalized'")),
             0);
    QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM review_facts")), cases);
    QCOMPARE(temp.count(QStringLiteral("SELECT sum(n) FROM rollup_by_reviewer")), cases);
    const Session olga = addReviewer(temp, QStringLiteral("olga"), {QStringLiteral("compliance")});
    const Result<Verification> verified = verifyAuditTrail(temp.db(), olga);
    QVERIFY(verified.ok());
    QVERIFY2(verified->problem == ChainProblem::None, qPrintable(verified->description));
    QCOMPARE(temp.count(QStringLiteral(
                 "SELECT count(*) FROM audit_events WHERE action = 'review.finalized'")),
             cases);
}

} // namespace

class TestClaimProcesses : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // An integration polls the export while reviewers in other processes finalize
    // and another batch is imported: across all polls every change arrives exactly
    // once, in cursor order.
    void exportsWhileReviewersFinalizeMissAndRepeatNothing() {
        const int cases = 600;
        const int processes = onPostgres() ? 8 : 4;
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(cases)).routedReview == cases);
        Workers workers;
        workers.start(this, temp.location, reviewers(temp, processes));

        QList<QJsonObject> received;
        qint64 since = 0;
        int polls = 0;
        auto poll = [&] {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            ExportRequest request;
            request.since = since;
            const Result<ExportSummary> page =
                writeDecisions(temp.db(), temp.admin, request, buffer);
            if (!page)
                qFatal("export failed: %s", qPrintable(page.error().message));
            for (const QByteArray& line : buffer.data().split('\n')) {
                if (!line.isEmpty())
                    received << QJsonDocument::fromJson(line).object();
            }
            since = page->nextCursor;
            ++polls;
        };
        bool imported = false;
        auto running = [&] {
            for (QProcess* worker : std::as_const(workers.processes)) {
                if (worker->state() != QProcess::NotRunning)
                    return true;
            }
            return false;
        };
        while (running()) {
            poll();
            if (!imported && received.size() > cases / 4) {
                QByteArray more = reviewCasesCsv(50).replace("case-", "auto-");
                QVERIFY(importCases(temp, more, true, QStringLiteral("more.csv")).accepted == 50);
                imported = true;
            }
            QTest::qWait(20);
        }
        QString failure;
        QVERIFY2(workers.finish(failure), qPrintable(failure));
        poll();
        qInfo("%d polls received %lld records", polls, static_cast<long long>(received.size()));
        QVERIFY(imported);

        // No repeats: cursors strictly increase across every poll.
        QStringList got;
        qint64 previous = 0;
        for (const QJsonObject& r : std::as_const(received)) {
            QVERIFY(r[u"cursor"].toInteger() > previous);
            previous = r[u"cursor"].toInteger();
            got << r[u"external_id"].toString() + u'|' + r[u"decided_by"].toString() + u'|' +
                       r[u"decision"].toString();
        }
        // Nothing missed: every change in the raw rows arrived.
        QStringList expected;
        QSqlQuery query(temp.db());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT c.external_id, r.final_decision FROM reviews r JOIN cases c ON c.seq = "
            "r.case_seq WHERE r.status = 'finalized'")));
        while (query.next())
            expected << query.value(0).toString() + QStringLiteral("|review|") +
                            query.value(1).toString();
        QVERIFY(query.exec(QStringLiteral(
            "SELECT c.external_id, s.model_label FROM cases c JOIN case_sealed s ON s.case_seq = "
            "c.seq WHERE c.route <> 'review'")));
        while (query.next())
            expected << query.value(0).toString() + QStringLiteral("|model|") +
                            query.value(1).toString();
        QCOMPARE(expected.size(), cases + 50);
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }

    void manyReviewersDrainOneQueue() {
        // The sanitizer build runs a tenth of the volume (it is several times slower).
        const int cases = qEnvironmentVariableIsSet("OVERSIGHT_CLAIM_TEST_CASES")
                              ? qEnvironmentVariableIntValue("OVERSIGHT_CLAIM_TEST_CASES")
                              : 20000;
        const int processes = onPostgres() ? 8 : 4;
        TempDatabase temp;
        QElapsedTimer timer;
        timer.start();
        const ImportReport imported = importCases(temp, reviewCasesCsv(cases));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.routedReview, cases);
        qInfo("import of %d cases: %.1f s", cases, timer.elapsed() / 1000.0);

        timer.restart();
        Workers workers;
        workers.start(this, temp.location, reviewers(temp, processes));
        QString failure;
        QVERIFY2(workers.finish(failure), qPrintable(failure));
        qInfo("%d reviewers finalized %d cases in %.1f s", processes, cases,
              timer.elapsed() / 1000.0);
        // No retries: with the server up, no step of any worker failed.
        QVERIFY2(workers.errors.isEmpty(), qPrintable(workers.errors));
        // All took part: the reviewers really competed (a loaded machine may favour
        // some, so a share of 1 % each is enough).
        for (const QStringList& some : std::as_const(workers.finalized))
            QVERIFY2(some.size() > cases / 100, qPrintable(QString::number(some.size())));
        expectEveryCaseFinalizedOnce(temp, workers, cases);
    }

    // Four eyes under contention: with two reviews per case, every case gets exactly
    // two distinct reviewers; each disagreement reaches adjudication exactly once,
    // and is decided once, by someone who reviewed none of it.
    void doubleReviewDrainsInPairsThenAdjudicates() {
        const int cases = 300;
        const int processes = onPostgres() ? 8 : 4;
        TempDatabase temp;
        QVERIFY(ReviewPolicyStore(temp.db()).save(
            temp.admin, QueueReviewPolicy{QStringLiteral("review"), 2, 0.0}));
        const ImportReport imported = importCases(temp, reviewCasesCsv(cases));
        QVERIFY2(imported.ok(), qPrintable(imported.error));

        // Reviewer i always answers the (i % 2)-th label: a case disagrees exactly
        // when its two reviewers differ in parity.
        const QStringList logins = reviewers(temp, processes);
        Workers workers;
        for (int i = 0; i < processes; ++i)
            workers.start(this, temp.location, {logins[i]},
                          {QStringLiteral("--label"), QString::number(i)});
        QString failure;
        QVERIFY2(workers.finish(failure), qPrintable(failure));
        QVERIFY2(workers.errors.isEmpty(), qPrintable(workers.errors));
        QCOMPARE(workers.all().size(), 2 * cases);

        QCOMPARE(temp.count(QStringLiteral(
                     "SELECT count(*) FROM (SELECT case_seq FROM reviews WHERE status = "
                     "'finalized' AND slot >= 1 GROUP BY case_seq HAVING count(*) = 2 AND "
                     "count(DISTINCT reviewer_id) = 2 AND min(slot) = 1 AND max(slot) = 2) t")),
                 cases);
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM reviews WHERE status = "
                                           "'finalized'")),
                 2 * cases);
        // The disagreements, counted from the reviews themselves.
        const qint64 split = temp.count(QStringLiteral(
            "SELECT count(*) FROM (SELECT case_seq FROM reviews WHERE status = 'finalized' "
            "GROUP BY case_seq HAVING count(DISTINCT final_decision) = 2) t"));
        QVERIFY(split > 0 && split < cases);
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM cases WHERE queue = "
                                           "'adjudication' AND state = 'queued'")),
                 split);
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                           "'case.sent_to_adjudication'")),
                 split);
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM cases WHERE state = "
                                           "'finalized'")),
                 cases - split);

        // Adjudicators in their own processes: two who reviewed, two who did not.
        QStringList adjudicators{logins[0], logins[1]};
        for (int i = 0; i < 2; ++i) {
            adjudicators << QStringLiteral("adjudicator%1").arg(i);
            addReviewer(temp, adjudicators.last());
        }
        Workers deciding;
        for (const QString& login : std::as_const(adjudicators))
            deciding.start(this, temp.location, {login},
                           {QStringLiteral("--queue"), QStringLiteral("adjudication")});
        QVERIFY2(deciding.finish(failure), qPrintable(failure));
        QVERIFY2(deciding.errors.isEmpty(), qPrintable(deciding.errors));
        const QStringList decided = deciding.all();
        QCOMPARE(decided.size(), split);
        QCOMPARE(QSet<QString>(decided.begin(), decided.end()).size(), split);
        // Nobody adjudicated a case they had reviewed.
        QCOMPARE(temp.count(QStringLiteral(
                     "SELECT count(*) FROM reviews a JOIN reviews r ON r.case_seq = a.case_seq "
                     "AND r.slot >= 1 AND r.reviewer_id = a.reviewer_id WHERE a.slot = 0")),
                 0);
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM reviews WHERE slot = 0 AND "
                                           "status = 'finalized'")),
                 split);
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM cases WHERE state <> "
                                           "'finalized'")),
                 0);
        // One effective human decision per case, by adjudication exactly for the split ones.
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM decision_records WHERE "
                                           "decided_by = 'review'")),
                 cases - split);
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM decision_records WHERE "
                                           "decided_by = 'adjudication'")),
                 split);
        const Result<Verification> verified = verifyDatabase(temp.db(), temp.admin);
        QVERIFY(verified.ok());
        QVERIFY2(verified->intact(), qPrintable(verified->description));
    }

    void killedBetweenCommitAndFinalizeResumesAtTheReveal() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(20)).ok());
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        const Session ben = addReviewer(temp, QStringLiteral("ben"));

        QProcess worker;
        worker.start(QStringLiteral(CLAIM_WORKER_PATH),
                     {temp.location, QStringLiteral("anna"), reviewerPassword,
                      QStringLiteral("--stop-after-commit")});
        QVERIFY(worker.waitForStarted());
        QVERIFY(worker.waitForReadyRead(60000));
        const QString caseId = QString::fromUtf8(worker.readLine()).trimmed();
        QVERIFY(!caseId.isEmpty());
        ::kill(static_cast<pid_t>(worker.processId()), SIGKILL);
        QVERIFY(worker.waitForFinished());
        QCOMPARE(worker.exitStatus(), QProcess::CrashExit);

        // Nothing of the unfinished review is visible: no fact, no figure, no final answer.
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM review_facts")), 0);
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM reviews WHERE final_decision IS "
                                           "NOT NULL OR status = 'finalized'")),
                 0);
        // Even after the lease ran out, nobody else gets the committed case.
        QSqlQuery query(temp.db());
        QVERIFY(query.exec(
            QStringLiteral("UPDATE reviews SET lease_expires = '2000-01-01T00:00:00.000Z'")));
        ReviewService service(temp.db());
        QStringList taken;
        for (;;) {
            const Result<std::optional<ClaimedCase>> claimed =
                service.claimNext(ben, QStringLiteral("review"));
            QVERIFY(claimed.ok());
            if (!claimed.value())
                break;
            taken << claimed.value()->caseId;
            const Result<Reveal> reveal = service.commitInitial(
                ben, claimed.value()->caseId, {QStringLiteral("approve"), 60, {}});
            QVERIFY(reveal.ok());
            QVERIFY(service
                        .finalize(ben, claimed.value()->caseId, reveal->modelLabel,
                                  QStringLiteral("ok"))
                        .ok());
        }
        QCOMPARE(taken.size(), 19);
        QVERIFY(!taken.contains(caseId));

        // Anna, back at a workstation, finds the case at the reveal with her answer.
        const Result<std::optional<OpenReview>> open = service.openReview(anna);
        QVERIFY(open.ok() && open.value().has_value());
        QCOMPARE(open.value()->blindCase.caseId, caseId);
        QVERIFY(open.value()->reveal.has_value());
        QCOMPARE(open.value()->reveal->initial.confidence, 50);
        QVERIFY(
            service.finalize(anna, caseId, open.value()->reveal->modelLabel, QStringLiteral("ok"))
                .ok());
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM reviews WHERE status = "
                                           "'finalized'")),
                 20);
        const Session olga =
            addReviewer(temp, QStringLiteral("olga"), {QStringLiteral("compliance")});
        const Result<Verification> verified = verifyAuditTrail(temp.db(), olga);
        QVERIFY(verified.ok());
        QVERIFY2(verified->problem == ChainProblem::None, qPrintable(verified->description));
    }

    void serverRestartMidRunLosesNothing() {
        if (!onPostgres())
            QSKIP("a server restart concerns PostgreSQL only");
        constexpr int cases = 3000;
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(cases)).ok());
        Workers workers;
        workers.start(this, temp.location, reviewers(temp, 4));
        // Restart once the reviewers are well into the queue.
        QTRY_VERIFY_WITH_TIMEOUT(
            temp.count(QStringLiteral("SELECT count(*) FROM reviews WHERE status = 'finalized'")) >
                300,
            120000);
        QCOMPARE(
            QProcess::execute(
                QStringLiteral(PG_TEST_SERVER_SCRIPT),
                {QStringLiteral("restart"),
                 QFileInfo(qEnvironmentVariable("OVERSIGHT_TEST_POSTGRES_FILE")).absolutePath()}),
            0);
        QVERIFY(ensureConnected(temp.db()).ok());
        QString failure;
        QVERIFY2(workers.finish(failure), qPrintable(failure));
        // The restart was noticed (steps failed and were resumed), and nothing was lost.
        QVERIFY2(workers.errors.contains(QStringLiteral("retrying after")),
                 qPrintable(workers.errors));
        expectEveryCaseFinalizedOnce(temp, workers, cases);
    }
};

QTEST_GUILESS_MAIN(TestClaimProcesses)
#include "tst_claimprocesses.moc"
