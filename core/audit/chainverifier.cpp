#include "audit/chainverifier.h"

#include "accounts/permissions.h"
#include "audit/auditactions.h"
#include "audit/contentdigest.h"
#include "audit/reviewevents.h"
#include "common/ids.h"
#include "storage/database.h"
#include "storage/dialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditVerification)
};

Error readFailure(const QSqlQuery& query) {
    return Error{Text::tr("Cannot read the audit trail: %1").arg(query.lastError().text())};
}

Result<qint64> countOf(QSqlDatabase db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return readFailure(query);
    return query.value(0).toLongLong();
}

class Progress {
public:
    Progress(const VerifyProgress& callback, qint64 total)
        : m_callback(callback)
        , m_total(std::max<qint64>(total, 1)) {}

    bool step(qint64 amount = 1) {
        m_done += amount;
        if (!m_callback || m_done - m_reported < 4096)
            return true;
        m_reported = m_done;
        return m_callback(std::min(m_done, m_total), m_total);
    }
    bool finish() { return !m_callback || m_callback(m_total, m_total); }

private:
    const VerifyProgress& m_callback;
    qint64 m_total;
    qint64 m_done = 0;
    qint64 m_reported = 0;
};

Error cancelled() {
    return Error{Text::tr("The verification was cancelled.")};
}

// The event whose hash is `hash`, if any (a full scan; only run once a link is broken).
qint64 seqOfHash(QSqlDatabase db, const QString& hash) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT seq FROM audit_events WHERE hash = ? LIMIT 1"));
    query.addBindValue(hash);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

Result<bool> checkChain(QSqlDatabase db, Verification& result, Progress& progress) {
    QSqlQuery query(db);
    streamRowsAlone(query);
    if (!query.exec(QStringLiteral("SELECT seq, at, actor, action, subject, details, "
                                   "previous_hash, hash FROM audit_events ORDER BY seq")))
        return readFailure(query);
    qint64 expectedSeq = 1;
    QString previousHash = genesisHash();
    auto fail = [&](ChainProblem problem, qint64 seq, const QString& description) {
        result.problem = problem;
        result.firstBadSeq = seq;
        result.description = description;
        return false;
    };
    while (query.next()) {
        const qint64 seq = query.value(0).toLongLong();
        const QString storedPrevious = query.value(6).toString();
        const QString storedHash = query.value(7).toString();
        if (seq != expectedSeq)
            return fail(ChainProblem::Missing, expectedSeq,
                        seq > expectedSeq
                            ? Text::tr("event #%1 is missing (the next stored event is #%2)")
                                  .arg(expectedSeq)
                                  .arg(seq)
                            : Text::tr("event #%1 is stored twice").arg(seq));
        const QString recomputed = eventHash(storedPrevious, query.value(1).toString(),
                                             query.value(2).toString(), query.value(3).toString(),
                                             query.value(4).toString(), query.value(5).toString());
        if (recomputed != storedHash)
            return fail(ChainProblem::Changed, seq,
                        Text::tr("event #%1 (%2) was changed: its content no longer matches "
                                 "its hash")
                            .arg(seq)
                            .arg(query.value(3).toString()));
        if (storedPrevious != previousHash) {
            const qint64 chainedAfter = seqOfHash(db, storedPrevious);
            if (chainedAfter > 0)
                return fail(ChainProblem::Reordered, seq,
                            Text::tr("event #%1 was recorded after event #%2, not after #%3: "
                                     "events were reordered")
                                .arg(seq)
                                .arg(chainedAfter)
                                .arg(seq - 1));
            return fail(ChainProblem::Changed, seq - 1,
                        Text::tr("event #%1 was changed and given a new hash: event #%2 was "
                                 "chained to a different one")
                            .arg(seq - 1)
                            .arg(seq));
        }
        previousHash = storedHash;
        result.head = {seq, storedHash, query.value(1).toString()};
        ++result.eventsChecked;
        ++expectedSeq;
        if (!progress.step())
            return cancelled();
    }
    if (query.lastError().isValid())
        return readFailure(query);
    return true;
}

// Each finalized review against its commit and finalize events: the same
// function that wrote the events builds what they must say from the row.
Result<bool> checkReviews(QSqlDatabase db, Verification& result, Progress& progress) {
    QSqlQuery query(db);
    streamRowsAlone(query);
    if (!query.exec(
            QStringLiteral("SELECT ") + reviewEventColumns() +
            QStringLiteral(", ec.seq, ec.at, ec.actor, ec.details, ef.seq, ef.at, ef.actor, "
                           "ef.details, r.slot FROM ") +
            reviewEventJoins() +
            QStringLiteral(" LEFT JOIN audit_events ec ON ec.subject = r.id AND ec.action = "
                           "'review.committed' LEFT JOIN audit_events ef ON ef.subject = r.id AND "
                           "ef.action = 'review.finalized' WHERE r.status = 'finalized' "
                           "ORDER BY r.seq")))
        return readFailure(query);
    const int eventColumns = 21;
    while (query.next()) {
        const QString reviewId = query.value(0).toString();
        const QString caseRef = query.value(2).toString();
        // An adjudication has no blind stage, so no commit event.
        const bool adjudication = query.value(eventColumns + 8).toInt() == 0;
        for (const auto& [step, offset] : {std::pair{ReviewStep::Committed, eventColumns},
                                           std::pair{ReviewStep::Finalized, eventColumns + 4}}) {
            if (adjudication && step == ReviewStep::Committed)
                continue;
            const TimedEvent expected = reviewEventFromRow(query, step);
            const QString action = reviewStepAction(step);
            result.subject = reviewId;
            if (query.value(offset).isNull()) {
                result.problem = ChainProblem::ReviewDiffers;
                result.description =
                    Text::tr("the finalized review %1 of case %2 has no '%3' event")
                        .arg(reviewId, caseRef, action);
                return false;
            }
            const qint64 seq = query.value(offset).toLongLong();
            QStringList differences;
            if (query.value(offset + 1).toString() != expected.at)
                differences << Text::tr("time");
            if (query.value(offset + 2).toString() != expected.event.actor)
                differences << Text::tr("reviewer");
            const QJsonObject recorded =
                QJsonDocument::fromJson(query.value(offset + 3).toString().toUtf8()).object();
            for (auto it = expected.event.details.begin(); it != expected.event.details.end();
                 ++it) {
                if (recorded.value(it.key()) != it.value())
                    differences << it.key();
            }
            if (!differences.isEmpty()) {
                result.problem = ChainProblem::ReviewDiffers;
                result.firstBadSeq = seq;
                result.description =
                    Text::tr("the review %1 of case %2 differs from its event #%3 (%4): %5")
                        .arg(reviewId, caseRef)
                        .arg(seq)
                        .arg(action, differences.join(QStringLiteral(", ")));
                return false;
            }
        }
        result.subject.clear();
        ++result.reviewsChecked;
        if (!progress.step())
            return cancelled();
    }
    if (query.lastError().isValid())
        return readFailure(query);

    // A finalize event whose review is gone or no longer finalized.
    if (!query.exec(QStringLiteral(
            "SELECT e.seq, e.subject FROM audit_events e LEFT JOIN reviews r ON r.id = e.subject "
            "WHERE e.action = 'review.finalized' AND (r.seq IS NULL OR r.status <> 'finalized') "
            "ORDER BY e.seq LIMIT 1")))
        return readFailure(query);
    if (query.next()) {
        result.problem = ChainProblem::ReviewDiffers;
        result.firstBadSeq = query.value(0).toLongLong();
        result.subject = query.value(1).toString();
        result.description = Text::tr("event #%1 finalized review %2, which is no longer stored "
                                      "as finalized")
                                 .arg(result.firstBadSeq)
                                 .arg(result.subject);
        return false;
    }

    // What the dashboards and reports read: each live review's fact row (an
    // adjudication is a decision, not an independent review: it has none).
    if (!query.exec(QStringLiteral(
            "SELECT r.id, c.external_id, f.seq FROM reviews r JOIN users u ON u.id = r.reviewer_id "
            "JOIN cases c ON c.seq = r.case_seq LEFT JOIN review_facts f ON f.review_seq = r.seq "
            "WHERE r.status = 'finalized' AND r.slot >= 1 AND r.known_answer = 0 AND (f.seq IS "
            "NULL OR f.reviewer IS "
            "DISTINCT FROM "
            "u.login "
            "OR f.finalized_at IS DISTINCT FROM r.finalized_at OR f.queue IS DISTINCT FROM "
            "r.queue OR f.case_ref IS DISTINCT FROM c.external_id OR f.initial IS DISTINCT FROM "
            "r.initial_decision OR f.initial_confidence IS DISTINCT FROM r.initial_confidence OR "
            "f.model_label IS DISTINCT FROM r.model_label OR f.final IS DISTINCT FROM "
            "r.final_decision) "
            "ORDER BY r.seq LIMIT 1")))
        return readFailure(query);
    if (query.next()) {
        result.problem = ChainProblem::ReviewDiffers;
        result.subject = query.value(0).toString();
        result.description =
            query.value(2).isNull()
                ? Text::tr("the finalized review %1 of case %2 has no analytics record")
                      .arg(result.subject, query.value(1).toString())
                : Text::tr("the analytics record of review %1 (case %2) differs from the review")
                      .arg(result.subject, query.value(1).toString());
        return false;
    }
    if (!query.exec(QStringLiteral(
            "SELECT f.seq, f.case_ref FROM review_facts f LEFT JOIN reviews r ON r.seq = "
            "f.review_seq WHERE f.review_seq IS NOT NULL AND (r.seq IS NULL OR r.status <> "
            "'finalized') ORDER BY f.seq LIMIT 1")))
        return readFailure(query);
    if (query.next()) {
        result.problem = ChainProblem::ReviewDiffers;
        result.description = Text::tr("an analytics record for case %1 has no finalized review")
                                 .arg(query.value(1).toString());
        return false;
    }
    return true;
}

// Each import's stored rows against the digest its event recorded, and no import
// without an event.
Result<bool> checkImports(QSqlDatabase db, Verification& result, Progress& progress) {
    struct Kind {
        QString table;
        QString action;
        Result<QString> (*digest)(QSqlDatabase, qint64);
        QString rowsSql;
        QString staging; // an expression: 1 while an import is still storing the rows
    };
    const Kind kinds[] = {
        {QStringLiteral("import_batches"), QString(AuditAction::batchImported), batchContentDigest,
         QStringLiteral("SELECT rows_accepted FROM import_batches WHERE seq = ?"),
         QStringLiteral("t.staging")},
        {QStringLiteral("review_logs"), QString(AuditAction::reviewLogImported),
         reviewLogContentDigest,
         QStringLiteral("SELECT rows_accepted FROM review_logs WHERE seq = ?"),
         QStringLiteral("t.staging")},
    };
    for (const Kind& kind : kinds) {
        QSqlQuery query(db);
        streamRows(query);
        if (!query.exec(QStringLiteral("SELECT t.seq, t.id, t.source_name, e.seq, e.details, ") +
                        kind.staging + QStringLiteral(" FROM ") + kind.table +
                        QStringLiteral(" t LEFT JOIN audit_events e ON e.subject = t.id AND "
                                       "e.action = '") +
                        kind.action + QStringLiteral("' ORDER BY t.seq")))
            return readFailure(query);
        while (query.next()) {
            result.subject = query.value(1).toString();
            const QString source = query.value(2).toString();
            const bool staging = query.value(5).toInt() == 1;
            if (staging && query.value(3).isNull())
                continue; // an import in progress: no reader sees it, nothing recorded it yet
            if (staging) {
                // Marking a published batch as staging would hide it from every reader.
                result.problem = ChainProblem::ContentDiffers;
                result.firstBadSeq = query.value(3).toLongLong();
                result.description =
                    Text::tr("the import %1 of %2 was recorded as published, but its batch is "
                             "marked as still being stored, which hides its cases")
                        .arg(result.subject, source);
                return false;
            }
            if (query.value(3).isNull()) {
                result.problem = ChainProblem::ContentDiffers;
                result.description = Text::tr("the import %1 of %2 has no '%3' event")
                                         .arg(result.subject, source, kind.action);
                return false;
            }
            const QJsonObject details =
                QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
            const Result<QString> digest = kind.digest(db, query.value(0).toLongLong());
            if (!digest)
                return digest.error();
            if (details.value(QStringLiteral("content_sha256")).toString() != digest.value()) {
                result.problem = ChainProblem::ContentDiffers;
                result.firstBadSeq = query.value(3).toLongLong();
                result.description =
                    Text::tr("the stored rows of import %1 (%2) differ from what event #%3 "
                             "recorded: rows were changed, added or removed since")
                        .arg(result.subject, source)
                        .arg(result.firstBadSeq);
                return false;
            }
            ++result.importsChecked;
            if (!progress.step(details.value(QStringLiteral("accepted")).toInteger()))
                return cancelled();
        }
        if (query.lastError().isValid())
            return readFailure(query);
    }
    result.subject.clear();
    return true;
}

Result<ChainHead> headWhere(QSqlDatabase db, const QString& condition) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT seq, hash, at FROM audit_events ") + condition +
                    QStringLiteral(" ORDER BY seq DESC LIMIT 1")))
        return readFailure(query);
    if (!query.next())
        return ChainHead{};
    return ChainHead{query.value(0).toLongLong(), query.value(1).toString(),
                     query.value(2).toString()};
}

} // namespace

QString chainProblemName(ChainProblem problem) {
    switch (problem) {
    case ChainProblem::None:
        return QStringLiteral("none");
    case ChainProblem::Missing:
        return QStringLiteral("missing");
    case ChainProblem::Changed:
        return QStringLiteral("changed");
    case ChainProblem::Reordered:
        return QStringLiteral("reordered");
    case ChainProblem::ReviewDiffers:
        return QStringLiteral("review_differs");
    case ChainProblem::ContentDiffers:
        return QStringLiteral("content_differs");
    case ChainProblem::RollupDiffers:
        return QStringLiteral("rollup_differs");
    case ChainProblem::RecordDiffers:
        return QStringLiteral("decision_record_differs");
    case ChainProblem::WitnessedHeadLost:
        return QStringLiteral("witnessed_head_lost");
    }
    return {};
}

Result<Verification> verifyAuditTrail(QSqlDatabase db, const Session& actor,
                                      const VerifyProgress& progress) {
    if (Status allowed = require(actor, Permission::ReadOversight); !allowed)
        return allowed.error();
    const Result<qint64> events = countOf(db, QStringLiteral("SELECT count(*) FROM audit_events"));
    const Result<qint64> reviews =
        countOf(db, QStringLiteral("SELECT count(*) FROM reviews WHERE status = 'finalized'"));
    const Result<qint64> rows = countOf(
        db, QStringLiteral("SELECT (SELECT coalesce(sum(rows_accepted), 0) FROM import_batches) + "
                           "(SELECT coalesce(sum(rows_accepted), 0) FROM review_logs)"));
    for (const Result<qint64>* counted : {&events, &reviews, &rows})
        if (!*counted)
            return counted->error();
    Progress steps(progress, events.value() + reviews.value() + rows.value());
    Verification result;
    for (auto check : {checkChain, checkReviews, checkImports}) {
        const Result<bool> passed = check(db, result, steps);
        if (!passed)
            return passed.error();
        if (!passed.value())
            break;
    }
    if (!steps.finish())
        return cancelled();
    if (!result.intact() && result.head.seq == 0) {
        const Result<ChainHead> head = chainHead(db);
        if (head)
            result.head = head.value();
    }
    return result;
}

Status checkAnchor(QSqlDatabase db, const ChainAnchor& anchor, Verification& verification) {
    if (!verification.intact())
        return success();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT hash FROM audit_events WHERE seq = ?"));
    query.addBindValue(anchor.seq);
    if (!query.exec())
        return readFailure(query);
    const bool found = query.next();
    if (found && query.value(0).toString() == anchor.hash)
        return success();
    verification.problem = ChainProblem::Changed;
    verification.firstBadSeq = anchor.seq;
    verification.description =
        found ? Text::tr("event #%1 has hash %2, not the %3 that was cited")
                    .arg(anchor.seq)
                    .arg(query.value(0).toString(), anchor.hash)
              : Text::tr("event #%1, which was cited, is not in the trail").arg(anchor.seq);
    return success();
}

Status recordVerification(QSqlDatabase db, const Session& actor, const Verification& verification) {
    if (Status allowed = require(actor, Permission::ReadOversight); !allowed)
        return allowed;
    Transaction transaction(db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    QJsonObject details{{QStringLiteral("intact"), verification.intact()},
                        {QStringLiteral("events_checked"), verification.eventsChecked},
                        {QStringLiteral("reviews_checked"), verification.reviewsChecked},
                        {QStringLiteral("imports_checked"), verification.importsChecked},
                        {QStringLiteral("head_seq"), verification.head.seq},
                        {QStringLiteral("head_hash"), verification.head.hash}};
    if (!verification.intact()) {
        details.insert(QStringLiteral("problem"), chainProblemName(verification.problem));
        details.insert(QStringLiteral("first_bad_seq"), verification.firstBadSeq);
        details.insert(QStringLiteral("description"), verification.description);
    }
    if (Status recorded = appendAuditEvent(
            db, {actor.login, AuditAction::chainVerified, QStringLiteral("audit"), details},
            utcNow());
        !recorded)
        return recorded;
    return transaction.commit();
}

Result<ChainHead> chainHead(QSqlDatabase db) {
    return headWhere(db, QString());
}

Result<ChainHead> dataHead(QSqlDatabase db) {
    return headWhere(db, QStringLiteral("WHERE action <> '%1' AND action <> '%2' AND action <> "
                                        "'%3' AND action <> '%4' AND action <> '%5' AND action "
                                        "<> '%6'")
                             .arg(AuditAction::reportExported, AuditAction::chainVerified,
                                  AuditAction::accountPrefix + QStringLiteral("login"),
                                  AuditAction::decisionsExported, AuditAction::sessionStarted,
                                  AuditAction::sessionEnded));
}

Result<std::optional<StoredAuditEvent>> lastVerification(QSqlDatabase db) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT seq, at, actor, action, subject, details, previous_hash, "
                                 "hash FROM audit_events WHERE action = ? ORDER BY seq DESC "
                                 "LIMIT 1"));
    query.addBindValue(QString(AuditAction::chainVerified));
    if (!query.exec())
        return readFailure(query);
    if (!query.next())
        return std::optional<StoredAuditEvent>{};
    return std::optional<StoredAuditEvent>(StoredAuditEvent{
        query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
        query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
        query.value(6).toString(), query.value(7).toString()});
}

} // namespace oversight
