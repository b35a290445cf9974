// Known-answer cases and disclosed catch trials (DESIGN.md, "Known-answer cases
// and disclosed catch trials"): the planted label, each figure on hand-built
// sequences, and serving, blindness, exclusion from every production figure and
// the audit trail through the real services on a real database.
#include "analytics/analyticsservice.h"
#include "demo/demochecks.h"
#include "demo/demodatabase.h"
#include "fairness/fairnessservice.h"
#include "handoff/decisionexport.h"
#include "knownanswers/knownanswerfigures.h"
#include "knownanswers/knownanswerservice.h"
#include "knownanswers/knownanswersets.h"
#include "knownanswers/plantedrecommendation.h"
#include "reports/analysisjson.h"
#include "reports/modelcard.h"
#include "review/reviewpolicy.h"
#include "review/reviewservice.h"
#include "reviewsupport.h"
#include "verification/databaseverification.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <cmath>

using namespace oversight;
using namespace oversight::test;

namespace {

// The 95 % Wilson interval written out, to check the figures' intervals.
std::pair<double, double> wilsonByHand(double k, double n) {
    const double z = 1.959963984540054;
    const double p = k / n;
    const double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    const double half = z / (1 + z * z / n) * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    return {centre - half, centre + half};
}

// n known-answer cases with the production file's columns plus the outcome.
// The model is right on even cases; the truth of case i is approve when i % 3 != 0.
QByteArray knownAnswerCsv(int n, int firstId = 1000) {
    QByteArray csv = "id,label,p_approve,p_decline,income,region,note,score,outcome\n";
    for (int i = 0; i < n; ++i) {
        const bool truthApprove = i % 3 != 0;
        const bool modelRight = i % 2 == 0;
        const bool approve = modelRight ? truthApprove : !truthApprove;
        const QByteArray top = "0." + QByteArray::number(60 + i % 15);
        const QByteArray other = "0." + QByteArray::number(40 - i % 15);
        csv += "case-" + QByteArray::number(firstId + i) + ',' + (approve ? "approve" : "decline") +
               ',' + (approve ? top : other) + ',' + (approve ? other : top) + ',' +
               QByteArray::number(30000 + i * 113) + ",north,\"applicant " +
               QByteArray::number(firstId + i) + ", long-standing customer\"," +
               QByteArray::number(700 + i) + ',' + (truthApprove ? "approve" : "decline") + '\n';
    }
    return csv;
}

ImportReport importKnownAnswers(TempDatabase& temp, const QByteArray& csv,
                                const QString& name = QStringLiteral("checks.csv")) {
    ImportOptions options;
    options.filePath = temp.write(name, csv);
    options.probabilityColumns = {{QStringLiteral("approve"), QStringLiteral("p_approve")},
                                  {QStringLiteral("decline"), QStringLiteral("p_decline")}};
    options.hiddenColumns = {QStringLiteral("score")};
    options.truthColumn = QStringLiteral("outcome");
    options.modelName = QStringLiteral("credit-risk");
    options.modelVersion = QStringLiteral("2.3.0");
    options.knownAnswers = true;
    return Importer(temp.db()).run(temp.admin, options);
}

void setPolicy(TempDatabase& temp, double rate, double catchRate, bool feedback = false) {
    QueueReviewPolicy policy{QStringLiteral("review")};
    policy.knownAnswerRate = rate;
    policy.catchRate = catchRate;
    policy.knownAnswerFeedback = feedback;
    const Status saved = ReviewPolicyStore(temp.db()).save(temp.admin, policy);
    if (!saved)
        qFatal("%s", qPrintable(saved.error().message));
}

bool isCheck(TempDatabase& temp, const QString& caseId) {
    QSqlQuery query(temp.db());
    query.prepare(QStringLiteral("SELECT b.known_answers FROM cases c JOIN import_batches b ON "
                                 "b.seq = c.batch_seq WHERE c.id = ?"));
    query.addBindValue(caseId);
    if (!query.exec() || !query.next())
        qFatal("no case %s", qPrintable(caseId));
    return query.value(0).toInt() == 1;
}

QString truthOf(TempDatabase& temp, const QString& caseId) {
    QSqlQuery query(temp.db());
    query.prepare(QStringLiteral("SELECT s.truth FROM cases c JOIN case_sealed s ON s.case_seq "
                                 "= c.seq WHERE c.id = ?"));
    query.addBindValue(caseId);
    if (!query.exec() || !query.next())
        qFatal("no case %s", qPrintable(caseId));
    return query.value(0).toString();
}

QString other(const QString& label) {
    return label == u"approve" ? QStringLiteral("decline") : QStringLiteral("approve");
}

// What a reviewer does with each case: claims it, commits, finalizes. A
// deferring reviewer answers right blind and then takes the recommendation;
// an attentive one keeps the right answer. Returns whether it was a check.
struct Step {
    bool check = false;
    bool planted = false;
};

Step work(TempDatabase& temp, ReviewService& service, const Session& who, bool defers) {
    const Result<std::optional<ClaimedCase>> claimed =
        service.claimNext(who, QStringLiteral("review"));
    if (!claimed || !claimed.value())
        qFatal("no case for %s", qPrintable(who.login));
    const QString caseId = claimed.value()->caseId;
    const bool check = isCheck(temp, caseId);
    // On a check both answer right blind; on production they answer "approve".
    const QString initial = check ? truthOf(temp, caseId) : QStringLiteral("approve");
    const Result<Reveal> reveal = service.commitInitial(who, caseId, {initial, 60, {}});
    if (!reveal)
        qFatal("commit failed: %s", qPrintable(reveal.error().message));
    const QString final = defers ? reveal->modelLabel : initial;
    const Result<FinalOutcome> done =
        service.finalize(who, caseId, final, QStringLiteral("read the file"));
    if (!done)
        qFatal("finalize failed: %s", qPrintable(done.error().message));
    return {check, check && reveal->modelLabel != truthOf(temp, caseId)};
}

QJsonObject productionFigures(TempDatabase& temp) {
    const Result<OversightReport> report =
        AnalyticsService(temp.db()).analyze(temp.admin, AnalysisFilter{});
    const Result<FairnessAnalysis> fairness =
        FairnessService(temp.db()).analyze(temp.admin, AnalysisFilter{});
    if (!report || !fairness)
        qFatal("analysis failed");
    QJsonObject json = analysisJson(report.value(), fairness.value(), {}, {}, {});
    json.remove(QStringLiteral("known_answers"));
    const Result<QList<ModelCard>> cards =
        buildModelCards(temp.db(), temp.admin, AnalysisFilter{}, QTimeZone::utc());
    if (!cards)
        qFatal("model cards failed");
    QJsonArray cardArray;
    for (const ModelCard& card : cards.value())
        cardArray.append(QJsonObject{{QStringLiteral("model"), card.model},
                                     {QStringLiteral("decisions"), card.decisions},
                                     {QStringLiteral("review"), card.routedReview},
                                     {QStringLiteral("batches"), card.batches.size()}});
    json.insert(QStringLiteral("model_cards"), cardArray);
    return json;
}

qint64 exportedRecords(TempDatabase& temp) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeDecisions(temp.db(), temp.admin, {}, buffer))
        qFatal("export failed");
    return buffer.data().count('\n');
}

} // namespace

class TestKnownAnswers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plantedLabelIsAWrongOne() {
        // Two labels: the other one, whatever the probabilities say.
        const Recommendation twoRight{
            QStringLiteral("approve"),
            0.8,
            {{QStringLiteral("approve"), 0.8}, {QStringLiteral("decline"), 0.2}}};
        const QStringList two{QStringLiteral("approve"), QStringLiteral("decline")};
        QCOMPARE(plantedLabel(QStringLiteral("approve"), two, twoRight), QStringLiteral("decline"));
        const Recommendation planted =
            plantRecommendation(QStringLiteral("approve"), two, twoRight);
        QCOMPARE(planted.label, QStringLiteral("decline"));
        QCOMPARE(planted.confidence, 0.8); // the row's own confidence
        // The planted label takes the top probability, the model's label the planted one's.
        QCOMPARE(planted.probabilities,
                 (std::vector<std::pair<QString, double>>{{QStringLiteral("approve"), 0.2},
                                                          {QStringLiteral("decline"), 0.8}}));
        // The model already wrong: the planted label is its own, nothing changes.
        const Recommendation wrong{QStringLiteral("decline"), 0.7, {}};
        QCOMPARE(plantRecommendation(QStringLiteral("approve"), two, wrong).label,
                 QStringLiteral("decline"));

        // Many labels: the most probable wrong one.
        const QStringList many{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                               QStringLiteral("d")};
        const Recommendation spread{QStringLiteral("a"),
                                    0.5,
                                    {{QStringLiteral("a"), 0.5},
                                     {QStringLiteral("b"), 0.1},
                                     {QStringLiteral("c"), 0.3},
                                     {QStringLiteral("d"), 0.1}}};
        QCOMPARE(plantedLabel(QStringLiteral("a"), many, spread), QStringLiteral("c"));
        // The truth is not the model's label: the model's (most probable) label is wrong.
        QCOMPARE(plantedLabel(QStringLiteral("c"), many, spread), QStringLiteral("a"));
        // Ties: the label listed first among the decision options.
        const Recommendation tied{QStringLiteral("a"),
                                  0.4,
                                  {{QStringLiteral("a"), 0.4},
                                   {QStringLiteral("b"), 0.2},
                                   {QStringLiteral("c"), 0.2},
                                   {QStringLiteral("d"), 0.2}}};
        QCOMPARE(plantedLabel(QStringLiteral("a"), many, tied), QStringLiteral("b"));
        const QStringList reordered{QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("c"),
                                    QStringLiteral("b")};
        QCOMPARE(plantedLabel(QStringLiteral("a"), reordered, tied), QStringLiteral("d"));
        // No probabilities: the first wrong option.
        QCOMPARE(plantedLabel(QStringLiteral("a"), many, {QStringLiteral("a"), 0.9, {}}),
                 QStringLiteral("b"));
        // Only the truth to choose from: nothing to plant.
        QVERIFY(
            plantedLabel(QStringLiteral("a"), {QStringLiteral("a")}, {QStringLiteral("a"), 0.9, {}})
                .isEmpty());
    }

    void figuresOnHandBuiltSequences() {
        // dee answers right blind on 12 catch trials and takes the planted
        // recommendation every time; ivy keeps her right answer. Each also has 4
        // non-catch trials where she was wrong blind and the model right: dee
        // follows it, ivy keeps her wrong answer.
        QList<KnownAnswerTrial> trials;
        const QString y = QStringLiteral("approve");
        const QString n = QStringLiteral("decline");
        for (int i = 0; i < 12; ++i) {
            trials << KnownAnswerTrial{QStringLiteral("dee"), y, n, n, y, true};
            trials << KnownAnswerTrial{QStringLiteral("ivy"), y, n, y, y, true};
        }
        for (int i = 0; i < 4; ++i) {
            trials << KnownAnswerTrial{QStringLiteral("dee"), n, y, y, y, false};
            trials << KnownAnswerTrial{QStringLiteral("ivy"), n, y, n, y, false};
        }
        const KnownAnswerFigures figures = knownAnswerFigures(trials, 16);
        QCOMPARE(figures.cases, 16);
        QCOMPARE(figures.byReviewer.size(), 2);
        const KnownAnswerRates& dee = figures.byReviewer[0].rates;
        const KnownAnswerRates& ivy = figures.byReviewer[1].rates;
        QCOMPARE(figures.byReviewer[0].reviewer, QStringLiteral("dee"));
        QCOMPARE(dee.n, 16);
        QCOMPARE(dee.catchTrials, 12);
        QCOMPARE(dee.initialAccuracy.k, 12); // right blind on the catch trials
        QCOMPARE(dee.finalAccuracy.k, 4);    // right only where the model was
        QCOMPARE(dee.catchDeference.k, 12);
        QCOMPARE(dee.catchDeference.n, 12);
        QCOMPARE(*dee.catchDeference.rate, 1.0);
        const auto [low, high] = wilsonByHand(12, 12);
        QVERIFY(qAbs(*dee.catchDeference.low - low) < 1e-9);
        QVERIFY(qAbs(*dee.catchDeference.high - high) < 1e-9);
        QCOMPARE(dee.rair.k, 4); // wrong blind, right model: followed it 4 of 4
        QCOMPARE(dee.rair.n, 4);
        QCOMPARE(dee.rsr.k, 0); // right blind, wrong recommendation: kept it 0 of 12
        QCOMPARE(dee.rsr.n, 12);
        QCOMPARE(ivy.catchDeference.k, 0);
        QCOMPARE(ivy.catchDeference.n, 12);
        QCOMPARE(ivy.rsr.k, 12);
        QCOMPARE(ivy.rair.k, 0);
        QCOMPARE(ivy.finalAccuracy.k, 12);
        QCOMPARE(figures.overall.n, 32);
        QCOMPARE(figures.overall.catchDeference.k, 12);
        QCOMPARE(figures.overall.catchDeference.n, 24);
        // The warning names dee alone.
        QCOMPARE(figures.warnings.size(), 1);
        QCOMPARE(figures.warnings[0].code, QStringLiteral("catch_deference_high"));
        QCOMPARE(figures.warnings[0].figures.value(QStringLiteral("reviewer")).toString(),
                 QStringLiteral("dee"));
        // Below 10 catch trials the warning never fires.
        QList<KnownAnswerTrial> few;
        for (int i = 0; i < 9; ++i)
            few << KnownAnswerTrial{QStringLiteral("dee"), y, n, n, y, true};
        QVERIFY(knownAnswerFigures(few, 9).warnings.isEmpty());
        // A rate without a denominator is null in JSON, never 0.
        const QJsonObject json = knownAnswersJson(knownAnswerFigures(few, 9));
        QVERIFY(json.value(QStringLiteral("overall"))
                    .toObject()
                    .value(QStringLiteral("rair"))
                    .isNull());
        QCOMPARE(json.value(QStringLiteral("overall"))
                     .toObject()
                     .value(QStringLiteral("catch_deference"))
                     .toObject()
                     .value(QStringLiteral("n"))
                     .toInt(),
                 9);
    }

    void importNeedsTheAnswersAndStaysOutOfQueues() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(4)).ok());
        QByteArray csv = knownAnswerCsv(3);
        csv.replace(",decline\n", ",\n"); // case 1000's outcome: gone
        const ImportReport report = importKnownAnswers(temp, csv);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.accepted, 2);
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.rejects[0].row, 1);
        QCOMPARE(report.rejects[0].column, QStringLiteral("outcome"));
        // Not in any queue, no decision record, nothing to export beyond production.
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM cases WHERE queue IS NULL AND "
                                           "state = 'queued'")),
                 2);
        QCOMPARE(temp.count(QStringLiteral(
                     "SELECT count(*) FROM decision_records d JOIN import_batches b ON b.seq = "
                     "d.batch_seq WHERE b.known_answers = 1")),
                 0);
        const Result<QList<KnownAnswerSet>> sets = KnownAnswerSets(temp.db()).list(temp.admin);
        QVERIFY(sets);
        QCOMPARE(sets->size(), 1);
        QCOMPARE(sets->at(0).cases, 2);
        const Result<Verification> verified = verifyDatabase(temp.db(), temp.admin);
        QVERIFY(verified);
        QVERIFY2(verified->intact(), qPrintable(verified->description));
    }

    void aCheckLooksLikeAProductionCase() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(6)).ok());
        QVERIFY(importKnownAnswers(temp, knownAnswerCsv(2)).ok());
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        ReviewService service(temp.db());
        QVERIFY(service.knownAnswerNotice(QStringLiteral("review"))->isEmpty());

        // Rate 0: production only.
        Result<std::optional<ClaimedCase>> claimed =
            service.claimNext(anna, QStringLiteral("review"));
        QVERIFY(claimed && claimed.value());
        QVERIFY(!isCheck(temp, claimed.value()->caseId));
        const ClaimedCase production = *claimed.value();
        QVERIFY(service.release(anna, production.caseId, QStringLiteral("lunch")));

        setPolicy(temp, 1.0, 0.0);
        QVERIFY(!service.knownAnswerNotice(QStringLiteral("review"))->isEmpty());
        claimed = service.claimNext(anna, QStringLiteral("review"));
        QVERIFY(claimed && claimed.value());
        const ClaimedCase check = *claimed.value();
        QVERIFY(isCheck(temp, check.caseId));
        // Field by field: the same queue, fact names in the same order, the same
        // decisions, ids of the same form, the same lease.
        QCOMPARE(check.queue, production.queue);
        QCOMPARE(check.facts.size(), production.facts.size());
        for (qsizetype i = 0; i < check.facts.size(); ++i)
            QCOMPARE(check.facts[i].name, production.facts[i].name);
        QCOMPARE(check.labels, production.labels);
        QCOMPARE(check.caseId.size(), production.caseId.size());
        QVERIFY(check.externalId.startsWith(QStringLiteral("case-")));
        QCOMPARE(QDateTime::fromString(check.claimedAt, Qt::ISODateWithMs)
                     .secsTo(QDateTime::fromString(check.leaseExpires, Qt::ISODateWithMs)),
                 service.leaseSeconds());
        // The check is served once per reviewer, never to the same one twice.
        QVERIFY(service.release(anna, check.caseId, QStringLiteral("phone call")));
        QStringList served;
        for (int i = 0; i < 3; ++i) {
            claimed = service.claimNext(anna, QStringLiteral("review"));
            QVERIFY(claimed && claimed.value());
            served << claimed.value()->caseId;
            QVERIFY(service.release(anna, claimed.value()->caseId, QStringLiteral("break")));
        }
        QVERIFY(!served.contains(check.caseId));
        QCOMPARE(std::count_if(served.cbegin(), served.cend(),
                               [&](const QString& id) { return isCheck(temp, id); }),
                 1); // the other check, then production cases
        // A release gives nothing of the check to a queue.
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM cases WHERE queue IS NULL AND "
                                           "state = 'queued'")),
                 2);
    }

    void catchTrialsArePlantedAndRecorded() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(6)).ok());
        QVERIFY(importKnownAnswers(temp, knownAnswerCsv(4)).ok());
        setPolicy(temp, 1.0, 1.0, true);
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        ReviewService service(temp.db());
        for (int i = 0; i < 4; ++i) {
            const Result<std::optional<ClaimedCase>> claimed =
                service.claimNext(anna, QStringLiteral("review"));
            QVERIFY(claimed && claimed.value());
            const QString caseId = claimed.value()->caseId;
            QVERIFY(isCheck(temp, caseId));
            const QString truth = truthOf(temp, caseId);
            const Result<Reveal> reveal = service.commitInitial(anna, caseId, {truth, 80, {}});
            QVERIFY(reveal);
            // Two labels: the planted one is the other, with the row's confidence.
            QCOMPARE(reveal->modelLabel, other(truth));
            QSqlQuery query(temp.db());
            query.prepare(QStringLiteral(
                "SELECT s.confidence FROM case_sealed s JOIN cases c ON c.seq = s.case_seq "
                "WHERE c.id = ?"));
            query.addBindValue(caseId);
            QVERIFY(query.exec() && query.next());
            QCOMPARE(reveal->modelConfidence, query.value(0).toDouble());
            // Opened again (a crash after the reveal), the same recommendation.
            const Result<std::optional<OpenReview>> open = service.openReview(anna);
            QVERIFY(open && open.value() && open.value()->reveal);
            QCOMPARE(open.value()->reveal->modelLabel, reveal->modelLabel);
            const Result<FinalOutcome> done =
                service.finalize(anna, caseId, truth, QStringLiteral("the file says so"));
            QVERIFY(done);
            QVERIFY(done->knownAnswer);
            QCOMPARE(done->knownAnswer->truth, truth);
            QVERIFY(done->knownAnswer->planted);
        }
        // Every plant is an audit event naming the truth and what was shown.
        QSqlQuery events(temp.db());
        QVERIFY(events.exec(QStringLiteral(
            "SELECT details FROM audit_events WHERE action = 'known_answer.planted'")));
        int planted = 0;
        while (events.next()) {
            const QJsonObject details =
                QJsonDocument::fromJson(events.value(0).toString().toUtf8()).object();
            QCOMPARE(details.value(QStringLiteral("shown_label")).toString(),
                     other(details.value(QStringLiteral("truth")).toString()));
            QCOMPARE(details.value(QStringLiteral("reviewer")).toString(), QStringLiteral("anna"));
            ++planted;
        }
        QCOMPARE(planted, 4);
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM reviews WHERE known_answer = 1 "
                                           "AND planted = 1 AND status = 'finalized'")),
                 4);
        // The policy change is recorded with its values.
        QCOMPARE(temp.count(QStringLiteral(
                     "SELECT count(*) FROM audit_events WHERE action = 'policy.changed' AND "
                     "subject = 'queue_review_policy' AND details LIKE '%\"catch_rate\":1%'")),
                 1);
        const Result<Verification> verified = verifyDatabase(temp.db(), temp.admin);
        QVERIFY(verified);
        QVERIFY2(verified->intact(), qPrintable(verified->description));
    }

    void noProductionFigureMoves() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(40)).ok());
        const Session dee = addReviewer(temp, QStringLiteral("dee"));
        const Session ivy = addReviewer(temp, QStringLiteral("ivy"));
        ReviewService service(temp.db());
        for (int i = 0; i < 10; ++i) {
            work(temp, service, dee, true);
            work(temp, service, ivy, false);
        }
        const QJsonObject before = productionFigures(temp);
        const qint64 exportedBefore = exportedRecords(temp);
        const qint64 factsBefore = temp.count(QStringLiteral("SELECT count(*) FROM review_facts"));

        // Now the checks: every claim, every reveal planted, until each has seen them all.
        QVERIFY(importKnownAnswers(temp, knownAnswerCsv(12)).ok());
        setPolicy(temp, 1.0, 1.0);
        for (int i = 0; i < 12; ++i) {
            QVERIFY(work(temp, service, dee, true).planted);
            QVERIFY(work(temp, service, ivy, false).planted);
        }
        QCOMPARE(productionFigures(temp), before);
        QCOMPARE(exportedRecords(temp), exportedBefore);
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM review_facts")), factsBefore);
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM decision_records d JOIN reviews "
                                           "r ON r.seq = d.review_seq WHERE r.known_answer = 1")),
                 0);

        // The known-answer figures from the raw rows.
        const Result<KnownAnswerFigures> figures =
            KnownAnswerService(temp.db()).analyze(temp.admin, AnalysisFilter{});
        QVERIFY(figures);
        QSqlQuery query(temp.db());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT u.login, count(*), sum(CASE WHEN r.final_decision = r.model_label THEN 1 "
            "ELSE 0 END) FROM reviews r JOIN users u ON u.id = r.reviewer_id WHERE "
            "r.known_answer = 1 AND r.status = 'finalized' AND r.planted = 1 AND "
            "r.initial_decision = (SELECT truth FROM case_sealed WHERE case_seq = r.case_seq) "
            "GROUP BY u.login ORDER BY u.login")));
        QList<std::pair<qint64, qint64>> byHand;
        while (query.next())
            byHand.append({query.value(2).toLongLong(), query.value(1).toLongLong()});
        QCOMPARE(figures->byReviewer.size(), 2);
        QCOMPARE(byHand.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(figures->byReviewer[i].rates.catchDeference.k, byHand[i].first);
            QCOMPARE(figures->byReviewer[i].rates.catchDeference.n, byHand[i].second);
        }
        QCOMPARE(*figures->byReviewer[0].rates.catchDeference.rate, 1.0); // dee defers
        QCOMPARE(*figures->byReviewer[1].rates.catchDeference.rate, 0.0); // ivy does not
        QCOMPARE(figures->cases, 12);
        QCOMPARE(figures->warnings.size(), 1);
        QCOMPARE(figures->warnings[0].figures.value(QStringLiteral("reviewer")).toString(),
                 QStringLiteral("dee"));
        const Result<Verification> verified = verifyDatabase(temp.db(), temp.admin);
        QVERIFY(verified);
        QVERIFY2(verified->intact(), qPrintable(verified->description));
    }

    void checksAreSpreadOverTheClaims() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(30)).ok());
        QVERIFY(importKnownAnswers(temp, knownAnswerCsv(20)).ok());
        setPolicy(temp, 0.3, 0.0);
        const Session dee = addReviewer(temp, QStringLiteral("dee"));
        ReviewService::Options options;
        auto generator = std::make_shared<QRandomGenerator>(20261203);
        options.random = [generator] { return generator->generate64(); };
        ReviewService service(temp.db(), options);
        QList<bool> order;
        QStringList checks;
        for (int i = 0; i < 30; ++i) {
            const Result<std::optional<ClaimedCase>> claimed =
                service.claimNext(dee, QStringLiteral("review"));
            QVERIFY(claimed && claimed.value());
            order << isCheck(temp, claimed.value()->caseId);
            if (order.last())
                checks << claimed.value()->externalId;
            QVERIFY(service.commitInitial(dee, claimed.value()->caseId,
                                          {QStringLiteral("approve"), 50, {}}));
            QVERIFY(service.finalize(dee, claimed.value()->caseId, QStringLiteral("approve"),
                                     QStringLiteral("ok")));
        }
        const qsizetype served = order.count(true);
        // About 30 % of the claims; checks in both halves; not in set order.
        QVERIFY2(served >= 3 && served <= 18, qPrintable(QString::number(served)));
        QVERIFY(order.mid(0, 15).contains(true));
        QVERIFY(order.mid(15).contains(true));
        QStringList sorted = checks;
        std::sort(sorted.begin(), sorted.end());
        QVERIFY(sorted != checks || checks.size() < 3);
    }

    void theDemoTeamNamesItsDeferringReviewer() {
        TempDatabase temp;
        DemoSettings decisions;
        decisions.cases = 400;
        decisions.seed = 5;
        const Result<DemoImport> imported =
            importDemo(temp.db(), temp.admin, decisions, DemoReviewSettings{0});
        QVERIFY(imported);
        const QJsonObject before = productionFigures(temp);
        DemoCheckSettings checks;
        checks.checksPerReviewer = 30;
        checks.productionCases = decisions.cases;
        checks.seed = decisions.seed;
        const Result<DemoChecks> ran = runDemoChecks(temp.db(), temp.admin, checks);
        if (!ran)
            QFAIL(qPrintable(ran.error().message));
        QCOMPARE(ran->checks, 90);
        QCOMPARE(productionFigures(temp), before);
        // The checks' ids continue the demo's own.
        QCOMPARE(temp.count(QStringLiteral(
                     "SELECT count(*) FROM cases c JOIN import_batches b ON b.seq = c.batch_seq "
                     "WHERE b.known_answers = 1 AND c.external_id LIKE 'APP-5-%'")),
                 60);
        const Result<KnownAnswerFigures> figures =
            KnownAnswerService(temp.db()).analyze(temp.admin, AnalysisFilter{});
        QVERIFY(figures);
        for (const ReviewerKnownAnswers& reviewer : figures->byReviewer) {
            const Proportion& deference = reviewer.rates.catchDeference;
            QVERIFY(deference.n >= 5);
            QCOMPARE(*deference.rate, reviewer.reviewer == demoDeferringReviewer ? 1.0 : 0.0);
        }
        QCOMPARE(figures->warnings.size(), 1);
        QCOMPARE(figures->warnings[0].figures.value(QStringLiteral("reviewer")).toString(),
                 demoDeferringReviewer);
        // The simulated reviewers cannot sign in.
        QCOMPARE(temp.count(QStringLiteral(
                     "SELECT count(*) FROM users WHERE login LIKE 'demo-check-%' AND active = 0")),
                 3);
        // The queue keeps a standing policy: the notice shows.
        QVERIFY(!ReviewService(temp.db()).knownAnswerNotice(QStringLiteral("review"))->isEmpty());
    }

    void aRetiredSetIsNoLongerServed() {
        TempDatabase temp;
        QVERIFY(importCases(temp, reviewCasesCsv(4)).ok());
        const ImportReport set = importKnownAnswers(temp, knownAnswerCsv(3));
        QVERIFY(set.ok());
        setPolicy(temp, 1.0, 0.0);
        const Session anna = addReviewer(temp, QStringLiteral("anna"));
        KnownAnswerSets sets(temp.db());
        QVERIFY(!sets.retire(anna, set.batchId, QStringLiteral("stale"))); // administrators only
        QVERIFY(!sets.retire(temp.admin, set.batchId, QString()));         // a reason is required
        QVERIFY(sets.retire(temp.admin, set.batchId, QStringLiteral("answers out of date")));
        QVERIFY(!sets.retire(temp.admin, set.batchId, QStringLiteral("again")));
        ReviewService service(temp.db());
        const Result<std::optional<ClaimedCase>> claimed =
            service.claimNext(anna, QStringLiteral("review"));
        QVERIFY(claimed && claimed.value());
        QVERIFY(!isCheck(temp, claimed.value()->caseId));
        QCOMPARE(temp.count(QStringLiteral(
                     "SELECT count(*) FROM audit_events WHERE action = 'known_answers.retired'")),
                 1);
        const Result<QList<KnownAnswerCaseUsage>> usage = sets.usage(temp.admin, set.batchId);
        QVERIFY(usage);
        QCOMPARE(usage->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestKnownAnswers)
#include "tst_knownanswers.moc"
