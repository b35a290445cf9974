#include "analytics/timestamps.h"

#include <QRegularExpression>

namespace oversight {

std::optional<QDateTime> parseTimestamp(QStringView text, const QTimeZone& zone) {
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)"
                       R"((Z|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toString());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    const QString fraction = match.captured(7).left(3).leftJustified(3, u'0');
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).isEmpty() ? 0 : match.captured(6).toInt(),
                     match.captured(7).isEmpty() ? 0 : fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString offset = match.captured(8);
    if (offset.isEmpty()) {
        const QDateTime local(date, time, zone);
        // Qt moves a time inside a DST gap; such a time never happened there.
        if (!local.isValid() || local.time() != time || local.date() != date)
            return std::nullopt;
        return local.toUTC();
    }
    if (offset == u"Z")
        return QDateTime(date, time, QTimeZone::utc()).toUTC();
    QString digits = offset.mid(1);
    digits.remove(u':');
    const int hours = digits.left(2).toInt();
    const int minutes = digits.mid(2).toInt();
    if (hours > 18 || minutes > 59)
        return std::nullopt;
    const int seconds = (offset.startsWith(u'-') ? -1 : 1) * (hours * 3600 + minutes * 60);
    return QDateTime(date, time, QTimeZone(seconds)).toUTC();
}

} // namespace oversight
