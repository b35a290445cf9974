#include "agreement/agreementservice.h"
#include "analytics/analyticsservice.h"
#include "appeals/appealservice.h"
#include "cli/commands.h"
#include "cli/filteroptions.h"
#include "cli/groupoptions.h"
#include "fairness/fairnessservice.h"
#include "knownanswers/knownanswerservice.h"
#include "reports/analysisjson.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QtConcurrentRun>
#include <optional>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString percent(const std::optional<double>& rate) {
    return rate ? QString::number(*rate * 100, 'f', 1) + QStringLiteral(" %") : Text::tr("n/a");
}

// Per attribute: each group's n and the model's and the effective decision's
// selection and false-positive rates; the oversight effect in words.
void printFairness(Context& context, const FairnessAnalysis& fairness) {
    for (const AttributeFairness& attribute : fairness.attributes) {
        context.out << Text::tr("by %1 (reference %2, positive label %3)")
                           .arg(attribute.attribute, attribute.reference,
                                attribute.positiveLabel.isEmpty() ? Text::tr("none")
                                                                  : attribute.positiveLabel)
                    << Qt::endl;
        for (const GroupFigures& group : attribute.groups)
            context.out << Text::tr("  %1 decisions %2 selected %3 -> %4, false positives %5 -> "
                                    "%6; reviews %7 overridden %8")
                               .arg(group.group, -20)
                               .arg(group.decisionsN)
                               .arg(percent(group.model.selectionRate.rate),
                                    percent(group.effective.selectionRate.rate),
                                    percent(group.model.fpr.rate),
                                    percent(group.effective.fpr.rate))
                               .arg(group.reviewsN)
                               .arg(percent(group.override.rate))
                        << Qt::endl;
        for (const OversightEffect& effect : attribute.oversightEffect)
            if (effect.metric == u"fpr" || effect.metric == u"selection_rate")
                context.out << QStringLiteral("  ")
                            << describeOversightEffect(effect, attribute.reference) << Qt::endl;
        for (const QString& notice : attribute.notices)
            context.out << QStringLiteral("  ") << notice << Qt::endl;
    }
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
    const QCommandLineOption groups(
        QStringLiteral("groups"),
        Text::tr("Protected attributes for the figures by group (default: every one stored); "
                 "two or more add their intersection."),
        QStringLiteral("attributes"));
    const QCommandLineOption reference(
        QStringLiteral("reference"),
        Text::tr("The reference group of an attribute: ATTRIBUTE=GROUP (default: the largest)."),
        QStringLiteral("attribute=group"));
    filters.addTo(parser);
    parser.addOptions({fromFacts, groups, reference});
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("analyze takes no arguments"));

    const Result<AnalysisFilter> read = filters.read(parser, false);
    if (!read)
        return context.usage(read.error().message);
    const AnalysisFilter& filter = read.value();
    FairnessOptions fairnessOptions;
    fairnessOptions.attributes = splitList(parser.values(groups));
    if (parser.isSet(reference)) {
        const QString value = parser.value(reference);
        const qsizetype equals = value.indexOf(u'=');
        if (equals <= 0)
            return context.usage(
                Text::tr("--reference expects ATTRIBUTE=GROUP, not '%1'").arg(value));
        fairnessOptions.referenceAttribute = value.left(equals);
        fairnessOptions.referenceGroup = value.mid(equals + 1);
    }

    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const Result<Session> session = context.signIn(database.value());
    if (!session)
        return context.fail(session.error().message);
    // The figures by group on a connection of their own, on the other core,
    // while the oversight figures are read here. (Each sees the database as it
    // is when it starts; `report` gives both from one read transaction.)
    const Session& actor = session.value();
    QFuture<std::optional<Result<FairnessAnalysis>>> byGroup =
        QtConcurrent::run([spec = database->spec(), actor, filter,
                           fairnessOptions]() -> std::optional<Result<FairnessAnalysis>> {
            Result<Database> own = Database::open(spec, Database::OpenMode::MustExist);
            if (!own)
                return std::nullopt; // then on the first connection, after the rest
            return FairnessService(own->connection()).analyze(actor, filter, fairnessOptions);
        });
    const AnalyticsService analytics(database->connection());
    const Result<OversightReport> report = parser.isSet(fromFacts)
                                               ? analytics.analyzeFromFacts(actor, filter)
                                               : analytics.analyze(actor, filter);
    std::optional<Result<FairnessAnalysis>> fromWorker = byGroup.result();
    if (!report)
        return context.fail(report.error().message);
    const Result<FairnessAnalysis> fairness =
        fromWorker
            ? std::move(*fromWorker)
            : FairnessService(database->connection()).analyze(actor, filter, fairnessOptions);
    if (!fairness)
        return context.fail(fairness.error().message);
    const Result<AgreementFigures> agreement =
        AgreementService(database->connection()).analyze(actor, filter);
    if (!agreement)
        return context.fail(agreement.error().message);
    const Result<KnownAnswerFigures> knownAnswers =
        KnownAnswerService(database->connection()).analyze(actor, filter);
    if (!knownAnswers)
        return context.fail(knownAnswers.error().message);
    const Result<AppealFigures> appeals = AppealService(database->connection()).analyze(actor);
    if (!appeals)
        return context.fail(appeals.error().message);
    if (context.json()) {
        context.printJson(analysisJson(report.value(), fairness.value(), agreement.value(),
                                       knownAnswers.value(), appeals.value()));
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
    printFairness(context, fairness.value());
    const AgreementFigures& a = agreement.value();
    if (a.cases > 0 || a.adjudicationPending > 0 || a.adjudicationResolved > 0)
        context.out << Text::tr("independent double review: %1 cases, all agree %2 blind and %3 "
                                "final (Fleiss' kappa %4 and %5); adjudication %6 pending, %7 "
                                "resolved")
                           .arg(a.cases)
                           .arg(percent(a.initial.percent.rate), percent(a.final.percent.rate),
                                a.initial.fleissKappa
                                    ? QString::number(*a.initial.fleissKappa, 'f', 2)
                                    : Text::tr("undefined"),
                                a.final.fleissKappa ? QString::number(*a.final.fleissKappa, 'f', 2)
                                                    : Text::tr("undefined"))
                           .arg(a.adjudicationPending)
                           .arg(a.adjudicationResolved)
                    << Qt::endl;
    const KnownAnswerFigures& k = knownAnswers.value();
    if (k.overall.n > 0)
        context.out << Text::tr("known answers: %1 checks on %2 cases, accuracy %3 blind and %4 "
                                "final; catch deference %5 on %6 catch trials")
                           .arg(k.overall.n)
                           .arg(k.cases)
                           .arg(percent(k.overall.initialAccuracy.rate),
                                percent(k.overall.finalAccuracy.rate),
                                percent(k.overall.catchDeference.rate))
                           .arg(k.overall.catchDeference.n)
                    << Qt::endl;
    const AppealFigures& p = appeals.value();
    if (p.filed > 0)
        context.out << Text::tr("appeals: %1 filed, %2 pending (%3 overdue), %4 resolved, %5 "
                                "reversed")
                           .arg(p.filed)
                           .arg(p.pending)
                           .arg(p.overdue)
                           .arg(p.resolved)
                           .arg(percent(p.reversal.rate))
                    << Qt::endl;
    for (const Warning& warning :
         r.warnings + fairness->warnings + a.warnings + k.warnings + p.warnings)
        context.out << Text::tr("warning: %1").arg(warning.message) << Qt::endl;
    return Ok;
}

} // namespace oversight::cli
