#include "review/reviewservice.h"

#include "accounts/permissions.h"
#include "accounts/separationofduties.h"
#include "analytics/analyticszone.h"
#include "analytics/factrecorder.h"
#include "appeals/appealsteps.h"
#include "audit/auditactions.h"
#include "audit/auditevent.h"
#include "audit/reviewevents.h"
#include "common/ids.h"
#include "fairness/fairnessrollups.h"
#include "handoff/decisionrecords.h"
#include "intake/stagedbatches.h"
#include "knownanswers/knownanswerserving.h"
#include "knownanswers/plantedrecommendation.h"
#include "review/leasesetting.h"
#include "review/reviewpolicy.h"
#include "review/reviewrules.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/keptquery.h"
#include "workload/workposition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReviewService)
};

// The exact condition of the partial indexes reviews_one_open_per_*: SQLite uses
// a partial index only when the query repeats its condition.
#define OPEN_STATUS "status IN ('claimed', 'committed', 'revealed')"

QString isoText(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseIso(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

Error databaseError(const QSqlQuery& query) {
    return Error{Text::tr("The review could not be stored: %1").arg(query.lastError().text())};
}

Error busyError(const Transaction& transaction) {
    return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
}

// The case's effective decision changes: the figures by group move it, and the
// export hands it on.
Status decideCase(QSqlDatabase db, qint64 reviewSeq, DecidedBy decidedBy) {
    if (Status moved = moveEffectiveDecision(db, reviewSeq); !moved)
        return moved;
    return recordReviewDecision(db, reviewSeq, decidedBy);
}

QStringList parseStringArray(const QString& json) {
    QStringList values;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array)
        values << value.toString();
    return values;
}

} // namespace

// The review a reviewer holds, as stored.
struct ReviewService::Held {
    qint64 reviewSeq = 0;
    qint64 caseSeq = 0;
    QString caseId;
    QString status;
    QString queue;
    QString claimedAt;
    QString leaseExpires;
    InitialDecision initial;
    QString committedAt;
    QString revealedAt;
    QString modelLabel;
    int slot = 1; // 0: an adjudication
    bool knownAnswer = false;
    std::optional<bool> planted; // known answers: set when revealed
    qint64 standsInFor = 0;      // known answers: the production case it replaced
    qint64 appealSeq = 0;        // an appeal's review: the appeal
};

ReviewService::ReviewService(QSqlDatabase db)
    : ReviewService(std::move(db), Options{}) {}

ReviewService::ReviewService(QSqlDatabase db, Options options)
    : m_db(std::move(db))
    , m_options(std::move(options)) {}

QDateTime ReviewService::now() const {
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

qint64 ReviewService::leaseSeconds() const {
    if (m_options.leaseSeconds)
        return *m_options.leaseSeconds;
    const Result<int> minutes = LeaseSetting(m_db).minutes();
    return 60 * static_cast<qint64>(minutes ? minutes.value() : defaultLeaseMinutes);
}

Result<std::optional<ReviewService::Held>> ReviewService::findHeld(const Session& reviewer) const {
    KeptQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT r.seq, r.case_seq, c.id, r.status, r.queue, r.claimed_at, r.lease_expires, "
        "r.initial_decision, r.initial_confidence, r.initial_rationale, r.committed_at, "
        "r.revealed_at, r.model_label, r.slot, r.known_answer, r.planted, "
        "coalesce(r.stands_in_for, 0), coalesce(r.appeal_seq, 0) FROM reviews r "
        "JOIN cases c ON c.seq = r.case_seq "
        "WHERE r.reviewer_id = ? AND r." OPEN_STATUS));
    query.addBindValue(reviewer.userId);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return std::optional<Held>{};
    Held held;
    held.reviewSeq = query.value(0).toLongLong();
    held.caseSeq = query.value(1).toLongLong();
    held.caseId = query.value(2).toString();
    held.status = query.value(3).toString();
    held.queue = query.value(4).toString();
    held.claimedAt = query.value(5).toString();
    held.leaseExpires = query.value(6).toString();
    held.initial.label = query.value(7).toString();
    held.initial.confidence = query.value(8).toInt();
    held.initial.rationale = query.value(9).toString();
    held.committedAt = query.value(10).toString();
    held.revealedAt = query.value(11).toString();
    held.modelLabel = query.value(12).toString();
    held.slot = query.value(13).toInt();
    held.knownAnswer = query.value(14).toInt() == 1;
    if (!query.isNull(15))
        held.planted = query.value(15).toInt() == 1;
    held.standsInFor = query.value(16).toLongLong();
    held.appealSeq = query.value(17).toLongLong();
    return std::optional<Held>(held);
}

Result<ReviewService::Held> ReviewService::requireHeld(const Session& reviewer,
                                                       const QString& caseId) const {
    Result<std::optional<Held>> held = findHeld(reviewer);
    if (!held)
        return held.error();
    if (!held.value() || held.value()->caseId != caseId)
        return Error{Text::tr("You do not hold case %1: it was never claimed by you, is "
                              "finished, or its lease expired and it went back to the queue.")
                         .arg(caseId)};
    return *held.value();
}

Result<ClaimedCase> ReviewService::loadBlindCase(const Held& held) const {
    const std::tuple<qint64, qint64, qint64> key{held.caseSeq, held.standsInFor, held.appealSeq};
    auto known = m_blindCases.find(key);
    if (known == m_blindCases.end()) {
        Result<ClaimedCase> read = readBlindCase(held);
        if (!read)
            return read.error();
        // Bounded: a reviewer holds one case at a time.
        if (m_blindCases.size() >= 64)
            m_blindCases.clear();
        known = m_blindCases.emplace(key, std::move(read).value()).first;
    }
    ClaimedCase claimed = known->second;
    claimed.queue = held.queue;
    claimed.claimedAt = held.claimedAt;
    claimed.leaseExpires = held.leaseExpires;
    return claimed;
}

Result<ClaimedCase> ReviewService::readBlindCase(const Held& held) const {
    // Only what the reviewer may see before committing: never case_sealed.
    KeptQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT c.id, c.external_id, c.facts, b.fact_columns, b.labels "
        "FROM cases c JOIN import_batches b ON b.seq = c.batch_seq WHERE c.seq = ?"));
    query.addBindValue(held.caseSeq);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{Text::tr("Case %1 is missing from the database.").arg(held.caseId)};
    ClaimedCase claimed;
    claimed.caseId = query.value(0).toString();
    claimed.externalId = query.value(1).toString();
    const QStringList values = parseStringArray(query.value(2).toString());
    const QStringList names = parseStringArray(query.value(3).toString());
    for (qsizetype i = 0; i < names.size(); ++i)
        claimed.facts << Fact{names[i], i < values.size() ? values[i] : QString()};
    claimed.labels = parseStringArray(query.value(4).toString());
    if (held.standsInFor != 0) {
        // A check offers the decisions of the case it stands in for.
        query.prepare(QStringLiteral("SELECT b.labels FROM cases c JOIN import_batches b ON "
                                     "b.seq = c.batch_seq WHERE c.seq = ?"));
        query.addBindValue(held.standsInFor);
        if (!query.exec() || !query.next())
            return databaseError(query);
        claimed.labels = parseStringArray(query.value(0).toString());
    }
    if (held.appealSeq != 0) {
        // The appellant's statement is one more fact; what was decided before stays
        // hidden until the appeal's reviewer commits.
        const Result<QString> statement = appealStatement(m_db, held.appealSeq);
        if (!statement)
            return statement.error();
        claimed.facts << Fact{Text::tr("Appeal statement"), statement.value()};
    }
    return claimed;
}

Result<QList<qint64>> ReviewService::expireLeases(const QString& queue, const QString& nowText) {
    // Through reviews_claimed_by_lease: a case with several reviewers may be
    // queued (a slot still free) while one of its claims runs out.
    KeptQuery query(m_db);
    query.prepare(QStringLiteral("SELECT case_seq, seq FROM reviews WHERE queue = ? AND "
                                 "status = 'claimed' AND lease_expires < ?"));
    query.addBindValue(queue);
    query.addBindValue(nowText);
    if (!query.exec())
        return databaseError(query);
    QList<std::pair<qint64, qint64>> expired;
    while (query.next())
        expired.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    QList<qint64> ended;
    for (const auto& [caseSeq, reviewSeq] : std::as_const(expired)) {
        // `status = 'claimed'` again: on PostgreSQL another claimant may have
        // expired it since the SELECT; it then records the event, not we.
        query.prepare(QStringLiteral("UPDATE reviews SET status = 'expired', ended_at = ? WHERE "
                                     "seq = ? AND status = 'claimed'"));
        query.addBindValue(nowText);
        query.addBindValue(reviewSeq);
        if (!query.exec())
            return databaseError(query);
        if (query.numRowsAffected() != 1)
            continue;
        query.prepare(QStringLiteral(
            "UPDATE cases SET state = 'queued' WHERE seq = ? AND state = 'claimed'"));
        query.addBindValue(caseSeq);
        if (!query.exec())
            return databaseError(query);
        ended << reviewSeq;
    }
    return ended;
}

Status ReviewService::recordExpired(const QList<qint64>& reviewSeqs) {
    for (qint64 reviewSeq : reviewSeqs) {
        if (Status recorded = recordReviewStep(m_db, reviewSeq, ReviewStep::Expired); !recorded)
            return recorded;
    }
    return success();
}

Status ReviewService::lockCase(qint64 caseSeq) {
    KeptQuery query(m_db);
    query.prepare(QStringLiteral("SELECT seq FROM cases WHERE seq = ?") + lockReadRows(m_db));
    query.addBindValue(caseSeq);
    if (!query.exec())
        return databaseError(query);
    return success();
}

Status ReviewService::setCaseState(qint64 caseSeq, const QString& state) {
    KeptQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE cases SET state = ? WHERE seq = ?"));
    query.addBindValue(state);
    query.addBindValue(caseSeq);
    if (!query.exec())
        return databaseError(query);
    return success();
}

Result<int> ReviewService::reviewsNeeded(qint64 caseSeq) const {
    if (const auto known = m_reviewsNeeded.constFind(caseSeq); known != m_reviewsNeeded.cend())
        return *known;
    KeptQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT b.review_policy, b.seed, c.route, c.external_id FROM cases c "
                       "JOIN import_batches b ON b.seq = c.batch_seq WHERE c.seq = ?"));
    query.addBindValue(caseSeq);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{Text::tr("Case %1 is missing from the database.").arg(caseSeq)};
    const QJsonObject snapshot =
        QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    const int needed =
        oversight::reviewsNeeded(snapshot, query.value(2).toString(), query.value(1).toLongLong(),
                                 query.value(3).toString());
    // Bounded: a reviewer works on one case at a time.
    if (m_reviewsNeeded.size() >= 1024)
        m_reviewsNeeded.clear();
    m_reviewsNeeded.insert(caseSeq, needed);
    return needed;
}

Result<std::optional<ReviewService::Slot>> ReviewService::freeSlot(qint64 caseSeq,
                                                                   const QString& queue) const {
    if (queue == adjudicationQueue())
        return std::optional<Slot>(Slot{0, true});
    if (queue == appealQueue())
        return std::optional<Slot>(Slot{1, true});
    const Result<int> needed = reviewsNeeded(caseSeq);
    if (!needed)
        return needed.error();
    KeptQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT slot FROM reviews WHERE case_seq = ? AND slot >= 1 AND status IN "
                       "('claimed', 'committed', 'revealed', 'finalized')"));
    query.addBindValue(caseSeq);
    if (!query.exec())
        return databaseError(query);
    QList<int> taken;
    while (query.next())
        taken << query.value(0).toInt();
    for (int slot = 1; slot <= needed.value(); ++slot) {
        if (!taken.contains(slot))
            return std::optional<Slot>(
                Slot{slot, static_cast<int>(taken.size()) + 1 >= needed.value()});
    }
    return std::optional<Slot>{};
}

Result<std::optional<qint64>> ReviewService::pickAppeal(const Session& reviewer,
                                                        bool excludeOwnImports) {
    // Someone who never reviewed the case, did not file the appeal, and (under
    // separation of duties) did not import it; an attempt at this same appeal
    // that they released or let expire showed them nothing decided. Nearest
    // deadline first.
    const QString sql =
        QStringLiteral("SELECT c.seq FROM cases c JOIN appeals a ON a.case_seq = c.seq AND "
                       "a.outcome IS NULL WHERE c.queue = ? AND c.state = 'queued' AND "
                       "a.filed_by <> ? ") %
        (excludeOwnImports ? QStringLiteral("AND c.batch_seq NOT IN (SELECT seq FROM "
                                            "import_batches WHERE imported_by = ?) ")
                           : QString()) %
        QStringLiteral("AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.case_seq = c.seq AND "
                       "r.reviewer_id = ? AND NOT (r.appeal_seq IS NOT NULL AND r.appeal_seq = "
                       "a.seq AND r.status IN ('released', 'expired'))) "
                       "ORDER BY a.deadline, c.seq LIMIT 1") %
        lockPickedRows(m_db, QStringLiteral("c"));
    KeptQuery query(m_db);
    query.prepare(sql);
    query.addBindValue(appealQueue());
    query.addBindValue(reviewer.userId);
    if (excludeOwnImports)
        query.addBindValue(reviewer.userId);
    query.addBindValue(reviewer.userId);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return std::optional<qint64>{};
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<std::optional<qint64>> ReviewService::pickCase(const Session& reviewer, const QString& queue,
                                                      bool excludeOwnImports) {
    if (queue == appealQueue())
        return pickAppeal(reviewer, excludeOwnImports);
    // Ordered by the (queue, state) index, whose entries end in seq: the first
    // match is found without sorting, however many cases wait.
    const QString sql =
        QStringLiteral("SELECT c.seq FROM cases c WHERE c.queue = ? AND c.state = 'queued' "
                       "AND c.seq >= ? AND ") %
        publishedBatch(QStringLiteral("c.batch_seq")) % QStringLiteral(" ") %
        (excludeOwnImports
             ? QStringLiteral("AND c.batch_seq NOT IN "
                              "(SELECT seq FROM import_batches WHERE imported_by = ?) ")
             : QString()) %
        QStringLiteral("AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.case_seq = c.seq "
                       "AND r.reviewer_id = ? AND r.status <> 'expired') "
                       "ORDER BY c.seq LIMIT 1") %
        lockPickedRows(m_db, QStringLiteral("c"));
    auto firstFrom = [&](qint64 pivot) -> Result<std::optional<qint64>> {
        KeptQuery query(m_db);
        query.prepare(sql);
        query.addBindValue(queue);
        query.addBindValue(pivot);
        if (excludeOwnImports)
            query.addBindValue(reviewer.userId);
        query.addBindValue(reviewer.userId);
        if (!query.exec())
            return databaseError(query);
        if (!query.next())
            return std::optional<qint64>{};
        return std::optional<qint64>(query.value(0).toLongLong());
    };
    if (queue != u"audit")
        return firstFrom(0);

    // Audit cases in random order: start at a random point of the case numbers and
    // wrap around. Audit cases are a sample spread over all batches, so this comes
    // close to a uniform draw at the cost of two index lookups.
    KeptQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT max(seq) FROM cases")) || !query.next())
        return databaseError(query);
    const qint64 maxSeq = query.value(0).toLongLong();
    if (maxSeq <= 0)
        return std::optional<qint64>{};
    const quint64 draw =
        m_options.random ? m_options.random() : QRandomGenerator::system()->generate64();
    const qint64 pivot = 1 + static_cast<qint64>(draw % static_cast<quint64>(maxSeq));
    Result<std::optional<qint64>> found = firstFrom(pivot);
    if (!found || found.value())
        return found;
    return firstFrom(0);
}

Result<std::optional<ClaimedCase>> ReviewService::claimNext(const Session& reviewer,
                                                            const QString& queue) {
    if (Status allowed = require(reviewer, Permission::ReviewCases); !allowed)
        return allowed.error();
    if (!isValidQueueName(queue))
        return Error{Text::tr("'%1' is not a queue name (lower-case letters, digits, '-' and '_').")
                         .arg(queue)};
    const Result<bool> separation = SeparationOfDuties(m_db).isRequired();
    if (!separation)
        return separation.error();
    const qint64 lease = leaseSeconds();

    Transaction transaction(m_db);
    if (!transaction.begun())
        return busyError(transaction);
    const QDateTime time = now();
    const QString nowText = isoText(time);
    const QString leaseText = isoText(time.addSecs(lease));

    Result<std::optional<Held>> held = findHeld(reviewer);
    if (!held)
        return held.error();
    KeptQuery query(m_db);
    if (held.value()) {
        Held& current = *held.value();
        if (current.status != u"claimed")
            return Error{Text::tr("Your initial decision on case %1 is committed: finalize or "
                                  "escalate it before taking another case.")
                             .arg(current.caseId)};
        query.prepare(QStringLiteral("UPDATE reviews SET lease_expires = ? WHERE seq = ?"));
        query.addBindValue(leaseText);
        query.addBindValue(current.reviewSeq);
        if (!query.exec())
            return databaseError(query);
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        current.leaseExpires = leaseText;
        Result<ClaimedCase> blind = loadBlindCase(current);
        if (!blind)
            return blind.error();
        return std::optional<ClaimedCase>(std::move(blind).value());
    }

    // Audit events are the last writes of the transaction: on PostgreSQL the
    // first one takes the trail's lock, and a writer holding it must not wait
    // for rows that another writer, itself waiting for that lock, holds.
    const Result<QList<qint64>> expired = expireLeases(queue, nowText);
    if (!expired)
        return expired.error();
    Result<std::optional<qint64>> picked = pickCase(reviewer, queue, separation.value());
    if (!picked)
        return picked.error();
    if (!picked.value()) {
        // Expired leases were given back even when nothing is left for this reviewer.
        if (Status recorded = recordExpired(expired.value()); !recorded)
            return recorded.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return std::optional<ClaimedCase>{};
    }

    Held claim;
    claim.caseSeq = *picked.value();
    claim.status = QStringLiteral("claimed");
    claim.queue = queue;
    claim.claimedAt = nowText;
    claim.leaseExpires = leaseText;
    if (queue == appealQueue()) {
        const Result<std::optional<qint64>> appeal = pendingAppealOf(m_db, claim.caseSeq);
        if (!appeal)
            return appeal.error();
        claim.appealSeq = appeal.value().value_or(0);
    }
    // A check takes the place of the production case, which stays queued: it is
    // served only while real work waits, so an empty queue never hands one out.
    const Result<std::optional<qint64>> check =
        pickKnownAnswer(reviewer, queue, claim.caseSeq, separation.value());
    if (!check)
        return check.error();
    if (check.value()) {
        claim.standsInFor = claim.caseSeq;
        claim.caseSeq = *check.value();
        claim.knownAnswer = true;
    }
    const Result<std::optional<Slot>> slot =
        claim.knownAnswer ? Result<std::optional<Slot>>(std::optional<Slot>(Slot{1, false}))
                          : freeSlot(claim.caseSeq, queue);
    if (!slot)
        return slot.error();
    if (!slot.value()) {
        // Queued with every slot taken: the state was left behind; mend it.
        if (Status moved = setCaseState(claim.caseSeq, QStringLiteral("claimed")); !moved)
            return moved.error();
        if (Status recorded = recordExpired(expired.value()); !recorded)
            return recorded.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return Error{Text::tr("The case picked for you had all its reviewers already; ask for the "
                              "next case again.")};
    }
    claim.slot = slot.value()->number;
    query.prepare(QStringLiteral(
        "INSERT INTO reviews (id, case_seq, reviewer_id, queue, status, claimed_at, "
        "lease_expires, slot, decides, known_answer, stands_in_for, appeal_seq) VALUES (?, ?, ?, "
        "?, 'claimed', ?, ?, ?, 0, ?, ?, ?) RETURNING seq"));
    query.addBindValue(newId());
    query.addBindValue(claim.caseSeq);
    query.addBindValue(reviewer.userId);
    query.addBindValue(queue);
    query.addBindValue(nowText);
    query.addBindValue(leaseText);
    query.addBindValue(claim.slot);
    query.addBindValue(claim.knownAnswer ? 1 : 0);
    query.addBindValue(claim.knownAnswer ? QVariant(claim.standsInFor)
                                         : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(claim.appealSeq != 0 ? QVariant(claim.appealSeq)
                                            : QVariant(QMetaType(QMetaType::LongLong)));
    if (!query.exec() || !query.next())
        return databaseError(query);
    claim.reviewSeq = query.value(0).toLongLong();
    query.finish(); // SQLite keeps a RETURNING statement open until it is finished
    if (slot.value()->last) {
        if (Status moved = setCaseState(claim.caseSeq, QStringLiteral("claimed")); !moved)
            return moved.error();
    }
    if (Status recorded = recordExpired(expired.value()); !recorded)
        return recorded.error();
    if (Status recorded = recordReviewStep(m_db, claim.reviewSeq, ReviewStep::Claimed); !recorded)
        return recorded.error();
    Result<ClaimedCase> blind = loadBlindCase(claim);
    if (!blind)
        return blind.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return std::optional<ClaimedCase>(std::move(blind).value());
}

Result<Reveal> ReviewService::readReveal(const Held& held) const {
    KeptQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT model_label, confidence, probabilities FROM case_sealed WHERE case_seq = ?"));
    query.addBindValue(held.caseSeq);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{Text::tr("The model's output for case %1 is missing.").arg(held.caseId)};
    Reveal reveal;
    reveal.caseId = held.caseId;
    reveal.initial = held.initial;
    reveal.modelLabel = query.value(0).toString();
    reveal.modelConfidence = query.value(1).toDouble();
    const QJsonObject probabilities =
        QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    for (auto it = probabilities.begin(); it != probabilities.end(); ++it)
        reveal.probabilities.emplace_back(it.key(), it.value().toDouble());
    if (reveal.probabilities.empty())
        reveal.probabilities.emplace_back(reveal.modelLabel, reveal.modelConfidence);
    if (held.appealSeq != 0) {
        Result<AppealContext> appeal = appealContext(m_db, held.appealSeq);
        if (!appeal)
            return appeal.error();
        reveal.appeal = std::move(appeal).value();
    }
    if (held.knownAnswer && held.planted.value_or(false)) {
        // Planted among the decisions the reviewer was offered.
        const Result<ClaimedCase> offered = loadBlindCase(held);
        if (!offered)
            return offered.error();
        query.prepare(QStringLiteral("SELECT truth FROM case_sealed WHERE case_seq = ?"));
        query.addBindValue(held.caseSeq);
        if (!query.exec() || !query.next())
            return databaseError(query);
        const Recommendation shown =
            plantRecommendation(query.value(0).toString(), offered->labels,
                                {reveal.modelLabel, reveal.modelConfidence, reveal.probabilities});
        reveal.modelLabel = shown.label;
        reveal.modelConfidence = shown.confidence;
        reveal.probabilities = shown.probabilities;
    }
    return reveal;
}

Result<AdjudicationFile> ReviewService::readAdjudication(const Held& held) const {
    Result<Reveal> model = readReveal(held);
    if (!model)
        return model.error();
    AdjudicationFile file{std::move(model).value(), {}};
    file.model.initial = {};
    KeptQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT u.login, r.initial_decision, r.initial_confidence, r.initial_rationale, "
        "r.final_decision, r.final_rationale FROM reviews r JOIN users u ON u.id = r.reviewer_id "
        "WHERE r.case_seq = ? AND r.slot >= 1 AND r.status = 'finalized' ORDER BY r.slot"));
    query.addBindValue(held.caseSeq);
    if (!query.exec())
        return databaseError(query);
    while (query.next())
        file.reviews << IndependentReview{query.value(0).toString(), query.value(1).toString(),
                                          query.value(2).toInt(),    query.value(3).toString(),
                                          query.value(4).toString(), query.value(5).toString()};
    return file;
}

Result<Reveal> ReviewService::reveal(const Held& committed) {
    Transaction transaction(m_db);
    if (!transaction.begun())
        return busyError(transaction);
    Held held = committed;
    if (held.knownAnswer && !held.planted) {
        if (Status decided = decidePlanting(held); !decided)
            return decided.error();
    }
    Result<Reveal> revealed = readReveal(held);
    if (!revealed)
        return revealed.error();
    KeptQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE reviews SET status = 'revealed', model_label = ?, "
                                 "revealed_at = ? WHERE seq = ? AND status = 'committed'"));
    query.addBindValue(revealed->modelLabel);
    query.addBindValue(isoText(now()));
    query.addBindValue(held.reviewSeq);
    if (!query.exec())
        return databaseError(query);
    const bool revealedNow = query.numRowsAffected() == 1;
    query.prepare(QStringLiteral(
        "UPDATE cases SET state = 'revealed' WHERE seq = ? AND state = 'initial_committed'"));
    query.addBindValue(held.caseSeq);
    if (!query.exec())
        return databaseError(query);
    if (revealedNow) {
        if (Status recorded = recordReviewStep(m_db, held.reviewSeq, ReviewStep::Revealed);
            !recorded)
            return recorded.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return revealed;
}

Result<std::optional<OpenReview>> ReviewService::openReview(const Session& reviewer) {
    if (Status allowed = require(reviewer, Permission::ReviewCases); !allowed)
        return allowed.error();
    Result<std::optional<Held>> held = findHeld(reviewer);
    if (!held)
        return held.error();
    if (!held.value())
        return std::optional<OpenReview>{};
    const Held& current = *held.value();
    Result<ClaimedCase> blind = loadBlindCase(current);
    if (!blind)
        return blind.error();
    OpenReview open{std::move(blind).value(), std::nullopt, std::nullopt};
    if (current.slot == 0) {
        Result<AdjudicationFile> file = readAdjudication(current);
        if (!file)
            return file.error();
        open.adjudication = std::move(file).value();
    } else if (current.status == u"committed") {
        Result<Reveal> revealed = reveal(current);
        if (!revealed)
            return revealed.error();
        open.reveal = std::move(revealed).value();
    } else if (current.status == u"revealed") {
        Result<Reveal> revealed = readReveal(current);
        if (!revealed)
            return revealed.error();
        open.reveal = std::move(revealed).value();
    }
    return std::optional<OpenReview>(std::move(open));
}

Result<Reveal> ReviewService::commitInitial(const Session& reviewer, const QString& caseId,
                                            const InitialDecision& initial) {
    if (Status allowed = require(reviewer, Permission::ReviewCases); !allowed)
        return allowed.error();
    if (initial.confidence < 0 || initial.confidence > 100)
        return Error{
            Text::tr("Confidence must be between 0 and 100, not %1.").arg(initial.confidence)};
    Held held;
    {
        Transaction transaction(m_db);
        if (!transaction.begun())
            return busyError(transaction);
        Result<Held> found = requireHeld(reviewer, caseId);
        if (!found)
            return found.error();
        held = std::move(found).value();
        if (held.slot == 0)
            return Error{
                Text::tr("Case %1 is an adjudication: nothing is hidden from you, so there "
                         "is no initial decision; decide it with finalize and a rationale.")
                    .arg(caseId)};
        if (held.status != u"claimed")
            return Error{Text::tr("Your initial decision on case %1 is already committed (%2); "
                                  "it cannot change.")
                             .arg(caseId, held.initial.label)};
        Result<ClaimedCase> blind = loadBlindCase(held);
        if (!blind)
            return blind.error();
        if (!blind->labels.contains(initial.label))
            return Error{Text::tr("'%1' is not a decision for case %2; choose one of: %3.")
                             .arg(initial.label, caseId, blind->labels.join(QStringLiteral(", ")))};
        const QString nowText = isoText(now());
        KeptQuery query(m_db);
        query.prepare(
            QStringLiteral("UPDATE reviews SET status = 'committed', initial_decision = ?, "
                           "initial_confidence = ?, initial_rationale = ?, committed_at = ? "
                           "WHERE seq = ? AND status = 'claimed'"));
        query.addBindValue(initial.label);
        query.addBindValue(initial.confidence);
        query.addBindValue(initial.rationale.trimmed().isEmpty()
                               ? QVariant(QMetaType(QMetaType::QString))
                               : QVariant(initial.rationale.trimmed()));
        query.addBindValue(nowText);
        query.addBindValue(held.reviewSeq);
        if (!query.exec())
            return databaseError(query);
        // A case with several reviewers stays `claimed` until all are done: its
        // state cannot follow one reviewer's stage.
        const Result<int> needed = held.knownAnswer      ? Result<int>(0)
                                   : held.appealSeq != 0 ? Result<int>(1)
                                                         : reviewsNeeded(held.caseSeq);
        if (!needed)
            return needed.error();
        if (needed.value() == 1) {
            if (Status moved = setCaseState(held.caseSeq, QStringLiteral("initial_committed"));
                !moved)
                return moved.error();
        }
        if (Status recorded = recordReviewStep(m_db, held.reviewSeq, ReviewStep::Committed);
            !recorded)
            return recorded.error();
        // Durable before anything of the model's answer is read.
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        held.status = QStringLiteral("committed");
        held.initial = initial;
        held.initial.rationale = initial.rationale.trimmed();
        held.committedAt = nowText;
    }
    return reveal(held);
}

Result<FinalOutcome> ReviewService::finalize(const Session& reviewer, const QString& caseId,
                                             const QString& finalLabel, const QString& rationale) {
    if (Status allowed = require(reviewer, Permission::ReviewCases); !allowed)
        return allowed.error();
    const Result<QTimeZone> analyticsZone = fixAnalyticsZone(m_db);
    if (!analyticsZone)
        return analyticsZone.error();
    Transaction transaction(m_db);
    if (!transaction.begun())
        return busyError(transaction);
    Result<Held> found = requireHeld(reviewer, caseId);
    if (!found)
        return found.error();
    const Held& held = found.value();
    // The case's reviewers finalize one at a time: the last of them must see the others.
    // A check decides nothing, so its many reviewers need not wait for each other.
    if (!held.knownAnswer) {
        if (Status locked = lockCase(held.caseSeq); !locked)
            return locked.error();
    }
    if (held.slot == 0) {
        Result<ClaimedCase> blind = loadBlindCase(held);
        if (!blind)
            return blind.error();
        return adjudicate(held, blind.value(), finalLabel, rationale, transaction);
    }
    if (held.status == u"claimed")
        return Error{
            Text::tr("Commit your initial decision on case %1 before the final one.").arg(caseId)};
    if (held.status != u"revealed")
        return Error{Text::tr("The model's answer for case %1 has not been shown to you yet; "
                              "open the case again to see it before deciding.")
                         .arg(caseId)};
    Result<ClaimedCase> blind = loadBlindCase(held);
    if (!blind)
        return blind.error();
    if (!blind->labels.contains(finalLabel))
        return Error{Text::tr("'%1' is not a decision for case %2; choose one of: %3.")
                         .arg(finalLabel, caseId, blind->labels.join(QStringLiteral(", ")))};
    const QString reason = rationale.trimmed();
    const bool appeal = held.appealSeq != 0;
    if (reason.isEmpty() &&
        finalRationaleRequired(held.initial.label, finalLabel, held.modelLabel, appeal))
        return Error{
            appeal ? Text::tr("An appeal's decision needs a rationale: say why '%1' decides case "
                              "%2. Nothing was stored.")
                         .arg(finalLabel, caseId)
            : finalLabel != held.initial.label
                ? Text::tr("A rationale is required: your final decision '%1' differs from your "
                           "initial decision '%2'. Nothing was stored.")
                      .arg(finalLabel, held.initial.label)
                : Text::tr("A rationale is required: your final decision '%1' differs from the "
                           "model's '%2'. Nothing was stored.")
                      .arg(finalLabel, held.modelLabel)};
    if (held.knownAnswer)
        return finalizeKnownAnswer(held, finalLabel, reason, transaction);

    KeptQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT finalized_at, day_ordinal, break_ordinal FROM reviews WHERE reviewer_id = ? "
        "AND status = 'finalized' AND slot >= 1 AND known_answer = 0 ORDER BY finalized_at DESC "
        "LIMIT 1"));
    query.addBindValue(reviewer.userId);
    if (!query.exec())
        return databaseError(query);
    std::optional<PreviousWork> previous;
    if (query.next())
        previous = PreviousWork{parseIso(query.value(0).toString()),
                                {query.value(1).toInt(), query.value(2).toInt()}};
    const QDateTime time = now();
    const QDateTime claimedAt = parseIso(held.claimedAt);
    const WorkPosition position = nextWorkPosition(previous, claimedAt, time, m_options.zone);

    // The case's other independent reviews decide what this one completes; an
    // appeal's review completes its appeal alone.
    const Result<int> needed = held.appealSeq != 0 ? Result<int>(1) : reviewsNeeded(held.caseSeq);
    if (!needed)
        return needed.error();
    QStringList others;
    if (held.appealSeq == 0) {
        query.prepare(QStringLiteral("SELECT final_decision FROM reviews WHERE case_seq = ? AND "
                                     "slot >= 1 AND status = 'finalized' AND seq <> ? AND "
                                     "appeal_seq IS NULL"));
        query.addBindValue(held.caseSeq);
        query.addBindValue(held.reviewSeq);
        if (!query.exec())
            return databaseError(query);
        while (query.next())
            others << query.value(0).toString();
    }
    std::optional<AppealOutcome> appealOutcome;
    if (held.appealSeq != 0) {
        const Result<AppealOutcome> resolved =
            resolveAppeal(m_db, held.appealSeq, finalLabel, isoText(now()));
        if (!resolved)
            return resolved.error();
        appealOutcome = resolved.value();
    }
    const bool complete = others.size() + 1 >= needed.value();
    const bool unanimous = std::all_of(others.cbegin(), others.cend(),
                                       [&](const QString& label) { return label == finalLabel; });

    FinalOutcome outcome{caseId,
                         finalLabel,
                         finalLabel != held.modelLabel,
                         finalLabel != held.initial.label,
                         CaseResolution::Decided,
                         std::nullopt,
                         {}};
    outcome.resolution = !complete   ? CaseResolution::AwaitingReviews
                         : unanimous ? CaseResolution::Decided
                                     : CaseResolution::Adjudication;
    query.prepare(QStringLiteral(
        "UPDATE reviews SET status = 'finalized', final_decision = ?, final_rationale = ?, "
        "finalized_at = ?, override = ?, blind_ms = ?, decide_ms = ?, day_ordinal = ?, "
        "break_ordinal = ?, ended_at = ?, decides = ? WHERE seq = ?"));
    const QString nowText = isoText(time);
    query.addBindValue(finalLabel);
    query.addBindValue(reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(reason));
    query.addBindValue(nowText);
    query.addBindValue(outcome.overridesModel ? 1 : 0);
    query.addBindValue(claimedAt.msecsTo(parseIso(held.committedAt)));
    query.addBindValue(parseIso(held.revealedAt).msecsTo(time));
    query.addBindValue(position.dayOrdinal);
    query.addBindValue(position.breakOrdinal);
    query.addBindValue(nowText);
    // An upheld appeal leaves the decision where it was.
    const bool decides = outcome.resolution == CaseResolution::Decided &&
                         appealOutcome.value_or(AppealOutcome::Reversed) == AppealOutcome::Reversed;
    query.addBindValue(decides ? 1 : 0);
    query.addBindValue(held.reviewSeq);
    if (!query.exec())
        return databaseError(query);
    if (Status recorded = recordFinalizedReview(m_db, held.reviewSeq, analyticsZone.value());
        !recorded)
        return recorded.error();
    switch (outcome.resolution) {
    case CaseResolution::Decided:
        if (appealOutcome) {
            // resolveAppeal gave the case back its place.
            outcome.appealOutcome = appealOutcomeName(*appealOutcome);
            if (decides) {
                if (Status decided = decideCase(m_db, held.reviewSeq, DecidedBy::Appeal); !decided)
                    return decided.error();
            }
            break;
        }
        if (Status moved = setCaseState(held.caseSeq, QStringLiteral("finalized")); !moved)
            return moved.error();
        if (Status decided = decideCase(m_db, held.reviewSeq, DecidedBy::Review); !decided)
            return decided.error();
        break;
    case CaseResolution::Adjudication:
        query.prepare(QStringLiteral("UPDATE cases SET queue = ?, state = 'queued' WHERE seq = ?"));
        query.addBindValue(adjudicationQueue());
        query.addBindValue(held.caseSeq);
        if (!query.exec())
            return databaseError(query);
        break;
    case CaseResolution::AwaitingReviews:
        break;
    }
    if (Status recorded = recordReviewStep(m_db, held.reviewSeq, ReviewStep::Finalized); !recorded)
        return recorded.error();
    if (outcome.resolution == CaseResolution::Adjudication) {
        if (Status recorded = recordSentToAdjudication(m_db, reviewer.login, held.caseSeq, nowText);
            !recorded)
            return recorded.error();
    }
    if (appealOutcome) {
        if (Status recorded =
                recordAppealResolved(m_db, held.appealSeq, held.reviewSeq, reviewer.login);
            !recorded)
            return recorded.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

quint64 ReviewService::randomBits() const {
    return m_options.random ? m_options.random() : QRandomGenerator::system()->generate64();
}

Result<std::optional<qint64>> ReviewService::pickKnownAnswer(const Session& reviewer,
                                                             const QString& queue,
                                                             qint64 productionCaseSeq,
                                                             bool excludeOwnImports) const {
    if (queue == adjudicationQueue() || queue == appealQueue())
        return std::optional<qint64>{};
    const Result<QueueReviewPolicy> policy = ReviewPolicyStore(m_db).forQueue(queue);
    if (!policy)
        return policy.error();
    if (policy->knownAnswerRate <= 0.0 || unitInterval(randomBits()) >= policy->knownAnswerRate)
        return std::optional<qint64>{};
    return pickKnownAnswerCase(m_db, productionCaseSeq, reviewer.userId, excludeOwnImports,
                               randomBits());
}

Status ReviewService::decidePlanting(Held& held) {
    const Result<QueueReviewPolicy> policy = ReviewPolicyStore(m_db).forQueue(held.queue);
    if (!policy)
        return policy.error();
    const bool planted = policy->catchRate > 0.0 && unitInterval(randomBits()) < policy->catchRate;
    KeptQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE reviews SET planted = ? WHERE seq = ? AND planted IS NULL"));
    query.addBindValue(planted ? 1 : 0);
    query.addBindValue(held.reviewSeq);
    if (!query.exec())
        return databaseError(query);
    held.planted = planted;
    if (!planted)
        return success();
    Result<Reveal> shown = readReveal(held);
    if (!shown)
        return shown.error();
    query.prepare(QStringLiteral(
        "SELECT c.external_id, s.model_label, s.confidence, s.truth, u.login, r.id FROM reviews r "
        "JOIN cases c ON c.seq = r.case_seq JOIN case_sealed s ON s.case_seq = c.seq JOIN users u "
        "ON u.id = r.reviewer_id WHERE r.seq = ?"));
    query.addBindValue(held.reviewSeq);
    if (!query.exec() || !query.next())
        return databaseError(query);
    const QString reviewer = query.value(4).toString();
    const QString reviewId = query.value(5).toString();
    const QJsonObject details{
        {QStringLiteral("review"), reviewId},
        {QStringLiteral("case"), query.value(0).toString()},
        {QStringLiteral("reviewer"), reviewer},
        {QStringLiteral("queue"), held.queue},
        {QStringLiteral("truth"), query.value(3).toString()},
        {QStringLiteral("model_label"), query.value(1).toString()},
        {QStringLiteral("model_confidence"), query.value(2).toDouble()},
        {QStringLiteral("shown_label"), shown->modelLabel},
        {QStringLiteral("shown_confidence"), shown->modelConfidence},
        {QStringLiteral("catch_rate"), policy->catchRate},
        {QStringLiteral("reason"), QStringLiteral("catch trial drawn at the queue's catch rate")}};
    query.finish();
    return appendAuditEvent(m_db, {reviewer, AuditAction::knownAnswerPlanted, reviewId, details},
                            isoText(now()));
}

Result<FinalOutcome> ReviewService::finalizeKnownAnswer(const Held& held, const QString& finalLabel,
                                                        const QString& reason,
                                                        Transaction& transaction) {
    // Never a decision: no fact for the production figures, no effective
    // decision, no export; the review row itself is what the known-answer
    // figures read.
    const QDateTime time = now();
    const QString nowText = isoText(time);
    FinalOutcome outcome{held.caseId,
                         finalLabel,
                         finalLabel != held.modelLabel,
                         finalLabel != held.initial.label,
                         CaseResolution::Decided,
                         std::nullopt,
                         {}};
    KeptQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE reviews SET status = 'finalized', final_decision = ?, final_rationale = ?, "
        "finalized_at = ?, override = ?, blind_ms = ?, decide_ms = ?, ended_at = ?, decides = 0 "
        "WHERE seq = ?"));
    query.addBindValue(finalLabel);
    query.addBindValue(reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(reason));
    query.addBindValue(nowText);
    query.addBindValue(outcome.overridesModel ? 1 : 0);
    query.addBindValue(parseIso(held.claimedAt).msecsTo(parseIso(held.committedAt)));
    query.addBindValue(parseIso(held.revealedAt).msecsTo(time));
    query.addBindValue(nowText);
    query.addBindValue(held.reviewSeq);
    if (!query.exec())
        return databaseError(query);
    if (Status recorded = recordReviewStep(m_db, held.reviewSeq, ReviewStep::Finalized); !recorded)
        return recorded.error();
    const Result<QueueReviewPolicy> policy = ReviewPolicyStore(m_db).forQueue(held.queue);
    if (!policy)
        return policy.error();
    if (policy->knownAnswerFeedback) {
        query.prepare(QStringLiteral("SELECT truth FROM case_sealed WHERE case_seq = ?"));
        query.addBindValue(held.caseSeq);
        if (!query.exec() || !query.next())
            return databaseError(query);
        outcome.knownAnswer = KnownAnswerFeedback{query.value(0).toString(), held.modelLabel,
                                                  held.planted.value_or(false)};
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<QString> ReviewService::knownAnswerNotice(const QString& queue) const {
    const Result<QueueReviewPolicy> policy = ReviewPolicyStore(m_db).forQueue(queue);
    if (!policy)
        return policy.error();
    if (policy->knownAnswerRate <= 0.0)
        return QString();
    return Text::tr("Some cases in this queue are checks whose correct answer is known, and some "
                    "of the recommendations shown after your initial decision are deliberately "
                    "wrong. Judge every case on its facts.");
}

Result<FinalOutcome> ReviewService::adjudicate(const Held& held, const ClaimedCase& blind,
                                               const QString& finalLabel, const QString& rationale,
                                               Transaction& transaction) {
    if (!blind.labels.contains(finalLabel))
        return Error{Text::tr("'%1' is not a decision for case %2; choose one of: %3.")
                         .arg(finalLabel, held.caseId, blind.labels.join(QStringLiteral(", ")))};
    const QString reason = rationale.trimmed();
    if (reason.isEmpty())
        return Error{Text::tr("An adjudication needs a rationale: say why '%1' decides case %2. "
                              "Nothing was stored.")
                         .arg(finalLabel, held.caseId)};
    const Result<Reveal> model = readReveal(held);
    if (!model)
        return model.error();
    const QString nowText = isoText(now());
    FinalOutcome outcome{
        held.caseId,  finalLabel, finalLabel != model->modelLabel, false, CaseResolution::Decided,
        std::nullopt, {}};
    KeptQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE reviews SET status = 'finalized', final_decision = ?, final_rationale = ?, "
        "finalized_at = ?, model_label = ?, override = ?, ended_at = ?, decides = 1 "
        "WHERE seq = ? AND status = 'claimed'"));
    query.addBindValue(finalLabel);
    query.addBindValue(reason);
    query.addBindValue(nowText);
    query.addBindValue(model->modelLabel);
    query.addBindValue(outcome.overridesModel ? 1 : 0);
    query.addBindValue(nowText);
    query.addBindValue(held.reviewSeq);
    if (!query.exec())
        return databaseError(query);
    if (Status moved = setCaseState(held.caseSeq, QStringLiteral("finalized")); !moved)
        return moved.error();
    if (Status decided = decideCase(m_db, held.reviewSeq, DecidedBy::Adjudication); !decided)
        return decided.error();
    if (Status recorded = recordReviewStep(m_db, held.reviewSeq, ReviewStep::Finalized); !recorded)
        return recorded.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

Status ReviewService::release(const Session& reviewer, const QString& caseId,
                              const QString& reason) {
    if (Status allowed = require(reviewer, Permission::ReviewCases); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error{Text::tr("Say why you give case %1 back: a reason is required.").arg(caseId)};
    Transaction transaction(m_db);
    if (!transaction.begun())
        return busyError(transaction);
    Result<Held> found = requireHeld(reviewer, caseId);
    if (!found)
        return found.error();
    if (found->status != u"claimed")
        return Error{Text::tr("Your initial decision on case %1 is committed, so it cannot be "
                              "given back unreviewed; finalize or escalate it.")
                         .arg(caseId)};
    const QString nowText = isoText(now());
    KeptQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE reviews SET status = 'released', ended_at = ?, end_note = ? WHERE seq = ?"));
    query.addBindValue(nowText);
    query.addBindValue(reason.trimmed());
    query.addBindValue(found->reviewSeq);
    if (!query.exec())
        return databaseError(query);
    if (!found->knownAnswer) {
        if (Status moved = setCaseState(found->caseSeq, QStringLiteral("queued")); !moved)
            return moved.error();
    }
    if (Status recorded = recordReviewStep(m_db, found->reviewSeq, ReviewStep::Released); !recorded)
        return recorded;
    return transaction.commit();
}

Status ReviewService::escalate(const Session& reviewer, const QString& caseId,
                               const QString& toQueue, const QString& note) {
    if (Status allowed = require(reviewer, Permission::ReviewCases); !allowed)
        return allowed;
    if (!isValidQueueName(toQueue))
        return Error{Text::tr("'%1' is not a queue name (lower-case letters, digits, '-' and '_').")
                         .arg(toQueue)};
    if (toQueue == adjudicationQueue())
        return Error{Text::tr("Cases reach the adjudication queue when their independent reviews "
                              "disagree; escalate to a named queue such as 'senior'.")};
    if (toQueue == u"audit")
        return Error{Text::tr("The audit queue holds the random sample of automated decisions; "
                              "escalate to a named queue such as 'senior'.")};
    if (toQueue == appealQueue())
        return Error{Text::tr("Cases reach the appeal queue when an appeal is filed against their "
                              "decision; escalate to a named queue such as 'senior'.")};
    if (note.trimmed().isEmpty())
        return Error{Text::tr("Add a note for the senior reviewer: escalating case %1 needs one.")
                         .arg(caseId)};
    Transaction transaction(m_db);
    if (!transaction.begun())
        return busyError(transaction);
    Result<Held> found = requireHeld(reviewer, caseId);
    if (!found)
        return found.error();
    if (found->slot == 0)
        return Error{Text::tr("Case %1 is an adjudication: decide it, or release it for another "
                              "adjudicator.")
                         .arg(caseId)};
    if (found->appealSeq != 0)
        return Error{Text::tr("Case %1 is an appeal: it is decided by someone who never saw the "
                              "case; decide it, or release it for another reviewer.")
                         .arg(caseId)};
    if (found->queue == toQueue)
        return Error{Text::tr("Case %1 is already in the '%2' queue.").arg(caseId, toQueue)};
    const QString nowText = isoText(now());
    KeptQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE reviews SET status = 'escalated', ended_at = ?, "
                                 "end_note = ?, escalated_to = ? WHERE seq = ?"));
    query.addBindValue(nowText);
    query.addBindValue(note.trimmed());
    query.addBindValue(toQueue);
    query.addBindValue(found->reviewSeq);
    if (!query.exec())
        return databaseError(query);
    // A known-answer check ends here for this reviewer and stays in its set: the
    // senior queue gets no case, and nothing tells the reviewer it was a check.
    if (!found->knownAnswer) {
        query.prepare(QStringLiteral("UPDATE cases SET queue = ?, state = 'queued' WHERE seq = ?"));
        query.addBindValue(toQueue);
        query.addBindValue(found->caseSeq);
        if (!query.exec())
            return databaseError(query);
    }
    if (Status recorded = recordReviewStep(m_db, found->reviewSeq, ReviewStep::Escalated);
        !recorded)
        return recorded;
    return transaction.commit();
}

Result<QList<ReviewerQueue>> ReviewService::queues(const Session& reviewer) {
    if (Status allowed = require(reviewer, Permission::ReviewCases); !allowed)
        return allowed.error();
    QList<ReviewerQueue> list{ReviewerQueue{QStringLiteral("review")},
                              ReviewerQueue{QStringLiteral("audit")}};
    auto entry = [&list](const QString& name) -> ReviewerQueue& {
        for (ReviewerQueue& queue : list)
            if (queue.name == name)
                return queue;
        list << ReviewerQueue{name};
        return list.last();
    };
    KeptQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT queue, count(*) FROM cases WHERE queue IS NOT NULL "
                                   "AND state = 'queued' GROUP BY queue")))
        return databaseError(query);
    while (query.next())
        entry(query.value(0).toString()).pending = query.value(1).toLongLong();
    // Cases of imports still in progress are in the index but in no queue yet.
    const Result<QHash<QString, qint64>> staged = stagedQueuedCases(m_db);
    if (!staged)
        return staged.error();
    for (ReviewerQueue& queue : list)
        queue.pending -= staged.value().value(queue.name);

    const QDateTime localNow = now().toTimeZone(m_options.zone);
    const QDateTime midnight(localNow.date(), QTime(0, 0), m_options.zone);
    query.prepare(
        QStringLiteral("SELECT queue, count(*), sum(override) FROM reviews WHERE reviewer_id = ? "
                       "AND status = 'finalized' AND finalized_at >= ? GROUP BY queue"));
    query.addBindValue(reviewer.userId);
    query.addBindValue(isoText(midnight));
    if (!query.exec())
        return databaseError(query);
    while (query.next()) {
        ReviewerQueue& queue = entry(query.value(0).toString());
        queue.mineToday = query.value(1).toLongLong();
        queue.overriddenToday = query.value(2).toLongLong();
    }
    return list;
}

} // namespace oversight
