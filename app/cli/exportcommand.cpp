#include "cli/commands.h"
#include "handoff/decisionexport.h"

#include <QCoreApplication>
#include <QFile>
#include <unistd.h>

namespace oversight::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runExport(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Hand decisions on: every change of an effective decision after a cursor, in "
                 "commit order (automated decisions when their batch was imported, finalized "
                 "reviews). Keep the printed next cursor and pass it as --since next time: no "
                 "change is ever skipped or repeated."));
    const QCommandLineOption since(
        QStringLiteral("since"),
        Text::tr("Only records with a greater cursor (default 0: everything)."),
        QStringLiteral("cursor"), QStringLiteral("0"));
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("jsonl (default) or csv."),
                                    QStringLiteral("format"), QStringLiteral("jsonl"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 Text::tr("Write the records to this file (written whole or not "
                                          "at all) instead of standard output."),
                                 QStringLiteral("file"));
    const QCommandLineOption limit(QStringLiteral("limit"), Text::tr("At most this many records."),
                                   QStringLiteral("n"));
    parser.addOptions({since, format, out, limit});
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("export takes no arguments"));

    ExportRequest request;
    bool ok = false;
    request.since = parser.value(since).toLongLong(&ok);
    if (!ok || request.since < 0)
        return context.usage(
            Text::tr("--since is a cursor (0 or more), not '%1'").arg(parser.value(since)));
    const std::optional<ExportFormat> chosen = exportFormatFromName(parser.value(format));
    if (!chosen)
        return context.usage(
            Text::tr("--format is jsonl or csv, not '%1'").arg(parser.value(format)));
    request.format = *chosen;
    if (parser.isSet(limit)) {
        request.limit = parser.value(limit).toLongLong(&ok);
        if (!ok || *request.limit < 1)
            return context.usage(Text::tr("--limit is a number of records (1 or more), not '%1'")
                                     .arg(parser.value(limit)));
    }
    if (context.json() && !parser.isSet(out))
        return context.usage(
            Text::tr("--json prints the summary on standard output: give the records a file "
                     "with --out"));

    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const Result<Session> session = context.signIn(database.value());
    if (!session)
        return context.fail(session.error().message);

    Result<ExportSummary> summary = Error{};
    if (parser.isSet(out)) {
        summary = exportDecisionsToFile(database->connection(), session.value(), request,
                                        parser.value(out));
    } else {
        // Exact bytes for a program reading the pipe; a terminal gets control
        // characters made visible, as every other command's output.
        QFile raw;
        const bool terminal = isatty(STDOUT_FILENO);
        if (!terminal && !raw.open(stdout, QIODevice::WriteOnly))
            return context.fail(Text::tr("Cannot write to standard output."));
        QIODevice& target = terminal ? context.standardOutput() : raw;
        summary = writeDecisions(database->connection(), session.value(), request, target);
        raw.close();
        if (summary) {
            if (Status recorded =
                    recordDecisionExport(database->connection(), session.value(), request,
                                         summary.value(), Text::tr("standard output"));
                !recorded)
                return context.fail(Text::tr("The export was written but could not be recorded "
                                             "in the audit trail: %1")
                                        .arg(recorded.error().message));
        }
    }
    if (!summary)
        return context.fail(summary.error().message);

    if (context.json()) {
        context.printJson({{QStringLiteral("records"), summary->records},
                           {QStringLiteral("next_cursor"), summary->nextCursor}});
    } else {
        context.err << Text::tr("Records exported: %1; next cursor: %2")
                           .arg(summary->records)
                           .arg(summary->nextCursor)
                    << Qt::endl;
    }
    return Ok;
}

} // namespace oversight::cli
