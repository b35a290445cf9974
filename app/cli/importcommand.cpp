#include "cli/commands.h"
#include "cli/groupoptions.h"
#include "intake/importer.h"
#include "intake/importreportjson.h"

#include <QCoreApplication>
#include <unistd.h>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

template <typename T>
std::optional<QString> readNumber(const QCommandLineParser& parser,
                                  const QCommandLineOption& option, std::optional<T>& target) {
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const QString text = parser.value(option);
    if constexpr (std::is_same_v<T, double>)
        target = text.toDouble(&ok);
    else
        target = text.toLongLong(&ok);
    if (!ok)
        return Text::tr("--%1 expects a number, not '%2'").arg(option.names().constFirst(), text);
    return std::nullopt;
}

void printRejects(QTextStream& out, const ImportReport& report) {
    for (const Reject& reject : report.rejects)
        out << Text::tr("  row %1, %2: %3")
                   .arg(reject.row)
                   .arg(reject.column.isEmpty() ? Text::tr("whole row") : reject.column,
                        reject.reason)
            << Qt::endl;
    if (report.rejectsTruncated)
        out << Text::tr("  (more rejects not listed; write them all with --rejects FILE)")
            << Qt::endl;
}

void printReadable(Context& context, const ImportReport& report) {
    QTextStream& out = context.out;
    out << Text::tr("Batch %1").arg(report.batchId) << Qt::endl
        << Text::tr("  rows %1, accepted %2, rejected %3")
               .arg(report.rows)
               .arg(report.accepted)
               .arg(report.rejected)
        << Qt::endl
        << Text::tr("  routed: review %1, automated %2 (of which audit sample %3)")
               .arg(report.routedReview)
               .arg(report.routedAutomated)
               .arg(report.routedAudit)
        << Qt::endl;
    for (const QString& notice : report.notices)
        out << Text::tr("  note: %1").arg(notice) << Qt::endl;
    printRejects(out, report);
}

} // namespace

int runImport(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Import a model's decisions from CSV or JSON Lines, validate every row, check fact "
        "columns for leaks of the model's label and of the known outcome, and route each case "
        "(needs --as, an administrator)."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("The CSV or JSON Lines file."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("csv or jsonl (default: from the extension)."),
                                    QStringLiteral("format"));
    const QCommandLineOption idColumn(QStringLiteral("id-column"),
                                      Text::tr("Column with the case id (default: id)."),
                                      QStringLiteral("column"), QStringLiteral("id"));
    const QCommandLineOption labelColumn(
        QStringLiteral("label-column"),
        Text::tr("Column with the model's decision (default: label)."), QStringLiteral("column"),
        QStringLiteral("label"));
    const QCommandLineOption confidenceColumn(
        QStringLiteral("confidence-column"),
        Text::tr("Column with the model's confidence in [0, 1] (default: confidence)."),
        QStringLiteral("column"));
    const QCommandLineOption probaColumns(
        QStringLiteral("proba-columns"),
        Text::tr(
            "Per-label probability columns instead of a confidence: LABEL=COLUMN,LABEL=COLUMN,..."),
        QStringLiteral("mapping"));
    const QCommandLineOption truthColumn(
        QStringLiteral("truth-column"),
        Text::tr("Column with the known outcome, where there is one."), QStringLiteral("column"));
    const QCommandLineOption hide(
        QStringLiteral("hide"),
        Text::tr("Columns stored but never shown to reviewers (comma-separated; may repeat)."),
        QStringLiteral("columns"));
    const QCommandLineOption allowLeak(
        QStringLiteral("allow-leak"),
        Text::tr("Fact columns to show reviewers even though they predict the model's label or "
                 "the known outcome."),
        QStringLiteral("columns"));
    const QCommandLineOption model(QStringLiteral("model"), Text::tr("Model name."),
                                   QStringLiteral("name"), QStringLiteral("unnamed"));
    const QCommandLineOption modelVersion(QStringLiteral("model-version"),
                                          Text::tr("Model version."), QStringLiteral("version"),
                                          QStringLiteral("unspecified"));
    const QCommandLineOption threshold(
        QStringLiteral("threshold"), Text::tr("Override the policy: review below this confidence."),
        QStringLiteral("t"));
    const QCommandLineOption auditRate(
        QStringLiteral("audit-rate"),
        Text::tr("Override the policy: share of automated cases sampled for audit."),
        QStringLiteral("r"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Text::tr("Override the policy: audit sampling seed."),
                                  QStringLiteral("s"));
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    Text::tr("Store nothing if any row is rejected."));
    const QCommandLineOption force(
        QStringLiteral("force"),
        Text::tr(
            "Import a file again that was imported before (existing cases are never duplicated)."));
    const QCommandLineOption rejects(
        QStringLiteral("rejects"),
        Text::tr("Write rejected rows, with the reasons, to this CSV file."),
        QStringLiteral("file"));
    const QCommandLineOption knownAnswers(
        QStringLiteral("known-answers"),
        Text::tr("The file is a known-answer set of the model: cases whose correct answer is the "
                 "--truth-column, served to reviewers as checks and never decided or exported."));
    parser.addOptions({format, idColumn, labelColumn, confidenceColumn, probaColumns, truthColumn,
                       hide, allowLeak, model, modelVersion, threshold, auditRate, seed, strict,
                       force, rejects, knownAnswers});
    const GroupOptions groupOptions(true);
    groupOptions.addTo(parser);
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return context.usage(Text::tr("import takes exactly one FILE"));

    ImportOptions options;
    options.filePath = parser.positionalArguments().constFirst();
    if (parser.isSet(format)) {
        const QString value = parser.value(format).toLower();
        if (value == u"csv")
            options.format = InputFormat::Csv;
        else if (value == u"jsonl")
            options.format = InputFormat::JsonLines;
        else
            return context.usage(Text::tr("--format is csv or jsonl, not '%1'").arg(value));
    }
    options.idColumn = parser.value(idColumn);
    options.labelColumn = parser.value(labelColumn);
    options.confidenceColumn = parser.value(confidenceColumn);
    for (const QString& pair : splitList(parser.values(probaColumns))) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0 || equals == pair.size() - 1)
            return context.usage(
                Text::tr("--proba-columns expects LABEL=COLUMN pairs, not '%1'").arg(pair));
        options.probabilityColumns.emplace_back(pair.left(equals).trimmed(),
                                                pair.mid(equals + 1).trimmed());
    }
    options.truthColumn = parser.value(truthColumn);
    options.hiddenColumns = splitList(parser.values(hide));
    options.allowedLeakColumns = splitList(parser.values(allowLeak));
    const Result<GroupColumnsOptions> groups = groupOptions.read(parser);
    if (!groups)
        return context.usage(groups.error().message);
    options.groups = groups.value();
    options.modelName = parser.value(model);
    options.modelVersion = parser.value(modelVersion);
    for (const auto& problem : {readNumber(parser, threshold, options.threshold),
                                readNumber(parser, auditRate, options.auditRate),
                                readNumber(parser, seed, options.seed)}) {
        if (problem)
            return context.usage(*problem);
    }
    options.strict = parser.isSet(strict);
    options.knownAnswers = parser.isSet(knownAnswers);
    if (options.knownAnswers && options.truthColumn.isEmpty())
        return context.usage(
            Text::tr("--known-answers needs --truth-column: the column with each case's correct "
                     "answer"));
    options.force = parser.isSet(force);
    options.rejectsPath = parser.value(rejects);

    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const Result<Session> session = context.signIn(database.value());
    if (!session)
        return context.fail(session.error().message);

    const bool showProgress = !context.json() && isatty(STDERR_FILENO);
    ImportProgress progress;
    if (showProgress) {
        progress = [&context](qint64 done, qint64 total) {
            context.err << u'\r'
                        << Text::tr("Importing... %1%").arg(total > 0 ? done * 100 / total : 100)
                        << Qt::flush;
            return true;
        };
    }
    const ImportReport report =
        Importer(database->connection()).run(session.value(), options, progress);
    if (showProgress)
        context.err << u'\r' << QString(20, u' ') << u'\r' << Qt::flush;

    if (context.json())
        context.printJson(importReportJson(report));
    else if (!report.ok())
        printRejects(context.err, report);
    if (!report.ok())
        return context.fail(report.error);
    if (!context.json())
        printReadable(context, report);
    return Ok;
}

} // namespace oversight::cli
