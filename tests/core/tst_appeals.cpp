// Contesting a decision (DESIGN.md, "Contesting a decision"): the figures on a
// hand-built history, and filing, independence, the blind, upholding and
// reversing, and the export through the real services on a real database.
#include "appeals/appealfigures.h"
#include "appeals/appealservice.h"
#include "appeals/appealsettings.h"
#include "audit/chainverifier.h"
#include "dossier/casedossier.h"
#include "handoff/decisionexport.h"
#include "review/reviewpolicy.h"
#include "review/reviewservice.h"
#include "reviewsupport.h"
#include "verification/databaseverification.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <cmath>

using namespace oversight;
using namespace oversight::test;

namespace {

std::pair<double, double> wilsonByHand(double k, double n) {
    const double z = 1.959963984540054;
    const double p = k / n;
    const double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    const double half = z / (1 + z * z / n) * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    return {centre - half, centre + half};
}

const QDateTime start = QDateTime::fromString(QStringLiteral("2026-03-02T09:00:00Z"), Qt::ISODate);

// A clock the test moves.
struct TestClock {
    QDateTime now = start;
    std::function<QDateTime()> function() {
        return [this] { return now; };
    }
};

// Imports `csv` with every case decided by the model at import: no review, no audit.
bool importAutomated(TempDatabase& temp, const QByteArray& csv, const QString& name) {
    ImportOptions options;
    options.filePath = temp.write(name, csv);
    options.probabilityColumns = {{QStringLiteral("approve"), QStringLiteral("p_approve")},
                                  {QStringLiteral("decline"), QStringLiteral("p_decline")}};
    options.hiddenColumns = {QStringLiteral("score")};
    options.threshold = 0.01;
    options.auditRate = 0.0;
    options.modelName = QStringLiteral("credit-risk");
    options.modelVersion = QStringLiteral("2.3.0");
    return Importer(temp.db()).run(temp.admin, options).ok();
}

QString modelLabelOf(TempDatabase& temp, const QString& externalId) {
    QSqlQuery query(temp.db());
    query.prepare(QStringLiteral("SELECT s.model_label FROM cases c JOIN case_sealed s ON "
                                 "s.case_seq = c.seq WHERE c.external_id = ?"));
    query.addBindValue(externalId);
    if (!query.exec() || !query.next())
        qFatal("no case %s", qPrintable(externalId));
    return query.value(0).toString();
}

QString other(const QString& label) {
    return label == u"approve" ? QStringLiteral("decline") : QStringLiteral("approve");
}

// Claims the next case of `queue`, commits `initial` and finalizes `final`.
QString decideNext(ReviewService& service, const Session& who, const QString& queue,
                   const QString& initial, const QString& final, const QString& rationale) {
    const Result<std::optional<ClaimedCase>> claimed = service.claimNext(who, queue);
    if (!claimed || !claimed.value())
        qFatal("%s got no case from %s", qPrintable(who.login), qPrintable(queue));
    const QString caseId = claimed.value()->caseId;
    if (!service.commitInitial(who, caseId, {initial, 60, QString()}))
        qFatal("commit failed");
    const Result<FinalOutcome> outcome = service.finalize(who, caseId, final, rationale);
    if (!outcome)
        qFatal("finalize failed: %s", qPrintable(outcome.error().message));
    return claimed.value()->externalId;
}

QList<QJsonObject> exported(TempDatabase& temp, qint64 since = 0) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportRequest request;
    request.since = since;
    const Result<ExportSummary> summary = writeDecisions(temp.db(), temp.admin, request, buffer);
    if (!summary)
        qFatal("export failed: %s", qPrintable(summary.error().message));
    QList<QJsonObject> records;
    for (const QByteArray& line : buffer.data().split('\n'))
        if (!line.isEmpty())
            records << QJsonDocument::fromJson(line).object();
    return records;
}

bool intact(TempDatabase& temp) {
    const Result<Verification> verification = verifyDatabase(temp.db(), temp.admin);
    if (!verification)
        qFatal("verify failed: %s", qPrintable(verification.error().message));
    if (!verification->intact())
        qWarning("%s", qPrintable(verification->description));
    return verification->intact();
}

} // namespace

// The dossier of case-0 after two reviews, an adjudication and a reversed
// appeal, against the raw rows.
void checkDossier(TempDatabase& temp, const QStringList& rationales) {
    const Result<CaseDossier> dossier =
        buildCaseDossier(temp.db(), temp.admin, QStringLiteral("case-0"), false);
    QVERIFY2(dossier, qPrintable(dossier ? QString() : dossier.error().message));
    const QJsonObject json = caseDossierJson(dossier.value());
    for (const char* key :
         {"case", "facts", "labels", "model", "effective_decision", "reviews", "decisions",
          "appeals", "events", "head", "generated_at", "generated_by", "pseudonymised"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    // Facts as shown: the hidden score column is not among them.
    QCOMPARE(json.value(QStringLiteral("facts")).toArray().size(), 3);
    QCOMPARE(json.value(QStringLiteral("model")).toObject().value(QStringLiteral("label")),
             QJsonValue(modelLabelOf(temp, QStringLiteral("case-0"))));
    const QJsonArray reviews = json.value(QStringLiteral("reviews")).toArray();
    QCOMPARE(reviews.size(),
             temp.count(QStringLiteral("SELECT count(*) FROM reviews r JOIN cases c ON c.seq = "
                                       "r.case_seq WHERE c.external_id = 'case-0'")));
    QCOMPARE(reviews.size(), 4);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(reviews[i].toObject().value(QStringLiteral("rationale")).toString(),
                 rationales[i]);
    QVERIFY(reviews[2].toObject().value(QStringLiteral("adjudication")).toBool());
    QVERIFY(reviews[3].toObject().value(QStringLiteral("appeal")).isString());
    // The decisions: the adjudication's, then the appeal's reversing it.
    const QJsonArray decisions = json.value(QStringLiteral("decisions")).toArray();
    QCOMPARE(decisions.size(), 2);
    QCOMPARE(decisions[0].toObject().value(QStringLiteral("decided_by")).toString(),
             QStringLiteral("adjudication"));
    QCOMPARE(decisions[1].toObject().value(QStringLiteral("decided_by")).toString(),
             QStringLiteral("appeal"));
    QCOMPARE(decisions[1].toObject().value(QStringLiteral("supersedes")).toInteger(),
             decisions[0].toObject().value(QStringLiteral("cursor")).toInteger());
    QCOMPARE(json.value(QStringLiteral("effective_decision"))
                 .toObject()
                 .value(QStringLiteral("decided_by"))
                 .toString(),
             QStringLiteral("dee"));
    // Every event about the case, its reviews and its appeal, counted from the trail.
    const qint64 expectedEvents = temp.count(QStringLiteral(
        "SELECT count(*) FROM audit_events WHERE subject IN (SELECT id FROM cases WHERE "
        "external_id = 'case-0') OR subject IN (SELECT r.id FROM reviews r JOIN cases c ON "
        "c.seq = r.case_seq WHERE c.external_id = 'case-0') OR subject IN (SELECT a.id FROM "
        "appeals a) OR action IN ('batch.imported', 'batch.routed')"));
    QCOMPARE(json.value(QStringLiteral("events")).toArray().size(), expectedEvents);
    QStringList actions;
    for (const QJsonValue& event : json.value(QStringLiteral("events")).toArray())
        actions << event.toObject().value(QStringLiteral("action")).toString();
    for (const char* action : {"batch.imported", "case.sent_to_adjudication", "appeal.filed",
                               "appeal.resolved", "review.finalized"})
        QVERIFY2(actions.contains(QLatin1String(action)), action);
    // The head it cites is in the trail with that hash.
    const QJsonObject head = json.value(QStringLiteral("head")).toObject();
    QSqlQuery query(temp.db());
    query.prepare(QStringLiteral("SELECT hash FROM audit_events WHERE seq = ?"));
    query.addBindValue(head.value(QStringLiteral("seq")).toInteger());
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), head.value(QStringLiteral("hash")).toString());

    // A copy for the person concerned names nobody.
    const Result<CaseDossier> pseudonymous =
        buildCaseDossier(temp.db(), temp.admin, QStringLiteral("case-0"), true);
    QVERIFY(pseudonymous);
    const QByteArray text = QJsonDocument(caseDossierJson(pseudonymous.value())).toJson();
    for (const char* login : {"\"ana\"", "\"ben\"", "\"cy\"", "\"dee\"", "\"dual\"", "\"admin\""})
        QVERIFY2(!text.contains(login), login);
    QVERIFY(text.contains("Person 1"));
    QVERIFY(text.contains(rationales[0].toUtf8()));
    // Reviewers may not read it.
    const Session dee{QString(), QStringLiteral("dee"), {QStringLiteral("reviewer")}};
    QVERIFY(!buildCaseDossier(temp.db(), dee, QStringLiteral("case-0"), false));
}

class TestAppeals : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void figuresOnAHandBuiltHistory();
    void filingRules();
    void independentAndBlind();
    void upheldAndReversed();
    void aReleasedAppealComesBack();
    void anEditedAppealFailsVerification();
};

void TestAppeals::figuresOnAHandBuiltHistory() {
    // Six appeals: the model's decisions reversed 2 of 3 times, ana's 1 of 2,
    // one pending past its deadline. Resolved after 1, 2, 4, 10 and 3 days: the
    // median of {1, 2, 3, 4, 10} is 3.
    const QDateTime now = start.addDays(40);
    auto record = [&](const QString& decider, int resolvedAfter, bool reversed,
                      const QString& sex) {
        AppealRecord appeal;
        appeal.originalDecider = decider;
        appeal.filedAt = start;
        appeal.deadline = start.addDays(30);
        if (resolvedAfter >= 0)
            appeal.resolvedAt = start.addDays(resolvedAfter);
        appeal.reversed = reversed;
        appeal.groups = {{QStringLiteral("sex"), sex}};
        return appeal;
    };
    const QList<AppealRecord> appeals = {
        record(QStringLiteral("model"), 1, true, QStringLiteral("F")),
        record(QStringLiteral("model"), 2, true, QStringLiteral("F")),
        record(QStringLiteral("model"), 4, false, QStringLiteral("M")),
        record(QStringLiteral("ana"), 10, true, QStringLiteral("M")),
        record(QStringLiteral("ana"), 3, false, QStringLiteral("F")),
        record(QStringLiteral("ben"), -1, false, QStringLiteral("F")),
    };
    const AppealFigures figures = appealFigures(appeals, now);
    QCOMPARE(figures.filed, 6);
    QCOMPARE(figures.pending, 1);
    QCOMPARE(figures.resolved, 5);
    QCOMPARE(figures.overdue, 1);
    QCOMPARE(figures.reversal.k, 3);
    QCOMPARE(figures.reversal.n, 5);
    QCOMPARE(*figures.reversal.rate, 0.6);
    const auto [low, high] = wilsonByHand(3, 5);
    QVERIFY(std::abs(*figures.reversal.low - low) < 1e-9);
    QVERIFY(std::abs(*figures.reversal.high - high) < 1e-9);
    QCOMPARE(figures.byOriginalDecider.size(), 2); // ben's appeal is not resolved
    QCOMPARE(figures.byOriginalDecider[0].key, QStringLiteral("ana"));
    QCOMPARE(figures.byOriginalDecider[0].reversal.k, 1);
    QCOMPARE(figures.byOriginalDecider[0].reversal.n, 2);
    QCOMPARE(figures.byOriginalDecider[1].key, QStringLiteral("model"));
    QCOMPARE(figures.byOriginalDecider[1].reversal.k, 2);
    QCOMPARE(figures.byOriginalDecider[1].reversal.n, 3);
    // F: reversed 2 of 3 resolved; M: 1 of 2.
    QCOMPARE(figures.byGroup.size(), 2);
    QCOMPARE(figures.byGroup[0].attribute, QStringLiteral("sex"));
    QCOMPARE(figures.byGroup[0].key, QStringLiteral("F"));
    QCOMPARE(figures.byGroup[0].reversal.k, 2);
    QCOMPARE(figures.byGroup[0].reversal.n, 3);
    QCOMPARE(figures.byGroup[1].reversal.k, 1);
    QCOMPARE(figures.byGroup[1].reversal.n, 2);
    QCOMPARE(*figures.medianDaysToResolve, 3.0);
    QCOMPARE(figures.warnings.size(), 1);
    QCOMPARE(figures.warnings[0].code, QStringLiteral("appeals_overdue"));

    const QJsonObject json = appealsJson(figures);
    for (const char* key : {"filed", "pending", "resolved", "overdue", "reversal",
                            "by_original_decider", "median_days_to_resolve", "by_group"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(
        json.value(QStringLiteral("reversal")).toObject().value(QStringLiteral("rate")).toDouble(),
        0.6);

    // Nothing resolved: no rate, no median, never 0.
    const AppealFigures none =
        appealFigures({record(QStringLiteral("model"), -1, false, {})}, start.addDays(1));
    QVERIFY(!none.reversal.rate);
    QVERIFY(!none.medianDaysToResolve);
    QCOMPARE(none.overdue, 0);
    QVERIFY(appealsJson(none).value(QStringLiteral("median_days_to_resolve")).isNull());
}

void TestAppeals::filingRules() {
    TempDatabase temp;
    TestClock clock;
    QVERIFY(importAutomated(temp, reviewCasesCsv(4), QStringLiteral("automated.csv")));
    QVERIFY(importCases(temp, reviewCasesCsv(1).replace("case-", "audit-"), true,
                        QStringLiteral("audit.csv"))
                .ok());
    QVERIFY(importCases(temp, reviewCasesCsv(2).replace("case-", "rev-"), false,
                        QStringLiteral("review.csv"))
                .ok());
    // The import happened "now"; the clock starts there.
    clock.now = QDateTime::currentDateTimeUtc();
    AppealService appeals(temp.db(), clock.function());
    const Session ana = addReviewer(temp, QStringLiteral("ana"));
    const QString statement = QStringLiteral("The applicant says their income was misread.");

    // Who may file, and what a filing needs.
    QVERIFY(!appeals.file(ana, QStringLiteral("case-0"), statement, {}));
    QVERIFY(!appeals.file(temp.admin, QStringLiteral("case-0"), QStringLiteral("  "), {}));
    QVERIFY(!appeals.file(temp.admin, QStringLiteral("no-such-case"), statement, {}));
    // A case waiting for its review has no decision to appeal.
    const Result<AppealSummary> undecided =
        appeals.file(temp.admin, QStringLiteral("rev-0"), statement, {});
    QVERIFY(!undecided);
    QVERIFY(undecided.error().message.contains(QStringLiteral("not decided")));
    // Nor does one waiting in the audit queue: its audit comes first.
    QVERIFY(!appeals.file(temp.admin, QStringLiteral("audit-0"), statement, {}));

    // The window: 184 days after the decision by default, then closed.
    AppealSettings settings(temp.db());
    QCOMPARE(settings.windowDays().value(), defaultAppealWindowDays);
    QCOMPARE(settings.deadlineDays().value(), defaultAppealDeadlineDays);
    QVERIFY(!settings.setWindowDays(ana, 10));
    QVERIFY(!settings.setWindowDays(temp.admin, 0));
    QVERIFY(settings.setWindowDays(temp.admin, 10));
    QVERIFY(settings.setDeadlineDays(temp.admin, 5));
    clock.now = clock.now.addDays(11);
    const Result<AppealSummary> late =
        appeals.file(temp.admin, QStringLiteral("case-0"), statement, {});
    QVERIFY(!late);
    QVERIFY2(late.error().message.contains(QStringLiteral("10 days")),
             qPrintable(late.error().message));
    clock.now = clock.now.addDays(-2);

    const Result<AppealSummary> filed =
        appeals.file(temp.admin, QStringLiteral("case-0"), statement, QStringLiteral("J. Doe"));
    QVERIFY2(filed, qPrintable(filed ? QString() : filed.error().message));
    QCOMPARE(filed->originalDecider, QStringLiteral("model"));
    QCOMPARE(filed->originalDecision, modelLabelOf(temp, QStringLiteral("case-0")));
    QCOMPARE(filed->deadline, clock.now.addDays(5).toString(Qt::ISODateWithMs));
    QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM cases WHERE queue = 'appeal' AND "
                                       "state = 'queued'")),
             1);
    QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                       "'appeal.filed'")),
             1);
    // Once per case: not while pending, and not again after it was decided,
    // unless an administrator repeats it.
    QVERIFY(!appeals.file(temp.admin, QStringLiteral("case-0"), statement, {}));
    QVERIFY(!appeals.file(temp.admin, QStringLiteral("case-0"), statement, {}, true));
    ReviewService service(temp.db());
    const QString model = modelLabelOf(temp, QStringLiteral("case-0"));
    decideNext(service, ana, QStringLiteral("appeal"), model, model,
               QStringLiteral("Income is as stated."));
    const Result<AppealSummary> again =
        appeals.file(temp.admin, QStringLiteral("case-0"), statement, {});
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(QStringLiteral("--repeat")));
    QVERIFY(appeals.file(temp.admin, QStringLiteral("case-0"), statement, {}, true));
    QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM appeals")), 2);

    // Overdue once past its deadline.
    clock.now = clock.now.addDays(6);
    const Result<QList<AppealSummary>> listed = appeals.list(temp.admin);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QVERIFY(listed->at(0).overdue);
    QVERIFY(!listed->at(1).overdue);
    QCOMPARE(listed->at(1).outcome, QStringLiteral("upheld"));
    QCOMPARE(listed->at(1).reviewer, QStringLiteral("ana"));
    QVERIFY(!appeals.list(ana));
    QCOMPARE(appeals.analyze(temp.admin)->overdue, 1);
    QVERIFY(intact(temp));
}

void TestAppeals::independentAndBlind() {
    TempDatabase temp;
    // Two independent reviews per case: ana and ben disagree, cy adjudicates.
    QueueReviewPolicy twoReviews{QStringLiteral("review")};
    twoReviews.reviewsPerCase = 2;
    QVERIFY(ReviewPolicyStore(temp.db()).save(temp.admin, twoReviews));
    QVERIFY(importCases(temp, reviewCasesCsv(1)).ok());
    const Session ana = addReviewer(temp, QStringLiteral("ana"));
    const Session ben = addReviewer(temp, QStringLiteral("ben"));
    const Session cy = addReviewer(temp, QStringLiteral("cy"));
    const Session dee = addReviewer(temp, QStringLiteral("dee"));
    // An administrator who also reviews, and imported a batch of their own.
    const Session dual = addReviewer(temp, QStringLiteral("dual"),
                                     {QStringLiteral("reviewer"), QStringLiteral("admin")});
    ReviewService service(temp.db());
    const QString anaReason = QStringLiteral("ANA-RATIONALE-7731");
    const QString benReason = QStringLiteral("BEN-RATIONALE-4410");
    const QString cyReason = QStringLiteral("CY-RATIONALE-9052");
    decideNext(service, ana, QStringLiteral("review"), QStringLiteral("approve"),
               QStringLiteral("approve"), anaReason);
    decideNext(service, ben, QStringLiteral("review"), QStringLiteral("decline"),
               QStringLiteral("decline"), benReason);
    const Result<std::optional<ClaimedCase>> adjudication =
        service.claimNext(cy, QStringLiteral("adjudication"));
    QVERIFY(adjudication && adjudication.value());
    QVERIFY(
        service.finalize(cy, adjudication.value()->caseId, QStringLiteral("decline"), cyReason));

    AppealService appeals(temp.db());
    const QString statement = QStringLiteral("STATEMENT-5521: the debt was repaid in 2025.");
    QVERIFY(appeals.file(dual, QStringLiteral("case-0"), statement, {}));
    // Never the earlier reviewers, the adjudicator, or whoever filed the appeal.
    for (const Session& who : {ana, ben, cy, dual}) {
        const Result<std::optional<ClaimedCase>> none =
            service.claimNext(who, QStringLiteral("appeal"));
        QVERIFY(none);
        QVERIFY2(!none.value(), qPrintable(who.login));
    }

    // Dee may: she sees the facts and the statement, nothing decided.
    const Result<std::optional<ClaimedCase>> claimed =
        service.claimNext(dee, QStringLiteral("appeal"));
    QVERIFY(claimed && claimed.value());
    const ClaimedCase& blind = *claimed.value();
    QCOMPARE(blind.queue, QStringLiteral("appeal"));
    QCOMPARE(blind.externalId, QStringLiteral("case-0"));
    QStringList names;
    for (const Fact& fact : blind.facts)
        names << fact.name;
    QCOMPARE(names, (QStringList{QStringLiteral("income"), QStringLiteral("region"),
                                 QStringLiteral("note"), QStringLiteral("Appeal statement")}));
    QCOMPARE(blind.facts.last().value, statement);
    for (const Fact& fact : blind.facts)
        for (const QString& secret : {anaReason, benReason, cyReason, QStringLiteral("decline")})
            QVERIFY2(!fact.value.contains(secret), qPrintable(fact.value));
    const Result<std::optional<OpenReview>> open = service.openReview(dee);
    QVERIFY(open && open.value());
    QVERIFY(!open.value()->reveal);
    QVERIFY(!open.value()->adjudication);
    // An appeal is not escalated: it belongs to someone who never saw the case.
    QVERIFY(!service.escalate(dee, blind.caseId, QStringLiteral("senior"), QStringLiteral("?")));

    // The reveal: the model and every earlier decision with its rationale.
    const Result<Reveal> reveal =
        service.commitInitial(dee, blind.caseId, {QStringLiteral("approve"), 80, QString()});
    QVERIFY(reveal);
    QVERIFY(reveal->appeal);
    QCOMPARE(reveal->modelLabel, modelLabelOf(temp, QStringLiteral("case-0")));
    QCOMPARE(reveal->appeal->originalDecision, QStringLiteral("decline"));
    QCOMPARE(reveal->appeal->originalDecider, QStringLiteral("cy"));
    QCOMPARE(reveal->appeal->statement, statement);
    QCOMPARE(reveal->appeal->earlier.size(), 3);
    QCOMPARE(reveal->appeal->earlier[0].reviewer, QStringLiteral("ana"));
    QCOMPARE(reveal->appeal->earlier[0].finalRationale, anaReason);
    QCOMPARE(reveal->appeal->earlier[1].reviewer, QStringLiteral("ben"));
    QCOMPARE(reveal->appeal->earlier[2].reviewer, QStringLiteral("cy"));
    QCOMPARE(reveal->appeal->earlier[2].queue, QStringLiteral("adjudication"));
    QCOMPARE(reveal->appeal->earlier[2].finalRationale, cyReason);
    // A rationale is required even when the decision stands.
    QVERIFY(!service.finalize(dee, blind.caseId, QStringLiteral("decline"), QString()));
    const Result<FinalOutcome> outcome = service.finalize(
        dee, blind.caseId, QStringLiteral("approve"), QStringLiteral("The debt was repaid."));
    QVERIFY(outcome);
    QCOMPARE(outcome->appealOutcome, QStringLiteral("reversed"));
    checkDossier(temp, {anaReason, benReason, cyReason});
    // The agreement between independent reviewers leaves the appeal out.
    QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM review_facts WHERE queue = "
                                       "'appeal'")),
             1);
    QVERIFY(intact(temp));
}

void TestAppeals::upheldAndReversed() {
    TempDatabase temp;
    QVERIFY(importCases(temp, reviewCasesCsv(6)).ok());
    QVERIFY(importAutomated(temp, reviewCasesCsv(3).replace("case-", "auto-"),
                            QStringLiteral("automated.csv")));
    const Session ana = addReviewer(temp, QStringLiteral("ana"));
    const Session ben = addReviewer(temp, QStringLiteral("ben"));
    ReviewService service(temp.db());
    // Ana decides every review case as the model did.
    QStringList decided;
    for (int i = 0; i < 6; ++i) {
        const Result<std::optional<ClaimedCase>> peek =
            service.claimNext(ana, QStringLiteral("review"));
        QVERIFY(peek && peek.value());
        const QString model = modelLabelOf(temp, peek.value()->externalId);
        QVERIFY(service.commitInitial(ana, peek.value()->caseId, {model, 70, QString()}));
        QVERIFY(service.finalize(ana, peek.value()->caseId, model, QString()));
        decided << peek.value()->externalId;
    }
    const QList<QJsonObject> before = exported(temp);
    const qint64 lastCursor = before.last().value(QStringLiteral("cursor")).toInteger();
    auto cursorOf = [&](const QString& externalId) {
        qint64 cursor = 0;
        for (const QJsonObject& record : before)
            if (record.value(QStringLiteral("external_id")).toString() == externalId)
                cursor =
                    std::max<qint64>(cursor, record.value(QStringLiteral("cursor")).toInteger());
        return cursor;
    };

    // Appeals against two of ana's decisions and one of the model's; ben
    // upholds the first, reverses the other two.
    AppealService appeals(temp.db());
    const QString statement = QStringLiteral("Please look again.");
    for (const QString& externalId : {decided[0], decided[1], QStringLiteral("auto-1")})
        QVERIFY(appeals.file(temp.admin, externalId, statement, {}));
    QStringList outcomes;
    for (int i = 0; i < 3; ++i) {
        const Result<std::optional<ClaimedCase>> claimed =
            service.claimNext(ben, QStringLiteral("appeal"));
        QVERIFY(claimed && claimed.value());
        const QString externalId = claimed.value()->externalId;
        const QString model = modelLabelOf(temp, externalId);
        const QString decision = externalId == decided[0] ? model : other(model);
        QVERIFY(service.commitInitial(ben, claimed.value()->caseId, {decision, 60, QString()}));
        const Result<FinalOutcome> outcome = service.finalize(
            ben, claimed.value()->caseId, decision, QStringLiteral("Looked again."));
        QVERIFY(outcome);
        QCOMPARE(outcome->appealOutcome,
                 externalId == decided[0] ? QStringLiteral("upheld") : QStringLiteral("reversed"));
        outcomes << externalId;
    }
    QVERIFY(!service.claimNext(ben, QStringLiteral("appeal")).value());
    // Every case is back where it was.
    QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM cases WHERE queue = 'appeal'")), 0);
    QCOMPARE(temp.value(QStringLiteral("SELECT state FROM cases WHERE external_id = 'auto-1'"))
                 .toString(),
             QStringLiteral("automated"));

    // The export: nothing for the upheld appeal, one record for each reversal,
    // superseding the record it replaces.
    const QList<QJsonObject> after = exported(temp, lastCursor);
    QCOMPARE(after.size(), 2);
    for (const QJsonObject& record : after) {
        const QString externalId = record.value(QStringLiteral("external_id")).toString();
        QVERIFY(externalId == decided[1] || externalId == u"auto-1");
        QCOMPARE(record.value(QStringLiteral("decided_by")).toString(), QStringLiteral("appeal"));
        QCOMPARE(record.value(QStringLiteral("reviewer")).toString(), QStringLiteral("ben"));
        QCOMPARE(record.value(QStringLiteral("decision")).toString(),
                 other(modelLabelOf(temp, externalId)));
        QCOMPARE(record.value(QStringLiteral("supersedes")).toInteger(), cursorOf(externalId));
    }

    // The figures against the raw rows: 2 of 3 reversed; ana's 1 of 2, the model's 1 of 1.
    const Result<AppealFigures> figures = appeals.analyze(temp.admin);
    QVERIFY(figures);
    QCOMPARE(figures->resolved,
             temp.count(QStringLiteral("SELECT count(*) FROM appeals WHERE outcome IS NOT NULL")));
    QCOMPARE(figures->reversal.k,
             temp.count(QStringLiteral("SELECT count(*) FROM appeals WHERE outcome = 'reversed'")));
    QCOMPARE(figures->reversal.k, 2);
    QCOMPARE(figures->byOriginalDecider.size(), 2);
    QCOMPARE(figures->byOriginalDecider[0].key, QStringLiteral("ana"));
    QCOMPARE(figures->byOriginalDecider[0].reversal.k, 1);
    QCOMPARE(figures->byOriginalDecider[0].reversal.n, 2);
    QCOMPARE(figures->byOriginalDecider[1].key, QStringLiteral("model"));
    QCOMPARE(figures->byOriginalDecider[1].reversal.k, 1);
    QCOMPARE(temp.count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                       "'appeal.resolved'")),
             3);
    QVERIFY(intact(temp));
}

void TestAppeals::aReleasedAppealComesBack() {
    TempDatabase temp;
    QVERIFY(importAutomated(temp, reviewCasesCsv(2), QStringLiteral("automated.csv")));
    const Session ana = addReviewer(temp, QStringLiteral("ana"));
    QVERIFY(AppealService(temp.db()).file(temp.admin, QStringLiteral("case-1"),
                                          QStringLiteral("Contested."), {}));
    ReviewService service(temp.db());
    const Result<std::optional<ClaimedCase>> first =
        service.claimNext(ana, QStringLiteral("appeal"));
    QVERIFY(first && first.value());
    QVERIFY(service.release(ana, first.value()->caseId, QStringLiteral("Need a break.")));
    // She saw the statement, nothing decided: the appeal may come back to her.
    const Result<std::optional<ClaimedCase>> again =
        service.claimNext(ana, QStringLiteral("appeal"));
    QVERIFY(again && again.value());
    QCOMPARE(again.value()->caseId, first.value()->caseId);
    QVERIFY(intact(temp));
}

void TestAppeals::anEditedAppealFailsVerification() {
    TempDatabase temp;
    QVERIFY(importAutomated(temp, reviewCasesCsv(2), QStringLiteral("automated.csv")));
    const Session ana = addReviewer(temp, QStringLiteral("ana"));
    QVERIFY(AppealService(temp.db()).file(temp.admin, QStringLiteral("case-1"),
                                          QStringLiteral("Contested."), {}));
    ReviewService service(temp.db());
    const QString model = modelLabelOf(temp, QStringLiteral("case-1"));
    decideNext(service, ana, QStringLiteral("appeal"), other(model), other(model),
               QStringLiteral("Reversed on the facts."));
    QVERIFY(intact(temp));
    // Each edit of the file, one at a time, is found and names the appeal.
    const QString appealId = temp.value(QStringLiteral("SELECT id FROM appeals")).toString();
    for (const auto& [edit, undo] :
         {std::pair{QStringLiteral("UPDATE appeals SET outcome = 'upheld'"),
                    QStringLiteral("UPDATE appeals SET outcome = 'reversed'")},
          std::pair{QStringLiteral("UPDATE appeals SET statement = 'Something else.'"),
                    QStringLiteral("UPDATE appeals SET statement = 'Contested.'")},
          std::pair{QStringLiteral("UPDATE appeals SET original_decider = 'ana'"),
                    QStringLiteral("UPDATE appeals SET original_decider = 'model'")}}) {
        QSqlQuery query(temp.db());
        QVERIFY2(query.exec(edit), qPrintable(query.lastError().text()));
        const Result<Verification> verification = verifyDatabase(temp.db(), temp.admin);
        QVERIFY(verification);
        QVERIFY2(!verification->intact(), qPrintable(edit));
        QCOMPARE(verification->subject, appealId);
        QVERIFY(query.exec(undo));
        QVERIFY(intact(temp));
    }
}

QTEST_GUILESS_MAIN(TestAppeals)
#include "tst_appeals.moc"
