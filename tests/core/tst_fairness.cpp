// Fairness by group (DESIGN.md): the attributes stored at import, and every
// figure by group checked against counts made by hand or straight from the rows
// the test wrote, on a real database (SQLite, or PostgreSQL in the variant).
#include "analytics/reviewlogimporter.h"
#include "fairness/fairnessjson.h"
#include "fairness/fairnessservice.h"
#include "reports/modelcard.h"
#include "review/reviewservice.h"
#include "reviewsupport.h"
#include "verification/databaseverification.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <cmath>

using namespace oversight;
using namespace oversight::test;

namespace {

// The Wilson interval written out again, independently of analytics/statistics.cpp.
std::pair<double, double> wilsonByHand(double k, double n) {
    const double z = 1.959963984540054;
    const double p = k / n;
    const double centre = p + z * z / (2 * n);
    const double spread = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    const double denominator = 1 + z * z / n;
    return {std::max(0.0, (centre - spread) / denominator),
            std::min(1.0, (centre + spread) / denominator)};
}

void compareRate(const QJsonValue& rate, qint64 k, qint64 n) {
    QVERIFY2(rate.isObject(), "a rate object");
    const QJsonObject r = rate.toObject();
    QCOMPARE(r[u"n"].toInteger(), n);
    QCOMPARE(r[u"rate"].toDouble(), double(k) / double(n));
    const auto [low, high] = wilsonByHand(double(k), double(n));
    QVERIFY(std::abs(r[u"ci_low"].toDouble() - low) < 1e-12);
    QVERIFY(std::abs(r[u"ci_high"].toDouble() - high) < 1e-12);
}

ImportReport importWithGroups(TempDatabase& temp, const QByteArray& csv,
                              const GroupColumnsOptions& groups,
                              const QString& name = QStringLiteral("groups.csv")) {
    ImportOptions options;
    options.filePath = temp.write(name, csv);
    options.truthColumn = QStringLiteral("truth");
    options.groups = groups;
    options.threshold = 0.75;
    options.auditRate = 0.0;
    options.modelName = QStringLiteral("credit-risk");
    options.modelVersion = QStringLiteral("3.0");
    return Importer(temp.db()).run(temp.admin, options);
}

GroupColumnsOptions sexAndAge() {
    GroupColumnsOptions groups;
    groups.columns = {QStringLiteral("sex"), QStringLiteral("age")};
    groups.bands[QStringLiteral("age")] = {25, 45, 65};
    groups.positiveLabel = QStringLiteral("decline");
    return groups;
}

// Ten decisions whose counts the tests below make by hand; m4 goes to
// mandatory review (confidence below 0.75), the rest are automated.
const QByteArray tenDecisions = "id,label,confidence,sex,age,truth,income\n"
                                "f1,decline,0.9,F,23,decline,100\n"
                                "f2,decline,0.9,F,30,approve,200\n"
                                "f3,approve,0.9,F,44,approve,300\n"
                                "f4,approve,0.9,F,45,decline,400\n"
                                "f5,decline,0.9,F,70,,500\n"
                                "m1,decline,0.9,M,,decline,600\n"
                                "m2,approve,0.9,M,25,decline,700\n"
                                "m3,approve,0.9,M,64,decline,800\n"
                                "m4,decline,0.6,M,65,decline,900\n"
                                "x1,approve,0.9,,50,approve,1000\n";

QJsonObject analyzeJson(TempDatabase& temp, const FairnessOptions& options = {},
                        const AnalysisFilter& filter = {}) {
    const Result<FairnessAnalysis> analysis =
        FairnessService(temp.db()).analyze(temp.admin, filter, options);
    if (!analysis)
        qFatal("analysis failed: %s", qPrintable(analysis.error().message));
    QJsonObject document{{QStringLiteral("fairness"), fairnessJson(analysis.value())},
                         {QStringLiteral("warnings"), warningsJson(analysis->warnings)}};
    return document;
}

QJsonObject attributeOf(const QJsonObject& document, const QString& attribute) {
    for (const QJsonValue& a : document[u"fairness"].toArray())
        if (a[u"attribute"].toString() == attribute)
            return a.toObject();
    qFatal("no attribute %s", qPrintable(attribute));
}

QJsonObject groupOf(const QJsonObject& attribute, const QString& group) {
    for (const QJsonValue& g : attribute[u"groups"].toArray())
        if (g[u"group"].toString() == group)
            return g.toObject();
    qFatal("no group %s", qPrintable(group));
}

QStringList groupNames(const QJsonObject& attribute) {
    QStringList names;
    for (const QJsonValue& g : attribute[u"groups"].toArray())
        names << g[u"group"].toString();
    return names;
}

QJsonObject disparityOf(const QJsonObject& attribute, const QString& scope, const QString& decider,
                        const QString& metric, const QString& group) {
    for (const QJsonValue& d : attribute[u"disparities"].toArray())
        if (d[u"scope"].toString() == scope && d[u"decider"].toString() == decider &&
            d[u"metric"].toString() == metric && d[u"group"].toString() == group)
            return d.toObject();
    return {};
}

DecisionCell decisionCell(const QString& groups, const QString& model, const QString& truth,
                          qint64 n, const QString& positive = QStringLiteral("yes")) {
    return DecisionCell{groups, positive, model, model, truth, n};
}

QStringList warningCodes(const QJsonObject& document) {
    QStringList codes;
    for (const QJsonValue& w : document[u"warnings"].toArray())
        codes << w[u"code"].toString();
    return codes;
}

} // namespace

class TestFairness : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importStoresGroupsHiddenFromReviewers() {
        TempDatabase temp;
        const ImportReport report = importWithGroups(temp, tenDecisions, sexAndAge());
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.accepted, 10);
        auto groupsOf = [&](const char* id) {
            return temp
                .value(QStringLiteral("SELECT s.groups FROM case_sealed s JOIN cases c ON "
                                      "c.seq = s.case_seq WHERE c.external_id = '%1'")
                           .arg(QLatin1String(id)))
                .toString();
        };
        QCOMPARE(groupsOf("f1"), QStringLiteral(R"({"sex":"F","age":"<25"})"));
        QCOMPARE(groupsOf("f3"), QStringLiteral(R"({"sex":"F","age":"25-44"})"));
        QCOMPARE(groupsOf("f4"), QStringLiteral(R"({"sex":"F","age":"45-64"})"));
        QCOMPARE(groupsOf("m4"), QStringLiteral(R"({"sex":"M","age":">=65"})"));
        QCOMPARE(groupsOf("m1"), QStringLiteral(R"j({"sex":"M","age":"(missing)"})j"));
        QCOMPARE(groupsOf("x1"), QStringLiteral(R"j({"sex":"(missing)","age":"45-64"})j"));
        QCOMPARE(temp.value(QStringLiteral("SELECT group_columns FROM import_batches")).toString(),
                 QStringLiteral(R"(["sex","age"])"));
        QCOMPARE(temp.value(QStringLiteral("SELECT positive_label FROM import_batches")).toString(),
                 QStringLiteral("decline"));

        // The reviewer of m4 sees income, never sex or age.
        const Session reviewer = addReviewer(temp, QStringLiteral("rita"));
        ReviewService service(temp.db());
        const Result<std::optional<ClaimedCase>> claimed =
            service.claimNext(reviewer, QStringLiteral("review"));
        QVERIFY(claimed && claimed.value());
        QStringList shown;
        for (const Fact& fact : claimed.value()->facts)
            shown << fact.name;
        QCOMPARE(shown, QStringList{QStringLiteral("income")});

        // The attributes are part of what the audit chain vouches for.
        const Result<Verification> intact = verifyDatabase(temp.db(), temp.admin);
        QVERIFY(intact);
        QVERIFY2(intact->intact(), qPrintable(intact->description));
    }

    void shownGroupColumnsAreFacts() {
        TempDatabase temp;
        GroupColumnsOptions groups = sexAndAge();
        groups.show = true;
        QVERIFY(importWithGroups(temp, tenDecisions, groups).ok());
        QCOMPARE(
            temp.value(QStringLiteral("SELECT show_group_columns FROM import_batches")).toInt(), 1);
        const Session reviewer = addReviewer(temp, QStringLiteral("rita"));
        const Result<std::optional<ClaimedCase>> claimed =
            ReviewService(temp.db()).claimNext(reviewer, QStringLiteral("review"));
        QVERIFY(claimed && claimed.value());
        QStringList shown;
        for (const Fact& fact : claimed.value()->facts)
            shown << fact.name;
        QCOMPARE(shown, (QStringList{QStringLiteral("sex"), QStringLiteral("age"),
                                     QStringLiteral("income")}));
    }

    void badAttributesAreRefusedClearly() {
        TempDatabase temp;
        // A non-number in a banded column rejects that row, naming the field.
        const ImportReport report =
            importWithGroups(temp,
                             "id,label,confidence,sex,age,truth\na,decline,0.9,F,old,decline\n"
                             "b,approve,0.9,M,30,approve\n",
                             sexAndAge());
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.rejects.constFirst().row, 1);
        QCOMPARE(report.rejects.constFirst().column, QStringLiteral("age"));
        QVERIFY(report.rejects.constFirst().reason.contains(u"old"));

        // More than 50 groups: an identifier, refused before anything is stored.
        QByteArray ids = "id,label,confidence,sex,age,truth\n";
        for (int i = 0; i < 60; ++i)
            ids += "p" + QByteArray::number(i) + ",approve,0.9,F," + QByteArray::number(i) +
                   ",approve\n";
        GroupColumnsOptions unbanded = sexAndAge();
        unbanded.bands.clear();
        const qint64 before = temp.count(QStringLiteral("SELECT count(*) FROM cases"));
        const ImportReport refused =
            importWithGroups(temp, ids, unbanded, QStringLiteral("ids.csv"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(u"--group-bands age="), qPrintable(refused.error));
        QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM cases")), before);

        // A group column the file lacks is named.
        GroupColumnsOptions absent;
        absent.columns = {QStringLiteral("race")};
        const ImportReport missing =
            importWithGroups(temp, tenDecisions, absent, QStringLiteral("again.csv"));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(u"'race'"), qPrintable(missing.error));
    }

    void decisionFiguresMatchCountsByHand() {
        TempDatabase temp;
        QVERIFY(importWithGroups(temp, tenDecisions, sexAndAge()).ok());
        const QJsonObject document = analyzeJson(temp);
        const QJsonObject sex = attributeOf(document, QStringLiteral("sex"));
        QCOMPARE(sex[u"positive_label"].toString(), QStringLiteral("decline"));
        // F has 5 decisions, M 4, (missing) 1: F is the largest.
        QCOMPARE(sex[u"reference"].toString(), QStringLiteral("F"));
        QCOMPARE(groupNames(sex), (QStringList{QStringLiteral("F"), QStringLiteral("M"),
                                               QStringLiteral("(missing)")}));

        // F: f1 TP, f2 FP, f3 TN, f4 FN, f5 positive without an outcome.
        const QJsonObject f = groupOf(sex, QStringLiteral("F"))[u"decisions"].toObject();
        QCOMPARE(f[u"n"].toInteger(), 5);
        QCOMPARE(f[u"pending"].toInteger(), 0);
        const QJsonObject fModel = f[u"model"].toObject();
        QCOMPARE(fModel[u"n_outcome"].toInteger(), 4);
        QCOMPARE(fModel[u"tp"].toInteger(), 1);
        QCOMPARE(fModel[u"fp"].toInteger(), 1);
        QCOMPARE(fModel[u"tn"].toInteger(), 1);
        QCOMPARE(fModel[u"fn"].toInteger(), 1);
        compareRate(fModel[u"selection_rate"], 3, 5);
        compareRate(fModel[u"tpr"], 1, 2);
        compareRate(fModel[u"fpr"], 1, 2);
        compareRate(fModel[u"fnr"], 1, 2);
        compareRate(fModel[u"accuracy"], 2, 4);
        compareRate(fModel[u"selection_rates"][u"approve"], 2, 5);

        // M: m1 and m4 TP, m2 and m3 FN; no negatives, so no false-positive rate;
        // m4 waits for its mandatory review.
        const QJsonObject m = groupOf(sex, QStringLiteral("M"))[u"decisions"].toObject();
        QCOMPARE(m[u"n"].toInteger(), 4);
        QCOMPARE(m[u"pending"].toInteger(), 1);
        const QJsonObject mModel = m[u"model"].toObject();
        QVERIFY(mModel[u"fpr"].isNull());
        QCOMPARE(mModel[u"fp"].toInteger(), 0);
        compareRate(mModel[u"tpr"], 2, 4);
        compareRate(mModel[u"selection_rate"], 2, 4);
        const QJsonObject mEffective = m[u"effective"].toObject();
        QCOMPARE(mEffective[u"n"].toInteger(), 3);
        compareRate(mEffective[u"selection_rate"], 1, 3);

        // M against F, the model's selection rate: 2/4 against 3/5.
        const QJsonObject d = disparityOf(sex, QStringLiteral("decisions"), QStringLiteral("model"),
                                          QStringLiteral("selection_rate"), QStringLiteral("M"));
        QVERIFY(!d.isEmpty());
        QVERIFY(std::abs(d[u"ratio"].toDouble() - 0.5 / 0.6) < 1e-12);
        QVERIFY(std::abs(d[u"difference"].toDouble() - (0.5 - 0.6)) < 1e-12);
        QVERIFY(!d[u"flagged"].toBool()); // 4 and 5 decisions: below the minimum n
        // No disparity exists for a rate that does not.
        QVERIFY(disparityOf(sex, QStringLiteral("decisions"), QStringLiteral("model"),
                            QStringLiteral("fpr"), QStringLiteral("M"))
                    .isEmpty());

        // Bands: f4 (45), x1 (50) and m3 (64) are 45-64.
        const QJsonObject age = attributeOf(document, QStringLiteral("age"));
        QCOMPARE(groupNames(age), (QStringList{QStringLiteral("<25"), QStringLiteral("25-44"),
                                               QStringLiteral("45-64"), QStringLiteral(">=65"),
                                               QStringLiteral("(missing)")}));
        QCOMPARE(groupOf(age, QStringLiteral("45-64"))[u"decisions"][u"n"].toInteger(), 3);
        QCOMPARE(age[u"reference"].toString(), QStringLiteral("25-44")); // 3 and 3: alphabetical

        // --reference chooses another.
        FairnessOptions options;
        options.attributes = {QStringLiteral("sex")};
        options.referenceAttribute = QStringLiteral("sex");
        options.referenceGroup = QStringLiteral("M");
        const QJsonObject byM = attributeOf(analyzeJson(temp, options), QStringLiteral("sex"));
        QCOMPARE(byM[u"reference"].toString(), QStringLiteral("M"));
        options.referenceGroup = QStringLiteral("X");
        QVERIFY(!FairnessService(temp.db()).analyze(temp.admin, {}, options));
    }

    void reviewMovesTheEffectiveDecision() {
        TempDatabase temp;
        QVERIFY(importWithGroups(temp, tenDecisions, sexAndAge()).ok());
        const Session reviewer = addReviewer(temp, QStringLiteral("rita"));
        ReviewService service(temp.db());
        const Result<std::optional<ClaimedCase>> claimed =
            service.claimNext(reviewer, QStringLiteral("review"));
        QVERIFY(claimed && claimed.value());
        QCOMPARE(claimed.value()->externalId, QStringLiteral("m4"));
        const QString caseId = claimed.value()->caseId;
        QVERIFY(service.commitInitial(reviewer, caseId, {QStringLiteral("approve"), 60, {}}));
        QVERIFY(service.finalize(reviewer, caseId, QStringLiteral("approve"),
                                 QStringLiteral("income is steady")));

        const QJsonObject sex = attributeOf(analyzeJson(temp), QStringLiteral("sex"));
        const QJsonObject m = groupOf(sex, QStringLiteral("M"));
        // Decisions: m4 is no longer pending; its effective decision is approve (FN).
        QCOMPARE(m[u"decisions"][u"pending"].toInteger(), 0);
        const QJsonObject effective = m[u"decisions"][u"effective"].toObject();
        QCOMPARE(effective[u"n"].toInteger(), 4);
        QCOMPARE(effective[u"tp"].toInteger(), 1);
        QCOMPARE(effective[u"fn"].toInteger(), 3);
        compareRate(effective[u"selection_rate"], 1, 4);
        // Reviews: one, the model said decline, the reviewer approve, blind and final.
        const QJsonObject reviews = m[u"reviews"].toObject();
        QCOMPARE(reviews[u"n"].toInteger(), 1);
        compareRate(reviews[u"override"], 1, 1);
        compareRate(reviews[u"model"][u"selection_rate"], 1, 1);
        compareRate(reviews[u"initial"][u"selection_rate"], 0, 1);
        compareRate(reviews[u"final"][u"selection_rate"], 0, 1);
        QCOMPARE(groupOf(sex, QStringLiteral("F"))[u"reviews"][u"n"].toInteger(), 0);
        QVERIFY(groupOf(sex, QStringLiteral("F"))[u"reviews"][u"override"].isNull());
    }

    void reviewLogsCarryGroupsAndWarnings() {
        TempDatabase temp;
        // rita reviews 40 cases of each sex the model declined (all rightly):
        // she approves 20 of the F cases and none of the M ones.
        QByteArray log = "reviewer_id,timestamp,case_id,final_decision,ai_label,truth,sex\n";
        for (int i = 0; i < 80; ++i) {
            const bool female = i % 2 == 0;
            const bool approve = female && i % 4 == 0;
            log += "rita,2026-03-02T09:" + QByteArray::number(10 + i / 2).rightJustified(2, '0') +
                   ":00Z,c" + QByteArray::number(i) + ',' + (approve ? "approve" : "decline") +
                   ",decline,decline," + (female ? "F" : "M") + '\n';
        }
        ReviewLogOptions options;
        options.filePath = temp.write(QStringLiteral("log.csv"), log);
        options.truthColumn = QStringLiteral("truth");
        options.groups.columns = {QStringLiteral("sex")};
        options.groups.positiveLabel = QStringLiteral("decline");
        const ReviewLogReport imported = ReviewLogImporter(temp.db()).run(temp.admin, options);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.accepted, 80);

        const QJsonObject document = analyzeJson(temp);
        const QJsonObject sex = attributeOf(document, QStringLiteral("sex"));
        QCOMPARE(sex[u"reference"].toString(), QStringLiteral("F")); // 40 and 40: alphabetical
        compareRate(groupOf(sex, QStringLiteral("F"))[u"reviews"][u"override"], 20, 40);
        compareRate(groupOf(sex, QStringLiteral("M"))[u"reviews"][u"override"], 0, 40);

        // Δ for M against F: the model's selection-rate gap is 0 (1 and 1), the
        // final decisions' is 1 - 0.5, so review widened it by 0.5.
        QJsonObject effect;
        for (const QJsonValue& e : sex[u"oversight_effect"].toArray())
            if (e[u"metric"].toString() == u"selection_rate" && e[u"group"].toString() == u"M")
                effect = e.toObject();
        QVERIFY(!effect.isEmpty());
        QCOMPARE(effect[u"delta"].toDouble(), 0.5);
        QVERIFY(effect[u"ci_low"].toDouble() > 0);
        QVERIFY(effect[u"ci_high"].toDouble() <= 1.0);
        // The bootstrap is reproducible: the same figures twice.
        QCOMPARE(analyzeJson(temp), document);

        // Chi-square of 20/40 against 0/40 by hand: expected 10 and 30 in each row.
        const double chi = 2 * (100.0 / 10 + 100.0 / 30);
        const double p = std::erfc(std::sqrt(chi / 2)); // one degree of freedom
        const QJsonObject rita = sex[u"reviewers"].toArray().at(0).toObject();
        QCOMPARE(rita[u"test"].toString(), QStringLiteral("chi_square"));
        QVERIFY(std::abs(rita[u"p_value"].toDouble() - p) < 1e-12);
        const QStringList codes = warningCodes(document);
        QVERIFY2(codes.contains(u"reviewer_group_override_gap"), qPrintable(codes.join(u',')));
        QVERIFY2(codes.contains(u"oversight_widens_gap"), qPrintable(codes.join(u',')));
    }

    void modelCardsCountEachModelVersion() {
        TempDatabase temp;
        QVERIFY(importWithGroups(temp, tenDecisions, sexAndAge()).ok());
        QByteArray log = "reviewer_id,timestamp,case_id,final_decision,ai_label\n";
        for (int i = 0; i < 12; ++i)
            log += "rita,2026-03-02T09:" + QByteArray::number(10 + i) + ":00Z,c" +
                   QByteArray::number(i) + ',' + (i % 3 == 0 ? "approve" : "decline") +
                   ",decline\n";
        ReviewLogOptions options;
        options.filePath = temp.write(QStringLiteral("log.csv"), log);
        options.model = QStringLiteral("legacy 1");
        QVERIFY(ReviewLogImporter(temp.db()).run(temp.admin, options).ok());

        // By hand from the file: the route by confidence, accuracy where the outcome is known.
        qint64 decisions = 0, mandatory = 0, known = 0, right = 0;
        std::map<QString, std::pair<qint64, qint64>> bySex; // known, right
        for (const QByteArray& line : tenDecisions.split('\n').mid(1)) {
            const QList<QByteArray> cells = line.split(',');
            if (cells.size() < 6)
                continue;
            ++decisions;
            mandatory += cells[2].toDouble() < 0.75 ? 1 : 0;
            if (cells[5].isEmpty())
                continue;
            const QString sex =
                cells[3].isEmpty() ? QStringLiteral("(missing)") : QString::fromUtf8(cells[3]);
            ++known;
            ++bySex[sex].first;
            if (cells[1] == cells[5]) {
                ++right;
                ++bySex[sex].second;
            }
        }

        AnalysisFilter filter;
        filter.from = QDate(2026, 1, 1);
        filter.to = QDate::currentDate().addDays(1);
        const Result<QList<ModelCard>> cards =
            buildModelCards(temp.db(), temp.admin, filter, QTimeZone::utc());
        QVERIFY2(cards, cards ? "" : qPrintable(cards.error().message));
        QCOMPARE(cards->size(), 2);
        const ModelCard& model = cards->at(0);
        QCOMPARE(model.model, QStringLiteral("credit-risk 3.0"));
        QCOMPARE(model.batches.size(), 1);
        QCOMPARE(model.decisions, decisions);
        QCOMPARE(model.routedReview, mandatory);
        QCOMPARE(model.routedAudit, 0);
        QCOMPARE(model.automated, decisions - mandatory);
        QCOMPARE(model.accuracy.k, right);
        QCOMPARE(model.accuracy.n, known);
        QCOMPARE(model.overrideRate.n, 0);
        int sexGroups = 0;
        for (const GroupAccuracy& g : model.accuracyByGroup) {
            if (g.attribute != u"sex")
                continue;
            ++sexGroups;
            QCOMPARE(g.accuracy.n, bySex[g.group].first);
            QCOMPARE(g.accuracy.k, bySex[g.group].second);
        }
        QCOMPARE(sexGroups, int(bySex.size()));

        // The review log's model: no decisions, its reviews' overrides (every third approves).
        const ModelCard& legacy = cards->at(1);
        QCOMPARE(legacy.model, QStringLiteral("legacy 1"));
        QCOMPARE(legacy.decisions, 0);
        QVERIFY(legacy.batches.isEmpty());
        QCOMPARE(legacy.overrideRate.n, 12);
        QCOMPARE(legacy.overrideRate.k, 4);
    }

    void disparitiesFlagOnlyWhenEveryRuleHolds() {
        // A: 15 of 30 selected; B: 3 of 30. Ratio 0.2, the interval excludes 0.
        FairnessCells cells;
        cells.decisions
            << decisionCell(QStringLiteral(R"({"g":"A"})"), QStringLiteral("yes"), {}, 15)
            << decisionCell(QStringLiteral(R"({"g":"A"})"), QStringLiteral("no"), {}, 15)
            << decisionCell(QStringLiteral(R"({"g":"B"})"), QStringLiteral("yes"), {}, 3)
            << decisionCell(QStringLiteral(R"({"g":"B"})"), QStringLiteral("no"), {}, 27);
        Result<FairnessAnalysis> analysis = computeFairness(cells, {});
        QVERIFY(analysis);
        const Disparity* found = nullptr;
        for (const Disparity& d : analysis->attributes.at(0).disparities)
            if (d.metric == u"selection_rate" && d.decider == u"model" && d.scope == u"decisions")
                found = &d;
        QVERIFY(found);
        QCOMPARE(analysis->attributes.at(0).reference, QStringLiteral("A"));
        QVERIFY(std::abs(*found->ratio - 0.2) < 1e-12);
        QVERIFY(found->ciHigh < 0);
        QVERIFY(found->flagged);

        // One fewer in B: below the minimum n of 30, never flagged.
        cells.decisions.last().n = 26;
        analysis = computeFairness(cells, {});
        for (const Disparity& d : analysis->attributes.at(0).disparities)
            if (d.metric == u"selection_rate" && d.decider == u"model" && d.scope == u"decisions")
                QVERIFY(!d.flagged);

        // Inside the four-fifths band: not flagged however large the n.
        cells.decisions.clear();
        cells.decisions
            << decisionCell(QStringLiteral(R"({"g":"A"})"), QStringLiteral("yes"), {}, 5000)
            << decisionCell(QStringLiteral(R"({"g":"A"})"), QStringLiteral("no"), {}, 5000)
            << decisionCell(QStringLiteral(R"({"g":"B"})"), QStringLiteral("yes"), {}, 450)
            << decisionCell(QStringLiteral(R"({"g":"B"})"), QStringLiteral("no"), {}, 550);
        analysis = computeFairness(cells, {});
        for (const Disparity& d : analysis->attributes.at(0).disparities)
            if (d.metric == u"selection_rate" && d.decider == u"model") {
                QVERIFY(d.ciHigh < 0); // significant
                QVERIFY(!d.flagged);   // ratio 0.9
            }
    }

    void publishedIntervalsAndTests() {
        // Newcombe (1998), example (a): 56/70 - 48/80, hybrid score 0.0524 to 0.3339.
        const auto [low, high] = newcombeInterval(wilson(56, 70), wilson(48, 80));
        QCOMPARE(std::round(low * 10000) / 10000, 0.0524);
        QCOMPARE(std::round(high * 10000) / 10000, 0.3339);
        // Fisher's lady tasting tea: [[3, 1], [1, 3]], two-sided p = 34/70.
        QVERIFY(std::abs(fisherExactTwoSided(3, 1, 1, 3) - 34.0 / 70.0) < 1e-12);
    }

    void multiClassWithoutPositiveLabel() {
        FairnessCells cells;
        const QString a = QStringLiteral(R"({"g":"A"})");
        cells.decisions << decisionCell(a, QStringLiteral("low"), QStringLiteral("low"), 2, {})
                        << decisionCell(a, QStringLiteral("mid"), QStringLiteral("high"), 1, {})
                        << decisionCell(a, QStringLiteral("high"), QStringLiteral("high"), 1, {});
        const Result<FairnessAnalysis> analysis = computeFairness(cells, {});
        QVERIFY(analysis);
        const QJsonObject attribute = fairnessJson(analysis.value()).at(0).toObject();
        QVERIFY(attribute[u"positive_label"].isNull());
        QVERIFY(attribute[u"notices"].toArray().at(0).toString().contains(u"--positive-label"));
        const QJsonObject model =
            groupOf(attribute, QStringLiteral("A"))[u"decisions"][u"model"].toObject();
        QVERIFY(model[u"selection_rate"].isNull());
        QVERIFY(model[u"tpr"].isNull());
        QVERIFY(model[u"tp"].isNull());
        compareRate(model[u"accuracy"], 3, 4);
        compareRate(model[u"selection_rates"][u"low"], 2, 4);
        compareRate(model[u"selection_rates"][u"mid"], 1, 4);
    }

    void intersectionsListEmptyCells() {
        FairnessCells cells;
        cells.decisions << decisionCell(QStringLiteral(R"({"race":"A","sex":"F"})"),
                                        QStringLiteral("yes"), {}, 3)
                        << decisionCell(QStringLiteral(R"({"race":"B","sex":"M"})"),
                                        QStringLiteral("no"), {}, 2);
        FairnessOptions options;
        options.attributes = {QStringLiteral("race"), QStringLiteral("sex")};
        const Result<FairnessAnalysis> analysis = computeFairness(cells, options);
        QVERIFY(analysis);
        QCOMPARE(analysis->attributes.size(), 3);
        const AttributeFairness& both = analysis->attributes.at(2);
        QCOMPARE(both.attribute, QStringLiteral("race×sex"));
        QStringList groups;
        QList<qint64> sizes;
        for (const GroupFigures& g : both.groups) {
            groups << g.group;
            sizes << g.decisionsN;
        }
        QCOMPARE(groups, (QStringList{QStringLiteral("A|F"), QStringLiteral("A|M"),
                                      QStringLiteral("B|F"), QStringLiteral("B|M")}));
        QCOMPARE(sizes, (QList<qint64>{3, 0, 0, 2}));
        QCOMPARE(both.reference, QStringLiteral("A|F"));
        options.attributes = {QStringLiteral("religion")};
        QVERIFY(!computeFairness(cells, options));
    }

    void figuresAgreeWithTheRowsOnRandomData() {
        TempDatabase temp;
        QRandomGenerator random(20261202);
        QByteArray csv = "id,label,confidence,sex,region,truth\n";
        const char* labels[] = {"approve", "decline"};
        const char* sexes[] = {"F", "M", ""};
        const char* regions[] = {"north", "south", "east"};
        struct Row {
            QString sex;
            QString label;
            QString truth;
        };
        QList<Row> rows;
        for (int i = 0; i < 600; ++i) {
            const Row row{QString::fromLatin1(sexes[random.bounded(3)]),
                          QString::fromLatin1(labels[random.bounded(2)]),
                          random.bounded(5) == 0 ? QString()
                                                 : QString::fromLatin1(labels[random.bounded(2)])};
            rows << row;
            csv += "r" + QByteArray::number(i) + ',' + row.label.toLatin1() + ",0.9," +
                   row.sex.toLatin1() + ',' + regions[random.bounded(3)] + ',' +
                   row.truth.toLatin1() + '\n';
        }
        GroupColumnsOptions groups;
        groups.columns = {QStringLiteral("sex"), QStringLiteral("region")};
        groups.positiveLabel = QStringLiteral("decline");
        QVERIFY(importWithGroups(temp, csv, groups).ok());
        const QJsonObject sex = attributeOf(analyzeJson(temp), QStringLiteral("sex"));
        for (const QString& group : {QStringLiteral("F"), QStringLiteral("M")}) {
            qint64 n = 0, tp = 0, fp = 0, tn = 0, fn = 0, selected = 0;
            for (const Row& row : std::as_const(rows)) {
                if (row.sex != group)
                    continue;
                ++n;
                const bool p = row.label == u"decline";
                selected += p;
                if (row.truth.isEmpty())
                    continue;
                const bool t = row.truth == u"decline";
                tp += p && t;
                fp += p && !t;
                tn += !p && !t;
                fn += !p && t;
            }
            const QJsonObject model = groupOf(sex, group)[u"decisions"][u"model"].toObject();
            QCOMPARE(model[u"n"].toInteger(), n);
            QCOMPARE(model[u"tp"].toInteger(), tp);
            QCOMPARE(model[u"fp"].toInteger(), fp);
            QCOMPARE(model[u"tn"].toInteger(), tn);
            QCOMPARE(model[u"fn"].toInteger(), fn);
            compareRate(model[u"selection_rate"], selected, n);
            compareRate(model[u"fpr"], fp, fp + tn);
        }
    }

    void rollupsAgreeWithTheRows() {
        TempDatabase temp;
        QRandomGenerator random(7);
        // Half the cases to mandatory review, some of the rest sampled for audit.
        QByteArray csv = "id,label,confidence,sex,age,truth\n";
        const char* labels[] = {"approve", "decline"};
        for (int i = 0; i < 300; ++i)
            csv += "k" + QByteArray::number(i) + ',' + labels[random.bounded(2)] + ',' +
                   (random.bounded(2) ? "0.6" : "0.95") + ',' + "FMX"[random.bounded(3)] + ',' +
                   QByteArray::number(18 + random.bounded(60)) + ',' +
                   (random.bounded(4) ? labels[random.bounded(2)] : "") + '\n';
        ImportOptions options;
        options.filePath = temp.write(QStringLiteral("cases.csv"), csv);
        options.truthColumn = QStringLiteral("truth");
        options.groups = sexAndAge();
        options.threshold = 0.75;
        options.auditRate = 0.3;
        QVERIFY(Importer(temp.db()).run(temp.admin, options).ok());
        // A batch without attributes, and a review log with them.
        QVERIFY(importWithGroups(temp, "id,label,confidence,truth\nplain,approve,0.9,\n", {},
                                 QStringLiteral("plain.csv"))
                    .ok());
        ReviewLogOptions log;
        log.filePath = temp.write(QStringLiteral("log.csv"),
                                  "reviewer_id,timestamp,case_id,final_decision,ai_label,sex\n"
                                  "lee,2026-03-02T09:00:00Z,l1,approve,decline,F\n"
                                  "lee,2026-03-02T09:05:00Z,l2,decline,decline,\n");
        log.groups.columns = {QStringLiteral("sex")};
        QVERIFY(ReviewLogImporter(temp.db()).run(temp.admin, log).ok());
        // Two reviewers work through both queues, deciding at random.
        ReviewService service(temp.db());
        const Session reviewers[] = {addReviewer(temp, QStringLiteral("ana")),
                                     addReviewer(temp, QStringLiteral("bo"))};
        for (int i = 0; i < 120; ++i) {
            const Session& reviewer = reviewers[i % 2];
            const QString queue = i % 3 == 0 ? QStringLiteral("audit") : QStringLiteral("review");
            const Result<std::optional<ClaimedCase>> claimed = service.claimNext(reviewer, queue);
            QVERIFY(claimed);
            if (!claimed.value())
                continue;
            const QString caseId = claimed.value()->caseId;
            const QString initial = QString::fromLatin1(labels[random.bounded(2)]);
            QVERIFY(service.commitInitial(reviewer, caseId, {initial, 50, {}}));
            QVERIFY(service.finalize(reviewer, caseId,
                                     QString::fromLatin1(labels[random.bounded(2)]),
                                     QStringLiteral("checked")));
        }
        QVERIFY(temp.count(QStringLiteral("SELECT count(*) FROM review_facts")) > 60);

        auto sorted = [](const FairnessCells& cells) {
            QStringList lines;
            for (const DecisionCell& c : cells.decisions)
                if (c.n > 0)
                    lines << QStringList{QStringLiteral("d"), c.groupsJson,
                                         c.positiveLabel,     c.model,
                                         c.effective,         c.truth,
                                         QString::number(c.n)}
                                 .join(u'|');
            for (const ReviewCell& c : cells.reviews)
                if (c.n > 0)
                    lines << QStringList{QStringLiteral("r"),
                                         c.groupsJson,
                                         c.positiveLabel,
                                         c.model,
                                         c.initial,
                                         c.final,
                                         c.truth,
                                         QString::number(c.n)}
                                 .join(u'|');
            for (const ReviewerCell& c : cells.reviewers)
                lines << QStringList{QStringLiteral("o"), c.groupsJson, c.reviewer,
                                     QString::number(c.n), QString::number(c.overrides)}
                             .join(u'|');
            lines.sort();
            return lines;
        };
        const FairnessService service2(temp.db());
        AnalysisFilter filter;
        const Result<FairnessCells> rows = service2.cellsFromRows(temp.admin, filter);
        const Result<FairnessCells> rollups = service2.cellsFromRollups(temp.admin, filter);
        QVERIFY(rows && rollups);
        QVERIFY(sorted(rows.value()).size() > 20);
        QCOMPARE(sorted(rollups.value()), sorted(rows.value()));
        // Narrowed to one reviewer and one model, they still agree.
        filter.reviewer = QStringLiteral("ana");
        filter.model = QStringLiteral("unnamed");
        QCOMPARE(sorted(service2.cellsFromRollups(temp.admin, filter).value()),
                 sorted(service2.cellsFromRows(temp.admin, filter).value()));
        // And the verification still holds.
        const Result<Verification> intact = verifyDatabase(temp.db(), temp.admin);
        QVERIFY(intact && intact->intact());
    }

    void verifyFindsAnEditedRollupByGroup() {
        TempDatabase temp;
        QVERIFY(importWithGroups(temp, tenDecisions, sexAndAge()).ok());
        ReviewLogOptions log;
        log.filePath = temp.write(QStringLiteral("log.csv"),
                                  "reviewer_id,timestamp,case_id,final_decision,ai_label,sex\n"
                                  "lee,2026-03-02T09:00:00Z,l1,approve,decline,F\n");
        log.groups.columns = {QStringLiteral("sex")};
        QVERIFY(ReviewLogImporter(temp.db()).run(temp.admin, log).ok());
        const Result<Verification> intact = verifyDatabase(temp.db(), temp.admin);
        QVERIFY(intact);
        QVERIFY2(intact->intact(), qPrintable(intact->description));
        for (const QString& table :
             {QStringLiteral("fairness_reviews"), QStringLiteral("fairness_decisions"),
              QStringLiteral("fairness_reviewer_overrides")}) {
            QSqlQuery query(temp.db());
            QVERIFY(query.exec(QStringLiteral("UPDATE %1 SET n = n + 1").arg(table)));
            const Result<Verification> found = verifyDatabase(temp.db(), temp.admin);
            QVERIFY(found);
            QCOMPARE(chainProblemName(found->problem), QStringLiteral("rollup_differs"));
            QCOMPARE(found->subject, table);
            QVERIFY(query.exec(QStringLiteral("UPDATE %1 SET n = n - 1").arg(table)));
        }
        QVERIFY(verifyDatabase(temp.db(), temp.admin)->intact());
    }
};

QTEST_GUILESS_MAIN(TestFairness)
#include "tst_fairness.moc"
