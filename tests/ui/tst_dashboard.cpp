// The compliance dashboard on a real database, offscreen: charts built from the
// analysis, the empty state, warnings, and the drill-down from a reviewer bar or
// a warning to the reviews behind it, exported as CSV.
#include "analytics/reviewlogimporter.h"
#include "charts/oversightcharts.h"
#include "guisupport.h"
#include "models/reviewrecordmodel.h"
#include "pages/dashboardpage.h"
#include "teamsupport.h"
#include "widgets/audittrailpanel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>

using namespace oversight;
using namespace oversight::test;

class TestDashboard : public QObject {
    Q_OBJECT

    struct Fixture {
        TempDatabase temp;
        Session officer;
        std::unique_ptr<DashboardPage> page;

        Fixture() {
            QSqlQuery query(temp.db());
            query.exec(QStringLiteral("INSERT INTO settings (key, value, changed_at) VALUES "
                                      "('analytics_time_zone', 'UTC', '2026-01-01')"));
            importTeamLog(temp);
            officer = complianceOfficer(temp);
            page = std::make_unique<DashboardPage>(temp.database->spec(), temp.db(), officer);
            page->resize(1200, 800);
            page->show();
            page->refresh();
            page->waitForAnalysis();
        }
    };

private Q_SLOTS:
    void chartsHaveTablesWithTheSameFigures() {
        Fixture f;
        QCheckBox* toggle = f.page->tablesToggle();
        QTabWidget* tables = f.page->chartTables();
        QVERIFY(!tables->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(tables->isVisible());
        QCOMPARE(tables->count(), 4);
        auto* reviewers = static_cast<QTableView*>(tables->widget(0));
        QAbstractItemModel* model = reviewers->model();
        QCOMPARE(model->rowCount(), 3);
        // Same order and figures as the bars: lowest override rate first.
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("stamp"));
        QCOMPARE(model->index(0, 1).data(Qt::UserRole).toLongLong(), 150);
        QCOMPARE(model->index(0, 2).data(Qt::UserRole).toLongLong(), 0);
        QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("steady"));
        QCOMPARE(model->index(1, 3).data().toString(), percentText(0.1));
        QVERIFY(!model->index(1, 4).data().toString().isEmpty());
        auto* days = static_cast<QTableView*>(tables->widget(3));
        QCOMPARE(days->model()->rowCount(), 2);
        for (int i = 0; i < tables->count(); ++i)
            QVERIFY(!tables->widget(i)->accessibleName().isEmpty());
        // A keyboard user opens a reviewer's reviews from the table.
        reviewers->setCurrentIndex(model->index(2, 0));
        Q_EMIT reviewers->activated(model->index(2, 0));
        QVERIFY(f.page->showsReviews());
        QCOMPARE(f.page->reviewsModel()->rowCount(), 120);
        // Back on the dashboard, the choice holds across analyses.
        f.page->refresh();
        f.page->waitForAnalysis();
        QVERIFY(toggle->isChecked());
    }

    void chartsAreBuiltFromTheAnalysis() {
        Fixture f;
        QVERIFY(f.page->report().has_value());
        QCOMPARE(f.page->report()->overall.n, 350);
        const QList<QChartView*> views = f.page->findChildren<QChartView*>();
        QCOMPARE(views.size(), 4);
        for (QChartView* view : views) {
            QVERIFY(view->chart() != nullptr);
            QVERIFY(!view->chart()->title().isEmpty());
            QVERIFY(!view->chart()->series().isEmpty());
            QVERIFY(!view->chart()->axes(Qt::Vertical).isEmpty());
            QVERIFY(!view->chart()->axes(Qt::Vertical).first()->titleText().isEmpty());
        }
        // The reviewer bars: lowest override rate first, values in percent.
        QBarSet* bars = nullptr;
        for (QChartView* view : views)
            for (QAbstractSeries* series : view->chart()->series())
                if (auto* barSeries = qobject_cast<QAbstractBarSeries*>(series);
                    barSeries && view->chart()->title().contains(QStringLiteral("reviewer")))
                    bars = barSeries->barSets().first();
        QVERIFY(bars != nullptr);
        QCOMPARE(bars->count(), 3);
        QCOMPARE(bars->at(0), 0.0);                // stamp
        QCOMPARE(bars->at(1), 10.0);               // steady 8/80
        QCOMPARE(bars->at(2), 27.0 / 120.0 * 100); // careful
        // KPI tiles say the figures.
        QStringList tiles;
        for (QLabel* label : f.page->findChildren<QLabel*>())
            tiles << label->accessibleName();
        QVERIFY(tiles.join(u'|').contains(QStringLiteral("350")));

        // A click on a reviewer's bar opens their reviews.
        QVERIFY(QMetaObject::invokeMethod(bars, "clicked", Q_ARG(int, 2)));
        QVERIFY(f.page->showsReviews());
        QCOMPARE(f.page->reviewsModel()->rowCount(), 120);
        for (const ReviewRecord& record : f.page->reviewsModel()->records())
            QCOMPARE(record.reviewer, QStringLiteral("careful"));
    }

    void warningsLeadToTheReviewsBehindThem() {
        Fixture f;
        QListWidget* warnings = f.page->warningsList();
        int passive = -1;
        for (int i = 0; i < warnings->count(); ++i)
            if (warnings->item(i)->text().contains(QStringLiteral("stamp")))
                passive = i;
        QVERIFY2(passive >= 0, "the passive-reviewer warning names stamp");
        Q_EMIT warnings->itemActivated(warnings->item(passive));
        QVERIFY(f.page->showsReviews());
        QCOMPARE(f.page->reviewsModel()->rowCount(), 150);
        // Sorted by the finalization time (as ISO text, not the displayed date).
        f.page->reviewsTable()->sortByColumn(ReviewRecordModel::FinalizedAt, Qt::AscendingOrder);
        const QModelIndex first =
            f.page->reviewsTable()->model()->index(0, ReviewRecordModel::Case);
        QCOMPARE(first.data().toString(), QStringLiteral("k1"));

        const QString path = f.temp.path(QStringLiteral("stamp.csv"));
        QVERIFY(f.page->exportReviews(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 152); // header, 150 rows, the final newline
        QVERIFY(lines[0].startsWith("finalized_at,reviewer,case"));
        QVERIFY(lines[1].contains(",stamp,"));

        // A review from an imported log has no case here, so no dossier: said, nothing written.
        const QString dossier = f.temp.path(QStringLiteral("k1.pdf"));
        QVERIFY(!f.page->saveDossier(dossier)); // nothing selected yet
        f.page->reviewsTable()->selectRow(0);
        QVERIFY(!f.page->saveDossier(dossier));
        QVERIFY(f.page->findChild<QLabel*>(QStringLiteral("reviewsTitle"))
                    ->text()
                    .contains(QStringLiteral("no case 'k1'")));
        QVERIFY(!QFile::exists(dossier));
    }

    void filtersUpdateEverythingAndEmptyDataExplainsItself() {
        Fixture f;
        QComboBox* reviewer = f.page->reviewerFilter();
        reviewer->setCurrentIndex(reviewer->findData(QStringLiteral("steady")));
        f.page->waitForAnalysis();
        QCOMPARE(f.page->report()->overall.n, 80);

        // A range with no reviews: no charts, a sentence instead.
        f.page->findChild<QCheckBox*>()->setChecked(true);
        const QList<QDateEdit*> dates = f.page->findChildren<QDateEdit*>();
        dates[0]->setDate(QDate(2025, 1, 1));
        dates[1]->setDate(QDate(2025, 1, 31));
        f.page->waitForAnalysis();
        QCOMPARE(f.page->report()->overall.n, 0);
        auto* empty = f.page->findChild<QLabel*>(QStringLiteral("emptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No finalized reviews")));
    }

    void smallDataIsFlagged() {
        TempDatabase temp;
        ReviewLogOptions options;
        options.filePath = temp.write(QStringLiteral("few.csv"),
                                      "reviewer_id,timestamp,case_id,ai_label,final_decision\n"
                                      "a,2026-03-02T09:00:00Z,k1,approve,decline\n");
        options.zone = QTimeZone::utc();
        QVERIFY(ReviewLogImporter(temp.db()).run(temp.admin, options).ok());
        DashboardPage page(temp.database->spec(), temp.db(), complianceOfficer(temp));
        page.refresh();
        page.waitForAnalysis();
        QVERIFY(page.stateLabel()->text().contains(QStringLiteral("Only 1 reviews")));
    }

    // Verify now remembers its own run; removing that event afterwards passes the
    // chain, and the next Verify now on this computer reports the lost head.
    void verifyNowCatchesTheRemovalOfItsOwnRun() {
        Fixture f;
        AuditTrailPanel* panel = f.page->auditPanel();
        QVERIFY(panel->verifyNow());
        const qint64 run = f.temp.count(
            QStringLiteral("SELECT max(seq) FROM audit_events WHERE action = 'audit.verified'"));
        QCOMPARE(run, f.temp.count(QStringLiteral("SELECT max(seq) FROM audit_events")));
        const QString removeRun =
            QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(run);
        if (f.temp.server) {
            test::serverExec({QStringLiteral("SET session_replication_role = replica"), removeRun},
                             f.temp.server->name);
        } else {
            QSqlQuery query(f.temp.db());
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_events_not_deleted")));
            QVERIFY(query.exec(removeRun));
        }
        QString shown;
        test::whenDialogOpens<QMessageBox>([&shown](QMessageBox* box) {
            shown = box->text();
            box->accept();
        });
        QVERIFY(!panel->verifyNow());
        QVERIFY2(shown.contains(QStringLiteral("event #%1").arg(run)), qPrintable(shown));
        QVERIFY2(
            panel->verifiedLabel()->text().contains(QStringLiteral("BROKEN at event #%1").arg(run)),
            qPrintable(panel->verifiedLabel()->text()));
        QCOMPARE(f.temp.count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                             "'audit.verified' AND details LIKE "
                                             "'%witnessed_head_lost%'")),
                 1);
    }

    void reportsAreExportedFromTheDashboardAndTheTrailShown() {
        Fixture f;
        AuditTrailPanel* panel = f.page->auditPanel();
        QVERIFY(panel->headLabel()->text().contains(QStringLiteral("event #")));
        QCOMPARE(panel->verifiedLabel()->text(), QStringLiteral("Never verified."));
        QVERIFY(panel->verifyNow());
        QVERIFY(panel->verifiedLabel()->text().contains(QStringLiteral("by olga: intact")));

        f.page->findChild<QCheckBox*>()->setChecked(true);
        f.page->findChildren<QDateEdit*>().at(0)->setDate(QDate(2026, 3, 1));
        f.page->findChildren<QDateEdit*>().at(1)->setDate(QDate(2026, 3, 31));
        f.page->waitForAnalysis();
        for (const auto& [name, format] :
             {std::pair{QStringLiteral("r.pdf"), ReportFormat::Pdf},
              std::pair{QStringLiteral("r.csv"), ReportFormat::Csv},
              std::pair{QStringLiteral("r.json"), ReportFormat::Json}}) {
            const QString path = f.temp.path(name);
            QVERIFY(f.page->exportReport(path, format));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.size() > 500);
            QVERIFY(f.page->stateLabel()->text().contains(name));
        }
        QFile pdf(f.temp.path(QStringLiteral("r.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QFile csv(f.temp.path(QStringLiteral("r.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count("\r\n"), 1 + 150 + 60 + 60 + 80);
        QCOMPARE(f.temp.count(QStringLiteral(
                     "SELECT count(*) FROM audit_events WHERE action = 'report.exported' AND "
                     "actor = 'olga'")),
                 3);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
