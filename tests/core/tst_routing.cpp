// Routing: the documented sampler, thresholds, and the stored policy.
#include "routing/routingpolicy.h"
#include "testsupport.h"

using namespace oversight;

class TestRouting : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void auditDrawMatchesTheDocumentedFormula() {
        // Expected values computed independently (Python hashlib):
        // int.from_bytes(sha256(f"{seed}:{id}".encode())[:8], "big") >> 11) / 2**53
        QCOMPARE(auditDraw(42, QStringLiteral("case-1")), 0.5902284148476276);
        QCOMPARE(auditDraw(42, QStringLiteral("case-2")), 0.2162894007284899);
        QCOMPARE(auditDraw(7, QStringLiteral("APP-1")), 0.8669884218454088);
        QCOMPARE(auditDraw(0, QStringLiteral("Ünïcode-ид")), 0.3033200268393266);
    }

    void thresholdBoundaries() {
        const RoutingPolicy policy{0.75, 0.0, 1};
        QCOMPARE(route(policy, 0.7499, QStringLiteral("a")).route, Route::Review);
        QCOMPARE(route(policy, 0.75, QStringLiteral("a")).route, Route::Automated);
        QCOMPARE(route(RoutingPolicy{0.75, 1.0, 1}, 0.9, QStringLiteral("a")).route, Route::Audit);
        QCOMPARE(route(policy, 0.5, QStringLiteral("a")).reason, "below_threshold");
        const RoutingDecision audited =
            route(RoutingPolicy{0.75, 1.0, 1}, 0.9, QStringLiteral("a"));
        QVERIFY(describeRouting(audited, RoutingPolicy{0.75, 1.0, 1}, 0.9, QStringLiteral("a"))
                    .contains(QStringLiteral("sampled for audit")));
    }

    void policyValidation() {
        QVERIFY(RoutingPolicy({1.0, 0.0, 0}).validate().ok());
        QVERIFY(!RoutingPolicy({0.0, 0.05, 0}).validate().ok());
        QVERIFY(!RoutingPolicy({1.01, 0.05, 0}).validate().ok());
        QVERIFY(!RoutingPolicy({0.5, -0.01, 0}).validate().ok());
        QVERIFY(!RoutingPolicy({0.5, 1.5, 0}).validate().ok());
        QVERIFY(!RoutingPolicy({std::nan(""), 0.5, 0}).validate().ok());
    }

    void storedPolicyChangesOnlyByAnAdministrator() {
        test::TempDatabase t;
        PolicyStore store(t.db());
        QVERIFY(store.save(t.admin, RoutingPolicy{0.8, 0.1, 99}).ok());
        QCOMPARE(store.current()->threshold, 0.8);
        QCOMPARE(store.current()->auditRate, 0.1);
        QCOMPARE(store.current()->seed, 99);
        QCOMPARE(t.value(QStringLiteral("SELECT changed_by FROM routing_policy")).toString(),
                 t.admin.userId);

        const Session reviewer{t.admin.userId, QStringLiteral("r"), {QStringLiteral("reviewer")}};
        QVERIFY(!store.save(reviewer, RoutingPolicy{0.5, 0.1, 1}).ok());
        QVERIFY(!store.save(t.admin, RoutingPolicy{2.0, 0.1, 1}).ok());
        QCOMPARE(store.current()->threshold, 0.8);
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
