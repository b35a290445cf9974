#include "reports/reportwriters.h"

#include "analytics/figures/ratesjson.h"
#include "common/csvcell.h"
#include "reports/analysisjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReportWriters)
};

Error writeFailure(const QIODevice& out) {
    return Error{Text::tr("Cannot write the report: %1").arg(out.errorString())};
}

QString optionalText(const std::optional<qint64>& value) {
    return value ? QString::number(*value) : QString();
}

QList<QString> decisionCells(const DecisionRecord& d) {
    const ReviewRecord& r = d.review;
    return {r.caseRef,
            r.reviewer,
            d.claimedAt,
            d.committedAt,
            d.revealedAt,
            r.finalizedAt,
            r.initial,
            r.initialConfidence ? QString::number(*r.initialConfidence) : QString(),
            d.initialRationale,
            r.modelLabel,
            d.modelConfidence ? QString::number(*d.modelConfidence, 'g', 17) : QString(),
            r.finalLabel,
            d.finalRationale,
            optionalText(r.blindMs),
            optionalText(r.decideMs),
            r.queue,
            r.model,
            r.truth,
            d.source,
            d.reviewId};
}

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject decisionJson(const DecisionRecord& d) {
    const ReviewRecord& r = d.review;
    auto number = [](const auto& value) {
        return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("case"), r.caseRef},
            {QStringLiteral("reviewer"), r.reviewer},
            {QStringLiteral("claimed_at"), textOrNull(d.claimedAt)},
            {QStringLiteral("committed_at"), textOrNull(d.committedAt)},
            {QStringLiteral("revealed_at"), textOrNull(d.revealedAt)},
            {QStringLiteral("finalized_at"), r.finalizedAt},
            {QStringLiteral("initial_decision"), textOrNull(r.initial)},
            {QStringLiteral("initial_confidence"), number(r.initialConfidence)},
            {QStringLiteral("initial_rationale"), textOrNull(d.initialRationale)},
            {QStringLiteral("model_label"), r.modelLabel},
            {QStringLiteral("model_confidence"), number(d.modelConfidence)},
            {QStringLiteral("final_decision"), r.finalLabel},
            {QStringLiteral("final_rationale"), textOrNull(d.finalRationale)},
            {QStringLiteral("blind_ms"), number(r.blindMs)},
            {QStringLiteral("decide_ms"), number(r.decideMs)},
            {QStringLiteral("queue"), r.queue},
            {QStringLiteral("model_version"), r.model},
            {QStringLiteral("truth"), textOrNull(r.truth)},
            {QStringLiteral("source"), d.source},
            {QStringLiteral("review_id"), textOrNull(d.reviewId)}};
}

QJsonObject policyJson(const RoutingPolicy& policy);

// The policy now, with each queue's independent reviews per case and known-answer checks.
QJsonObject routingJson(const AuditReport& report) {
    QJsonObject routing = policyJson(report.policyNow);
    QJsonArray queues;
    for (const QueueReviewPolicy& queue : report.reviewPolicies)
        queues.append(
            QJsonObject{{QStringLiteral("queue"), queue.queue},
                        {QStringLiteral("reviews_per_case"), queue.reviewsPerCase},
                        {QStringLiteral("second_review_rate"), queue.secondReviewRate},
                        {QStringLiteral("known_answer_rate"), queue.knownAnswerRate},
                        {QStringLiteral("catch_rate"), queue.catchRate},
                        {QStringLiteral("known_answer_feedback"), queue.knownAnswerFeedback}});
    routing.insert(QStringLiteral("queues"), queues);
    return routing;
}

QJsonObject policyJson(const RoutingPolicy& policy) {
    return {{QStringLiteral("threshold"), policy.threshold},
            {QStringLiteral("audit_rate"), policy.auditRate},
            {QStringLiteral("seed"), policy.seed}};
}

QJsonObject headerJson(const AuditReport& report) {
    const AnalysisFilter& f = report.filter;
    QJsonArray batches;
    for (const BatchPolicy& batch : report.batches) {
        QJsonObject object = policyJson(batch.policy);
        object.insert(QStringLiteral("batch"), batch.batchId);
        object.insert(QStringLiteral("source"), batch.source);
        object.insert(QStringLiteral("imported_at"), batch.importedAt);
        object.insert(QStringLiteral("model_version"), batch.model);
        object.insert(QStringLiteral("policy_overridden"), batch.overridden);
        batches.append(object);
    }
    QJsonArray ended;
    for (const EndedReview& e : report.ended)
        ended.append(QJsonObject{{QStringLiteral("ended_at"), e.endedAt},
                                 {QStringLiteral("reviewer"), e.reviewer},
                                 {QStringLiteral("case"), e.caseRef},
                                 {QStringLiteral("queue"), e.queue},
                                 {QStringLiteral("outcome"), e.outcome},
                                 {QStringLiteral("note"), textOrNull(e.note)},
                                 {QStringLiteral("to_queue"), textOrNull(e.toQueue)}});
    QJsonArray cards;
    for (const ModelCard& c : report.modelCards) {
        QJsonArray byGroup;
        for (const GroupAccuracy& g : c.accuracyByGroup)
            byGroup.append(QJsonObject{{QStringLiteral("attribute"), g.attribute},
                                       {QStringLiteral("group"), g.group},
                                       {QStringLiteral("decisions"), g.decisions},
                                       {QStringLiteral("accuracy"), proportionJson(g.accuracy)}});
        cards.append(QJsonObject{
            {QStringLiteral("model_version"), c.model},
            {QStringLiteral("batches"), QJsonArray::fromStringList(c.batches)},
            {QStringLiteral("decisions"), c.decisions},
            {QStringLiteral("routed"), QJsonObject{{QStringLiteral("review"), c.routedReview},
                                                   {QStringLiteral("audit"), c.routedAudit},
                                                   {QStringLiteral("automated"), c.automated}}},
            {QStringLiteral("accuracy"), proportionJson(c.accuracy)},
            {QStringLiteral("override_rate"), proportionJson(c.overrideRate)},
            {QStringLiteral("accuracy_by_group"), byGroup}});
    }
    const Verification& v = report.verification;
    QJsonObject verification{{QStringLiteral("intact"), v.intact()},
                             {QStringLiteral("problem"), chainProblemName(v.problem)}};
    if (!v.intact()) {
        verification.insert(QStringLiteral("first_bad_seq"), v.firstBadSeq);
        verification.insert(QStringLiteral("description"), v.description);
    }
    return {{QStringLiteral("report"),
             QJsonObject{{QStringLiteral("organisation"), report.organisation},
                         {QStringLiteral("from"), f.from->toString(Qt::ISODate)},
                         {QStringLiteral("to"), f.to->toString(Qt::ISODate)},
                         {QStringLiteral("time_zone"), report.zone},
                         {QStringLiteral("queue"), textOrNull(f.queue)},
                         {QStringLiteral("model"), textOrNull(f.model)},
                         {QStringLiteral("reviewer"), textOrNull(f.reviewer)},
                         {QStringLiteral("generated_by"), report.generatedBy},
                         {QStringLiteral("generated_at"), report.generatedAt},
                         {QStringLiteral("application_version"), report.applicationVersion}}},
            {QStringLiteral("routing_policy"), routingJson(report)},
            {QStringLiteral("batches"), batches},
            {QStringLiteral("analysis"),
             analysisJson(report.analysis, report.fairness, report.agreement, report.knownAnswers,
                          report.appeals)},
            {QStringLiteral("model_cards"), cards},
            {QStringLiteral("ended_reviews"), ended},
            {QStringLiteral("chain"), QJsonObject{{QStringLiteral("head_seq"), report.head.seq},
                                                  {QStringLiteral("head_hash"), report.head.hash},
                                                  {QStringLiteral("head_at"), report.head.at},
                                                  {QStringLiteral("verification"), verification}}}};
}

} // namespace

QStringList decisionColumns() {
    return {QStringLiteral("case"),
            QStringLiteral("reviewer"),
            QStringLiteral("claimed_at"),
            QStringLiteral("committed_at"),
            QStringLiteral("revealed_at"),
            QStringLiteral("finalized_at"),
            QStringLiteral("initial_decision"),
            QStringLiteral("initial_confidence"),
            QStringLiteral("initial_rationale"),
            QStringLiteral("model_label"),
            QStringLiteral("model_confidence"),
            QStringLiteral("final_decision"),
            QStringLiteral("final_rationale"),
            QStringLiteral("blind_ms"),
            QStringLiteral("decide_ms"),
            QStringLiteral("queue"),
            QStringLiteral("model_version"),
            QStringLiteral("truth"),
            QStringLiteral("source"),
            QStringLiteral("review_id")};
}

Status writeCsvReport(QIODevice& out, const DecisionSource& decisions) {
    if (out.write(csvLine(decisionColumns())) < 0)
        return writeFailure(out);
    bool written = true;
    const Result<qint64> visited = decisions([&](const DecisionRecord& decision) {
        written = out.write(csvLine(decisionCells(decision))) >= 0;
        return written;
    });
    if (!written)
        return writeFailure(out);
    if (!visited)
        return visited.error();
    return success();
}

Status writeJsonReport(QIODevice& out, const AuditReport& report, const DecisionSource& decisions) {
    // The header is one object; the decisions follow it as an array written row
    // by row, so a period of millions of reviews never sits in memory.
    QByteArray head = QJsonDocument(headerJson(report)).toJson(QJsonDocument::Compact);
    head.chop(1); // the closing brace
    head += ",\"decisions\":[";
    if (out.write(head) < 0)
        return writeFailure(out);
    bool written = true;
    bool first = true;
    const Result<qint64> visited = decisions([&](const DecisionRecord& decision) {
        QByteArray line = first ? QByteArray("\n") : QByteArray(",\n");
        first = false;
        line += QJsonDocument(decisionJson(decision)).toJson(QJsonDocument::Compact);
        written = out.write(line) >= 0;
        return written;
    });
    if (!written)
        return writeFailure(out);
    if (!visited)
        return visited.error();
    if (out.write("\n]}\n") < 0)
        return writeFailure(out);
    return success();
}

} // namespace oversight
