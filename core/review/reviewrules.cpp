#include "review/reviewrules.h"

#include <QRegularExpression>

namespace oversight {

bool finalRationaleRequired(const QString& initialLabel, const QString& finalLabel,
                            const QString& modelLabel) {
    return finalLabel != initialLabel || finalLabel != modelLabel;
}

bool isValidQueueName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_-]{0,39}$"));
    return pattern.match(name).hasMatch();
}

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
