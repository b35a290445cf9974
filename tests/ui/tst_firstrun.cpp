// The first start and getting data in, offscreen through the real widgets: the
// welcome page, creating a database with its first administrator, the demo, and
// importing a decisions file with the import dialog.
#include "appsettings.h"
#include "dialogs/importdialog.h"
#include "firstrun/newdatabasedialog.h"
#include "firstrun/welcomepage.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "models/queuedepthmodel.h"
#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>

using namespace oversight;
using namespace oversight::test;

namespace {

const QString password = QStringLiteral("first-admin-password");

qint64 count(QSqlDatabase db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        qFatal("%s", qPrintable(query.lastError().text()));
    return query.value(0).toLongLong();
}

// Closes the information box the window shows after an import, keeping its text.
void acceptNextMessage(QString* text) {
    whenDialogOpens<QMessageBox>([text](QMessageBox* box) {
        *text = box->text();
        box->accept();
    });
}

} // namespace

class TestFirstRun : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // the demo goes to a test data folder
        QFile::remove(MainWindow::demoPath());
    }

    void welcomePageOffersEveryWayToBegin() {
        AppSettings settings(m_dir.filePath(QStringLiteral("welcome.ini")));
        MainWindow window(settings);
        window.showWelcome();
        window.show();
        QVERIFY(window.welcomePage() != nullptr);
        QCOMPARE(window.pages()->count(), 1);
        const WelcomePage* page = window.welcomePage();
        for (QPushButton* button : {page->createButton(), page->importButton(), page->demoButton(),
                                    page->openButton(), page->connectButton()}) {
            QVERIFY(button->isEnabled());
            QVERIFY(!button->text().isEmpty());
            QVERIFY(!button->accessibleDescription().isEmpty());
        }
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("importDecisions"))->isEnabled());
    }

    void createsADatabaseWithItsFirstAdministrator() {
        AppSettings settings(m_dir.filePath(QStringLiteral("create.ini")));
        MainWindow window(settings);
        window.showWelcome();
        window.show();
        const QString path = m_dir.filePath(QStringLiteral("new/team.db"));
        bool mismatchShown = false;
        whenDialogOpens<NewDatabaseDialog>([&](NewDatabaseDialog* dialog) {
            dialog->pathEdit()->setText(path);
            dialog->loginEdit()->setText(QStringLiteral("ada"));
            QTest::keyClicks(dialog->passwordEdit(), password);
            QTest::keyClicks(dialog->repeatEdit(), password + u'x');
            clickOk(dialog);
            mismatchShown = dialog->isVisible() && dialog->errorLabel()->isVisible() &&
                            !QFileInfo::exists(path);
            dialog->repeatEdit()->setText(password);
            clickOk(dialog);
        });
        QTest::mouseClick(window.welcomePage()->createButton(), Qt::LeftButton);
        QVERIFY(mismatchShown);
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(window.welcomePage() == nullptr);
        QVERIFY(window.usersPage() != nullptr); // signed in as the administrator
        QVERIFY(window.findChild<QAction*>(QStringLiteral("importDecisions"))->isEnabled());
        Result<Database> reopened = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(reopened);
        QVERIFY(UserStore(reopened->connection()).authenticate(QStringLiteral("ada"), password));
    }

    void anExistingFileIsNeverOverwritten() {
        AppSettings settings(m_dir.filePath(QStringLiteral("exists.ini")));
        MainWindow window(settings);
        window.showWelcome();
        const QString path = m_dir.filePath(QStringLiteral("precious.db"));
        QFile precious(path);
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("not yours");
        precious.close();
        QString error;
        whenDialogOpens<NewDatabaseDialog>([&](NewDatabaseDialog* dialog) {
            dialog->pathEdit()->setText(path);
            QTest::keyClicks(dialog->passwordEdit(), password);
            QTest::keyClicks(dialog->repeatEdit(), password);
            clickOk(dialog);
            error = dialog->errorLabel()->text();
            dialog->reject();
        });
        QVERIFY(!window.createDatabase());
        QVERIFY2(error.contains(QStringLiteral("exists")), qPrintable(error));
        QVERIFY(precious.open(QIODevice::ReadOnly));
        QCOMPARE(precious.readAll(), QByteArray("not yours"));
        QVERIFY(window.welcomePage() != nullptr);
    }

    void importAFileStartsWithANewDatabase() {
        AppSettings settings(m_dir.filePath(QStringLiteral("import.ini")));
        MainWindow window(settings);
        window.showWelcome();
        window.show();
        const QString decisions = m_dir.filePath(QStringLiteral("scores.csv"));
        QFile file(decisions);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("case_id,income,score,label,confidence\n"
                   "a1,52000,0.91,approve,0.91\n"
                   "a2,31000,0.40,decline,0.60\n"
                   "a3,47000,0.83,approve,high\n");
        file.close();
        whenDialogOpens<NewDatabaseDialog>([&](NewDatabaseDialog* dialog) {
            dialog->pathEdit()->setText(m_dir.filePath(QStringLiteral("imported.db")));
            QTest::keyClicks(dialog->passwordEdit(), password);
            QTest::keyClicks(dialog->repeatEdit(), password);
            clickOk(dialog);
        });
        QStringList guessed;
        QStringList hideable;
        whenDialogOpens<ImportDialog>([&](ImportDialog* dialog) {
            dialog->setFile(decisions);
            guessed = {dialog->idBox()->currentText(), dialog->labelBox()->currentText(),
                       dialog->confidenceBox()->currentText(), dialog->truthBox()->currentText()};
            for (int i = 0; i < dialog->hiddenList()->count(); ++i) {
                hideable << dialog->hiddenList()->item(i)->text();
                if (dialog->hiddenList()->item(i)->text() == u"score")
                    dialog->hiddenList()->item(i)->setCheckState(Qt::Checked);
            }
            clickOk(dialog);
        });
        QString summary;
        acceptNextMessage(&summary);
        QTest::mouseClick(window.welcomePage()->importButton(), Qt::LeftButton);
        QCOMPARE(guessed, (QStringList{QStringLiteral("case_id"), QStringLiteral("label"),
                                       QStringLiteral("confidence"), QStringLiteral("None")}));
        // Only the facts can be hidden; the mapped columns never reach a reviewer.
        QCOMPARE(hideable, (QStringList{QStringLiteral("income"), QStringLiteral("score")}));
        QVERIFY2(summary.contains(QStringLiteral("Imported 2 decisions")), qPrintable(summary));
        // The bad row is named by row and column.
        QVERIFY2(summary.contains(QStringLiteral("row 3, column confidence")), qPrintable(summary));
        Result<Database> db = Database::open(m_dir.filePath(QStringLiteral("imported.db")),
                                             Database::OpenMode::MustExist);
        QVERIFY(db);
        QCOMPARE(count(db->connection(), QStringLiteral("SELECT COUNT(*) FROM cases")), 2);
        // The hidden column is not among the facts a reviewer sees; the others are.
        QCOMPARE(count(db->connection(), QStringLiteral("SELECT COUNT(*) FROM import_batches "
                                                        "WHERE fact_columns LIKE '%score%'")),
                 0);
        QCOMPARE(count(db->connection(), QStringLiteral("SELECT COUNT(*) FROM import_batches "
                                                        "WHERE fact_columns LIKE '%income%'")),
                 1);
        QCOMPARE(count(db->connection(),
                       QStringLiteral("SELECT COUNT(*) FROM cases WHERE facts LIKE '%0.91%'")),
                 0);
        QCOMPARE(count(db->connection(),
                       QStringLiteral("SELECT COUNT(*) FROM cases WHERE facts LIKE '%52000%'")),
                 1);
    }

    void aFileThatCannotBeReadIsNamedAndNothingIsStored() {
        TempDatabase temp;
        ImportDialog dialog(temp.db(), temp.admin);
        dialog.show();
        const QString notes = temp.write(QStringLiteral("notes.txt"), "id,label\n1,approve\n");
        dialog.setFile(notes);
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("notes.txt")),
                 qPrintable(dialog.errorLabel()->text()));
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());

        // Columns chosen wrongly: the import refuses, says why, stores nothing.
        const QString csv = temp.write(QStringLiteral("cases.csv"), "id,label,confidence\n"
                                                                    "1,approve,0.9\n");
        dialog.setFile(csv);
        QVERIFY(!dialog.errorLabel()->isVisible());
        dialog.labelBox()->setCurrentIndex(dialog.labelBox()->findText(QStringLiteral("id")));
        dialog.confidenceBox()->setCurrentIndex(
            dialog.confidenceBox()->findText(QStringLiteral("label")));
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY(!dialog.report().ok());
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM cases")), 0);
    }

    void columnsThatGiveAnswersAwayAreHiddenWithOneClick() {
        // 100 cases: `risk` is the model's label with 10 flips (a near leak, V about
        // 0.8), `relapse` is the known outcome itself (a leak), `region` is neither.
        TempDatabase temp;
        QByteArray csv = "id,label,confidence,outcome,risk,relapse,region\n";
        for (int i = 0; i < 100; ++i) {
            const bool label = i % 2 == 0;
            const bool outcome = i % 3 == 0;
            const bool risk = i % 10 == 5 ? !label : label;
            csv += QByteArray::number(i) + (label ? ",approve" : ",decline") + ",0.9," +
                   (outcome ? "bad" : "good") + (risk ? ",high" : ",low") +
                   (outcome ? ",yes" : ",no") + (i % 4 < 2 ? ",north\n" : ",south\n");
        }
        ImportDialog dialog(temp.db(), temp.admin);
        dialog.show();
        dialog.setFile(temp.write(QStringLiteral("answers.csv"), csv));
        QCOMPARE(dialog.truthBox()->currentData().toString(), QStringLiteral("outcome"));

        // The first attempt is refused: relapse gives the outcome away; risk is named too.
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM cases")), 0);
        QVERIFY(dialog.leakPanel()->isVisible());
        auto* hideRelapse =
            dialog.leakPanel()->findChild<QPushButton*>(QStringLiteral("hide:relapse"));
        auto* hideRisk = dialog.leakPanel()->findChild<QPushButton*>(QStringLiteral("hide:risk"));
        QVERIFY(hideRelapse && hideRisk);
        QVERIFY(!dialog.leakPanel()->findChild<QPushButton*>(QStringLiteral("hide:region")));
        QTest::mouseClick(hideRelapse, Qt::LeftButton);
        QVERIFY(!hideRelapse->isEnabled());
        auto checked = [&](const QString& column) {
            for (int i = 0; i < dialog.hiddenList()->count(); ++i) {
                if (dialog.hiddenList()->item(i)->data(Qt::UserRole).toString() == column)
                    return dialog.hiddenList()->item(i)->checkState() == Qt::Checked;
            }
            return false;
        };
        QVERIFY(checked(QStringLiteral("relapse")));
        QVERIFY(!checked(QStringLiteral("risk")));

        // Only the near leak is left: held once so that a person decides.
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM cases")), 0);
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("Hide them")));
        QVERIFY(dialog.leakPanel()->findChild<QPushButton*>(QStringLiteral("hide:risk")));
        QVERIFY(!dialog.leakPanel()->findChild<QPushButton*>(QStringLiteral("hide:relapse")));

        // Import again: the person chose to show risk to reviewers; the summary says so.
        clickOk(&dialog);
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.report().ok());
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM cases")), 100);
        // Facts are stored as values in the batch's column order: the names are there.
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM import_batches WHERE "
                                                 "hidden_columns = '[\"relapse\"]' AND "
                                                 "fact_columns LIKE '%\"risk\"%'")),
                 1);
        const QString summary = ImportDialog::summary(dialog.report());
        QVERIFY2(summary.contains(QStringLiteral("column 'risk' is strongly associated with the "
                                                 "model's label")),
                 qPrintable(summary));
    }

    void hidingANearLeakImportsAtOnce() {
        TempDatabase temp;
        QByteArray csv = "id,label,confidence,risk\n";
        for (int i = 0; i < 100; ++i) {
            const bool label = i % 2 == 0;
            const bool risk = i % 10 == 5 ? !label : label;
            csv += QByteArray::number(i) + (label ? ",approve" : ",decline") + ",0.9," +
                   (risk ? "high\n" : "low\n");
        }
        ImportDialog dialog(temp.db(), temp.admin);
        dialog.show();
        dialog.setFile(temp.write(QStringLiteral("near.csv"), csv));
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        auto* hideRisk = dialog.leakPanel()->findChild<QPushButton*>(QStringLiteral("hide:risk"));
        QVERIFY(hideRisk);
        QTest::mouseClick(hideRisk, Qt::LeftButton);
        clickOk(&dialog);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM cases")), 100);
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM import_batches WHERE "
                                                 "hidden_columns = '[\"risk\"]' AND "
                                                 "fact_columns = '[]'")),
                 1);
    }

    void aKnownAnswerSetIsImportedFromTheDialog() {
        TempDatabase temp;
        ImportDialog dialog(temp.db(), temp.admin);
        dialog.show();
        dialog.setFile(temp.write(QStringLiteral("checks.csv"),
                                  "id,label,confidence,income,outcome\n"
                                  "k1,approve,0.8,100,approve\nk2,decline,0.7,20,approve\n"));
        dialog.knownAnswersBox()->setChecked(true);
        // Without the known outcome the set is refused, nothing stored.
        dialog.truthBox()->setCurrentIndex(0);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("correct answer")),
                 qPrintable(dialog.errorLabel()->text()));
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM cases")), 0);
        dialog.truthBox()->setCurrentIndex(dialog.truthBox()->findData(QStringLiteral("outcome")));
        clickOk(&dialog);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM cases c JOIN import_batches "
                                                 "b ON b.seq = c.batch_seq WHERE "
                                                 "b.known_answers = 1 AND c.queue IS NULL")),
                 2);
        QCOMPARE(count(temp.db(), QStringLiteral("SELECT COUNT(*) FROM decision_records")), 0);
    }

    void theDemoIsCreatedOnceAndOpensInTheChosenRole() {
        AppSettings settings(m_dir.filePath(QStringLiteral("demo.ini")));
        MainWindow window(settings);
        window.showWelcome();
        window.show();
        whenDialogOpens<NewDatabaseDialog>([&](NewDatabaseDialog* dialog) {
            QCOMPARE(dialog->pathEdit()->text(), QDir::toNativeSeparators(MainWindow::demoPath()));
            dialog->roleBox()->setCurrentIndex(
                dialog->roleBox()->findData(QStringLiteral("demo-compliance")));
            QTest::keyClicks(dialog->passwordEdit(), password);
            QTest::keyClicks(dialog->repeatEdit(), password);
            clickOk(dialog);
        });
        QTest::mouseClick(window.welcomePage()->demoButton(), Qt::LeftButton);
        QVERIFY(QFileInfo::exists(MainWindow::demoPath()));
        QVERIFY(window.dashboardPage() != nullptr); // the compliance officer's page
        QVERIFY(window.reviewPage() == nullptr);
        Result<Database> demo =
            Database::open(MainWindow::demoPath(), Database::OpenMode::MustExist);
        QVERIFY(demo);
        // One account per role, the three simulated reviewers of the demo's checks
        // and its appeal reviewer.
        QCOMPARE(count(demo->connection(), QStringLiteral("SELECT COUNT(*) FROM users")), 7);
        // Eight appeals against automated decisions, six of them decided.
        QCOMPARE(count(demo->connection(), QStringLiteral("SELECT COUNT(*) FROM appeals")), 8);
        QCOMPARE(count(demo->connection(),
                       QStringLiteral("SELECT COUNT(*) FROM appeals WHERE outcome IS NOT NULL")),
                 6);
        QCOMPARE(count(demo->connection(), QStringLiteral("SELECT COUNT(*) FROM reviews WHERE "
                                                          "known_answer = 1 AND status = "
                                                          "'finalized'")),
                 90);
        QVERIFY(count(demo->connection(), QStringLiteral("SELECT COUNT(*) FROM cases")) >= 1000);
        QVERIFY(count(demo->connection(), QStringLiteral("SELECT COUNT(*) FROM review_facts")) >=
                10000);
        for (const QString& login : {QStringLiteral("demo-admin"), QStringLiteral("demo-reviewer")})
            QVERIFY(UserStore(demo->connection()).authenticate(login, password));
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
