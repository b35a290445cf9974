#include "analytics/timestamps.h"

#include <cstring>

namespace oversight {

namespace {

constexpr qint64 msPerHour = 3600 * 1000;
constexpr qint64 msPerDay = 24 * msPerHour;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
// days_from_civil), and back.
qint64 daysFromCivil(qint64 year, int month, int day) {
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

struct Civil {
    qint64 year;
    int month;
    int day;
};

Civil civilFromDays(qint64 days) {
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;
    const int day = static_cast<int>(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    const int month = static_cast<int>(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    return {yearOfEra + era * 400 + (month <= 2), month, day};
}

int daysInMonth(qint64 year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

// Reads `count` digits at `at`, advancing it; -1 when they are not all digits.
int digits(QByteArrayView text, qsizetype& at, int count) {
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[at + i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    at += count;
    return value;
}

// The instant of a naive local time, by QDateTime: nullopt when the zone skips it.
std::optional<qint64> resolveInZone(qint64 naiveMs, const QTimeZone& zone) {
    const qint64 days = naiveMs >= 0 ? naiveMs / msPerDay : (naiveMs - msPerDay + 1) / msPerDay;
    const Civil civil = civilFromDays(days);
    const QDate date(static_cast<int>(civil.year), civil.month, civil.day);
    const QTime time = QTime::fromMSecsSinceStartOfDay(static_cast<int>(naiveMs - days * msPerDay));
    const QDateTime local(date, time, zone);
    // Qt moves a time inside a DST gap; such a time never happened there.
    if (!local.isValid() || local.time() != time || local.date() != date)
        return std::nullopt;
    return local.toMSecsSinceEpoch();
}

} // namespace

std::optional<qint64> TimestampReader::offsetOfLocalHour(qint64 localHour) {
    const auto known = m_hourOffsets.constFind(localHour);
    if (known != m_hourOffsets.cend())
        return *known;
    // Regular when both ends of the hour exist with one offset: then every time
    // in between has it too.
    const qint64 start = localHour * msPerHour;
    const qint64 end = start + msPerHour - 1;
    const std::optional<qint64> first = resolveInZone(start, m_zone);
    const std::optional<qint64> last = resolveInZone(end, m_zone);
    std::optional<qint64> offset;
    if (first && last && start - *first == end - *last)
        offset = start - *first;
    m_hourOffsets.insert(localHour, offset);
    return offset;
}

std::optional<qint64> TimestampReader::utcMilliseconds(QByteArrayView text) {
    while (!text.isEmpty() && isSpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isSpace(text.back()))
        text.chop(1);
    qsizetype at = 0;
    auto expect = [&](char c) {
        if (at >= text.size() || text[at] != c)
            return false;
        ++at;
        return true;
    };
    const int year = digits(text, at, 4);
    if (year < 0 || !expect('-'))
        return std::nullopt;
    const int month = digits(text, at, 2);
    if (month < 0 || !expect('-'))
        return std::nullopt;
    const int day = digits(text, at, 2);
    if (day < 0 || !(expect('T') || expect(' ')))
        return std::nullopt;
    const int hour = digits(text, at, 2);
    if (hour < 0 || !expect(':'))
        return std::nullopt;
    const int minute = digits(text, at, 2);
    if (minute < 0)
        return std::nullopt;
    int second = 0;
    int millisecond = 0;
    if (expect(':')) {
        second = digits(text, at, 2);
        if (second < 0)
            return std::nullopt;
        if (expect('.')) {
            int fractionDigits = 0;
            while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
                if (fractionDigits < 3)
                    millisecond = millisecond * 10 + (text[at] - '0');
                ++fractionDigits;
                ++at;
            }
            if (fractionDigits == 0 || fractionDigits > 9)
                return std::nullopt;
            for (int i = fractionDigits; i < 3; ++i)
                millisecond *= 10;
        }
    }
    // Year 0 does not exist in Qt's calendar.
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
        hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const qint64 naive =
        (daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second) * 1000 +
        millisecond;
    if (at == text.size()) {
        const qint64 localHour =
            naive >= 0 ? naive / msPerHour : (naive - msPerHour + 1) / msPerHour;
        if (const std::optional<qint64> offset = offsetOfLocalHour(localHour))
            return naive - *offset;
        return resolveInZone(naive, m_zone);
    }
    if (expect('Z'))
        return at == text.size() ? std::optional<qint64>(naive) : std::nullopt;
    if (text[at] != '+' && text[at] != '-')
        return std::nullopt;
    const int sign = text[at] == '-' ? -1 : 1;
    ++at;
    const int offsetHours = digits(text, at, 2);
    expect(':');
    const int offsetMinutes = digits(text, at, 2);
    if (offsetHours < 0 || offsetMinutes < 0 || at != text.size() || offsetHours > 18 ||
        offsetMinutes > 59)
        return std::nullopt;
    return naive - sign * (offsetHours * 3600 + offsetMinutes * 60) * qint64(1000);
}

std::optional<QDateTime> parseTimestamp(QStringView text, const QTimeZone& zone) {
    TimestampReader reader(zone);
    const std::optional<qint64> ms = reader.utcMilliseconds(text.toUtf8());
    if (!ms)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
}

QByteArray utcIsoText(qint64 utcMilliseconds) {
    const qint64 days = utcMilliseconds >= 0 ? utcMilliseconds / msPerDay
                                             : (utcMilliseconds - msPerDay + 1) / msPerDay;
    const Civil civil = civilFromDays(days);
    qint64 rest = utcMilliseconds - days * msPerDay;
    const int millisecond = static_cast<int>(rest % 1000);
    rest /= 1000;
    const int second = static_cast<int>(rest % 60);
    rest /= 60;
    const int minute = static_cast<int>(rest % 60);
    const int hour = static_cast<int>(rest / 60);
    QByteArray text(24, Qt::Uninitialized);
    char* out = text.data();
    auto put = [&out](qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            out[i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
        out += width;
    };
    put(civil.year, 4);
    *out++ = '-';
    put(civil.month, 2);
    *out++ = '-';
    put(civil.day, 2);
    *out++ = 'T';
    put(hour, 2);
    *out++ = ':';
    put(minute, 2);
    *out++ = ':';
    put(second, 2);
    *out++ = '.';
    put(millisecond, 3);
    *out++ = 'Z';
    return text;
}

} // namespace oversight
