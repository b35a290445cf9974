// The association measures pinned on small hand-computed tables.
#include "intake/leakcheck.h"

#include <QDate>
#include <QTest>

using namespace oversight;

class TestLeakCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cramersVWithBiasCorrection() {
        // A/yes 40, A/no 10, B/yes 10, B/no 40: chi2 = 36, n = 100.
        // Bergsma: sqrt((0.36 - 1/99) / (2 - 1/99 - 1)) = 0.594532915619566
        LeakCheck check({QStringLiteral("group")});
        auto add = [&](const char* value, const char* label, int times) {
            for (int i = 0; i < times; ++i)
                check.add({QByteArrayView(value)}, QByteArrayView(label));
        };
        add("A", "yes", 40);
        add("A", "no", 10);
        add("B", "yes", 10);
        add("B", "no", 40);
        const QList<ColumnAssociation> result = check.finish();
        QCOMPARE(result.size(), 1);
        QVERIFY(qAbs(result[0].cramersV - 0.5945329156195661) < 1e-12);
        QCOMPARE(result[0].somersD, -1.0); // not numeric
        QCOMPARE(result[0].score, result[0].cramersV);
    }

    void somersDWithTies() {
        // yes: 3..12, no: 1..10 -> AUC 0.68 (ties count half), D = 0.36.
        LeakCheckSettings settings;
        settings.maxCategories = 5; // too many values to be categorical
        LeakCheck check({QStringLiteral("x")}, AssociationTarget::Model, settings);
        for (int v = 3; v <= 12; ++v)
            check.add({QByteArray::number(v)}, "yes");
        for (int v = 1; v <= 10; ++v)
            check.add({QByteArray::number(v)}, "no");
        const QList<ColumnAssociation> result = check.finish();
        QCOMPARE(result[0].cramersV, -1.0);
        QVERIFY(qAbs(result[0].somersD - 0.36) < 1e-12);
    }

    void perfectSeparationScoresOne() {
        LeakCheck check({QStringLiteral("score")});
        for (int i = 0; i < 50; ++i) {
            check.add({QByteArray::number(0.6 + i / 1000.0)}, "approve");
            check.add({QByteArray::number(0.1 + i / 1000.0)}, "decline");
        }
        QCOMPARE(check.finish()[0].somersD, 1.0);
        QCOMPARE(check.finish()[0].score, 1.0);
    }

    void independentColumnScoresNearZero() {
        LeakCheck check({QStringLiteral("parity")});
        for (int i = 0; i < 400; ++i)
            check.add({QByteArrayView(i % 2 ? "odd" : "even")},
                      QByteArrayView(i % 4 < 2 ? "yes" : "no"));
        QVERIFY(check.finish()[0].score < 0.05);
    }

    void emptinessIsMeasuredOnAnyColumn() {
        // Dates too varied to be categories and not numbers: only their emptiness can
        // speak. Empty/no 40, empty/yes 10, filled/no 10, filled/yes 40 is the 2 x 2
        // table of cramersVWithBiasCorrection, so the same V.
        LeakCheckSettings settings;
        settings.maxCategories = 5;
        LeakCheck check({QStringLiteral("reoffended_on")}, AssociationTarget::Outcome, settings);
        int day = 0;
        auto add = [&](bool empty, const char* outcome, int times) {
            for (int i = 0; i < times; ++i) {
                const QByteArray date =
                    empty ? QByteArray()
                          : QDate(2020, 1, 1).addDays(++day).toString(Qt::ISODate).toLatin1();
                check.add({QByteArrayView(date)}, QByteArrayView(outcome));
            }
        };
        add(true, "no", 40);
        add(true, "yes", 10);
        add(false, "no", 10);
        add(false, "yes", 40);
        const ColumnAssociation result = check.finish()[0];
        QCOMPARE(result.target, AssociationTarget::Outcome);
        QCOMPARE(result.cramersV, -1.0);
        QCOMPARE(result.somersD, -1.0);
        QVERIFY(qAbs(result.missingV - 0.5945329156195661) < 1e-12);
        QCOMPARE(result.score, result.missingV);

        // Empty exactly when the outcome is "no": the outcome is given away.
        LeakCheck exact({QStringLiteral("reoffended_on")}, AssociationTarget::Outcome, settings);
        for (int i = 0; i < 50; ++i) {
            exact.add({QByteArrayView()}, "no");
            const QByteArray date = QDate(2021, 1, 1).addDays(i).toString(Qt::ISODate).toLatin1();
            exact.add({QByteArrayView(date)}, "yes");
        }
        QCOMPARE(exact.finish()[0].missingV, 1.0);
        QCOMPARE(exact.finish()[0].score, 1.0);
    }

    void neverEmptyColumnHasNoMissingnessMeasure() {
        LeakCheck check({QStringLiteral("v")});
        for (int i = 0; i < 100; ++i)
            check.add({QByteArray::number(i % 3)}, i % 2 ? "yes" : "no");
        QCOMPARE(check.finish()[0].missingV, -1.0);
    }

    void singleLabelHasNoAssociation() {
        LeakCheck check({QStringLiteral("v")});
        for (int i = 0; i < 100; ++i)
            check.add({QByteArray::number(i)}, "yes");
        QCOMPARE(check.finish()[0].score, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestLeakCheck)
#include "tst_leakcheck.moc"
