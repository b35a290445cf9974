#include "dossier/casedossier.h"

#include "accounts/permissions.h"
#include "common/ids.h"
#include "reports/reportfile.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDossier)
};

Error failure(const QSqlQuery& query) {
    return Error{Text::tr("Cannot read the case's history: %1").arg(query.lastError().text())};
}

QStringList stringArray(const QString& json) {
    QStringList values;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array())
        values << value.toString();
    return values;
}

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// Replaces logins by "Person N" in the order they first appear.
class Pseudonyms {
public:
    explicit Pseudonyms(bool active)
        : m_active(active) {}

    void apply(QString& login) {
        if (!m_active || login.isEmpty() || login == u"model")
            return;
        auto found = m_names.find(login);
        if (found == m_names.end())
            found = m_names.insert(login, Text::tr("Person %1").arg(m_names.size() + 1));
        login = found.value();
    }

private:
    bool m_active;
    QHash<QString, QString> m_names;
};

Status readCase(QSqlDatabase db, const QString& externalId, CaseDossier& dossier, qint64& caseSeq,
                qint64& batchSeq) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT c.seq, c.id, c.batch_seq, b.id, b.source_name, b.imported_at, u.login, m.name, "
        "m.version, c.route, s.route_reason, coalesce(c.queue, ''), c.state, c.facts, "
        "b.fact_columns, b.labels, s.model_label, s.confidence, coalesce(s.probabilities, '{}'), "
        "b.known_answers FROM cases c JOIN import_batches b ON b.seq = c.batch_seq "
        "JOIN case_sealed s ON s.case_seq = c.seq JOIN users u ON u.id = b.imported_by "
        "JOIN model_versions m ON m.id = b.model_version_id WHERE c.external_id = ? AND "
        "b.staging = 0"));
    query.addBindValue(externalId);
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return Error{Text::tr("There is no case '%1'.").arg(externalId)};
    if (query.value(19).toInt() == 1)
        return Error{Text::tr("Case %1 is a known-answer check: it decides nothing about anyone "
                              "and has no dossier.")
                         .arg(externalId)};
    caseSeq = query.value(0).toLongLong();
    dossier.caseId = query.value(1).toString();
    dossier.externalId = externalId;
    batchSeq = query.value(2).toLongLong();
    dossier.batchId = query.value(3).toString();
    dossier.sourceName = query.value(4).toString();
    dossier.importedAt = query.value(5).toString();
    dossier.importedBy = query.value(6).toString();
    dossier.model = query.value(7).toString();
    dossier.modelVersion = query.value(8).toString();
    dossier.route = query.value(9).toString();
    dossier.routeReason = query.value(10).toString();
    dossier.queue = query.value(11).toString();
    dossier.state = query.value(12).toString();
    const QStringList values = stringArray(query.value(13).toString());
    const QStringList names = stringArray(query.value(14).toString());
    for (qsizetype i = 0; i < names.size(); ++i)
        dossier.facts << Fact{names[i], values.value(i)};
    dossier.labels = stringArray(query.value(15).toString());
    dossier.modelLabel = query.value(16).toString();
    dossier.modelConfidence = query.value(17).toDouble();
    const QJsonObject probabilities =
        QJsonDocument::fromJson(query.value(18).toString().toUtf8()).object();
    for (auto it = probabilities.begin(); it != probabilities.end(); ++it)
        dossier.probabilities.emplace_back(it.key(), it.value().toDouble());
    return success();
}

Status readReviews(QSqlDatabase db, qint64 caseSeq, CaseDossier& dossier) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT r.id, u.login, r.queue, r.status, r.slot, coalesce(a.id, ''), r.claimed_at, "
        "coalesce(r.committed_at, ''), coalesce(r.initial_decision, ''), r.initial_confidence, "
        "coalesce(r.initial_rationale, ''), coalesce(r.revealed_at, ''), "
        "coalesce(r.model_label, ''), coalesce(r.final_decision, ''), "
        "coalesce(r.final_rationale, ''), coalesce(r.finalized_at, ''), coalesce(r.ended_at, ''), "
        "coalesce(r.end_note, ''), coalesce(r.escalated_to, '') FROM reviews r "
        "JOIN users u ON u.id = r.reviewer_id LEFT JOIN appeals a ON a.seq = r.appeal_seq "
        "WHERE r.case_seq = ? AND r.known_answer = 0 ORDER BY r.claimed_at, r.seq"));
    query.addBindValue(caseSeq);
    if (!query.exec())
        return failure(query);
    while (query.next()) {
        DossierReview review;
        review.id = query.value(0).toString();
        review.reviewer = query.value(1).toString();
        review.queue = query.value(2).toString();
        review.status = query.value(3).toString();
        review.slot = query.value(4).toInt();
        review.appealId = query.value(5).toString();
        review.claimedAt = query.value(6).toString();
        review.committedAt = query.value(7).toString();
        review.initial = query.value(8).toString();
        if (!query.isNull(9))
            review.initialConfidence = query.value(9).toInt();
        review.initialRationale = query.value(10).toString();
        review.revealedAt = query.value(11).toString();
        review.shown = query.value(12).toString();
        review.final = query.value(13).toString();
        review.finalRationale = query.value(14).toString();
        review.finalizedAt = query.value(15).toString();
        review.endedAt = query.value(16).toString();
        review.endNote = query.value(17).toString();
        review.escalatedTo = query.value(18).toString();
        dossier.reviews << review;
    }
    return success();
}

Status readDecisions(QSqlDatabase db, qint64 caseSeq, qint64 batchSeq, CaseDossier& dossier) {
    QSqlQuery query(db);
    if (dossier.route != u"review") {
        query.prepare(QStringLiteral("SELECT cursor + ? - first_case_seq, decided_at FROM "
                                     "decision_records WHERE batch_seq = ? AND decided_by = "
                                     "'model'"));
        query.addBindValue(caseSeq);
        query.addBindValue(batchSeq);
        if (!query.exec())
            return failure(query);
        if (query.next())
            dossier.decisions << DossierDecision{
                query.value(0).toLongLong(), QStringLiteral("model"),
                dossier.modelLabel,          QString(),
                query.value(1).toString(),   std::nullopt};
    }
    query.prepare(QStringLiteral(
        "SELECT cursor, decided_by, decision, reviewer, decided_at, supersedes FROM "
        "decision_records WHERE first_case_seq = ? AND decided_by <> 'model' ORDER BY cursor"));
    query.addBindValue(caseSeq);
    if (!query.exec())
        return failure(query);
    while (query.next())
        dossier.decisions << DossierDecision{
            query.value(0).toLongLong(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            query.value(4).toString(),
            query.isNull(5) ? std::nullopt : std::optional<qint64>(query.value(5).toLongLong())};
    if (!dossier.decisions.isEmpty()) {
        const DossierDecision& last = dossier.decisions.last();
        dossier.effectiveDecision = last.decision;
        dossier.effectiveDecider =
            last.decidedBy == u"model" ? QStringLiteral("model") : last.reviewer;
    }
    return success();
}

Status readEvents(QSqlDatabase db, qint64 caseSeq, CaseDossier& dossier) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT seq, at, actor, action, subject, hash FROM audit_events WHERE subject = ? "
        "OR subject IN (SELECT id FROM reviews WHERE case_seq = ? AND known_answer = 0) "
        "OR subject IN (SELECT id FROM appeals WHERE case_seq = ?) "
        "OR (subject = ? AND action IN ('batch.imported', 'batch.routed')) ORDER BY seq"));
    query.addBindValue(dossier.caseId);
    query.addBindValue(caseSeq);
    query.addBindValue(caseSeq);
    query.addBindValue(dossier.batchId);
    if (!query.exec())
        return failure(query);
    while (query.next())
        dossier.events << DossierEvent{query.value(0).toLongLong(), query.value(1).toString(),
                                       query.value(2).toString(),   query.value(3).toString(),
                                       query.value(4).toString(),   query.value(5).toString()};
    return success();
}

void pseudonymise(CaseDossier& dossier) {
    Pseudonyms names(true);
    names.apply(dossier.importedBy);
    for (DossierReview& review : dossier.reviews)
        names.apply(review.reviewer);
    for (DossierDecision& decision : dossier.decisions)
        names.apply(decision.reviewer);
    for (AppealSummary& appeal : dossier.appeals) {
        names.apply(appeal.filedBy);
        names.apply(appeal.originalDecider);
        names.apply(appeal.reviewer);
    }
    for (DossierEvent& event : dossier.events)
        names.apply(event.actor);
    names.apply(dossier.effectiveDecider);
    names.apply(dossier.generatedBy);
    dossier.pseudonymised = true;
}

} // namespace

Result<CaseDossier> buildCaseDossier(QSqlDatabase db, const Session& actor,
                                     const QString& externalId, bool pseudonymiseLogins) {
    if (!allows(actor, Permission::FileAppeals)) {
        if (Status allowed = require(actor, Permission::ReadOversight); !allowed)
            return allowed.error();
    }
    // One snapshot: the head the dossier cites covers everything it shows.
    ReadSnapshot snapshot(db);
    if (!snapshot.begun())
        return Error{Text::tr("The database is busy: %1").arg(snapshot.beginError())};
    CaseDossier dossier;
    qint64 caseSeq = 0;
    qint64 batchSeq = 0;
    if (Status read = readCase(db, externalId, dossier, caseSeq, batchSeq); !read)
        return read.error();
    if (Status read = readReviews(db, caseSeq, dossier); !read)
        return read.error();
    if (Status read = readDecisions(db, caseSeq, batchSeq, dossier); !read)
        return read.error();
    const Result<QList<AppealSummary>> appeals = AppealService(db).list(actor);
    if (!appeals)
        return appeals.error();
    for (const AppealSummary& appeal : appeals.value())
        if (appeal.externalId == externalId)
            dossier.appeals.prepend(appeal); // oldest first
    if (Status read = readEvents(db, caseSeq, dossier); !read)
        return read.error();
    const Result<ChainHead> head = dataHead(db);
    if (!head)
        return head.error();
    dossier.head = head.value();
    dossier.generatedAt = utcNow();
    dossier.generatedBy = actor.login;
    if (pseudonymiseLogins)
        pseudonymise(dossier);
    return dossier;
}

QJsonObject caseDossierJson(const CaseDossier& d) {
    QJsonArray facts;
    for (const Fact& fact : d.facts)
        facts.append(QJsonObject{{QStringLiteral("name"), fact.name},
                                 {QStringLiteral("value"), fact.value}});
    QJsonObject probabilities;
    for (const auto& [label, probability] : d.probabilities)
        probabilities.insert(label, probability);
    QJsonArray reviews;
    for (const DossierReview& r : d.reviews)
        reviews.append(
            QJsonObject{{QStringLiteral("review"), r.id},
                        {QStringLiteral("reviewer"), r.reviewer},
                        {QStringLiteral("queue"), r.queue},
                        {QStringLiteral("status"), r.status},
                        {QStringLiteral("adjudication"), r.slot == 0},
                        {QStringLiteral("appeal"), textOrNull(r.appealId)},
                        {QStringLiteral("claimed_at"), r.claimedAt},
                        {QStringLiteral("committed_at"), textOrNull(r.committedAt)},
                        {QStringLiteral("initial"), textOrNull(r.initial)},
                        {QStringLiteral("initial_confidence"),
                         r.initialConfidence ? QJsonValue(*r.initialConfidence) : QJsonValue()},
                        {QStringLiteral("initial_rationale"), textOrNull(r.initialRationale)},
                        {QStringLiteral("revealed_at"), textOrNull(r.revealedAt)},
                        {QStringLiteral("shown"), textOrNull(r.shown)},
                        {QStringLiteral("final"), textOrNull(r.final)},
                        {QStringLiteral("rationale"), textOrNull(r.finalRationale)},
                        {QStringLiteral("finalized_at"), textOrNull(r.finalizedAt)},
                        {QStringLiteral("ended_at"), textOrNull(r.endedAt)},
                        {QStringLiteral("note"), textOrNull(r.endNote)},
                        {QStringLiteral("escalated_to"), textOrNull(r.escalatedTo)}});
    QJsonArray decisions;
    for (const DossierDecision& decision : d.decisions)
        decisions.append(
            QJsonObject{{QStringLiteral("cursor"), decision.cursor},
                        {QStringLiteral("decided_by"), decision.decidedBy},
                        {QStringLiteral("decision"), decision.decision},
                        {QStringLiteral("reviewer"), textOrNull(decision.reviewer)},
                        {QStringLiteral("decided_at"), decision.decidedAt},
                        {QStringLiteral("supersedes"),
                         decision.supersedes ? QJsonValue(*decision.supersedes) : QJsonValue()}});
    QJsonArray appeals;
    for (const AppealSummary& a : d.appeals)
        appeals.append(QJsonObject{{QStringLiteral("appeal"), a.id},
                                   {QStringLiteral("statement"), a.statement},
                                   {QStringLiteral("requested_by"), textOrNull(a.requestedBy)},
                                   {QStringLiteral("filed_by"), a.filedBy},
                                   {QStringLiteral("filed_at"), a.filedAt},
                                   {QStringLiteral("deadline"), a.deadline},
                                   {QStringLiteral("original_decision"), a.originalDecision},
                                   {QStringLiteral("original_decider"), a.originalDecider},
                                   {QStringLiteral("outcome"), textOrNull(a.outcome)},
                                   {QStringLiteral("resolved_at"), textOrNull(a.resolvedAt)},
                                   {QStringLiteral("reviewer"), textOrNull(a.reviewer)},
                                   {QStringLiteral("decision"), textOrNull(a.decision)},
                                   {QStringLiteral("rationale"), textOrNull(a.rationale)}});
    QJsonArray events;
    for (const DossierEvent& e : d.events)
        events.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                  {QStringLiteral("at"), e.at},
                                  {QStringLiteral("actor"), e.actor},
                                  {QStringLiteral("action"), e.action},
                                  {QStringLiteral("subject"), e.subject},
                                  {QStringLiteral("hash"), e.hash}});
    return {
        {QStringLiteral("case"), QJsonObject{{QStringLiteral("id"), d.caseId},
                                             {QStringLiteral("external_id"), d.externalId},
                                             {QStringLiteral("batch"), d.batchId},
                                             {QStringLiteral("source"), d.sourceName},
                                             {QStringLiteral("imported_at"), d.importedAt},
                                             {QStringLiteral("imported_by"), d.importedBy},
                                             {QStringLiteral("route"), d.route},
                                             {QStringLiteral("route_reason"), d.routeReason},
                                             {QStringLiteral("queue"), textOrNull(d.queue)},
                                             {QStringLiteral("state"), d.state}}},
        {QStringLiteral("facts"), facts},
        {QStringLiteral("labels"), QJsonArray::fromStringList(d.labels)},
        {QStringLiteral("model"), QJsonObject{{QStringLiteral("name"), d.model},
                                              {QStringLiteral("version"), d.modelVersion},
                                              {QStringLiteral("label"), d.modelLabel},
                                              {QStringLiteral("confidence"), d.modelConfidence},
                                              {QStringLiteral("probabilities"), probabilities}}},
        {QStringLiteral("effective_decision"),
         QJsonObject{{QStringLiteral("decision"), textOrNull(d.effectiveDecision)},
                     {QStringLiteral("decided_by"), textOrNull(d.effectiveDecider)}}},
        {QStringLiteral("reviews"), reviews},
        {QStringLiteral("decisions"), decisions},
        {QStringLiteral("appeals"), appeals},
        {QStringLiteral("events"), events},
        {QStringLiteral("head"), QJsonObject{{QStringLiteral("seq"), d.head.seq},
                                             {QStringLiteral("hash"), d.head.hash},
                                             {QStringLiteral("at"), d.head.at}}},
        {QStringLiteral("generated_at"), d.generatedAt},
        {QStringLiteral("generated_by"), d.generatedBy},
        {QStringLiteral("pseudonymised"), d.pseudonymised}};
}

Status saveCaseDossier(QSqlDatabase db, const Session& actor, const CaseDossier& dossier,
                       const QString& format, const QString& path,
                       const std::function<Status(QIODevice&)>& write) {
    return saveRecordedFile(db, actor, path,
                            {{QStringLiteral("kind"), QStringLiteral("case_dossier")},
                             {QStringLiteral("format"), format},
                             {QStringLiteral("case"), dossier.externalId},
                             {QStringLiteral("pseudonymised"), dossier.pseudonymised},
                             {QStringLiteral("cited_seq"), dossier.head.seq},
                             {QStringLiteral("cited_hash"), dossier.head.hash}},
                            write);
}

} // namespace oversight
