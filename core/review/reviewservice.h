#pragma once

#include "accounts/session.h"
#include "common/result.h"
#include "review/claimedcase.h"
#include "review/reviewtypes.h"
#include "storage/database.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QTimeZone>
#include <functional>
#include <map>
#include <optional>
#include <tuple>

namespace oversight {

// The two-stage blind review (DESIGN.md, "The blind invariant"). A reviewer holds
// at most one case at a time. claimNext hands out its facts only; the model's
// answer is handed out by commitInitial, after the reviewer's own answer is
// durably stored; finalize records the decision that counts. Each call is one
// transaction, safe across processes on one database file.
class ReviewService {
public:
    using Clock = std::function<QDateTime()>;
    // Uniform 64-bit numbers; by default the system's cryptographic generator, so
    // nobody can predict which audit case comes next.
    using RandomSource = std::function<quint64()>;

    struct Options {
        std::optional<qint64> leaseSeconds; // default: LeaseSetting, the database's
        QTimeZone zone = QTimeZone::systemTimeZone();
        Clock clock;
        RandomSource random;
    };

    explicit ReviewService(QSqlDatabase db);
    ReviewService(QSqlDatabase db, Options options);

    // The next case of `queue` for this reviewer, or nullopt when none is left for
    // them. A case that needs K independent reviews (review/reviewpolicy.h) is
    // handed to K distinct reviewers, each into a slot of their own; the
    // `adjudication` queue's cases only to someone who reviewed none of them, the
    // `appeal` queue's to someone who never saw the case. `review` and
    // escalation queues go oldest first, `audit` in random order. A case still claimed by the
    // caller comes back (with a fresh lease), from whichever queue; expired leases of others return
    // their cases first.
    Result<std::optional<ClaimedCase>> claimNext(const Session& reviewer, const QString& queue);

    // The case the reviewer holds, at its stage: blind, or with the reveal once the
    // initial decision is committed (also after a crash between commit and finalize).
    Result<std::optional<OpenReview>> openReview(const Session& reviewer);

    // Stores the initial decision (durable, immutable) and then reveals the model's output.
    Result<Reveal> commitInitial(const Session& reviewer, const QString& caseId,
                                 const InitialDecision& initial);

    // The final decision; a rationale is required where finalRationaleRequired says so.
    // When the case needs K reviews, the last of them decides it if all K agree
    // and sends it to adjudication otherwise. An adjudication is decided here
    // directly (no blind stage), always with a rationale; so is an appeal's
    // review, which upholds or reverses the decision appealed against.
    Result<FinalOutcome> finalize(const Session& reviewer, const QString& caseId,
                                  const QString& finalLabel, const QString& rationale);

    // Gives a case back unreviewed (before the initial decision), with a reason.
    Status release(const Session& reviewer, const QString& caseId, const QString& reason);

    // Sends a case to another queue for a senior reviewer, with a note; at any stage.
    Status escalate(const Session& reviewer, const QString& caseId, const QString& toQueue,
                    const QString& note);

    // The standing notice of the queue while it serves known-answer checks
    // (DESIGN.md, "Disclosure"); empty when its known-answer rate is 0.
    Result<QString> knownAnswerNotice(const QString& queue) const;

    // The queues with cases waiting, plus review and audit always, with this
    // reviewer's counts for today.
    Result<QList<ReviewerQueue>> queues(const Session& reviewer);

    qint64 leaseSeconds() const;

private:
    struct Held;
    QDateTime now() const;
    Result<std::optional<Held>> findHeld(const Session& reviewer) const;
    Result<Held> requireHeld(const Session& reviewer, const QString& caseId) const;
    Result<ClaimedCase> loadBlindCase(const Held& held) const;
    Result<ClaimedCase> readBlindCase(const Held& held) const;
    Result<Reveal> reveal(const Held& committed);
    Result<Reveal> readReveal(const Held& held) const;
    Result<AdjudicationFile> readAdjudication(const Held& held) const;
    Result<int> reviewsNeeded(qint64 caseSeq) const;
    // The slot a new claim of the case takes (0 for an adjudication), and whether
    // it takes the last free one.
    struct Slot {
        int number = 0;
        bool last = true;
    };
    Result<std::optional<Slot>> freeSlot(qint64 caseSeq, const QString& queue) const;
    quint64 randomBits() const;
    Result<std::optional<qint64>> pickKnownAnswer(const Session& reviewer, const QString& queue,
                                                  qint64 productionCaseSeq,
                                                  bool excludeOwnImports) const;
    Status decidePlanting(Held& held);
    Result<FinalOutcome> finalizeKnownAnswer(const Held& held, const QString& finalLabel,
                                             const QString& reason, Transaction& transaction);
    Result<FinalOutcome> adjudicate(const Held& held, const ClaimedCase& blind,
                                    const QString& finalLabel, const QString& rationale,
                                    Transaction& transaction);
    // Gives back the queue's cases whose lease ran out; returns their reviews,
    // whose events the caller records at the end of its transaction.
    Result<QList<qint64>> expireLeases(const QString& queue, const QString& nowText);
    Status recordExpired(const QList<qint64>& reviewSeqs);
    Status setCaseState(qint64 caseSeq, const QString& state);
    Status lockCase(qint64 caseSeq);
    Result<std::optional<qint64>> pickCase(const Session& reviewer, const QString& queue,
                                           bool excludeOwnImports);
    Result<std::optional<qint64>> pickAppeal(const Session& reviewer, bool excludeOwnImports);

    QSqlDatabase m_db;
    Options m_options;
    // What reviewsNeeded found per case: it follows from rows that never change
    // after the import (the batch's policy snapshot and seed, the case's route and
    // id), so a claim, its commit and its finalize read them once.
    mutable QHash<qint64, int> m_reviewsNeeded;
    // What loadBlindCase read per (case, the case a check stands in for, appeal):
    // facts, labels and an appeal's statement never change once stored.
    mutable std::map<std::tuple<qint64, qint64, qint64>, ClaimedCase> m_blindCases;
};

} // namespace oversight
