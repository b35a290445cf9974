#pragma once

#include <QDateTime>
#include <QStringView>
#include <QTimeZone>
#include <optional>

namespace oversight {

// An ISO 8601 date and time ("2026-03-02T09:15:00", seconds and fractions
// optional, 'T' or a space between), with a UTC offset ("Z", "+01:00") or
// without one: a naive time is read in `zone`. A local time that does not exist
// (skipped by a DST change) is refused; one that exists twice is the first.
std::optional<QDateTime> parseTimestamp(QStringView text, const QTimeZone& zone);

} // namespace oversight
