// Timestamp parsing on arbitrary text in zones with awkward rules (DST, half-hour
// offsets, a skipped day). Properties: a parsed time is valid and in UTC; a text
// with an offset means the same instant in every zone; a naive text shows, in the
// zone it was read in, exactly the date and time it says (never moved by a DST gap).

#include "analytics/timestamps.h"
#include "fuzzsupport.h"

#include <array>

using namespace oversight;
using namespace oversight::fuzz;

namespace {

const std::array<QByteArray, 7> zoneIds{
    "UTC",          "Europe/Berlin",    "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe",
    "Pacific/Apia", "America/Sao_Paulo"};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzInput input(data, size);
    const QTimeZone zone(zoneIds[input.takeByte() % zoneIds.size()]);
    const QString text = QString::fromUtf8(input.rest());

    const std::optional<QDateTime> parsed = parseTimestamp(text, zone);
    const std::optional<QDateTime> inUtc = parseTimestamp(text, QTimeZone::utc());
    const QTimeZone plusFiveThirty(5 * 3600 + 1800);
    const std::optional<QDateTime> inPlusFiveThirty = parseTimestamp(text, plusFiveThirty);

    // Zones without gaps accept every text the pattern accepts.
    FUZZ_CHECK(inUtc.has_value() == inPlusFiveThirty.has_value(), "'%s' parses in one fixed zone",
               qPrintable(text));
    if (!inUtc) {
        FUZZ_CHECK(!parsed, "'%s' parses only in %s", qPrintable(text), zone.id().constData());
        return 0;
    }
    FUZZ_CHECK(inUtc->isValid() && inUtc->timeSpec() == Qt::UTC, "'%s' is not a valid UTC time",
               qPrintable(text));
    const qint64 shift = inPlusFiveThirty->secsTo(*inUtc);
    FUZZ_CHECK(shift == 0 || shift == 5 * 3600 + 1800, "'%s' moved by %lld s", qPrintable(text),
               static_cast<long long>(shift));
    const bool naive = shift != 0;
    if (!parsed) {
        FUZZ_CHECK(naive, "'%s' has an offset yet was refused in %s", qPrintable(text),
                   zone.id().constData());
        return 0;
    }
    FUZZ_CHECK(parsed->isValid() && parsed->timeSpec() == Qt::UTC, "'%s' in %s is not UTC",
               qPrintable(text), zone.id().constData());
    if (!naive) {
        FUZZ_CHECK(*parsed == *inUtc, "'%s' with an offset depends on the zone", qPrintable(text));
        return 0;
    }
    // inUtc holds the text's own fields; read back in the zone, the result must show them.
    const QDateTime local = parsed->toTimeZone(zone);
    FUZZ_CHECK(local.date() == inUtc->date() && local.time() == inUtc->time(),
               "'%s' in %s became %s", qPrintable(text), zone.id().constData(),
               qPrintable(local.toString(Qt::ISODateWithMs)));
    return 0;
}
