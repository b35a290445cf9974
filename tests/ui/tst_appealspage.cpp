// The Appeals tab on a real database through its real widgets: an
// administrator files an appeal from the form (and is told clearly when a case
// cannot be appealed), a reviewer who never saw the case reverses it, and the
// tab shows the outcome, the reversal rate of the decider worked out by hand,
// and saves the case's dossier; a compliance officer sees it all but the form.
#include "appeals/appealservice.h"
#include "pages/appealspage.h"
#include "review/reviewservice.h"
#include "reviewsupport.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <cmath>

using namespace oversight;
using namespace oversight::test;

namespace {

QString cell(QTableView* view, int row, int column) {
    return view->model()->index(row, column).data().toString();
}

// "50 % (9-91 %)" for k of n, the Wilson interval written out.
QString rateByHand(double k, double n) {
    const double z = 1.959963984540054;
    const double p = k / n;
    const double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    const double half = z / (1 + z * z / n) * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    auto percent = [](double value) { return QLocale().toString(value * 100, 'f', 0); };
    return QStringLiteral("%1 % (%2-%3 %)")
        .arg(percent(p), percent(centre - half), percent(centre + half));
}

} // namespace

class TestAppealsPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fileDecideAndSaveTheDossier() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(3)).ok());
        const Session ana = addReviewer(temp, QStringLiteral("ana"));
        const Session ben = addReviewer(temp, QStringLiteral("ben"));
        ReviewService service(temp.db());
        // Ana decides two cases; both are appealed, ben reverses one and upholds the other.
        QStringList decided;
        for (int i = 0; i < 2; ++i) {
            const Result<std::optional<ClaimedCase>> claimed =
                service.claimNext(ana, QStringLiteral("review"));
            QVERIFY(claimed && claimed.value());
            QVERIFY(service.commitInitial(ana, claimed.value()->caseId,
                                          {QStringLiteral("approve"), 60, {}}));
            QVERIFY(service.finalize(ana, claimed.value()->caseId, QStringLiteral("approve"),
                                     QStringLiteral("looks fine")));
            decided << claimed.value()->externalId;
        }

        AppealsPage page(temp.db(), temp.admin);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.appealTable()->model()->rowCount(), 0);
        // A case still waiting for review cannot be appealed: the page says why.
        QTest::keyClicks(page.caseEdit(), QStringLiteral("case-2"));
        QTest::keyClicks(page.statementEdit(), QStringLiteral("Too slow."));
        QTest::mouseClick(page.fileButton(), Qt::LeftButton);
        QVERIFY(page.message()->isVisible());
        QVERIFY(page.message()->text().contains(QStringLiteral("not decided")));
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM appeals")), 0);

        for (const QString& externalId : decided) {
            page.caseEdit()->setText(externalId);
            page.statementEdit()->setPlainText(QStringLiteral("My income was misread."));
            QTest::keyClicks(page.requestedByEdit(), QStringLiteral("the applicant"));
            QTest::mouseClick(page.fileButton(), Qt::LeftButton);
            QVERIFY2(page.message()->text().contains(QStringLiteral("Appeal filed")),
                     qPrintable(page.message()->text()));
        }
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM appeals")), 2);
        QCOMPARE(page.appealTable()->model()->rowCount(), 2);
        QCOMPARE(cell(page.appealTable(), 0, 4), QStringLiteral("pending"));
        QVERIFY(page.caseEdit()->text().isEmpty()); // the form is ready for the next

        for (int i = 0; i < 2; ++i) {
            const Result<std::optional<ClaimedCase>> claimed =
                service.claimNext(ben, QStringLiteral("appeal"));
            QVERIFY(claimed && claimed.value());
            const QString decision = claimed.value()->externalId == decided[0]
                                         ? QStringLiteral("decline")
                                         : QStringLiteral("approve");
            QVERIFY(service.commitInitial(ben, claimed.value()->caseId, {decision, 60, {}}));
            QVERIFY(service.finalize(ben, claimed.value()->caseId, decision,
                                     QStringLiteral("checked the payslips")));
        }
        page.refresh();
        QStringList statuses;
        for (int row = 0; row < 2; ++row)
            statuses << cell(page.appealTable(), row, 4);
        statuses.sort();
        QCOMPARE(statuses, (QStringList{QStringLiteral("reversed"), QStringLiteral("upheld")}));
        // Ana's decisions: one of two reversed.
        QCOMPARE(page.deciderTable()->model()->rowCount(), 1);
        QCOMPARE(cell(page.deciderTable(), 0, 0), QStringLiteral("ana"));
        QCOMPARE(cell(page.deciderTable(), 0, 1), QStringLiteral("2"));
        QCOMPARE(cell(page.deciderTable(), 0, 2), rateByHand(1, 2));
        QVERIFY(page.summary()->text().contains(rateByHand(1, 2)));

        // The dossier of the selected appeal's case.
        const QString pdf = temp.path(QStringLiteral("dossier.pdf"));
        page.appealTable()->selectRow(0);
        const QString selected = cell(page.appealTable(), 0, 0);
        QVERIFY(page.saveDossier(pdf, false));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(QStringLiteral("Case dossier: %1").arg(selected)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("My income was misread.")));
        QVERIFY(text.contains(QStringLiteral("checked the payslips")));
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                           "'report.exported'")),
                 1);
    }

    void complianceSeesAppealsWithoutTheForm() {
        TempDatabase temp;
        const Session officer =
            addReviewer(temp, QStringLiteral("olga"), {QStringLiteral("compliance")});
        AppealsPage page(temp.db(), officer);
        QVERIFY(page.fileButton() == nullptr);
        QVERIFY(page.appealTable() != nullptr);
        QVERIFY(!page.message()->isVisible() || page.message()->text().isEmpty());
        QVERIFY(page.summary()->text().contains(QStringLiteral("0 appeals filed")));
        QVERIFY(!page.dossierButton()->isEnabled());
    }
};

QTEST_MAIN(TestAppealsPage)
#include "tst_appealspage.moc"
