#include "analytics/analyticsservice.h"
#include "cli/commands.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QJsonValue number(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject proportionJson(const Proportion& p) {
    return {{QStringLiteral("n"), p.n},
            {QStringLiteral("rate"), number(p.rate)},
            {QStringLiteral("ci_low"), number(p.low)},
            {QStringLiteral("ci_high"), number(p.high)}};
}

// n, override rate with its interval, and the other rates, flat as the contract names them.
QJsonObject ratesJson(const Counts& counts, const Rates& rates) {
    return {{QStringLiteral("n"), counts.n},
            {QStringLiteral("override_rate"), number(rates.overrideRate.rate)},
            {QStringLiteral("ci_low"), number(rates.overrideRate.low)},
            {QStringLiteral("ci_high"), number(rates.overrideRate.high)},
            {QStringLiteral("disagreement_rate"), number(rates.disagreement.rate)},
            {QStringLiteral("disagreement_n"), rates.disagreement.n},
            {QStringLiteral("deference_rate"), number(rates.deference.rate)},
            {QStringLiteral("deference_n"), rates.deference.n},
            {QStringLiteral("changed_mind_rate"), number(rates.changedMind.rate)},
            {QStringLiteral("mean_blind_seconds"), number(rates.meanBlindSeconds)},
            {QStringLiteral("mean_decide_seconds"), number(rates.meanDecideSeconds)}};
}

QJsonArray groupsJson(const QList<Group>& groups, const QString& keyName, bool numericKey = false) {
    QJsonArray array;
    for (const Group& group : groups) {
        QJsonObject object = ratesJson(group.counts, group.rates);
        object.insert(keyName, numericKey ? QJsonValue(group.key.toInt()) : QJsonValue(group.key));
        array.append(object);
    }
    return array;
}

QJsonObject reportJson(const OversightReport& report) {
    QJsonObject workload{{QStringLiteral("high_volume_override_rate"),
                          number(report.workload.highRates.overrideRate.rate)},
                         {QStringLiteral("high_volume_n"), report.workload.high.n},
                         {QStringLiteral("low_volume_override_rate"),
                          number(report.workload.lowRates.overrideRate.rate)},
                         {QStringLiteral("low_volume_n"), report.workload.low.n},
                         {QStringLiteral("day_volume_p25"), number(report.workload.p25)},
                         {QStringLiteral("day_volume_p75"), number(report.workload.p75)},
                         {QStringLiteral("by_ordinal"),
                          groupsJson(report.workload.byOrdinal, QStringLiteral("bucket"))},
                         {QStringLiteral("by_since_break"),
                          groupsJson(report.workload.bySinceBreak, QStringLiteral("bucket"))}};
    QJsonArray calibration;
    for (const Calibration& entry : report.calibration)
        calibration.append(QJsonObject{{QStringLiteral("reviewer"), entry.reviewer},
                                       {QStringLiteral("n"), entry.n},
                                       {QStringLiteral("brier"), number(entry.brier)}});
    QJsonObject accuracy{{QStringLiteral("model"), proportionJson(report.accuracy.model)},
                         {QStringLiteral("initial"), proportionJson(report.accuracy.initial)},
                         {QStringLiteral("final"), proportionJson(report.accuracy.final)},
                         {QStringLiteral("switched_when_model_right"),
                          proportionJson(report.accuracy.switchedWhenModelRight)},
                         {QStringLiteral("held_when_model_wrong"),
                          proportionJson(report.accuracy.heldWhenModelWrong)},
                         {QStringLiteral("calibration"), calibration}};
    QJsonArray warnings;
    for (const Warning& warning : report.warnings) {
        QJsonObject object = QJsonObject::fromVariantMap(warning.figures);
        object.insert(QStringLiteral("code"), warning.code);
        object.insert(QStringLiteral("message"), warning.message);
        warnings.append(object);
    }
    QJsonValue homogeneity;
    if (report.reviewerHomogeneity)
        homogeneity =
            QJsonObject{{QStringLiteral("chi_square"), report.reviewerHomogeneity->chiSquare},
                        {QStringLiteral("df"), report.reviewerHomogeneity->degreesOfFreedom},
                        {QStringLiteral("p_value"), report.reviewerHomogeneity->pValue}};
    QJsonValue trend;
    if (report.trend)
        trend = QJsonObject{{QStringLiteral("slope_per_day"), report.trend->slope},
                            {QStringLiteral("p_value"), report.trend->pValue},
                            {QStringLiteral("days"), report.trend->points}};
    return {
        {QStringLiteral("overall"), ratesJson(report.overall, report.overallRates)},
        {QStringLiteral("by_reviewer"), groupsJson(report.byReviewer, QStringLiteral("reviewer"))},
        {QStringLiteral("by_hour"), groupsJson(report.byHour, QStringLiteral("hour"), true)},
        {QStringLiteral("by_day"), groupsJson(report.byDay, QStringLiteral("day"))},
        {QStringLiteral("by_queue"), groupsJson(report.byQueue, QStringLiteral("queue"))},
        {QStringLiteral("by_model"), groupsJson(report.byModel, QStringLiteral("model"))},
        {QStringLiteral("workload"), workload},
        {QStringLiteral("accuracy"), accuracy},
        {QStringLiteral("reviewer_homogeneity"), homogeneity},
        {QStringLiteral("trend"), trend},
        {QStringLiteral("warnings"), warnings}};
}

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
        context.printJson(reportJson(report.value()));
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
