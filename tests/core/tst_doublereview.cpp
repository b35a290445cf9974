// Independent double review and adjudication (DESIGN.md, "Independent double
// review"): the kappas on hand-computed tables, and claims, resolution,
// adjudication, export and verify through the real services on a real database.
#include "agreement/agreementfigures.h"
#include "agreement/agreementservice.h"
#include "handoff/decisionexport.h"
#include "review/reviewpolicy.h"
#include "review/reviewservice.h"
#include "reviewsupport.h"
#include "verification/databaseverification.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <QtEndian>

using namespace oversight;
using namespace oversight::test;

namespace {

QList<QJsonObject> exportedRecords(TempDatabase& temp, const Session& who) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeDecisions(temp.db(), who, {}, buffer))
        qFatal("export failed");
    QList<QJsonObject> records;
    for (const QByteArray& line : buffer.data().split('\n'))
        if (!line.isEmpty())
            records << QJsonDocument::fromJson(line).object();
    return records;
}

QList<QJsonObject> recordsOf(const QList<QJsonObject>& records, const QString& externalId) {
    QList<QJsonObject> found;
    for (const QJsonObject& record : records)
        if (record.value(QStringLiteral("external_id")).toString() == externalId)
            found << record;
    return found;
}

// Each case's labels, written "a a|a b": cases apart by '|', raters by ' '.
QList<QStringList> table(const char* text) {
    QList<QStringList> cases;
    for (const QString& row : QString::fromLatin1(text).split(u'|'))
        cases << row.split(u' ');
    return cases;
}

struct Team {
    TempDatabase temp;
    Session anna, ben, cleo, dora;
    Team() {
        anna = addReviewer(temp, QStringLiteral("anna"));
        ben = addReviewer(temp, QStringLiteral("ben"));
        cleo = addReviewer(temp, QStringLiteral("cleo"));
        dora = addReviewer(temp, QStringLiteral("dora"));
    }
    void reviewsPerCase(int k, double rate = 0.0) {
        const Status saved = ReviewPolicyStore(temp.db()).save(
            temp.admin, QueueReviewPolicy{QStringLiteral("review"), k, rate});
        if (!saved)
            qFatal("%s", qPrintable(saved.error().message));
    }
    // Claims the next review case, commits `initial`, finalizes `final`.
    FinalOutcome review(const Session& who, const QString& expectedCase, const QString& initial,
                        const QString& final) {
        ReviewService service(temp.db());
        const Result<std::optional<ClaimedCase>> claimed =
            service.claimNext(who, QStringLiteral("review"));
        if (!claimed || !claimed.value())
            qFatal("no case for %s", qPrintable(who.login));
        if (!expectedCase.isEmpty() && claimed.value()->externalId != expectedCase)
            qFatal("%s got %s, not %s", qPrintable(who.login),
                   qPrintable(claimed.value()->externalId), qPrintable(expectedCase));
        const QString caseId = claimed.value()->caseId;
        if (!service.commitInitial(who, caseId, {initial, 70, {}}))
            qFatal("commit failed");
        const Result<FinalOutcome> outcome =
            service.finalize(who, caseId, final, QStringLiteral("checked the income"));
        if (!outcome)
            qFatal("finalize failed: %s", qPrintable(outcome.error().message));
        return outcome.value();
    }
};

} // namespace

class TestDoubleReview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fleissKappaOnHandComputedTables() {
        // Two raters, four cases: (a,a) (a,b) (b,b) (a,a). P_i = 1, 0, 1, 1: mean 3/4.
        // p_a = 5/8, p_b = 3/8: P_e = 34/64. kappa = (48/64 - 34/64) / (30/64) = 7/15.
        const std::optional<double> two = fleissKappa(table("a a|a b|b b|a a"));
        QVERIFY(two);
        QCOMPARE(*two, 7.0 / 15.0);
        // Three raters: (a,a,b) (a,a,a). P = 1/3, 1: mean 2/3; p_a = 5/6: P_e = 26/36.
        // kappa = (24/36 - 26/36) / (10/36) = -1/5.
        const std::optional<double> three = fleissKappa(table("a a b|a a a"));
        QVERIFY(three);
        QVERIFY(qAbs(*three - (-0.2)) < 1e-12);
        // Everyone always answers the same: chance agreement is 1, kappa undefined.
        QVERIFY(!fleissKappa(table("a a|a a|a a")));
        QVERIFY(!fleissKappa({}));
    }

    void cohenKappaOnAHandComputedTable() {
        // 20 shared cases: 10 (a,a), 5 (b,b), 3 (a,b), 2 (b,a). p_o = 15/20.
        // Rater 1: a 13/20, b 7/20; rater 2: a 12/20, b 8/20: p_e = 212/400.
        QList<std::pair<QString, QString>> pairs;
        for (int i = 0; i < 10; ++i)
            pairs.append({QStringLiteral("a"), QStringLiteral("a")});
        for (int i = 0; i < 5; ++i)
            pairs.append({QStringLiteral("b"), QStringLiteral("b")});
        for (int i = 0; i < 3; ++i)
            pairs.append({QStringLiteral("a"), QStringLiteral("b")});
        for (int i = 0; i < 2; ++i)
            pairs.append({QStringLiteral("b"), QStringLiteral("a")});
        const std::optional<double> kappa = cohenKappa(pairs);
        QVERIFY(kappa);
        QVERIFY(qAbs(*kappa - (0.75 - 0.53) / (1 - 0.53)) < 1e-12);
        pairs.removeLast(); // 19 shared cases: below the minimum
        QVERIFY(!cohenKappa(pairs));
        QList<std::pair<QString, QString>> same(25, {QStringLiteral("a"), QStringLiteral("a")});
        QVERIFY(!cohenKappa(same));
    }

    void twoReviewersThenAdjudication() {
        Team team;
        team.reviewsPerCase(2);
        QVERIFY(importCases(team.temp, reviewCasesCsv(3)).ok());
        ReviewService service(team.temp.db());

        // Both reviewers get case-0: one slot each, each blind.
        const Result<std::optional<ClaimedCase>> first =
            service.claimNext(team.anna, QStringLiteral("review"));
        const Result<std::optional<ClaimedCase>> second =
            service.claimNext(team.ben, QStringLiteral("review"));
        QVERIFY(first && first.value() && second && second.value());
        QCOMPARE(first.value()->externalId, QStringLiteral("case-0"));
        QCOMPARE(second.value()->externalId, QStringLiteral("case-0"));
        const QString caseId = first.value()->caseId;
        // A third reviewer gets the next case: case-0 has its two.
        const Result<std::optional<ClaimedCase>> third =
            service.claimNext(team.cleo, QStringLiteral("review"));
        QVERIFY(third && third.value());
        QCOMPARE(third.value()->externalId, QStringLiteral("case-1"));
        QVERIFY(service.release(team.cleo, third.value()->caseId, QStringLiteral("lunch")).ok());

        // Anna decides approve: the case waits for Ben, nothing is exported yet.
        QVERIFY(service.commitInitial(team.anna, caseId, {QStringLiteral("approve"), 80, {}}));
        Result<FinalOutcome> annas =
            service.finalize(team.anna, caseId, QStringLiteral("approve"), QStringLiteral("fine"));
        QVERIFY2(annas, qPrintable(annas ? QString() : annas.error().message));
        QCOMPARE(annas->resolution, CaseResolution::AwaitingReviews);
        // Ben, still blind, sees nothing of Anna's review: the same blind case.
        const Result<std::optional<OpenReview>> bens = service.openReview(team.ben);
        QVERIFY(bens && bens.value());
        QVERIFY(!bens.value()->reveal && !bens.value()->adjudication);
        QCOMPARE(bens.value()->blindCase.facts.size(), first.value()->facts.size());
        QVERIFY(recordsOf(exportedRecords(team.temp, team.temp.admin), QStringLiteral("case-0"))
                    .isEmpty());

        // Ben decides decline: they disagree, the case goes to adjudication.
        QVERIFY(service.commitInitial(team.ben, caseId, {QStringLiteral("decline"), 60, {}}));
        Result<FinalOutcome> benOutcome = service.finalize(
            team.ben, caseId, QStringLiteral("decline"), QStringLiteral("thin file"));
        QVERIFY(benOutcome);
        QCOMPARE(benOutcome->resolution, CaseResolution::Adjudication);

        // Neither reviewer may adjudicate their own case; Cleo may.
        QVERIFY(!service.claimNext(team.anna, adjudicationQueue()).value());
        QVERIFY(!service.claimNext(team.ben, adjudicationQueue()).value());
        const Result<std::optional<ClaimedCase>> adjudication =
            service.claimNext(team.cleo, adjudicationQueue());
        QVERIFY(adjudication && adjudication.value());
        QCOMPARE(adjudication.value()->caseId, caseId);
        const Result<std::optional<OpenReview>> file = service.openReview(team.cleo);
        QVERIFY(file && file.value() && file.value()->adjudication);
        const AdjudicationFile& reviews = *file.value()->adjudication;
        QCOMPARE(reviews.reviews.size(), 2);
        QCOMPARE(reviews.reviews[0].reviewer, QStringLiteral("anna"));
        QCOMPARE(reviews.reviews[0].final, QStringLiteral("approve"));
        QCOMPARE(reviews.reviews[1].reviewer, QStringLiteral("ben"));
        QCOMPARE(reviews.reviews[1].finalRationale, QStringLiteral("thin file"));
        QCOMPARE(reviews.model.modelLabel, QStringLiteral("decline")); // case-0: i % 3 == 0

        // No blind stage; a rationale is required.
        QVERIFY(!service.commitInitial(team.cleo, caseId, {QStringLiteral("approve"), 50, {}}));
        QVERIFY(!service.finalize(team.cleo, caseId, QStringLiteral("approve"), QString()));
        const Result<FinalOutcome> decided = service.finalize(
            team.cleo, caseId, QStringLiteral("approve"), QStringLiteral("income verified"));
        QVERIFY(decided);
        QCOMPARE(decided->resolution, CaseResolution::Decided);

        // The export hands on the adjudication, superseding nothing human.
        const QList<QJsonObject> records =
            recordsOf(exportedRecords(team.temp, team.temp.admin), QStringLiteral("case-0"));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].value(QStringLiteral("decided_by")).toString(),
                 QStringLiteral("adjudication"));
        QCOMPARE(records[0].value(QStringLiteral("decision")).toString(),
                 QStringLiteral("approve"));
        QCOMPARE(records[0].value(QStringLiteral("reviewer")).toString(), QStringLiteral("cleo"));

        // Each independent review is a review fact; the adjudication is not.
        QSqlQuery query(team.temp.db());
        QVERIFY(query.exec(QStringLiteral("SELECT reviewer FROM review_facts ORDER BY reviewer")));
        QStringList reviewers;
        while (query.next())
            reviewers << query.value(0).toString();
        QCOMPARE(reviewers, (QStringList{QStringLiteral("anna"), QStringLiteral("ben")}));

        // The adjudication counts in the days it was decided, not in others.
        AnalysisFilter today;
        today.from = today.to = QDate::currentDate();
        today.zone = QTimeZone::systemTimeZone();
        AnalysisFilter tomorrow = today;
        tomorrow.from = tomorrow.to = QDate::currentDate().addDays(1);
        const AgreementService agreement(team.temp.db());
        QCOMPARE(agreement.analyze(team.temp.admin, today)->adjudicationResolved, qint64(1));
        QCOMPARE(agreement.analyze(team.temp.admin, today)->adjudicatorSidedWithModel, qint64(0));
        QCOMPARE(agreement.analyze(team.temp.admin, tomorrow)->adjudicationResolved, qint64(0));
        QCOMPARE(agreement.analyze(team.temp.admin, tomorrow)->cases, qint64(0));

        // Everything stored agrees with the trail.
        const Result<Verification> verified = verifyDatabase(team.temp.db(), team.temp.admin);
        QVERIFY(verified);
        QVERIFY2(verified->intact(), qPrintable(verified->description));
    }

    void unanimousReviewsDecideAndAgreementCountsThem() {
        Team team;
        team.reviewsPerCase(2);
        QVERIFY(importCases(team.temp, reviewCasesCsv(4)).ok());
        // case-0..3: anna and ben agree on 0, 1, 2 and disagree on 3.
        const QStringList annas = {QStringLiteral("decline"), QStringLiteral("approve"),
                                   QStringLiteral("approve"), QStringLiteral("approve")};
        const QStringList bens = {QStringLiteral("decline"), QStringLiteral("approve"),
                                  QStringLiteral("approve"), QStringLiteral("decline")};
        for (int i = 0; i < 4; ++i) {
            const QString id = QStringLiteral("case-%1").arg(i);
            QCOMPARE(team.review(team.anna, id, annas[i], annas[i]).resolution,
                     CaseResolution::AwaitingReviews);
            QCOMPARE(team.review(team.ben, id, bens[i], bens[i]).resolution,
                     i < 3 ? CaseResolution::Decided : CaseResolution::Adjudication);
        }
        const QList<QJsonObject> records = exportedRecords(team.temp, team.temp.admin);
        for (int i = 0; i < 3; ++i) {
            const QList<QJsonObject> mine = recordsOf(records, QStringLiteral("case-%1").arg(i));
            QCOMPARE(mine.size(), 1);
            QCOMPARE(mine[0].value(QStringLiteral("decided_by")).toString(),
                     QStringLiteral("review"));
            QCOMPARE(mine[0].value(QStringLiteral("decision")).toString(), annas[i]);
        }
        QVERIFY(recordsOf(records, QStringLiteral("case-3")).isEmpty());

        // By hand: 4 cases, 3 unanimous. Fleiss over (d,d) (a,a) (a,a) (a,d):
        // P = 1, 1, 1, 0: mean 3/4; p_a = 5/8, p_d = 3/8: P_e = 34/64; kappa 7/15.
        const Result<AgreementFigures> figures =
            AgreementService(team.temp.db()).analyze(team.temp.admin, {});
        QVERIFY(figures);
        QCOMPARE(figures->cases, qint64(4));
        QCOMPARE(figures->reviewsPerCase, 2);
        QCOMPARE(figures->initial.percent.k, qint64(3));
        QCOMPARE(figures->initial.percent.n, qint64(4));
        QVERIFY(figures->initial.fleissKappa);
        QVERIFY(qAbs(*figures->initial.fleissKappa - 7.0 / 15.0) < 1e-12);
        QCOMPARE(figures->pairs.size(), 1);
        QCOMPARE(figures->pairs[0].n, qint64(4));
        QVERIFY(!figures->pairs[0].initialKappa); // fewer than 20 shared cases
        QCOMPARE(figures->adjudicationPending, qint64(1));
        QCOMPARE(figures->adjudicationResolved, qint64(0));
        QCOMPARE(figures->byReviewer.size(), 2);
        QCOMPARE(figures->byReviewer[0].agreement.k, qint64(3));
        QCOMPARE(figures->byReviewer[0].agreement.n, qint64(4));
        QVERIFY(figures->warnings.isEmpty()); // below 50 cases

        const Result<Verification> verified = verifyDatabase(team.temp.db(), team.temp.admin);
        QVERIFY(verified);
        QVERIFY2(verified->intact(), qPrintable(verified->description));
    }

    // The figures by group count each case's effective decision once: pending
    // until the last independent review (or the adjudication) decides it.
    void figuresByGroupCountTheEffectiveDecisionOnce() {
        Team team;
        team.reviewsPerCase(2);
        ImportOptions options;
        options.filePath = team.temp.write(QStringLiteral("groups.csv"), reviewCasesCsv(4));
        options.probabilityColumns = {{QStringLiteral("approve"), QStringLiteral("p_approve")},
                                      {QStringLiteral("decline"), QStringLiteral("p_decline")}};
        options.hiddenColumns = {QStringLiteral("score")};
        options.threshold = 1.0;
        options.auditRate = 0.0;
        options.modelName = QStringLiteral("credit-risk");
        options.modelVersion = QStringLiteral("2.3.0");
        options.groups.columns = {QStringLiteral("region")};
        options.groups.positiveLabel = QStringLiteral("approve");
        QVERIFY(Importer(team.temp.db()).run(team.temp.admin, options).ok());
        auto count = [&](const QString& where) {
            QSqlQuery query(team.temp.db());
            if (!query.exec(QStringLiteral("SELECT coalesce(sum(n), 0) FROM fairness_decisions "
                                           "WHERE ") +
                            where) ||
                !query.next())
                qFatal("cannot count");
            return query.value(0).toLongLong();
        };
        QCOMPARE(count(QStringLiteral("effective = ''")), qint64(4)); // all pending
        for (int i = 0; i < 4; ++i) {
            const QString id = QStringLiteral("case-%1").arg(i);
            team.review(team.anna, id, QStringLiteral("approve"), QStringLiteral("approve"));
            // After one of two reviews nothing is decided yet.
            QCOMPARE(count(QStringLiteral("effective <> ''")), qint64(i));
            const QString bens = i == 3 ? QStringLiteral("decline") : QStringLiteral("approve");
            team.review(team.ben, id, bens, bens);
        }
        QCOMPARE(count(QStringLiteral("effective = 'approve'")), qint64(3));
        QCOMPARE(count(QStringLiteral("effective = ''")), qint64(1)); // case-3 in adjudication
        ReviewService service(team.temp.db());
        const auto adjudication = service.claimNext(team.cleo, adjudicationQueue());
        QVERIFY(adjudication && adjudication.value());
        QVERIFY(service.finalize(team.cleo, adjudication.value()->caseId, QStringLiteral("decline"),
                                 QStringLiteral("arrears")));
        QCOMPARE(count(QStringLiteral("1 = 1")), qint64(4));
        QCOMPARE(count(QStringLiteral("effective = 'decline'")), qint64(1));
        QCOMPARE(count(QStringLiteral("effective = ''")), qint64(0));
        // verify rebuilds the rollups from the decision records and the facts.
        const Result<Verification> verified = verifyDatabase(team.temp.db(), team.temp.admin);
        QVERIFY(verified);
        QVERIFY2(verified->intact(), qPrintable(verified->description));
    }

    void secondReviewRateIsTheDocumentedDraw() {
        Team team;
        team.reviewsPerCase(1, 0.5);
        QVERIFY(importCases(team.temp, reviewCasesCsv(24)).ok());
        QSqlQuery query(team.temp.db());
        QVERIFY(query.exec(QStringLiteral("SELECT seed, review_policy FROM import_batches")));
        QVERIFY(query.next());
        const qint64 seed = query.value(0).toLongLong();
        QVERIFY(query.value(1).toString().contains(QStringLiteral("second_review_rate")));
        // The draw by hand: SHA-256 of "<seed>:second:<external id>", 8 bytes / 2^64.
        QSet<QString> doubled;
        for (int i = 0; i < 24; ++i) {
            const QString id = QStringLiteral("case-%1").arg(i);
            const QByteArray digest = QCryptographicHash::hash(
                QByteArray(QByteArray::number(seed) + ":second:" + id.toUtf8()),
                QCryptographicHash::Sha256);
            const double draw = static_cast<double>(qFromBigEndian<quint64>(digest.constData())) /
                                18446744073709551616.0;
            if (draw < 0.5)
                doubled.insert(id);
        }
        QVERIFY(!doubled.isEmpty() && doubled.size() < 24);
        // Anna reviews everything; Ben then gets exactly the doubled cases.
        for (int i = 0; i < 24; ++i)
            team.review(team.anna, QString(), QStringLiteral("approve"), QStringLiteral("approve"));
        QSet<QString> bens;
        ReviewService service(team.temp.db());
        while (true) {
            const Result<std::optional<ClaimedCase>> claimed =
                service.claimNext(team.ben, QStringLiteral("review"));
            QVERIFY(claimed);
            if (!claimed.value())
                break;
            bens.insert(claimed.value()->externalId);
            QVERIFY(service.commitInitial(team.ben, claimed.value()->caseId,
                                          {QStringLiteral("approve"), 70, {}}));
            QVERIFY(service.finalize(team.ben, claimed.value()->caseId, QStringLiteral("approve"),
                                     QStringLiteral("steady income")));
        }
        QCOMPARE(bens, doubled);
    }

    void warningsFireOnHandBuiltTeams() {
        // 50 cases, two reviewers who split blind on 30 (Fleiss kappa blind is
        // negative: below 0.4) and all agree after the reveal, every time on the
        // model's label: both warnings. By hand, blind: P = 1 on 20 cases, 0 on
        // 30; 20 cases (a,a) and 30 (a,d): p_a = 70/100, P_e = 0.58, kappa =
        // (0.4 - 0.58) / 0.42; final: all (a,a), chance agreement 1 -> undefined.
        auto team = [](const QString& finalOfSplit) {
            QList<RatedCase> cases;
            for (int i = 0; i < 50; ++i) {
                const bool split = i < 30;
                cases << RatedCase{
                    QStringLiteral("c%1").arg(i),
                    QStringLiteral("a"),
                    QString(),
                    {{QStringLiteral("r1"), QStringLiteral("a"), QStringLiteral("a")},
                     {QStringLiteral("r2"), split ? QStringLiteral("d") : QStringLiteral("a"),
                      split ? finalOfSplit : QStringLiteral("a")}}};
            }
            return cases;
        };
        const AgreementFigures converging = agreementFigures(team(QStringLiteral("a")), {}, 0);
        QVERIFY(converging.initial.fleissKappa);
        QVERIFY(qAbs(*converging.initial.fleissKappa - (0.4 - 0.58) / 0.42) < 1e-12);
        QVERIFY(!converging.final.fleissKappa); // everyone answers a: undefined, no warning
        QStringList codes;
        for (const Warning& warning : converging.warnings)
            codes << warning.code;
        QCOMPARE(codes, QStringList{QStringLiteral("low_agreement")});

        // The same split blind, but after the reveal 15 of the split cases stay split
        // (a,d) and 15 become (a,a). Final: P = 35/50 = 0.7; p_a = 85/100, P_e =
        // 0.745: kappa = (0.7 - 0.745) / 0.255 = -0.176, a gain of 0.252 over the
        // blind -0.429. The 15 cases that became unanimous took a: when the model
        // said a, that is convergence on the model; when it said d, it is not.
        QList<RatedCase> mixed = team(QStringLiteral("a"));
        for (int i = 0; i < 15; ++i)
            mixed[i].ratings[1].final = QStringLiteral("d");
        const AgreementFigures partly = agreementFigures(mixed, {}, 0);
        QVERIFY(partly.final.fleissKappa);
        QVERIFY(qAbs(*partly.final.fleissKappa - (0.7 - 0.745) / 0.255) < 1e-12);
        QCOMPARE(partly.warnings.size(), 2);
        QCOMPARE(partly.warnings[1].code, QStringLiteral("convergence_on_model"));
        QCOMPARE(partly.warnings[1].figures.value(QStringLiteral("converged_cases")).toLongLong(),
                 qint64(15));
        for (RatedCase& rated : mixed)
            rated.modelLabel = QStringLiteral("d");
        const AgreementFigures notOnModel = agreementFigures(mixed, {}, 0);
        QCOMPARE(notOnModel.warnings.size(), 1);
        QCOMPARE(notOnModel.warnings[0].code, QStringLiteral("low_agreement"));

        // Convergence on the model: blind 25 (a,a), 25 (a,d); final 45 unanimous
        // (a,a) on the model's a and 5 still split. Blind: P = 0.5, p_a = 0.75,
        // P_e = 0.625, kappa = -1/3. Final: P = 0.9, p_a = 0.95, P_e = 0.905,
        // kappa = (0.9 - 0.905) / 0.095. The gain is over 0.2; the 20 cases that
        // became unanimous all took the model's label.
        QList<RatedCase> following;
        for (int i = 0; i < 50; ++i)
            following << RatedCase{
                QStringLiteral("c%1").arg(i),
                QStringLiteral("a"),
                QString(),
                {{QStringLiteral("r1"), QStringLiteral("a"), QStringLiteral("a")},
                 {QStringLiteral("r2"), i < 25 ? QStringLiteral("d") : QStringLiteral("a"),
                  i < 5 ? QStringLiteral("d") : QStringLiteral("a")}}};
        const AgreementFigures converged = agreementFigures(following, {}, 0);
        QVERIFY(qAbs(*converged.initial.fleissKappa - (-1.0 / 3.0)) < 1e-12);
        QVERIFY(qAbs(*converged.final.fleissKappa - (0.9 - 0.905) / 0.095) < 1e-12);
        codes.clear();
        for (const Warning& warning : converged.warnings)
            codes << warning.code;
        QCOMPARE(codes, (QStringList{QStringLiteral("low_agreement"),
                                     QStringLiteral("convergence_on_model")}));
        // The same on 49 cases: below the minimum, nothing fires.
        following.removeLast();
        QVERIFY(agreementFigures(following, {}, 0).warnings.isEmpty());
    }

    void anExpiredLeaseFreesOnlyItsOwnSlot() {
        Team team;
        team.reviewsPerCase(2);
        QVERIFY(importCases(team.temp, reviewCasesCsv(1)).ok());
        const QDateTime start = QDateTime::currentDateTimeUtc();
        QDateTime now = start;
        ReviewService::Options options;
        options.leaseSeconds = 60;
        options.clock = [&now] { return now; };
        ReviewService service(team.temp.db(), options);
        const auto annas = service.claimNext(team.anna, QStringLiteral("review"));
        const auto bens = service.claimNext(team.ben, QStringLiteral("review"));
        QVERIFY(annas && annas.value() && bens && bens.value());
        const QString caseId = annas.value()->caseId;
        QVERIFY(service.commitInitial(team.ben, caseId, {QStringLiteral("approve"), 60, {}}));
        // Both slots are taken: nobody else gets the case.
        QVERIFY(!service.claimNext(team.cleo, QStringLiteral("review")).value());
        // Two minutes on: Anna's claim ran out (Ben's committed review has no lease
        // to lose); Cleo takes Anna's slot, Ben keeps his.
        now = start.addSecs(120);
        const auto cleos = service.claimNext(team.cleo, QStringLiteral("review"));
        QVERIFY(cleos && cleos.value());
        QCOMPARE(cleos.value()->caseId, caseId);
        QSqlQuery query(team.temp.db());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT u.login, r.slot, r.status FROM reviews r JOIN users u ON u.id = r.reviewer_id "
            "ORDER BY r.seq")));
        QStringList rows;
        while (query.next())
            rows << QStringLiteral("%1 %2 %3")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString());
        QCOMPARE(rows,
                 (QStringList{QStringLiteral("anna 1 expired"), QStringLiteral("ben 2 revealed"),
                              QStringLiteral("cleo 1 claimed")}));
        QVERIFY(service.finalize(team.ben, caseId, QStringLiteral("approve"),
                                 QStringLiteral("steady")));
        QVERIFY(service.commitInitial(team.cleo, caseId, {QStringLiteral("approve"), 60, {}}));
        const Result<FinalOutcome> last =
            service.finalize(team.cleo, caseId, QStringLiteral("approve"), QStringLiteral("ok"));
        QVERIFY(last);
        QCOMPARE(last->resolution, CaseResolution::Decided);
        // Anna, whose claim expired, may come back to no case: it is decided.
        QVERIFY(!service.claimNext(team.anna, QStringLiteral("review")).value());
    }

    void policyIsValidatedAndAudited() {
        Team team;
        ReviewPolicyStore store(team.temp.db());
        QVERIFY(!store.save(team.temp.admin, {QStringLiteral("review"), 4, 0.0}));
        QVERIFY(!store.save(team.temp.admin, {QStringLiteral("review"), 2, 0.3}));
        QVERIFY(!store.save(team.temp.admin, {QStringLiteral("review"), 1, 1.5}));
        QVERIFY(!store.save(team.anna, {QStringLiteral("review"), 2, 0.0})); // not an admin
        QVERIFY(store.save(team.temp.admin, {QStringLiteral("senior"), 3, 0.0}));
        const Result<QueueReviewPolicy> senior = store.forQueue(QStringLiteral("senior"));
        QVERIFY(senior);
        QCOMPARE(senior->reviewsPerCase, 3);
        QSqlQuery query(team.temp.db());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_events WHERE subject = "
                                          "'queue_review_policy'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDoubleReview)
#include "tst_doublereview.moc"
