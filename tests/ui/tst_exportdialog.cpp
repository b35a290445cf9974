// File > Export Decisions...: the real dialog writes the file, remembers where the
// export ended for this database, and the next one offers to continue there.
#include "appsettings.h"
#include "dialogs/exportdialog.h"
#include "review/reviewservice.h"
#include "reviewsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace oversight;
using namespace oversight::test;

namespace {

QStringList exportedIds(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList ids;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            ids << QJsonDocument::fromJson(line)
                       .object()
                       .value(QStringLiteral("external_id"))
                       .toString();
    }
    return ids;
}

void clickExport(ExportDecisionsDialog& dialog) {
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exportsAndContinuesSinceTheLastExport() {
        TempDatabase temp;
        AppSettings settings(temp.path(QStringLiteral("settings.ini")));
        QVERIFY(importCases(temp, reviewCasesCsv(5), true).accepted == 5);
        const QString first = temp.path(QStringLiteral("first.jsonl"));

        ExportDecisionsDialog dialog(temp.db(), temp.admin, settings, temp.location);
        auto* sinceLast = dialog.findChild<QCheckBox*>(QStringLiteral("sinceLastExport"));
        QVERIFY(!sinceLast->isEnabled()); // nothing exported from here yet
        dialog.findChild<QLineEdit*>(QStringLiteral("path"))->setText(first);
        clickExport(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QSqlQuery automated(temp.db());
        QStringList expected;
        automated.exec(QStringLiteral("SELECT external_id FROM cases WHERE route <> 'review' "
                                      "ORDER BY seq"));
        while (automated.next())
            expected << automated.value(0).toString();
        QCOMPARE(exportedIds(first), expected);
        QCOMPARE(settings.lastExportCursor(temp.location), dialog.summary().nextCursor);

        // A review is finalized; the next export from here offers only what is new.
        const Session reviewer = addReviewer(temp, QStringLiteral("rita"));
        ReviewService service(temp.db());
        const auto claimed = service.claimNext(reviewer, QStringLiteral("audit"));
        QVERIFY(claimed && claimed.value());
        const QString caseId = claimed.value()->caseId;
        const QString externalId = claimed.value()->externalId;
        QVERIFY(service.commitInitial(reviewer, caseId, {QStringLiteral("decline"), 80, {}}));
        QVERIFY(service.finalize(reviewer, caseId, QStringLiteral("decline"),
                                 QStringLiteral("income does not cover it")));

        ExportDecisionsDialog next(temp.db(), temp.admin, settings, temp.location);
        QVERIFY(next.findChild<QCheckBox*>(QStringLiteral("sinceLastExport"))->isChecked());
        QVERIFY(!next.findChild<QSpinBox*>(QStringLiteral("sinceCursor"))->isEnabled());
        auto* format = next.findChild<QComboBox*>(QStringLiteral("format"));
        format->setCurrentIndex(format->findData(QStringLiteral("csv")));
        const QString second = temp.path(QStringLiteral("second.csv"));
        next.findChild<QLineEdit*>(QStringLiteral("path"))->setText(second);
        clickExport(next);
        QCOMPARE(next.result(), int(QDialog::Accepted));
        QCOMPARE(next.summary().records, qint64{1});
        QFile csv(second);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY2(lines.at(1).contains(externalId.toUtf8().append(",decline,review,rita,")),
                 lines.at(1).constData());
    }

    void aReviewerHasNoExport() {
        TempDatabase temp;
        AppSettings settings(temp.path(QStringLiteral("settings.ini")));
        const Session reviewer = addReviewer(temp, QStringLiteral("rita"));
        ExportDecisionsDialog dialog(temp.db(), reviewer, settings, temp.location);
        dialog.findChild<QLineEdit*>(QStringLiteral("path"))
            ->setText(temp.path(QStringLiteral("x.jsonl")));
        clickExport(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto* error = dialog.findChild<QWidget*>(QStringLiteral("error"));
        QVERIFY(!error->isHidden());
        QVERIFY(!QFile::exists(temp.path(QStringLiteral("x.jsonl"))));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
