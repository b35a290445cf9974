// Kills the command-line program with SIGKILL at random moments, 50 times during
// large imports and 50 times during a scripted review session, and after every
// kill checks what a crash must never do: a damaged file, a batch partly stored, an
// acknowledged answer lost, an audit trail that no longer verifies.
//
// The moments are random but reproducible: the seed is printed, and
// OVERSIGHT_KILL_SEED=N repeats a run.

#include "clisupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <vector>

using namespace oversight::test;

namespace {

constexpr int kills = 50;
constexpr int rowsPerImport = 10000;

} // namespace

class KillSafetyTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QByteArray m_adminPassword;
    QByteArray m_reviewerPassword;
    QRandomGenerator m_random;

    QStringList as(const QString& login, const QStringList& arguments) const {
        return QStringList{QStringLiteral("--db"), m_db} + arguments +
               QStringList{QStringLiteral("--as"), login, QStringLiteral("--password-stdin"),
                           QStringLiteral("--json")};
    }

    QString writeDecisions(const QString& prefix) const {
        const QString path = m_dir.filePath(prefix + QStringLiteral(".csv"));
        writeDecisionsCsv(path, prefix, rowsPerImport);
        return path;
    }

    // The checks after every kill that concern the whole database.
    void checkDatabase(const QString& context) {
        {
            const SqlitePeek peek(m_db);
            const QString integrity =
                peek.value(QStringLiteral("PRAGMA integrity_check")).toString();
            QVERIFY2(integrity == u"ok",
                     qPrintable(context + QStringLiteral(": integrity_check says ") + integrity));
        }
        const CliRun verify = runCli(as(QStringLiteral("demo-admin"), {QStringLiteral("verify")}),
                                     m_adminPassword + '\n');
        QVERIFY2(verify.exitCode == 0, qPrintable(context + QStringLiteral(": verify failed: ") +
                                                  QString::fromUtf8(verify.out + verify.err)));
        QVERIFY(verify.json().value(QStringLiteral("intact")).toBool());
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const quint32 seed = qEnvironmentVariableIsSet("OVERSIGHT_KILL_SEED")
                                 ? qEnvironmentVariableIntValue("OVERSIGHT_KILL_SEED")
                                 : QRandomGenerator::system()->generate();
        qInfo("kill moments from seed %u (OVERSIGHT_KILL_SEED=%u repeats them)", seed, seed);
        m_random.seed(seed);
        m_db = m_dir.filePath(QStringLiteral("kill.db"));
        const CliRun demo =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--cases"),
                    QStringLiteral("3000"), QStringLiteral("--json")},
                   {});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const QJsonObject accounts = demo.json().value(QStringLiteral("accounts")).toObject();
        m_adminPassword = accounts.value(QStringLiteral("demo-admin")).toString().toUtf8();
        m_reviewerPassword = accounts.value(QStringLiteral("demo-reviewer")).toString().toUtf8();
        QVERIFY(!m_adminPassword.isEmpty() && !m_reviewerPassword.isEmpty());
    }

    void killDuringImport() {
        auto import = [&](const QString& file, int killAfterMs) {
            return runCli(as(QStringLiteral("demo-admin"),
                             {QStringLiteral("import"), file, QStringLiteral("--model"),
                              QStringLiteral("kill-test")}),
                          m_adminPassword + '\n', CliControl::killedAfter(killAfterMs));
        };
        // How long a whole import takes here, so the kills fall across all of it.
        QElapsedTimer timer;
        timer.start();
        const CliRun whole = import(writeDecisions(QStringLiteral("calibration")), -1);
        const int wholeMs = static_cast<int>(timer.elapsed());
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        qInfo("a whole import of %d rows takes %d ms here", rowsPerImport, wholeMs);

        int absent = 0;
        int present = 0;
        for (int i = 0; i < kills; ++i) {
            const QString prefix = QStringLiteral("kill%1").arg(i);
            const QString file = writeDecisions(prefix);
            const int killAfterMs = m_random.bounded(wholeMs + wholeMs / 5);
            const CliRun run = import(file, killAfterMs);
            const QString context =
                QStringLiteral("import kill %1 after %2 ms").arg(i).arg(killAfterMs);
            const QString idPattern = prefix + QStringLiteral("-%");
            const QString fileName = prefix + QStringLiteral(".csv");
            // A kill while rows are staged leaves them invisible (their batch is not
            // published) until the next open, checkDatabase's verify, removes them.
            const QString published =
                QStringLiteral(" AND c.batch_seq IN (SELECT seq FROM import_batches WHERE "
                               "staging = 0)");
            {
                const SqlitePeek peek(m_db);
                const qint64 cases = peek.value(QStringLiteral("SELECT count(*) FROM cases c WHERE "
                                                               "external_id LIKE ?") +
                                                    published,
                                                {idPattern})
                                         .toLongLong();
                const qint64 sealed =
                    peek.value(QStringLiteral("SELECT count(*) FROM case_sealed s JOIN cases c ON "
                                              "c.seq = s.case_seq WHERE c.external_id LIKE ?") +
                                   published,
                               {idPattern})
                        .toLongLong();
                const qint64 batches =
                    peek.value(QStringLiteral("SELECT count(*) FROM import_batches WHERE "
                                              "source_name = ? AND staging = 0"),
                               {fileName})
                        .toLongLong();
                QVERIFY2((cases == 0 && sealed == 0 && batches == 0) ||
                             (cases == rowsPerImport && sealed == rowsPerImport && batches == 1),
                         qPrintable(context + QStringLiteral(": %1 cases, %2 sealed, %3 batches")
                                                  .arg(cases)
                                                  .arg(sealed)
                                                  .arg(batches)));
                if (!run.killed)
                    QVERIFY2(run.exitCode == 0 && cases == rowsPerImport, run.err.constData());
                (cases == 0 ? absent : present) += 1;
            }
            checkDatabase(context);
            {
                const SqlitePeek peek(m_db);
                const qint64 stored = peek.value(QStringLiteral("SELECT count(*) FROM cases WHERE "
                                                                "external_id LIKE ?"),
                                                 {idPattern})
                                          .toLongLong();
                const qint64 staging =
                    peek.value(QStringLiteral("SELECT count(*) FROM import_batches WHERE "
                                              "staging = 1"))
                        .toLongLong();
                QVERIFY2((stored == 0 || stored == rowsPerImport) && staging == 0,
                         qPrintable(context + QStringLiteral(": after the next open %1 cases, "
                                                             "%2 staged batches")
                                                  .arg(stored)
                                                  .arg(staging)));
            }
        }
        qInfo("import kills: %d batches wholly absent, %d wholly present", absent, present);
        // The kills must have landed on both sides of the commit to prove anything.
        QVERIFY(absent > 0);
        QVERIFY(present > 0);
    }

    void killDuringReviewSession() {
        auto review = [&](const QStringList& arguments, int killAfterMs) {
            return runCli(as(QStringLiteral("demo-reviewer"),
                             QStringList{QStringLiteral("review")} + arguments),
                          m_reviewerPassword + '\n', CliControl::killedAfter(killAfterMs));
        };
        QHash<QString, QString> committed; // case -> initial decision the CLI acknowledged
        QHash<QString, QString> finalized; // case -> final decision the CLI acknowledged
        QElapsedTimer timer;
        std::vector<qint64> stepTimes; // of the steps that ran to their end
        auto recordStep = [&] { stepTimes.push_back(timer.elapsed()); };
        const auto steps = [&] { return static_cast<qint64>(stepTimes.size()); };
        int killsDone = 0;
        int killedMidStep = 0;
        // A moment uniform over 1.2 times a typical step (the median of the last ones:
        // on a loaded machine a few slow steps must not stretch every moment past the
        // step's end); -1 (no kill) when not killing.
        auto killMoment = [&](bool kill) {
            if (!kill)
                return -1;
            std::vector<qint64> recent(stepTimes.end() - std::min<qint64>(steps(), 15),
                                       stepTimes.end());
            std::nth_element(recent.begin(), recent.begin() + recent.size() / 2, recent.end());
            return m_random.bounded(static_cast<int>(recent[recent.size() / 2] * 6 / 5) + 1);
        };
        // More than half the kills must stop a command midway to prove anything; a
        // kill that lands after a step's end still counts as a kill, so the session
        // goes on (within a bound) until the quota of mid-step kills is met by
        // construction, not by luck, however loaded the machine.
        const int requiredMidStep = kills / 2 + 1;
        const int maximumKills = kills * 4;
        while ((killsDone < kills || killedMidStep < requiredMidStep) && killsDone < maximumKills) {
            // Each step has a one-in-three chance of being killed, once the typical
            // length of a step is known.
            const bool kill = steps() >= 3 && m_random.bounded(3) == 0;
            const int killAfterMs = killMoment(kill);

            timer.start();
            const CliRun next = review({QStringLiteral("next")}, killAfterMs);
            QString context =
                QStringLiteral("review kill %1 (next after %2 ms)").arg(killsDone).arg(killAfterMs);
            if (!next.killed) {
                QVERIFY2(next.exitCode == 0, next.err.constData());
                recordStep();
            }
            if (kill) {
                ++killsDone;
                killedMidStep += next.killed;
                checkDatabase(context);
                continue;
            }
            const QJsonObject shown = next.json();
            const QString caseId = shown.value(QStringLiteral("case")).toString();
            QVERIFY2(!caseId.isEmpty(), "the review queue ran out");
            if (shown.value(QStringLiteral("stage")).toString() == u"revealed") {
                // Resumed after a kill: the committed answer must be the one acknowledged.
                if (committed.contains(caseId))
                    QCOMPARE(shown.value(QStringLiteral("initial")).toString(),
                             committed.value(caseId));
                committed.insert(caseId, shown.value(QStringLiteral("initial")).toString());
            } else {
                QVERIFY2(!committed.contains(caseId),
                         qPrintable(QStringLiteral("case %1 was committed, yet shown blind again")
                                        .arg(caseId)));
                const QJsonArray labels = shown.value(QStringLiteral("labels")).toArray();
                const QString decision =
                    labels.at(m_random.bounded(static_cast<int>(labels.size()))).toString();
                const bool killCommit = m_random.bounded(3) == 0;
                const int after = killMoment(killCommit);
                timer.start();
                const CliRun commit =
                    review({QStringLiteral("commit"), caseId, QStringLiteral("--decision"),
                            decision, QStringLiteral("--confidence"), QStringLiteral("70")},
                           after);
                context =
                    QStringLiteral("review kill %1 (commit after %2 ms)").arg(killsDone).arg(after);
                if (!commit.killed) {
                    QVERIFY2(commit.exitCode == 0, commit.err.constData());
                    committed.insert(caseId, decision);
                    recordStep();
                }
                if (killCommit) {
                    ++killsDone;
                    killedMidStep += commit.killed;
                    checkDatabase(context);
                    continue;
                }
            }
            const QString decision = committed.value(caseId);
            const bool killFinalize = m_random.bounded(3) == 0;
            const int after = killMoment(killFinalize);
            const CliRun finalize =
                review({QStringLiteral("finalize"), caseId, QStringLiteral("--decision"), decision,
                        QStringLiteral("--rationale"), QStringLiteral("checked in the kill test")},
                       after);
            context =
                QStringLiteral("review kill %1 (finalize after %2 ms)").arg(killsDone).arg(after);
            if (!finalize.killed) {
                QVERIFY2(finalize.exitCode == 0, finalize.err.constData());
                finalized.insert(caseId, decision);
            }
            if (killFinalize) {
                ++killsDone;
                killedMidStep += finalize.killed;
            }

            // Every acknowledged answer is stored as acknowledged.
            const SqlitePeek peek(m_db);
            for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
                const QString stored =
                    peek.value(QStringLiteral("SELECT r.initial_decision FROM reviews r JOIN cases "
                                              "c ON c.seq = r.case_seq WHERE c.id = ? AND "
                                              "r.initial_decision IS NOT NULL"),
                               {it.key()})
                        .toString();
                QVERIFY2(stored == it.value(),
                         qPrintable(QStringLiteral("%1: case %2 committed as %3, stored %4")
                                        .arg(context, it.key(), it.value(), stored)));
            }
            for (auto it = finalized.cbegin(); it != finalized.cend(); ++it)
                QCOMPARE(peek.value(QStringLiteral("SELECT r.final_decision FROM reviews r JOIN "
                                                   "cases c ON c.seq = r.case_seq WHERE c.id = ? "
                                                   "AND r.status = 'finalized'"),
                                    {it.key()})
                             .toString(),
                         it.value());
            QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM (SELECT case_seq FROM reviews "
                                               "WHERE status = 'finalized' GROUP BY case_seq "
                                               "HAVING count(*) > 1)"))
                         .toLongLong(),
                     0);
            if (killFinalize)
                checkDatabase(context);
        }
        qInfo("review kills: %d, of which %d stopped a command midway; %lld answers "
              "acknowledged, %lld cases finalized",
              killsDone, killedMidStep, static_cast<long long>(committed.size()),
              static_cast<long long>(finalized.size()));
        QVERIFY2(killedMidStep >= requiredMidStep,
                 qPrintable(QStringLiteral("%1 of %2 kills stopped a command midway")
                                .arg(killedMidStep)
                                .arg(killsDone)));
        checkDatabase(QStringLiteral("after the session"));
    }
};

QTEST_GUILESS_MAIN(KillSafetyTest)
#include "tst_killsafety.moc"
