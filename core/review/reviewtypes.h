#pragma once

#include "review/claimedcase.h"

#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace oversight {

// A reviewer's first, blind judgement. Immutable once committed.
struct InitialDecision {
    QString label;
    int confidence = 0; // 0..100, how sure the reviewer is
    QString rationale;
};

// What the model said, handed out only in exchange for a committed initial decision.
struct Reveal {
    QString caseId;
    InitialDecision initial;
    QString modelLabel;
    double modelConfidence = 0.0;
    std::vector<std::pair<QString, double>> probabilities; // label -> probability
};

struct FinalOutcome {
    QString caseId;
    QString finalLabel;
    bool overridesModel = false;
    bool changedMind = false;
};

// The case a reviewer holds, at whatever stage they left it: after a crash
// between commit and finalize they come back to the reveal stage.
struct OpenReview {
    ClaimedCase blindCase;
    std::optional<Reveal> reveal; // set once the initial decision is committed
};

// A queue as one reviewer sees it.
struct ReviewerQueue {
    QString name;
    qint64 pending = 0;         // queued, waiting for anyone
    qint64 mineToday = 0;       // finalized by this reviewer today (local day)
    qint64 overriddenToday = 0; // of those, final decision != model
};

} // namespace oversight
