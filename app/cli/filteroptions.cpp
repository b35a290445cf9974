#include "cli/filteroptions.h"

#include <QCoreApplication>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace

FilterOptions::FilterOptions()
    : m_from(QStringLiteral("from"), Text::tr("First day (YYYY-MM-DD)."), Text::tr("DATE"))
    , m_to(QStringLiteral("to"), Text::tr("Last day (YYYY-MM-DD)."), Text::tr("DATE"))
    , m_queue(QStringLiteral("queue"), Text::tr("Only this queue."), Text::tr("QUEUE"))
    , m_model(QStringLiteral("model"), Text::tr("Only this model (name, or name and version)."),
              Text::tr("MODEL"))
    , m_reviewer(QStringLiteral("reviewer"), Text::tr("Only this reviewer."), Text::tr("LOGIN"))
    , m_zone(QStringLiteral("tz"), Text::tr("Time zone for days and hours (IANA name)."),
             Text::tr("ZONE")) {}

void FilterOptions::addTo(QCommandLineParser& parser) const {
    parser.addOptions({m_from, m_to, m_queue, m_model, m_reviewer, m_zone});
}

Result<AnalysisFilter> FilterOptions::read(const QCommandLineParser& parser,
                                           bool datesRequired) const {
    AnalysisFilter filter;
    for (const auto& [option, target] :
         {std::pair{&m_from, &filter.from}, std::pair{&m_to, &filter.to}}) {
        const QString name = option->names().constFirst();
        if (!parser.isSet(*option)) {
            if (datesRequired)
                return Error{Text::tr("--%1 is required (YYYY-MM-DD)").arg(name)};
            continue;
        }
        const QDate date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date.isValid())
            return Error{Text::tr("--%1 expects a date as YYYY-MM-DD, not '%2'")
                             .arg(name, parser.value(*option))};
        *target = date;
    }
    if (parser.isSet(m_zone)) {
        filter.zone = QTimeZone(parser.value(m_zone).toUtf8());
        if (!filter.zone->isValid())
            return Error{Text::tr("unknown time zone '%1'").arg(parser.value(m_zone))};
    }
    filter.queue = parser.value(m_queue);
    filter.model = parser.value(m_model);
    filter.reviewer = parser.value(m_reviewer);
    return filter;
}

} // namespace oversight::cli
