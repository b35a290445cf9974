// The Agreement tab on a real database through its real widgets: two reviewers
// review the same 24 cases blind; the pair matrix and the summary show the
// kappas computed by hand from the labels they were given.
#include "pages/agreementpage.h"
#include "review/reviewpolicy.h"
#include "review/reviewservice.h"
#include "reviewsupport.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTableView>
#include <QTest>

using namespace oversight;
using namespace oversight::test;

class TestAgreementPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pairMatrixShowsTheHandComputedKappa() {
        TempDatabase temp;
        QVERIFY(ReviewPolicyStore(temp.db()).save(
            temp.admin, QueueReviewPolicy{QStringLiteral("review"), 2, 0.0}));
        QVERIFY(importCases(temp, reviewCasesCsv(24)).ok());
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        const Session ben = addReviewer(temp, QStringLiteral("ben"));
        const Session olga =
            addReviewer(temp, QStringLiteral("olga"), {QStringLiteral("compliance")});
        // Anna: approve on 0..11. Ben: approve on 0..9 and 22..23. So 10 (a,a),
        // 2 (a,d), 10 (d,d), 2 (d,a): p_o = 20/24; each says approve 12 times in
        // 24, p_e = 1/2; Cohen's kappa = (5/6 - 1/2) / (1/2) = 2/3. Fleiss' kappa
        // is the same here: P = 20/24, p_approve = 24/48, P_e = 1/2.
        ReviewService service(temp.db());
        for (const Session& who : {anna, ben}) {
            for (int i = 0; i < 24; ++i) {
                const Result<std::optional<ClaimedCase>> claimed =
                    service.claimNext(who, QStringLiteral("review"));
                QVERIFY(claimed && claimed.value());
                const bool approve = who.login == u"anna" ? i < 12 : (i < 10 || i >= 22);
                const QString label =
                    approve ? QStringLiteral("approve") : QStringLiteral("decline");
                QCOMPARE(claimed.value()->externalId, QStringLiteral("case-%1").arg(i));
                QVERIFY(service.commitInitial(who, claimed.value()->caseId, {label, 60, {}}));
                QVERIFY(service.finalize(who, claimed.value()->caseId, label,
                                         QStringLiteral("read the file")));
            }
        }
        const Result<ConnectionSpec> spec = ConnectionSpec::parse(temp.location);
        QVERIFY(spec);
        AgreementPage page(spec.value(), temp.db(), olga);
        page.show();
        page.refresh();
        page.waitForAnalysis();

        const QString kappa = QLocale().toString(2.0 / 3.0, 'f', 2);
        const QAbstractItemModel* matrix = page.pairMatrix()->model();
        QCOMPARE(matrix->rowCount(), 2);
        QCOMPARE(matrix->index(0, 0).data().toString(), QStringLiteral("anna"));
        const QString pair = matrix->index(0, 2).data().toString();
        QVERIFY2(pair.contains(kappa) && pair.contains(QStringLiteral("n 24")), qPrintable(pair));
        QCOMPARE(matrix->index(1, 1).data().toString(), pair);
        QCOMPARE(matrix->index(0, 1).data().toString(), QStringLiteral("-"));

        const QString summary = page.summary()->text();
        QVERIFY2(summary.contains(QStringLiteral("24 cases")), qPrintable(summary));
        QVERIFY2(summary.contains(QLocale().toString(20.0 / 24.0 * 100, 'f', 1)),
                 qPrintable(summary));
        QVERIFY2(summary.contains(kappa), qPrintable(summary));
        // Four disagreements wait for adjudication.
        QVERIFY2(summary.contains(QStringLiteral("4 pending")), qPrintable(summary));

        const QAbstractItemModel* reviewers = page.reviewerTable()->model();
        QCOMPARE(reviewers->rowCount(), 2);
        QCOMPARE(reviewers->index(1, 0).data().toString(), QStringLiteral("ben"));
        QCOMPARE(reviewers->index(1, 1).data().toString(), QStringLiteral("24"));
        QCOMPARE(page.warnings()->count(), 1); // "None.": below 50 cases
    }
};

QTEST_MAIN(TestAgreementPage)
#include "tst_agreementpage.moc"
