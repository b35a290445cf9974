#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QTimeZone>

namespace oversight {

// The time zone whose calendar days and hours the rollups use: a database
// setting, so every machine sees the same days. Until it is set, the first
// review recorded fixes it to the recording machine's zone. Analyses in another
// zone are computed from the review facts directly (exact, slower).
Result<QTimeZone> analyticsZone(QSqlDatabase db);

// The zone, storing the system zone first when none is set, in a transaction of
// its own: call it before, never inside, the transaction that records reviews.
// (Its audit event taken in the middle of a finalization once let three
// PostgreSQL reviewers deadlock: events are the last write of a transaction.)
Result<QTimeZone> fixAnalyticsZone(QSqlDatabase db);

// The settings key of the zone.
QString analyticsZoneKey();

// Whether the zone can still change: true until the first review fact is
// recorded in it (the facts and rollups hold its days and hours; changing it
// afterwards would need them rebuilt).
Result<bool> analyticsZoneChangeable(QSqlDatabase db);

// An error when `id` is not a time zone this machine knows.
Status checkAnalyticsZone(const QString& id);

// Whether two zones give every instant from `from` to `to` the same offset from
// UTC: the same zone under two names (UTC, Etc/UTC, Zulu; Asia/Calcutta and
// Asia/Kolkata), or two zones whose rules agree over the data's range. Days and
// hours are then the same in both.
bool sameRulesBetween(const QTimeZone& a, const QTimeZone& b, const QDateTime& from,
                      const QDateTime& to);

// Calendar day (YYYY-MM-DD) and hour of a UTC instant in `zone`.
struct LocalSlot {
    QString day;
    int hour = 0;
};
LocalSlot localSlot(const QDateTime& utc, const QTimeZone& zone);

// localSlot for many instants in a row (an import): the day and hour are looked
// up once per 15-minute slot of UTC time, and per instant only in a slot where
// the zone changes its offset.
class LocalSlotCache {
public:
    explicit LocalSlotCache(QTimeZone zone)
        : m_zone(std::move(zone)) {}

    struct Slot {
        QByteArray day; // YYYY-MM-DD, UTF-8
        int hour = 0;
        qint64 julianDay = 0;
    };
    const Slot& at(qint64 utcMilliseconds);

private:
    Slot slotOf(qint64 utcMilliseconds) const;

    QTimeZone m_zone;
    QHash<qint64, Slot> m_slots;
    Slot m_irregular;
};

} // namespace oversight
