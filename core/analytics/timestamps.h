#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QStringView>
#include <QTimeZone>
#include <optional>

namespace oversight {

// Reads ISO 8601 dates and times ("2026-03-02T09:15:00", seconds and fractions
// optional, 'T' or a space between, at most milliseconds kept), with a UTC
// offset ("Z", "+01:00", "+0100", up to 18 hours) or without one: a naive time
// is read in `zone`. A local time that does not exist (skipped by a DST change)
// is refused; one that exists twice is the first.
//
// Made for a million rows: the text is read as bytes, and a naive time's offset
// is looked up once per local hour (an hour with a change of offset in it is
// resolved time by time), where QDateTime would consult the zone on every row.
class TimestampReader {
public:
    explicit TimestampReader(QTimeZone zone)
        : m_zone(std::move(zone)) {}

    // Milliseconds since 1970-01-01T00:00:00Z, or nullopt when `text` is not a
    // date and time of this form (or does not exist in the zone).
    std::optional<qint64> utcMilliseconds(QByteArrayView text);

private:
    std::optional<qint64> offsetOfLocalHour(qint64 localHour);

    QTimeZone m_zone;
    QHash<qint64, std::optional<qint64>> m_hourOffsets; // local hour -> offset in ms, if regular
};

// The same rules for one text.
std::optional<QDateTime> parseTimestamp(QStringView text, const QTimeZone& zone);

// A UTC instant as stored (Qt::ISODateWithMs of a UTC QDateTime):
// "2026-03-02T09:15:00.000Z", written without building a QDateTime.
QByteArray utcIsoText(qint64 utcMilliseconds);

} // namespace oversight
