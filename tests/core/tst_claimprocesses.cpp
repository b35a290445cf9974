// Two reviewers in two real processes claim from one real SQLite file until the
// queue is empty: every case is claimed exactly once, and the database never
// shows a case held twice.
#include "reviewsupport.h"

#include <QProcess>
#include <QSet>

using namespace oversight;
using namespace oversight::test;

class TestClaimProcesses : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tenThousandClaimsNeverCollide() {
        constexpr int cases = 10000;
        TempDatabase temp;
        const ImportReport imported = importCases(temp, reviewCasesCsv(cases));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.routedReview, cases);
        addReviewer(temp, QStringLiteral("anna"));
        addReviewer(temp, QStringLiteral("ben"));
        const QString path = temp.database->path();

        QList<QProcess*> workers;
        for (const QString& login : {QStringLiteral("anna"), QStringLiteral("ben")}) {
            auto* worker = new QProcess(this);
            worker->start(QStringLiteral(CLAIM_WORKER_PATH), {path, login, reviewerPassword});
            QVERIFY(worker->waitForStarted());
            workers << worker;
        }
        QList<QStringList> claimed;
        for (QProcess* worker : workers) {
            QVERIFY(worker->waitForFinished(10 * 60 * 1000));
            QCOMPARE(worker->exitStatus(), QProcess::NormalExit);
            QVERIFY2(worker->exitCode() == 0, worker->readAllStandardError().constData());
            claimed << QString::fromUtf8(worker->readAllStandardOutput())
                           .split(u'\n', Qt::SkipEmptyParts);
        }
        const QStringList all = claimed[0] + claimed[1];
        QCOMPARE(all.size(), cases);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), cases);
        // Both took part: the test really had two claimants competing (a loaded
        // machine may favour one, so a share of 1 % is enough).
        QVERIFY2(
            claimed[0].size() > cases / 100 && claimed[1].size() > cases / 100,
            qPrintable(QStringLiteral("%1 / %2").arg(claimed[0].size()).arg(claimed[1].size())));
        QCOMPARE(
            temp.count(QStringLiteral("SELECT count(*) FROM reviews WHERE status = 'finalized'")),
            cases);
        QCOMPARE(temp.count(QStringLiteral("SELECT count(DISTINCT case_seq) FROM reviews")), cases);
        QCOMPARE(
            temp.count(QStringLiteral("SELECT count(*) FROM cases WHERE state <> 'finalized'")), 0);
    }
};

QTEST_GUILESS_MAIN(TestClaimProcesses)
#include "tst_claimprocesses.moc"
