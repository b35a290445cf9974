#pragma once

#include <QDate>
#include <QList>
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

// A tally and the keys it falls under: one rollup row, or one review fact.
// Keys a source does not carry stay empty (-1 for numbers).
struct KeyedCounts {
    QDate day; // calendar day in the zone of the analysis
    int hour = -1;
    QString reviewer;
    QString queue;
    QString model;
    int dayBucket = -1;
    int breakBucket = -1;
    Counts counts;
};

// What a report is computed from: tallies by reviewer and day (everything but
// hours and workload buckets), by hour and day, by workload bucket and day.
struct ReportInput {
    QList<KeyedCounts> byReviewerDay;
    QList<KeyedCounts> byHourDay;
    QList<KeyedCounts> byWorkloadDay;
};

// UTC quarter hours: the time key of a fact, exact for every zone's offsets.
constexpr qint64 slotSeconds = 15 * 60;

} // namespace oversight
