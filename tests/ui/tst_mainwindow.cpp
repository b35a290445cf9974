// The window, the sign-in and the users page on a real database, driven through
// their real widgets under the offscreen platform.
#include "appsettings.h"
#include "demo/demodata.h"
#include "dialogs/connectdialog.h"
#include "dialogs/logindialog.h"
#include "dialogs/userdialogs.h"
#include "guisupport.h"
#include "help/aboutdialog.h"
#include "help/shortcutsdialog.h"
#include "intake/importer.h"
#include "mainwindow.h"
#include "models/batchlistmodel.h"
#include "models/queuedepthmodel.h"
#include "models/userlistmodel.h"
#include "pages/userspage.h"
#include "testsupport.h"
#include "widgets/headalarmbanner.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace oversight;
using oversight::test::clickOk;
using oversight::test::whenDialogOpens;

namespace {

const QString password = QStringLiteral("a-long-enough-password");

QStringList tabTitles(const MainWindow& window) {
    QStringList titles;
    for (int i = 0; i < window.pages()->count(); ++i)
        titles << window.pages()->tabText(i).remove(u'&');
    return titles;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    Session addAndSignIn(test::TempDatabase& t, const QString& login, const QStringList& roles) {
        UserStore users(t.db());
        if (!users.addUser(t.admin, NewUser{login, QString(), roles, password}))
            qFatal("cannot add user");
        return users.authenticate(login, password).value();
    }

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

        AppSettings settings(m_settingsDir.filePath(QStringLiteral("a.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(t.location).ok());
        window.setSession(t.admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(
            window.windowTitle().contains(t.server ? t.server->name : QStringLiteral("test.db")));

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
        ImportOptions options;
        options.filePath = t.write(QStringLiteral("more.csv"), "id,label,confidence\nn1,yes,0.1\n");
        QVERIFY(Importer(t.db()).run(t.admin, options).ok());
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(window.batchModel()->rowCount(), 2);
        QCOMPARE(queues->index(0, QueueDepthModel::Pending).data().toString(),
                 QLocale().toString(report.routedReview + 1));
    }

    void pagesFollowTheRoles() {
        test::TempDatabase t;
        const Session reviewer = addAndSignIn(t, QStringLiteral("rita"), {Role::reviewer});
        const Session compliance = addAndSignIn(t, QStringLiteral("carl"), {Role::compliance});
        AppSettings settings(m_settingsDir.filePath(QStringLiteral("b.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(t.location).ok());

        window.setSession(reviewer);
        QCOMPARE(tabTitles(window),
                 (QStringList{QStringLiteral("Review"), QStringLiteral("Queues")}));
        QVERIFY(window.usersPage() == nullptr);
        QVERIFY(window.reviewPage() != nullptr);
        QVERIFY(window.fairnessPage() == nullptr); // the figures by group are for compliance
        QCOMPARE(window.batchModel()->rowCount(), 0);

        window.setSession(compliance);
        QCOMPARE(tabTitles(window),
                 (QStringList{QStringLiteral("Dashboard"), QStringLiteral("Fairness"),
                              QStringLiteral("Agreement"), QStringLiteral("Known Answers"),
                              QStringLiteral("Appeals"), QStringLiteral("Queues"),
                              QStringLiteral("Import Batches")}));

        window.setSession(t.admin);
        QVERIFY(window.reviewPage() == nullptr); // reviewing is the reviewer role's alone
        QCOMPARE(tabTitles(window),
                 (QStringList{QStringLiteral("Dashboard"), QStringLiteral("Fairness"),
                              QStringLiteral("Agreement"), QStringLiteral("Known Answers"),
                              QStringLiteral("Appeals"), QStringLiteral("Queues"),
                              QStringLiteral("Import Batches"), QStringLiteral("Users")}));
        QVERIFY(window.usersPage() != nullptr);
        QCOMPARE(window.usersPage()->model()->rowCount(), 3);
    }

    // The newest event this computer saw is removed behind the application's back:
    // a banner with no close button, recorded once, that only an administrator's
    // acknowledgement of a restore clears.
    void aLostHeadRaisesABannerUntilARestoreIsAcknowledged() {
        test::TempDatabase t;
        const Session reviewer = addAndSignIn(t, QStringLiteral("rosa"), {Role::reviewer});
        AppSettings settings(m_settingsDir.filePath(QStringLiteral("witness.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(t.location).ok());
        window.setSession(reviewer);
        window.show();
        HeadAlarmBanner* banner = window.headAlarmBanner();
        QVERIFY(banner->isHidden());

        const qint64 newest = t.count(QStringLiteral("SELECT max(seq) FROM audit_events"));
        const QString removeNewest =
            QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(newest);
        if (t.server) {
            test::serverExec(
                {QStringLiteral("SET session_replication_role = replica"), removeNewest},
                t.server->name);
        } else {
            QSqlQuery query(t.db());
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_events_not_deleted")));
            QVERIFY(query.exec(removeNewest));
        }
        window.refresh();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text()->text().contains(QStringLiteral("#%1").arg(newest)),
                 qPrintable(banner->text()->text()));
        QVERIFY(banner->acknowledgeButton()->isHidden()); // a reviewer cannot
        const QString alarms =
            QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'audit.head_alarm'");
        QCOMPARE(t.count(alarms), 1);
        window.refresh();
        QCOMPARE(t.count(alarms), 1);

        window.setSession(t.admin);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->acknowledgeButton()->isVisible());
        test::whenDialogOpens<QInputDialog>([](QInputDialog* dialog) {
            dialog->setTextValue(QStringLiteral("restored the backup of 2 December"));
            dialog->accept();
        });
        QTest::mouseClick(banner->acknowledgeButton(), Qt::LeftButton);
        QTRY_VERIFY(banner->isHidden());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                        "'audit.restore_acknowledged' AND actor = 'admin'")),
                 1);
        window.refresh();
        QVERIFY(banner->isHidden());
    }

    void helpShowsShortcutsAboutAndLicence() {
        test::TempDatabase t;
        const Session reviewer = addAndSignIn(t, QStringLiteral("rita"), {Role::reviewer});
        AppSettings settings(m_settingsDir.filePath(QStringLiteral("help.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(t.location).ok());
        window.setSession(reviewer);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // F1 and "?" open the overview: the menu's shortcuts, the pages, the review page's keys.
        for (const QKeyCombination keys :
             {QKeyCombination(Qt::Key_F1), QKeyCombination(Qt::Key_Question)}) {
            QStringList lines;
            whenDialogOpens<ShortcutsDialog>([&lines](ShortcutsDialog* dialog) {
                auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutList"));
                for (QTreeWidgetItemIterator it(tree); *it; ++it)
                    lines << (*it)->text(0) + u'=' + (*it)->text(1);
                QTest::keyClick(tree, Qt::Key_Escape);
            });
            window.activateWindow(); // shortcuts act in the active window
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTest::keyClick(window.pages()->tabBar(), keys.key(), keys.keyboardModifiers());
            const auto native = [](QKeySequence keySequence) {
                return keySequence.toString(QKeySequence::NativeText);
            };
            QVERIFY2(lines.contains(native(QKeySequence::Open) + QStringLiteral("=Open Database")),
                     qPrintable(lines.join(u'\n')));
            QVERIFY(lines.contains(native(QKeySequence::HelpContents) + QStringLiteral(", ?") +
                                   QStringLiteral("=Keyboard Shortcuts")));
            QVERIFY(lines.contains(QStringLiteral("Review page=")));
            QVERIFY(lines.contains(native(QKeySequence(Qt::ALT | Qt::Key_L)) +
                                   QStringLiteral("=Release the case (give it back)")));
            QVERIFY(lines.contains(native(QKeySequence(Qt::ALT | Qt::Key_Q)) +
                                   QStringLiteral("=Open the page \u201cQueues\u201d")));
        }

        // About: the version and the licence, whose full text is one button away.
        QString version;
        QString licence;
        QString fullText;
        whenDialogOpens<AboutDialog>([&](AboutDialog* about) {
            version = about->findChild<QLabel*>(QStringLiteral("aboutVersion"))->text();
            licence = about->findChild<QLabel*>(QStringLiteral("aboutLicence"))->text();
            whenDialogOpens<QDialog>(
                [&](QDialog* text) {
                    fullText = text->findChild<QPlainTextEdit*>(QStringLiteral("licenceText"))
                                   ->toPlainText();
                    text->reject();
                },
                [](QDialog* dialog) {
                    return dialog->findChild<QPlainTextEdit*>(QStringLiteral("licenceText"));
                });
            QTest::mouseClick(about->findChild<QPushButton*>(QStringLiteral("licenceButton")),
                              Qt::LeftButton);
            about->reject();
        });
        window.findChild<QAction*>(QStringLiteral("showAbout"))->trigger();
        QCOMPARE(version, QStringLiteral("Oversight ") + QStringLiteral(OVERSIGHT_VERSION));
        QVERIFY(licence.contains(QStringLiteral("GNU General Public License")));
        QVERIFY(fullText.contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
        QVERIFY(fullText.contains(QStringLiteral("Version 3, 29 June 2007")));
    }

    void signInRefusesWrongPasswordAndRemembersTheLogin() {
        test::TempDatabase t;
        AppSettings settings(m_settingsDir.filePath(QStringLiteral("c.ini")));
        {
            LoginDialog dialog(t.db(), settings);
            dialog.show();
            QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("login")),
                             QStringLiteral("admin"));
            QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("password")),
                             QStringLiteral("wrong-password-here"));
            QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("password")),
                            Qt::Key_Return);
            QVERIFY(dialog.isVisible());
            auto* error = dialog.findChild<QLabel*>(QStringLiteral("error"));
            QVERIFY(error->isVisible());
            QVERIFY(error->text().contains(QStringLiteral("Wrong login or password")));
            QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());

            QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("password")),
                             test::adminPassword);
            QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("password")),
                            Qt::Key_Return);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.session().userId, t.admin.userId);
        }
        QCOMPARE(settings.lastLogin(), QStringLiteral("admin"));
        LoginDialog again(t.db(), settings);
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("login"))->text(),
                 QStringLiteral("admin"));
        QVERIFY(again.findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
    }

    void switchUserWithoutRestarting() {
        test::TempDatabase t;
        addAndSignIn(t, QStringLiteral("rita"), {Role::reviewer});
        AppSettings settings(m_settingsDir.filePath(QStringLiteral("d.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(t.location).ok());
        window.setSession(t.admin);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        whenDialogOpens<LoginDialog>([](LoginDialog* dialog) {
            auto* login = dialog->findChild<QLineEdit*>(QStringLiteral("login"));
            login->clear();
            QTest::keyClicks(login, QStringLiteral("rita"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("password")), password);
            clickOk(dialog);
        });
        QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(tabTitles(window),
                     (QStringList{QStringLiteral("Review"), QStringLiteral("Queues")}));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("rita")));
    }

    void administratorManagesUsersOnThePage() {
        test::TempDatabase t;
        UsersPage page(t.db(), t.admin);
        page.show();
        QCOMPARE(page.model()->rowCount(), 1);

        // A refused user comes back in the dialog with the core's reason, as typed.
        whenDialogOpens<AddUserDialog>([](AddUserDialog* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("login")),
                             QStringLiteral("nora"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("password")), password);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("repeat")), password);
            whenDialogOpens<AddUserDialog>(
                [](AddUserDialog* again) {
                    QCOMPARE(again->findChild<QLineEdit*>(QStringLiteral("login"))->text(),
                             QStringLiteral("nora"));
                    QTest::keyClick(again->findChild<QCheckBox*>(QStringLiteral("reviewer")),
                                    Qt::Key_Space);
                    clickOk(again);
                },
                [](AddUserDialog* again) {
                    return again->findChild<QLabel*>(QStringLiteral("error"))
                        ->text()
                        .contains(QStringLiteral("at least one role"));
                });
            clickOk(dialog); // no role: refused by the core
        });
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("addUser")), Qt::LeftButton);
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.model()->user(1)->login, QStringLiteral("nora"));
        QVERIFY(UserStore(t.db()).authenticate(QStringLiteral("nora"), password).ok());

        // Disable, enable, reset password on the selected row.
        page.view()->selectRow(1);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("disableUser")),
                          Qt::LeftButton);
        QVERIFY(!page.model()->user(1)->active);
        QVERIFY(!UserStore(t.db()).authenticate(QStringLiteral("nora"), password).ok());
        page.view()->selectRow(1);
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("enableUser"))->isEnabled());
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("enableUser")),
                          Qt::LeftButton);
        QVERIFY(page.model()->user(1)->active);

        page.view()->selectRow(1);
        whenDialogOpens<PasswordDialog>([](PasswordDialog* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("password")),
                             QStringLiteral("reset-by-admin-1"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("repeat")),
                             QStringLiteral("reset-by-admin-1"));
            clickOk(dialog);
        });
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("resetPassword")),
                          Qt::LeftButton);
        QTRY_VERIFY(UserStore(t.db())
                        .authenticate(QStringLiteral("nora"), QStringLiteral("reset-by-admin-1"))
                        .ok());
    }

    void connectDialogSaysWhyAndRemembersTheServer() {
        if (!test::onPostgres())
            QSKIP("the connection dialog is for PostgreSQL servers");
        test::TempDatabase t;
        const Result<ConnectionSpec> target = ConnectionSpec::parse(t.location);
        QVERIFY(target.ok());
        AppSettings settings(m_settingsDir.filePath(QStringLiteral("connect.ini")));
        MainWindow window(settings);
        ConnectDialog dialog(settings, &window);
        connect(&dialog, &ConnectDialog::connectRequested, &window,
                [&window](const ConnectionSpec& spec, QString* error) {
                    if (Status opened = window.openDatabase(spec); !opened)
                        *error = opened.error().message;
                });
        ConnectionSpec wrong = target.value();
        wrong.database = QStringLiteral("no_such_database");
        wrong.password = QStringLiteral("secret-typed-by-hand");
        dialog.setSpec(wrong);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.accept();
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("error"));
        QVERIFY(dialog.isVisible());
        QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("no_such_database")),
                 qPrintable(error->text()));

        dialog.findChild<QLineEdit*>(QStringLiteral("database"))->setText(target->database);
        QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("database")), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(window.windowTitle().contains(target->database));
        // Remembered for next time, without the password.
        QVERIFY(settings.lastServer().contains(target->database));
        QVERIFY(!settings.lastServer().contains(QStringLiteral("secret")));
        ConnectDialog again(settings);
        QCOMPARE(again.spec().database, target->database);
        QCOMPARE(again.spec().host, target->host);
        QVERIFY(again.spec().password.isEmpty());
    }

    void refusesAMissingDatabase() {
        QTemporaryDir dir;
        AppSettings settings(m_settingsDir.filePath(QStringLiteral("e.ini")));
        MainWindow window(settings);
        const Status opened = window.openDatabase(dir.filePath(QStringLiteral("missing.db")));
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(QStringLiteral("No database")));
        QCOMPARE(window.pages()->count(), 0);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.db"))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
