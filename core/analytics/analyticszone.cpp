#include "analytics/analyticszone.h"

#include "analytics/counts.h"
#include "common/ids.h"
#include "settings/settingstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Analytics)
};

const QString key = QStringLiteral("analytics_time_zone");

} // namespace

QString analyticsZoneKey() {
    return key;
}

Result<bool> analyticsZoneChangeable(QSqlDatabase db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT 1 FROM review_facts LIMIT 1")))
        return Error{Text::tr("Cannot read the review facts: %1").arg(query.lastError().text())};
    return !query.next();
}

Status checkAnalyticsZone(const QString& id) {
    // Valid rather than listed: the list leaves out aliases such as "Etc/UTC",
    // which a system may well name as its own zone.
    if (id.isEmpty() || !QTimeZone(id.toUtf8()).isValid())
        return Error{Text::tr("'%1' is not a time zone known on this machine.").arg(id)};
    return success();
}

namespace {

Result<QTimeZone> zoneOf(const std::optional<QString>& stored) {
    if (!stored)
        return QTimeZone::systemTimeZone();
    const QTimeZone zone(stored->toUtf8());
    if (!zone.isValid())
        return Error{
            Text::tr("The analytics time zone '%1' is not known on this machine.").arg(*stored)};
    return zone;
}

} // namespace

Result<QTimeZone> analyticsZone(QSqlDatabase db) {
    const Result<std::optional<QString>> stored = readSetting(db, key);
    if (!stored)
        return stored.error();
    return zoneOf(stored.value());
}

Result<QTimeZone> fixAnalyticsZone(QSqlDatabase db) {
    const Result<std::optional<QString>> current = readSetting(db, key);
    if (!current)
        return current.error();
    if (current.value())
        return zoneOf(current.value());
    {
        Transaction transaction(db);
        if (!transaction.begun())
            return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
        const Result<bool> stored =
            initializeSetting(db, key, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
        if (!stored)
            return stored.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
    }
    return analyticsZone(db);
}

LocalSlot localSlot(const QDateTime& utc, const QTimeZone& zone) {
    const QDateTime local = utc.toTimeZone(zone);
    return {local.date().toString(Qt::ISODate), local.time().hour()};
}

LocalSlotCache::Slot LocalSlotCache::slotOf(qint64 utcMilliseconds) const {
    const QDateTime local =
        QDateTime::fromMSecsSinceEpoch(utcMilliseconds, QTimeZone::utc()).toTimeZone(m_zone);
    return {local.date().toString(Qt::ISODate).toUtf8(), local.time().hour(),
            local.date().toJulianDay()};
}

const LocalSlotCache::Slot& LocalSlotCache::at(qint64 utcMilliseconds) {
    constexpr qint64 slotMs = slotSeconds * 1000;
    const qint64 slot =
        utcMilliseconds >= 0 ? utcMilliseconds / slotMs : (utcMilliseconds - slotMs + 1) / slotMs;
    const auto known = m_slots.constFind(slot);
    if (known != m_slots.cend())
        return *known;
    // Kept when both ends of the slot fall in one local day and hour.
    Slot first = slotOf(slot * slotMs);
    const Slot last = slotOf((slot + 1) * slotMs - 1);
    if (first.julianDay == last.julianDay && first.hour == last.hour)
        return *m_slots.insert(slot, std::move(first));
    m_irregular = slotOf(utcMilliseconds);
    return m_irregular;
}

bool sameRulesBetween(const QTimeZone& a, const QTimeZone& b, const QDateTime& from,
                      const QDateTime& to) {
    if (a.id() == b.id())
        return true;
    if (a.offsetFromUtc(from) != b.offsetFromUtc(from))
        return false;
    const QTimeZone::OffsetDataList aChanges = a.transitions(from, to);
    const QTimeZone::OffsetDataList bChanges = b.transitions(from, to);
    if (aChanges.size() != bChanges.size())
        return false;
    for (qsizetype i = 0; i < aChanges.size(); ++i) {
        if (aChanges[i].atUtc != bChanges[i].atUtc ||
            aChanges[i].offsetFromUtc != bChanges[i].offsetFromUtc)
            return false;
    }
    return true;
}

} // namespace oversight
