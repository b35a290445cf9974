#include "workload/workposition.h"

namespace oversight {

WorkPosition nextWorkPosition(const std::optional<PreviousWork>& previous,
                              const QDateTime& claimedAt, const QDateTime& finalizedAt,
                              const QTimeZone& zone) {
    if (!previous)
        return {};
    WorkPosition position;
    const bool sameDay =
        previous->finalizedAt.toTimeZone(zone).date() == finalizedAt.toTimeZone(zone).date();
    position.dayOrdinal = sameDay ? previous->position.dayOrdinal + 1 : 1;
    const bool afterBreak = previous->finalizedAt.secsTo(claimedAt) > breakGapSeconds;
    position.breakOrdinal = (sameDay && !afterBreak) ? previous->position.breakOrdinal + 1 : 1;
    return position;
}

} // namespace oversight
