#include "workload/workposition.h"

namespace oversight {

WorkPosition nextWorkPosition(const std::optional<PreviousWork>& previous,
                              const QDateTime& claimedAt, const QDateTime& finalizedAt,
                              const QTimeZone& zone) {
    if (!previous)
        return {};
    const WorkInstant before{previous->finalizedAt.toMSecsSinceEpoch(),
                             previous->finalizedAt.toTimeZone(zone).date().toJulianDay()};
    const WorkInstant now{finalizedAt.toMSecsSinceEpoch(),
                          finalizedAt.toTimeZone(zone).date().toJulianDay()};
    return nextWorkPosition(PreviousWorkInstant{before, previous->position},
                            claimedAt.toMSecsSinceEpoch(), now);
}

WorkPosition nextWorkPosition(const std::optional<PreviousWorkInstant>& previous,
                              qint64 claimedUtcMilliseconds, const WorkInstant& finalized) {
    if (!previous)
        return {};
    WorkPosition position;
    const bool sameDay = previous->finalized.localJulianDay == finalized.localJulianDay;
    position.dayOrdinal = sameDay ? previous->position.dayOrdinal + 1 : 1;
    // Whole seconds, as QDateTime::secsTo counts them.
    const bool afterBreak =
        (claimedUtcMilliseconds - previous->finalized.utcMilliseconds) / 1000 > breakGapSeconds;
    position.breakOrdinal = (sameDay && !afterBreak) ? previous->position.breakOrdinal + 1 : 1;
    return position;
}

} // namespace oversight
