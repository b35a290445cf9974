#include "analytics/reviewlogimporter.h"
#include "cli/commands.h"
#include "cli/groupoptions.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace

int runImportReviews(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Import a historical review log (CSV) for analysis (needs --as, an "
                 "administrator). Timestamps are ISO 8601; those without an offset are read in "
                 "--tz (default: the system zone)."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("The review log (CSV)."));
    const ReviewLogOptions defaults;
    auto column = [](const char* name, const QString& what, const QString& fallback) {
        QCommandLineOption option(QString::fromLatin1(name), what, Text::tr("COLUMN"), fallback);
        return option;
    };
    const QCommandLineOption reviewer =
        column("reviewer-column", Text::tr("Who reviewed."), defaults.reviewerColumn);
    const QCommandLineOption time =
        column("time-column", Text::tr("When the final decision was taken."), defaults.timeColumn);
    const QCommandLineOption caseRef =
        column("case-column", Text::tr("The case id."), defaults.caseColumn);
    const QCommandLineOption final =
        column("final-column", Text::tr("The final decision."), defaults.finalColumn);
    const QCommandLineOption ai =
        column("ai-column", Text::tr("The model's label."), defaults.aiColumn);
    const QCommandLineOption initial =
        column("initial-column", Text::tr("The reviewer's initial decision (optional)."), {});
    const QCommandLineOption initialConfidence = column(
        "initial-confidence-column",
        Text::tr("The reviewer's stated confidence in the initial decision, 0 to 100 (optional)."),
        {});
    const QCommandLineOption aiConfidence =
        column("ai-confidence-column", Text::tr("The model's confidence, 0 to 1 (optional)."), {});
    const QCommandLineOption truth =
        column("truth-column", Text::tr("The known outcome (optional)."), {});
    const QCommandLineOption queue = column("queue-column", Text::tr("The queue (optional)."), {});
    const QCommandLineOption model(QStringLiteral("model"),
                                   Text::tr("The model's name and version for these reviews."),
                                   Text::tr("NAME"), defaults.model);
    const QCommandLineOption zone(QStringLiteral("tz"),
                                  Text::tr("Time zone of timestamps without an offset."),
                                  Text::tr("ZONE"));
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    Text::tr("Store nothing if any row is rejected."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Text::tr("Import a file that was imported before."));
    parser.addOptions({reviewer, time, caseRef, final, ai, initial, initialConfidence, aiConfidence,
                       truth, queue, model, zone, strict, force});
    const GroupOptions groupOptions(false);
    groupOptions.addTo(parser);
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return context.usage(Text::tr("import-reviews needs exactly one FILE"));

    ReviewLogOptions options;
    options.filePath = parser.positionalArguments().constFirst();
    options.reviewerColumn = parser.value(reviewer);
    options.timeColumn = parser.value(time);
    options.caseColumn = parser.value(caseRef);
    options.finalColumn = parser.value(final);
    options.aiColumn = parser.value(ai);
    options.initialColumn = parser.value(initial);
    options.initialConfidenceColumn = parser.value(initialConfidence);
    options.aiConfidenceColumn = parser.value(aiConfidence);
    options.truthColumn = parser.value(truth);
    options.queueColumn = parser.value(queue);
    options.model = parser.value(model);
    options.strict = parser.isSet(strict);
    const Result<GroupColumnsOptions> groups = groupOptions.read(parser);
    if (!groups)
        return context.usage(groups.error().message);
    options.groups = groups.value();
    options.force = parser.isSet(force);
    if (parser.isSet(zone)) {
        options.zone = QTimeZone(parser.value(zone).toUtf8());
        if (!options.zone.isValid())
            return context.usage(Text::tr("unknown time zone '%1'").arg(parser.value(zone)));
    }

    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const Result<Session> session = context.signIn(database.value());
    if (!session)
        return context.fail(session.error().message);
    const ReviewLogReport report =
        ReviewLogImporter(database->connection()).run(session.value(), options);
    if (context.json()) {
        QJsonArray rejects;
        for (const Reject& reject : report.rejects)
            rejects.append(QJsonObject{{QStringLiteral("row"), reject.row},
                                       {QStringLiteral("column"), reject.column},
                                       {QStringLiteral("reason"), reject.reason}});
        QJsonObject json{{QStringLiteral("file"), options.filePath},
                         {QStringLiteral("sha256"), report.sha256},
                         {QStringLiteral("rows"), report.rows},
                         {QStringLiteral("accepted"), report.accepted},
                         {QStringLiteral("rejected"), report.rejected},
                         {QStringLiteral("rejects"), rejects},
                         {QStringLiteral("log"),
                          report.logId.isEmpty() ? QJsonValue() : QJsonValue(report.logId)}};
        if (!report.ok())
            json.insert(QStringLiteral("error"), report.error);
        context.printJson(json);
    }
    if (!report.ok())
        return context.fail(report.error);
    if (!context.json()) {
        context.out << Text::tr("Imported %1 of %2 reviews from %3.")
                           .arg(report.accepted)
                           .arg(report.rows)
                           .arg(options.filePath)
                    << Qt::endl;
        for (const Reject& reject : report.rejects)
            context.out
                << Text::tr("  row %1, %2: %3").arg(reject.row).arg(reject.column, reject.reason)
                << Qt::endl;
    }
    return Ok;
}

} // namespace oversight::cli
