#pragma once

#include "accounts/session.h"
#include "audit/auditevent.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace oversight {

// The newest event of the chain: the value a report cites and a reader checks later.
struct ChainHead {
    qint64 seq = 0;
    QString hash;
    QString at;
};

enum class ChainProblem {
    None,
    Missing,          // an event's sequence number is absent
    Changed,          // an event's content no longer matches its hash
    Reordered,        // an event is chained after a different event than the one before it
    ReviewDiffers,    // a finalized review, or its analytics fact, differs from its events
    ContentDiffers,   // an imported batch or review log differs from the digest recorded
    RollupDiffers,    // a rollup row differs from the review facts (verification/)
    RecordDiffers,    // a decision record differs from the decisions stored (verification/)
    WitnessedHeadLost // an event this client saw is gone or changed (audit/headwitness.h)
};

QString chainProblemName(ChainProblem problem); // "missing", "changed", ...

struct Verification {
    ChainProblem problem = ChainProblem::None;
    qint64 firstBadSeq = 0; // the event concerned; 0 when none is (a review without events)
    QString subject;        // the review, batch or log concerned, if any
    QString description;    // what is wrong, in words
    qint64 eventsChecked = 0;
    qint64 reviewsChecked = 0;
    qint64 importsChecked = 0;
    ChainHead head;

    bool intact() const { return problem == ChainProblem::None; }
};

// Called with work done and total (events, reviews and stored rows); false cancels.
using VerifyProgress = std::function<bool(qint64 done, qint64 total)>;

// Recomputes every hash of the chain and checks that the stored data still says
// what the events say: each finalized review and its analytics fact against its
// commit and finalize events, each import's stored rows against the digest in its
// event. Stops at the first problem. Read-only.
Result<Verification> verifyAuditTrail(QSqlDatabase db, const Session& actor,
                                      const VerifyProgress& progress = {});

// An event a report cited: its sequence number and hash.
struct ChainAnchor {
    qint64 seq = 0;
    QString hash;
};

// When `verification` is intact, marks it changed if the trail no longer holds
// `anchor` with that hash (a rewrite of the whole chain after a report was made).
Status checkAnchor(QSqlDatabase db, const ChainAnchor& anchor, Verification& verification);

// Records a verification run as an event (it changes nothing else).
Status recordVerification(QSqlDatabase db, const Session& actor, const Verification& verification);

Result<ChainHead> chainHead(QSqlDatabase db);

// The newest event that changed data: exports, verification runs, sign-ins and
// script sessions only look, so a report cites the same head however often it is exported.
Result<ChainHead> dataHead(QSqlDatabase db);

// The newest recorded verification run.
Result<std::optional<StoredAuditEvent>> lastVerification(QSqlDatabase db);

} // namespace oversight
