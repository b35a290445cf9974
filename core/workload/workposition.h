#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <optional>

namespace oversight {

// The workload rule both the review service (when a review is finalized) and the
// review-log import (for historical reviews) apply, so it sits below both.

// A gap longer than this between two of a reviewer's cases counts as a break
// (DESIGN.md, workload metrics). Fatigue tracks time since a break.
constexpr qint64 breakGapSeconds = 15 * 60;

// Where a review sits in its reviewer's work: its ordinal within the reviewer's
// calendar day (in `zone`) and since their last break.
struct WorkPosition {
    int dayOrdinal = 1;
    int breakOrdinal = 1;
};

struct PreviousWork {
    QDateTime finalizedAt;
    WorkPosition position;
};

// The position of a review claimed at claimedAt and finalized at finalizedAt, given
// the reviewer's previous finalized review (none: the first of the day and run).
WorkPosition nextWorkPosition(const std::optional<PreviousWork>& previous,
                              const QDateTime& claimedAt, const QDateTime& finalizedAt,
                              const QTimeZone& zone);

// The same rule on plain numbers, for an import of a million reviews: instants
// in milliseconds since the epoch, days as Julian day numbers in the zone.
struct WorkInstant {
    qint64 utcMilliseconds = 0;
    qint64 localJulianDay = 0;
};

struct PreviousWorkInstant {
    WorkInstant finalized;
    WorkPosition position;
};

WorkPosition nextWorkPosition(const std::optional<PreviousWorkInstant>& previous,
                              qint64 claimedUtcMilliseconds, const WorkInstant& finalized);

} // namespace oversight
