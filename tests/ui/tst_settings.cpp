// The settings dialog on a real database, offscreen: what an administrator
// changes is stored, recorded and used (warnings, leases, the review page's
// default queue); what others may not change stays read-only; a refused value
// stores nothing.
#include "accounts/scriptsessions.h"
#include "analytics/analyticsservice.h"
#include "appsettings.h"
#include "dialogs/settingsdialog.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "pages/reviewqueuespage.h"
#include "reports/analysisjson.h"
#include "reports/auditreport.h"
#include "review/leasesetting.h"
#include "review/reviewservice.h"
#include "reviewsupport.h"
#include "settings/settingstore.h"
#include "settings/sharedsettings.h"
#include "teamsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

using namespace oversight;
using namespace oversight::test;

namespace {

QStringList warningCodes(TempDatabase& temp) {
    const Result<OversightReport> report =
        AnalyticsService(temp.db()).analyze(temp.admin, AnalysisFilter{});
    if (!report)
        qFatal("analysis failed: %s", qPrintable(report.error().message));
    QStringList codes;
    for (const Warning& warning : report->warnings)
        codes << warning.code;
    return codes;
}

int settingEvents(TempDatabase& temp, const QString& key) {
    QSqlQuery query(temp.db());
    query.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM audit_events WHERE action = 'setting.changed' AND subject = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        qFatal("cannot count events");
    return query.value(0).toInt();
}

} // namespace

class TestSettings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    AppSettings freshSettings(const QString& name) {
        return AppSettings(m_dir.filePath(name + QStringLiteral(".ini")));
    }

private Q_SLOTS:
    void thresholdsChangedInTheDialogChangeTheWarnings() {
        TempDatabase temp;
        importTeamLog(temp);
        const QStringList before = warningCodes(temp);
        QVERIFY2(before.contains(QStringLiteral("reviewers_passive")),
                 qPrintable(before.join(u',')));
        QVERIFY(!before.contains(QStringLiteral("overall_override_low")));

        AppSettings local = freshSettings(QStringLiteral("thresholds"));
        SettingsDialog dialog(local, temp.db(), temp.admin, {});
        dialog.show();
        QVERIFY(dialog.sharedGroup()->isEnabled());
        QCOMPARE(dialog.overallThresholdBox()->value(), 2.0);
        QCOMPARE(dialog.passiveShareBox()->value(), 30.0);
        // Typed as a person would: select the value, type the new one.
        dialog.overallThresholdBox()->selectAll();
        QTest::keyClicks(dialog.overallThresholdBox(), QStringLiteral("15"));
        dialog.passiveShareBox()->selectAll();
        QTest::keyClicks(dialog.passiveShareBox(), QStringLiteral("40"));
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.sharedChanged());

        const Result<SharedSettings> stored = readSharedSettings(temp.db());
        QVERIFY(stored);
        QCOMPARE(stored->thresholds.overallOverrideBelow, 0.15);
        QCOMPARE(stored->thresholds.passiveReviewerShare, 0.40);
        // Untouched thresholds keep their values exactly.
        QCOMPARE(stored->thresholds.reviewerOverrideBelow,
                 WarningThresholds{}.reviewerOverrideBelow);
        QCOMPARE(stored->thresholds.trendPValue, WarningThresholds{}.trendPValue);
        const QStringList after = warningCodes(temp);
        QVERIFY2(after.contains(QStringLiteral("overall_override_low")),
                 qPrintable(after.join(u',')));
        QVERIFY(!after.contains(QStringLiteral("reviewers_passive")));
        QCOMPARE(settingEvents(temp, QStringLiteral("warning_thresholds")), 1);
        // Reports state the thresholds in force.
        const QJsonObject inForce =
            analysisJson(AnalyticsService(temp.db()).analyze(temp.admin, AnalysisFilter{}).value(),
                         {}, {}, {}, {})
                .value(QStringLiteral("warning_thresholds"))
                .toObject();
        QCOMPARE(inForce.value(QStringLiteral("overall_override_below")).toDouble(), 0.15);
        QCOMPARE(inForce.value(QStringLiteral("passive_reviewer_share")).toDouble(), 0.40);
        // Nothing else was touched, so nothing else was recorded.
        QCOMPARE(settingEvents(temp, organisationSettingKey()), 0);
    }

    void scriptSessionHoursAreStoredRecordedAndUsed() {
        TempDatabase temp;
        AppSettings local = freshSettings(QStringLiteral("sessions"));
        SettingsDialog dialog(local, temp.db(), temp.admin, {});
        dialog.show();
        QCOMPARE(dialog.sessionHoursBox()->value(), defaultSessionHours);
        dialog.sessionHoursBox()->selectAll();
        QTest::keyClicks(dialog.sessionHoursBox(), QStringLiteral("2"));
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settingEvents(temp, sessionHoursSettingKey()), 1);
        // The next session started lasts two hours.
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Result<StartedSession> started = ScriptSessions(temp.db()).start(temp.admin);
        QVERIFY(started);
        const qint64 seconds = before.secsTo(started->expiresAt);
        QVERIFY2(seconds >= 2 * 3600 - 5 && seconds <= 2 * 3600 + 5,
                 qPrintable(QString::number(seconds)));
    }

    void organisationAndLeaseAreStoredRecordedAndUsed() {
        TempDatabase temp;
        importCases(temp, reviewCasesCsv(3));
        const Session reviewer = addReviewer(temp, QStringLiteral("rita"));
        AppSettings local = freshSettings(QStringLiteral("lease"));
        SettingsDialog dialog(local, temp.db(), temp.admin, {QStringLiteral("review")});
        dialog.show();
        QCOMPARE(dialog.leaseBox()->value(), defaultLeaseMinutes);
        QVERIFY(dialog.zoneBox()->isEnabled()); // no review recorded yet
        QTest::keyClicks(dialog.organisationEdit(), QStringLiteral("  Acme Lending & Co  "));
        dialog.leaseBox()->selectAll();
        QTest::keyClicks(dialog.leaseBox(), QStringLiteral("45"));
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Result<std::optional<QString>> organisation =
            readSetting(temp.db(), organisationSettingKey());
        QVERIFY(organisation && organisation.value());
        QCOMPARE(*organisation.value(), QStringLiteral("Acme Lending & Co"));
        QCOMPARE(settingEvents(temp, organisationSettingKey()), 1);

        // The next claim is leased for the new length.
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Result<std::optional<ClaimedCase>> claimed =
            ReviewService(temp.db()).claimNext(reviewer, QStringLiteral("review"));
        QVERIFY(claimed && claimed.value());
        const QDateTime expires = QDateTime::fromString(claimed.value()->leaseExpires, Qt::ISODate);
        QVERIFY(expires >= before.addSecs(45 * 60 - 5));
        QVERIFY(expires <= QDateTime::currentDateTimeUtc().addSecs(45 * 60 + 5));
    }

    void aRefusedValueStoresNothingAndKeepsTheDialogOpen() {
        TempDatabase temp;
        AppSettings local = freshSettings(QStringLiteral("refused"));
        SettingsDialog dialog(local, temp.db(), temp.admin, {});
        dialog.show();
        QVERIFY(dialog.zoneBox()->isEnabled());
        QTest::keyClicks(dialog.organisationEdit(), QStringLiteral("Acme"));
        const int other = dialog.zoneBox()->findText(QStringLiteral("Pacific/Auckland"));
        QVERIFY(other >= 0);
        dialog.zoneBox()->setCurrentIndex(other);
        // Meanwhile another user's reviews arrive: the zone is now fixed.
        importTeamLog(temp);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("time zone")),
                 qPrintable(dialog.errorLabel()->text()));
        const Result<std::optional<QString>> organisation =
            readSetting(temp.db(), organisationSettingKey());
        QVERIFY(organisation);
        QVERIFY(!organisation.value().has_value());
        dialog.reject();
    }

    void coreRefusesValuesOutsideTheirRangesAndOthersThanAdministrators() {
        TempDatabase temp;
        const Result<SharedSettings> stored = readSharedSettings(temp.db());
        QVERIFY(stored);
        SharedSettings wanted = stored.value();
        wanted.organisationName = QStringLiteral("Acme");
        wanted.thresholds.passiveReviewerShare = 0;
        Status saved = saveSharedSettings(temp.db(), temp.admin, wanted);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(QStringLiteral("passive")),
                 qPrintable(saved.error().message));
        wanted.thresholds = {};
        wanted.organisationName = QStringLiteral("two\nlines");
        QVERIFY(!saveSharedSettings(temp.db(), temp.admin, wanted));
        wanted.organisationName = QStringLiteral("Acme");
        wanted.analyticsZone = QStringLiteral("Mars/Olympus_Mons");
        QVERIFY(!saveSharedSettings(temp.db(), temp.admin, wanted));
        wanted.analyticsZone = stored->analyticsZone;
        wanted.leaseMinutes = 0;
        QVERIFY(!saveSharedSettings(temp.db(), temp.admin, wanted));
        wanted.leaseMinutes = 20;
        const Session officer = complianceOfficer(temp);
        saved = saveSharedSettings(temp.db(), officer, wanted);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(QStringLiteral("admin")),
                 qPrintable(saved.error().message));
        QCOMPARE(settingEvents(temp, organisationSettingKey()), 0);
        QVERIFY(saveSharedSettings(temp.db(), temp.admin, wanted));
        QCOMPARE(readSharedSettings(temp.db())->organisationName, QStringLiteral("Acme"));
        QCOMPARE(readSharedSettings(temp.db())->leaseMinutes, 20);
    }

    void othersSeeTheSharedSettingsReadOnly() {
        TempDatabase temp;
        importTeamLog(temp);
        const Session officer = complianceOfficer(temp);
        AppSettings local = freshSettings(QStringLiteral("officer"));
        SettingsDialog dialog(local, temp.db(), officer, {});
        dialog.show();
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("sharedReadOnlyNote")) != nullptr);
        QVERIFY(!dialog.organisationEdit()->isEnabled());
        QVERIFY(!dialog.leaseBox()->isEnabled());
        QVERIFY(!dialog.overallThresholdBox()->isEnabled());
        QCOMPARE(dialog.zoneBox()->currentText(), readSharedSettings(temp.db())->analyticsZone);
        QVERIFY(!dialog.zoneBox()->isEnabled());
        // Their own settings still work.
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.languageChanged());
        QCOMPARE(local.language(), QStringLiteral("de"));
    }

    void theDefaultQueueIsSelectedOnTheReviewPage() {
        TempDatabase temp;
        importCases(temp, reviewCasesCsv(2));
        importCases(temp, reviewCasesCsv(2), true, QStringLiteral("audit.csv"));
        const Session reviewer = addReviewer(temp, QStringLiteral("rita"));
        const QString ini = m_dir.filePath(QStringLiteral("queue.ini"));
        {
            AppSettings local(ini);
            SettingsDialog dialog(local, temp.db(), reviewer,
                                  {QStringLiteral("review"), QStringLiteral("audit")});
            dialog.show();
            QVERIFY(!dialog.sharedGroup()->findChild<QLineEdit*>()->isEnabled());
            dialog.defaultQueueBox()->setCurrentIndex(
                dialog.defaultQueueBox()->findData(QStringLiteral("audit")));
            clickOk(&dialog);
        }
        AppSettings reread(ini); // as on the next start
        QCOMPARE(reread.defaultQueue(), QStringLiteral("audit"));
        ReviewQueuesPage page(temp.db(), reviewer, reread.defaultQueue());
        page.refresh();
        QCOMPARE(page.selectedQueue(), QStringLiteral("audit"));
        ReviewQueuesPage firstInList(temp.db(), reviewer);
        firstInList.refresh();
        QCOMPARE(firstInList.selectedQueue(), QStringLiteral("review"));
    }

    void theWindowOpensTheDialogFromTheFileMenu() {
        TempDatabase temp;
        AppSettings local = freshSettings(QStringLiteral("window"));
        MainWindow window(local);
        QVERIFY(window.openDatabase(temp.location).ok());
        window.setSession(temp.admin);
        auto* action = window.findChild<QAction*>(QStringLiteral("showSettings"));
        QVERIFY(action != nullptr);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        bool opened = false;
        QTimer::singleShot(0, &window, [&] {
            auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
            opened = dialog != nullptr && dialog->sharedGroup() != nullptr;
            if (dialog)
                dialog->reject();
        });
        action->trigger();
        QVERIFY(opened);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
