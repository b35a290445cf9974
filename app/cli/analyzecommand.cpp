#include "analytics/analyticsservice.h"
#include "cli/commands.h"
#include "cli/filteroptions.h"
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
    const FilterOptions filters;
    const QCommandLineOption fromFacts(
        QStringLiteral("from-facts"),
        Text::tr("Compute from every review instead of the rollup (slow; for checking)."));
    filters.addTo(parser);
    parser.addOption(fromFacts);
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("analyze takes no arguments"));

    const Result<AnalysisFilter> read = filters.read(parser, false);
    if (!read)
        return context.usage(read.error().message);
    const AnalysisFilter& filter = read.value();

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
