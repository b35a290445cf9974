// The overview window on a real database, driven through its real widgets.
#include "demo/demodata.h"
#include "intake/importer.h"
#include "mainwindow.h"
#include "models/batchlistmodel.h"
#include "models/queuedepthmodel.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QSaveFile>
#include <QTableView>

using namespace oversight;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsQueuesAndBatchesOfTheDatabase() {
        test::TempDatabase t;
        const QString csv = t.path(QStringLiteral("demo.csv"));
        {
            QSaveFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(writeDemoDecisions(file, DemoSettings{500, 3, 0.4}));
            QVERIFY(file.commit());
        }
        const ImportReport report = Importer(t.db()).run(t.admin, demoImportOptions(csv));
        QVERIFY2(report.ok(), qPrintable(report.error));

        MainWindow window;
        QVERIFY(window.openDatabase(t.database->path()).ok());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("test.db")));

        const auto views = window.findChildren<QTableView*>();
        QCOMPARE(views.size(), 2);
        QueueDepthModel* queues = window.queueModel();
        QCOMPARE(queues->rowCount(), 2);
        QCOMPARE(queues->index(0, QueueDepthModel::Name).data().toString(),
                 QStringLiteral("review"));
        QCOMPARE(queues->index(0, QueueDepthModel::Pending).data().toString(),
                 QLocale().toString(report.routedReview));
        QCOMPARE(queues->index(1, QueueDepthModel::Pending).data().toString(),
                 QLocale().toString(report.routedAudit));
        QCOMPARE(window.batchModel()->rowCount(), 1);
        QCOMPARE(window.batchModel()->index(0, BatchListModel::Model).data().toString(),
                 QStringLiteral("credit-risk 2.3.0"));

        // F5 reloads what another process imported meanwhile.
        const QString more =
            t.write(QStringLiteral("more.csv"), "id,label,confidence\nn1,yes,0.1\n");
        ImportOptions options;
        options.filePath = more;
        QVERIFY(Importer(t.db()).run(t.admin, options).ok());
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(window.batchModel()->rowCount(), 2);
        QCOMPARE(queues->index(0, QueueDepthModel::Pending).data().toString(),
                 QLocale().toString(report.routedReview + 1));
    }

    void refusesAMissingDatabaseKeepingTheWindowUsable() {
        QTemporaryDir dir;
        MainWindow window;
        const Status opened = window.openDatabase(dir.filePath(QStringLiteral("missing.db")));
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(QStringLiteral("No database")));
        QCOMPARE(window.queueModel()->rowCount(), 0);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.db"))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
