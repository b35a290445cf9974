// The fairness view on a real database, offscreen: the chosen attribute's
// groups in the chart and its table with the figures counted by hand, the
// reference marked, the disparities, the oversight effect in words, the
// intersection of two attributes, and the states that explain themselves.
#include "analytics/reviewlogimporter.h"
#include "models/reviewrecordmodel.h"
#include "pages/fairnesspage.h"
#include "teamsupport.h"

#include <QApplication>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>

using namespace oversight;
using namespace oversight::test;

namespace {

// rita reviews 40 declines of each sex (the model was right each time) and
// approves 20 of the women's; sam reviews 10 of each and overrides none.
QByteArray groupLog() {
    QByteArray log = "reviewer_id,timestamp,case_id,final_decision,ai_label,truth,sex,age\n";
    int row = 0;
    auto add = [&](const char* reviewer, const char* sex, bool approve) {
        log += QByteArray(reviewer) + ",2026-03-02T" +
               QByteArray::number(8 + row / 60).rightJustified(2, '0') + ':' +
               QByteArray::number(row % 60).rightJustified(2, '0') + ":00Z,c" +
               QByteArray::number(row) + ',' + (approve ? "approve" : "decline") +
               ",decline,decline," + sex + ',' + (row % 3 == 0 ? "30" : "50") + '\n';
        ++row;
    };
    for (int i = 0; i < 40; ++i) {
        add("rita", "F", i % 2 == 0);
        add("rita", "M", false);
    }
    for (int i = 0; i < 10; ++i) {
        add("sam", "F", false);
        add("sam", "M", false);
    }
    return log;
}

struct Fixture {
    TempDatabase temp;
    Session officer;
    std::unique_ptr<FairnessPage> page;

    explicit Fixture(bool withGroups = true) {
        if (withGroups) {
            ReviewLogOptions options;
            options.filePath = temp.write(QStringLiteral("log.csv"), groupLog());
            options.truthColumn = QStringLiteral("truth");
            options.groups.columns = {QStringLiteral("sex"), QStringLiteral("age")};
            options.groups.bands[QStringLiteral("age")] = {45};
            options.groups.positiveLabel = QStringLiteral("decline");
            const ReviewLogReport report = ReviewLogImporter(temp.db()).run(temp.admin, options);
            if (!report.ok())
                qFatal("import failed: %s", qPrintable(report.error));
        }
        officer = complianceOfficer(temp);
        page = std::make_unique<FairnessPage>(temp.database->spec(), temp.db(), officer);
        page->resize(1200, 800);
        page->show();
        page->refresh();
        page->waitForAnalysis();
    }

    void choose(QComboBox* box, const QString& data) {
        const int index = box->findData(data);
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
        page->waitForAnalysis();
    }
};

} // namespace

class TestFairnessPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void chartAndTableShowTheGroupsFigures() {
        Fixture f;
        f.choose(f.page->attributeChooser(), QStringLiteral("sex"));
        f.page->metricChooser()->setCurrentIndex(0); // selection rate
        QChart* chart = f.page->chartView()->chart();
        QVERIFY(chart->title().contains(u"sex"));
        QList<QBoxPlotSeries*> series;
        for (QAbstractSeries* s : chart->series())
            if (auto* points = qobject_cast<QBoxPlotSeries*>(s))
                series << points;
        QCOMPARE(series.size(), 4); // model, effective, blind, final
        // Final decisions, F: 30 of 50 declined (rita 20 of 40, sam 10 of 10).
        QBoxSet* finalF = series.at(3)->boxSets().at(0);
        QCOMPARE(finalF->at(QBoxSet::Median), 30.0 / 50.0 * 100);
        QVERIFY(finalF->at(QBoxSet::LowerExtreme) < 60.0);
        QVERIFY(finalF->at(QBoxSet::UpperExtreme) > 60.0);
        // The model declined every one.
        QCOMPARE(series.at(0)->boxSets().at(1)->at(QBoxSet::Median), 100.0);

        // The same figures as a table, the reference marked.
        QTest::mouseClick(f.page->tablesToggle(), Qt::LeftButton);
        QVERIFY(f.page->figuresTable()->isVisible());
        QAbstractItemModel* table = f.page->figuresTable()->model();
        QCOMPARE(table->rowCount(), 2 * 4);
        QCOMPARE(table->index(0, 0).data(Qt::UserRole).toString(), QStringLiteral("F"));
        QVERIFY(table->index(0, 0).data().toString().contains(u"reference")); // 50 and 50: F
        QCOMPARE(table->index(3, 2).data().toString(), QLocale().toString(50));
        QCOMPARE(table->index(3, 3).data().toString(), percentText(0.6));

        // The disparity of the final decisions, M against F: 1.0 / 0.6.
        QAbstractItemModel* disparities = f.page->disparityTable()->model();
        bool found = false;
        for (int row = 0; row < disparities->rowCount(); ++row)
            if (disparities->index(row, 2).data().toString() == u"Reviewer, final") {
                QCOMPARE(disparities->index(row, 3).data().toString(),
                         QLocale().toString(1.0 / 0.6, 'f', 2));
                found = true;
            }
        QVERIFY(found);
        // Review widened the gap from 0 to 40 points, in words; rita's warning listed.
        QVERIFY2(f.page->effectLabel()->text().contains(u"widened"),
                 qPrintable(f.page->effectLabel()->text()));
        QStringList warnings;
        for (int i = 0; i < f.page->warningsList()->count(); ++i)
            warnings << f.page->warningsList()->item(i)->text();
        QVERIFY2(warnings.join(u'\n').contains(u"rita"), qPrintable(warnings.join(u'\n')));
        QVERIFY(!warnings.join(u'\n').contains(u"sam"));
    }

    void groupRowOpensItsReviews() {
        // The cases of each group, read from the log itself.
        QMultiHash<QString, QString> casesOf; // "sex" or "sex|band" -> case ids
        const QList<QByteArray> lines = groupLog().split('\n');
        for (const QByteArray& line : lines.mid(1)) {
            const QList<QByteArray> cells = line.split(',');
            if (cells.size() < 8)
                continue;
            const QString sex = QString::fromUtf8(cells[6]);
            const QString band =
                cells[7].toInt() < 45 ? QStringLiteral("<45") : QStringLiteral(">=45");
            casesOf.insert(sex, QString::fromUtf8(cells[2]));
            casesOf.insert(sex + u'|' + band, QString::fromUtf8(cells[2]));
        }
        auto shownCases = [](QTableView* table) {
            QStringList cases;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                cases << table->model()->index(row, ReviewRecordModel::Case).data().toString();
            cases.sort();
            return cases;
        };
        auto expected = [&](const QString& group) {
            QStringList cases = casesOf.values(group);
            cases.sort();
            return cases;
        };

        Fixture f;
        f.choose(f.page->attributeChooser(), QStringLiteral("sex"));
        QTest::mouseClick(f.page->tablesToggle(), Qt::LeftButton);
        QTableView* figures = f.page->figuresTable();
        int rowOfM = -1;
        for (int row = 0; row < figures->model()->rowCount() && rowOfM < 0; ++row)
            if (figures->model()->index(row, 0).data(Qt::UserRole).toString() == u"M")
                rowOfM = row;
        QVERIFY(rowOfM >= 0);
        figures->setFocus();
        figures->setCurrentIndex(figures->model()->index(rowOfM, 1));
        QTest::keyClick(figures, Qt::Key_Return);
        QVERIFY(f.page->showsReviews());
        QCOMPARE(expected(QStringLiteral("M")).size(), 50);
        QCOMPARE(shownCases(f.page->reviewsTable()), expected(QStringLiteral("M")));
        QVERIFY2(f.page->reviewsTitle()->text().contains(u"sex = M"),
                 qPrintable(f.page->reviewsTitle()->text()));

        // Back with the keyboard, then one cell of an intersection.
        QApplication::setActiveWindow(f.page.get());
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        QTest::keySequence(f.page->reviewsTable(), QKeySequence::Back);
        QVERIFY(!f.page->showsReviews());
        f.choose(f.page->secondAttributeChooser(), QStringLiteral("age"));
        f.page->openGroupReviews(QStringLiteral("F|>=45"));
        QVERIFY(f.page->showsReviews());
        QVERIFY(!expected(QStringLiteral("F|>=45")).isEmpty());
        QCOMPARE(shownCases(f.page->reviewsTable()), expected(QStringLiteral("F|>=45")));
    }

    void daysNarrowTheReviews() {
        // Reviews per day, read from the log.
        std::map<QDate, qint64> perDay;
        for (const QByteArray& line : groupLog().split('\n').mid(1))
            if (line.count(',') >= 7)
                ++perDay[QDate::fromString(QString::fromUtf8(line.split(',')[1].left(10)),
                                           Qt::ISODate)];
        auto expected = [&](QDate from, QDate to) {
            qint64 n = 0;
            for (const auto& [day, count] : perDay)
                n += day >= from && day <= to ? count : 0;
            return n;
        };
        auto shownReviews = [](FairnessPage* page) {
            qint64 n = 0;
            if (page->analysis() && !page->analysis()->attributes.isEmpty())
                for (const GroupFigures& g : page->analysis()->attributes.first().groups)
                    n += g.reviewsN;
            return n;
        };

        Fixture f;
        f.choose(f.page->attributeChooser(), QStringLiteral("sex"));
        const qint64 all = shownReviews(f.page.get());
        QCOMPARE(all, expected(QDate(2000, 1, 1), QDate(2100, 1, 1)));
        QVERIFY(!f.page->firstDay()->isEnabled());
        const QDate day = perDay.begin()->first;
        f.page->firstDay()->setDate(day.addDays(1));
        f.page->lastDay()->setDate(day.addDays(5));
        f.page->daysToggle()->setChecked(true);
        QVERIFY(f.page->firstDay()->isEnabled());
        f.page->waitForAnalysis();
        QCOMPARE(shownReviews(f.page.get()), expected(day.addDays(1), day.addDays(5)));
        f.page->firstDay()->setDate(day);
        f.page->waitForAnalysis();
        QCOMPARE(shownReviews(f.page.get()), expected(day, day.addDays(5)));
        QVERIFY(shownReviews(f.page.get()) > 0);
        // A group's reviews follow the days too: all of F's on its day; the day
        // after has no groups to open.
        f.page->openGroupReviews(QStringLiteral("F"));
        QCOMPARE(f.page->reviewsTable()->model()->rowCount(), groupLog().count(",F,"));
        QTest::keySequence(f.page->reviewsTable(), QKeySequence::Back);
        f.page->firstDay()->setDate(day.addDays(1));
        f.page->waitForAnalysis();
        QCOMPARE(shownReviews(f.page.get()), 0);
        f.page->openGroupReviews(QStringLiteral("M"));
        QVERIFY(!f.page->showsReviews());
    }

    void intersectionOfTwoAttributes() {
        Fixture f;
        f.choose(f.page->attributeChooser(), QStringLiteral("sex"));
        f.choose(f.page->secondAttributeChooser(), QStringLiteral("age"));
        QVERIFY(f.page->chartView()->chart()->title().contains(QStringLiteral("sex×age")));
        QTest::mouseClick(f.page->tablesToggle(), Qt::LeftButton);
        QAbstractItemModel* table = f.page->figuresTable()->model();
        QStringList groups;
        for (int row = 0; row < table->rowCount(); row += 4)
            groups << table->index(row, 0).data(Qt::UserRole).toString();
        QCOMPARE(groups, (QStringList{QStringLiteral("F|<45"), QStringLiteral("F|>=45"),
                                      QStringLiteral("M|<45"), QStringLiteral("M|>=45")}));
    }

    void explainsWhenThereIsNothingToShow() {
        Fixture f(false);
        auto* empty = f.page->findChild<QLabel*>(QStringLiteral("fairnessEmptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(u"--group-columns"));
    }

    void choosersAreReachableByKeyboard() {
        Fixture f;
        for (QWidget* widget : {static_cast<QWidget*>(f.page->attributeChooser()),
                                static_cast<QWidget*>(f.page->secondAttributeChooser()),
                                static_cast<QWidget*>(f.page->metricChooser()),
                                static_cast<QWidget*>(f.page->disparityTable())}) {
            QVERIFY(!widget->accessibleName().isEmpty());
            QVERIFY(widget->focusPolicy() & Qt::TabFocus);
        }
    }
};

QTEST_MAIN(TestFairnessPage)
#include "tst_fairnesspage.moc"
