#pragma once

#include "review/claimedcase.h"

#include <QList>
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

// A human decision taken on a case before it was appealed.
struct EarlierDecision {
    QString reviewer; // login
    QString queue;    // "review", "audit", "adjudication", "appeal", an escalation queue
    QString initial;  // empty for an adjudication
    QString initialRationale;
    QString final;
    QString finalRationale;
    QString decidedAt; // UTC, ISO 8601
};

// What an appeal's reviewer learns at the reveal, besides the model: the appeal
// and every earlier decision (DESIGN.md, "Contesting a decision").
struct AppealContext {
    QString appealId;
    QString statement;
    QString requestedBy;
    QString filedAt;
    QString deadline;
    QString originalDecision;       // the effective decision when the appeal was filed
    QString originalDecider;        // "model" or a login
    QList<EarlierDecision> earlier; // in the order they were taken
};

// What the model said, handed out only in exchange for a committed initial decision.
struct Reveal {
    QString caseId;
    InitialDecision initial;
    QString modelLabel;
    double modelConfidence = 0.0;
    std::vector<std::pair<QString, double>> probabilities; // label -> probability
    std::optional<AppealContext> appeal;                   // set when the case is an appeal
};

// What a final decision did to its case.
enum class CaseResolution {
    Decided,         // the effective decision (alone, unanimous, or an adjudication)
    AwaitingReviews, // other independent reviews of the case are still to come
    Adjudication,    // the independent reviews disagree: the case waits for an adjudicator
};

// What a reviewer learns after finalizing a known-answer case, where the queue's
// policy gives feedback (DESIGN.md, "Known-answer cases").
struct KnownAnswerFeedback {
    QString truth;
    QString shown;        // the recommendation the reveal showed
    bool planted = false; // ... deliberately wrong
};

struct FinalOutcome {
    QString caseId;
    QString finalLabel;
    bool overridesModel = false;
    bool changedMind = false;
    CaseResolution resolution = CaseResolution::Decided;
    std::optional<KnownAnswerFeedback> knownAnswer;
    QString appealOutcome; // "upheld" or "reversed" for an appeal, else empty
};

// One of a case's independent reviews, as the adjudicator sees it.
struct IndependentReview {
    QString reviewer; // login
    QString initial;
    int initialConfidence = 0;
    QString initialRationale;
    QString final;
    QString finalRationale;
};

// What an adjudicator decides from: nothing is hidden, so the model's output
// (in `model`, whose `initial` stays empty) and every independent review.
struct AdjudicationFile {
    Reveal model;
    QList<IndependentReview> reviews; // in slot order
};

// The case a reviewer holds, at whatever stage they left it: after a crash
// between commit and finalize they come back to the reveal stage.
struct OpenReview {
    ClaimedCase blindCase;
    std::optional<Reveal> reveal;                 // set once the initial decision is committed
    std::optional<AdjudicationFile> adjudication; // set when the case is an adjudication
};

// A queue as one reviewer sees it.
struct ReviewerQueue {
    QString name;
    qint64 pending = 0;         // queued, waiting for anyone
    qint64 mineToday = 0;       // finalized by this reviewer today (local day)
    qint64 overriddenToday = 0; // of those, final decision != model
};

} // namespace oversight
