#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace oversight {

// A gap longer than this between two of a reviewer's cases counts as a break
// (DESIGN.md, workload metrics). Fatigue tracks time since a break.
constexpr qint64 breakGapSeconds = 15 * 60;

// A final decision needs a written reason when it differs from the reviewer's
// own initial decision or from the model: those are the decisions an auditor asks about.
bool finalRationaleRequired(const QString& initialLabel, const QString& finalLabel,
                            const QString& modelLabel);

// A queue name: lower-case letters, digits, '-' and '_', starting with a letter, at
// most 40 characters ("review", "audit", "senior-credit").
bool isValidQueueName(const QString& name);

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

} // namespace oversight
