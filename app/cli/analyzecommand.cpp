#include "analytics/analyticsservice.h"
#include "cli/commands.h"
#include "reports/analysisjson.h"

#include <QCoreApplication>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString percent(const std::optional<double>& rate) {
    return rate ? QString::number(*rate * 100, 'f', 1) + QStringLiteral(" %") : Text::tr("n/a");
}

} // namespace

int runAnalyze(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Every oversight metric and warning for a filter (needs --as, compliance or "
                 "administrator). Dates are calendar days in --tz (default: the system zone)."));
    const QCommandLineOption from(QStringLiteral("from"), Text::tr("First day (YYYY-MM-DD)."),
                                  Text::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("Last day (YYYY-MM-DD)."),
                                Text::tr("DATE"));
    const QCommandLineOption queue(QStringLiteral("queue"), Text::tr("Only this queue."),
                                   Text::tr("QUEUE"));
    const QCommandLineOption model(QStringLiteral("model"),
                                   Text::tr("Only this model (name, or name and version)."),
                                   Text::tr("MODEL"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"), Text::tr("Only this reviewer."),
                                      Text::tr("LOGIN"));
    const QCommandLineOption zone(QStringLiteral("tz"),
                                  Text::tr("Time zone for days and hours (IANA name)."),
                                  Text::tr("ZONE"));
    const QCommandLineOption fromFacts(
        QStringLiteral("from-facts"),
        Text::tr("Compute from every review instead of the rollup (slow; for checking)."));
    parser.addOptions({from, to, queue, model, reviewer, zone, fromFacts});
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("analyze takes no arguments"));

    AnalysisFilter filter;
    for (const auto& [option, target] :
         {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        const QDate date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date.isValid())
            return context.usage(Text::tr("--%1 expects a date as YYYY-MM-DD, not '%2'")
                                     .arg(option->names().constFirst(), parser.value(*option)));
        *target = date;
    }
    if (parser.isSet(zone)) {
        filter.zone = QTimeZone(parser.value(zone).toUtf8());
        if (!filter.zone->isValid())
            return context.usage(Text::tr("unknown time zone '%1'").arg(parser.value(zone)));
    }
    filter.queue = parser.value(queue);
    filter.model = parser.value(model);
    filter.reviewer = parser.value(reviewer);

    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const Result<Session> session = context.signIn(database.value());
    if (!session)
        return context.fail(session.error().message);
    const AnalyticsService analytics(database->connection());
    const Result<OversightReport> report = parser.isSet(fromFacts)
                                               ? analytics.analyzeFromFacts(session.value(), filter)
                                               : analytics.analyze(session.value(), filter);
    if (!report)
        return context.fail(report.error().message);
    if (context.json()) {
        context.printJson(analysisJson(report.value()));
        return Ok;
    }
    const OversightReport& r = report.value();
    context.out << Text::tr("reviews %1, override rate %2 (95 % CI %3 to %4)")
                       .arg(r.overall.n)
                       .arg(percent(r.overallRates.overrideRate.rate),
                            percent(r.overallRates.overrideRate.low),
                            percent(r.overallRates.overrideRate.high))
                << Qt::endl;
    context.out << Text::tr("independent disagreement %1, deference %2, changed mind %3")
                       .arg(percent(r.overallRates.disagreement.rate),
                            percent(r.overallRates.deference.rate),
                            percent(r.overallRates.changedMind.rate))
                << Qt::endl;
    for (const Group& group : r.byReviewer)
        context.out << QStringLiteral("  %1 %2 %3")
                           .arg(group.key, -20)
                           .arg(group.counts.n, 8)
                           .arg(percent(group.rates.overrideRate.rate), 9)
                    << Qt::endl;
    for (const Warning& warning : r.warnings)
        context.out << Text::tr("warning: %1").arg(warning.message) << Qt::endl;
    return Ok;
}

} // namespace oversight::cli
