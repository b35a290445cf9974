#include "cli/commands.h"
#include "reports/reportexporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace

int runReport(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Write an audit report of a period (needs --as, compliance or administrator). "
                 "Days are calendar days in --tz (default: the analytics time zone). The file "
                 "is written whole or not at all, and the export is recorded."));
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
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("pdf, csv or json."),
                                    Text::tr("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), Text::tr("The file to write."),
                                 Text::tr("FILE"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   Text::tr("PDF paper size: a4 (default) or letter."),
                                   Text::tr("SIZE"));
    parser.addOptions({from, to, queue, model, reviewer, zone, format, out, paper});
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("report takes no arguments"));

    ReportRequest request;
    for (const auto& [option, target] :
         {std::pair{&from, &request.filter.from}, std::pair{&to, &request.filter.to}}) {
        if (!parser.isSet(*option))
            return context.usage(
                Text::tr("report needs --%1 (YYYY-MM-DD)").arg(option->names().constFirst()));
        const QDate date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date.isValid())
            return context.usage(Text::tr("--%1 expects a date as YYYY-MM-DD, not '%2'")
                                     .arg(option->names().constFirst(), parser.value(*option)));
        *target = date;
    }
    if (parser.isSet(zone)) {
        request.filter.zone = QTimeZone(parser.value(zone).toUtf8());
        if (!request.filter.zone->isValid())
            return context.usage(Text::tr("unknown time zone '%1'").arg(parser.value(zone)));
    }
    request.filter.queue = parser.value(queue);
    request.filter.model = parser.value(model);
    request.filter.reviewer = parser.value(reviewer);
    const std::optional<ReportFormat> chosen = reportFormatFromName(parser.value(format));
    if (!chosen)
        return context.usage(Text::tr("report needs --format pdf, csv or json"));
    request.format = *chosen;
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return context.usage(Text::tr("report needs --out FILE"));
    request.path = parser.value(out);
    const QString size = parser.value(paper).toLower();
    if (size.isEmpty() || size == u"a4")
        request.pageSize = QPageSize::A4;
    else if (size == u"letter")
        request.pageSize = QPageSize::Letter;
    else
        return context.usage(Text::tr("--paper is a4 or letter, not '%1'").arg(size));

    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const Result<Session> session = context.signIn(database.value());
    if (!session)
        return context.fail(session.error().message);
    if (Status exported = exportReport(database->connection(), session.value(), request); !exported)
        return context.fail(exported.error().message);
    if (context.json())
        context.printJson({{QStringLiteral("file"), QFileInfo(request.path).absoluteFilePath()},
                           {QStringLiteral("format"), reportFormatName(request.format)}});
    else
        context.out << Text::tr("wrote %1").arg(request.path) << Qt::endl;
    return Ok;
}

} // namespace oversight::cli
