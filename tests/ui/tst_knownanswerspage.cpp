// The Known Answers tab on a real database through its real widgets: on a team
// where dee always takes the recommendation and ivy keeps her own right answer,
// twelve catch trials each; the page names dee's catch deference near 100 %
// and ivy's near 0, with the intervals worked out by hand, and an administrator
// retires the set from it.
#include "intake/importer.h"
#include "pages/knownanswerspage.h"
#include "review/reviewpolicy.h"
#include "review/reviewservice.h"
#include "reviewsupport.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <cmath>

using namespace oversight;
using namespace oversight::test;

namespace {

// "100 % (76-100 %)" for k of n, the Wilson interval written out.
QString rateByHand(double k, double n) {
    const double z = 1.959963984540054;
    const double p = k / n;
    const double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    const double half = z / (1 + z * z / n) * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    auto percent = [](double value) { return QLocale().toString(value * 100, 'f', 0); };
    return QStringLiteral("%1 % (%2-%3 %)")
        .arg(percent(p), percent(centre - half), percent(centre + half));
}

QByteArray knownAnswerCsv(int n) {
    QByteArray csv = "id,label,p_approve,p_decline,income,region,note,score,outcome\n";
    for (int i = 0; i < n; ++i)
        csv += "case-" + QByteArray::number(500 + i) + ",approve,0.7,0.3," +
               QByteArray::number(30000 + i) + ",north,\"applicant " + QByteArray::number(500 + i) +
               ", long-standing customer\",9" + QByteArray::number(i) + ",approve\n";
    return csv;
}

} // namespace

class TestKnownAnswersPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deferenceOfEachReviewerWithItsInterval() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(10)).ok());
        ImportOptions options;
        options.filePath = temp.write(QStringLiteral("checks.csv"), knownAnswerCsv(12));
        options.probabilityColumns = {{QStringLiteral("approve"), QStringLiteral("p_approve")},
                                      {QStringLiteral("decline"), QStringLiteral("p_decline")}};
        options.hiddenColumns = {QStringLiteral("score")};
        options.truthColumn = QStringLiteral("outcome");
        options.modelName = QStringLiteral("credit-risk");
        options.modelVersion = QStringLiteral("2.3.0");
        options.knownAnswers = true;
        const ImportReport set = Importer(temp.db()).run(temp.admin, options);
        QVERIFY2(set.ok(), qPrintable(set.error));
        QueueReviewPolicy policy{QStringLiteral("review")};
        policy.knownAnswerRate = 1.0;
        policy.catchRate = 1.0;
        QVERIFY(ReviewPolicyStore(temp.db()).save(temp.admin, policy));

        const Session dee = addReviewer(temp, QStringLiteral("dee"));
        const Session ivy = addReviewer(temp, QStringLiteral("ivy"));
        ReviewService service(temp.db());
        for (const Session& who : {dee, ivy}) {
            for (int i = 0; i < 12; ++i) {
                const Result<std::optional<ClaimedCase>> claimed =
                    service.claimNext(who, QStringLiteral("review"));
                QVERIFY(claimed && claimed.value());
                // Right blind (every answer is approve); the reveal shows decline.
                const Result<Reveal> reveal = service.commitInitial(
                    who, claimed.value()->caseId, {QStringLiteral("approve"), 70, {}});
                QVERIFY(reveal);
                QCOMPARE(reveal->modelLabel, QStringLiteral("decline"));
                const QString final =
                    who.login == u"dee" ? reveal->modelLabel : QStringLiteral("approve");
                QVERIFY(service.finalize(who, claimed.value()->caseId, final,
                                         QStringLiteral("read the file")));
            }
        }

        const Result<ConnectionSpec> spec = ConnectionSpec::parse(temp.location);
        QVERIFY(spec);
        KnownAnswersPage page(spec.value(), temp.db(), temp.admin);
        page.show();
        page.refresh();
        page.waitForAnalysis();
        const QAbstractItemModel* table = page.reviewerTable()->model();
        QCOMPARE(table->rowCount(), 3); // dee, ivy, everyone
        auto row = [table](const QString& who) {
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->index(r, 0).data().toString() == who)
                    return r;
            return -1;
        };
        const int deeRow = row(QStringLiteral("dee"));
        const int ivyRow = row(QStringLiteral("ivy"));
        QVERIFY(deeRow >= 0 && ivyRow >= 0);
        QCOMPARE(table->index(deeRow, 2).data().toString(), QStringLiteral("12"));
        QCOMPARE(table->index(deeRow, 5).data().toString(), rateByHand(12, 12));
        QCOMPARE(table->index(ivyRow, 5).data().toString(), rateByHand(0, 12));
        QCOMPARE(table->index(deeRow, 4).data().toString(), rateByHand(0, 12)); // final accuracy
        QCOMPARE(table->index(ivyRow, 4).data().toString(), rateByHand(12, 12));
        QCOMPARE(table->index(row(QStringLiteral("Everyone")), 5).data().toString(),
                 rateByHand(12, 24));
        QCOMPARE(page.warnings()->count(), 1);
        QVERIFY(page.warnings()->item(0)->text().startsWith(QStringLiteral("dee ")));
        QVERIFY(page.summary()->text().contains(QStringLiteral("24 checks on 12")));

        // The set, served 24 times; an administrator retires it.
        const QAbstractItemModel* sets = page.setTable()->model();
        QCOMPARE(sets->rowCount(), 1);
        QCOMPARE(sets->index(0, 0).data().toString(), set.batchId);
        QCOMPARE(sets->index(0, 4).data().toString(), QStringLiteral("24"));
        QVERIFY(page.retireButton()->isVisible());
        // The current set's cases, each served to both reviewers, both reveals planted.
        const QAbstractItemModel* cases = page.setCaseTable()->model();
        QCOMPARE(cases->rowCount(), 12);
        for (int r = 0; r < 12; ++r) {
            QCOMPARE(cases->index(r, 1).data().toString(), QStringLiteral("approve"));
            QCOMPARE(cases->index(r, 2).data().toString(), QStringLiteral("2"));
            QCOMPARE(cases->index(r, 4).data().toString(), QStringLiteral("2"));
        }
        QVERIFY(!page.retireSelectedSet(QString())); // a reason is required
        QCOMPARE(page.setTable()->currentIndex().row(), 0);
        QVERIFY(page.retireSelectedSet(QStringLiteral("answers out of date")));
        QVERIFY(page.setTable()->model()->index(0, 6).data().toString() != u"in use");
        QCOMPARE(temp.count(QStringLiteral(
                     "SELECT count(*) FROM import_batches WHERE retired_at IS NOT NULL")),
                 1);

        // A compliance officer sees the figures, not the retire button.
        const Session olga =
            addReviewer(temp, QStringLiteral("olga"), {QStringLiteral("compliance")});
        KnownAnswersPage officerPage(spec.value(), temp.db(), olga);
        officerPage.show();
        QVERIFY(!officerPage.retireButton()->isVisible());
    }
};

QTEST_MAIN(TestKnownAnswersPage)
#include "tst_knownanswerspage.moc"
