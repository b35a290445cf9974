#pragma once

#include <QString>

namespace oversight {

// Additive tallies of finalized reviews: what one rollup row holds, and what any
// group of rows sums to. Every metric is a ratio of two of these.
struct Counts {
    qint64 n = 0;
    qint64 overrides = 0;     // final != model
    qint64 withInitial = 0;   // an initial decision was recorded
    qint64 disagreements = 0; // initial != model
    qint64 deferrals = 0;     // initial != model, final == model
    qint64 changedMind = 0;   // initial != final
    qint64 truthN = 0;        // outcome known
    qint64 modelCorrect = 0;
    qint64 finalCorrect = 0;
    qint64 initialTruthN = 0; // outcome known and an initial decision recorded
    qint64 initialCorrect = 0;
    qint64 modelRightDisagreed = 0; // initial != model, model right
    qint64 switchedWhenRight = 0;   // ... and final == model
    qint64 modelWrongDisagreed = 0; // initial != model, model wrong
    qint64 heldWhenWrong = 0;       // ... and final == initial
    qint64 brierN = 0;
    double brierSum = 0.0; // sum of (stated confidence - initial correct)^2
    qint64 blindN = 0;
    qint64 blindMsSum = 0;
    qint64 decideN = 0;
    qint64 decideMsSum = 0;

    Counts& operator+=(const Counts& other);
    bool operator==(const Counts& other) const = default;
};

// The rollup's grain (see rollupsql.cpp): a UTC quarter hour, a reviewer, a
// queue, a model ("name version") and the two workload buckets.
struct RollupRow {
    qint64 slot = 0; // seconds since the epoch / 900
    QString reviewer;
    QString queue;
    QString model;
    int dayBucket = 0;
    int breakBucket = 0;
    Counts counts;
};

constexpr qint64 slotSeconds = 15 * 60;

} // namespace oversight
