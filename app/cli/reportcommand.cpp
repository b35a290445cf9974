#include "cli/commands.h"
#include "cli/filteroptions.h"
#include "cli/reportwriter.h"

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
    const FilterOptions filters;
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("pdf, csv or json."),
                                    Text::tr("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), Text::tr("The file to write."),
                                 Text::tr("FILE"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   Text::tr("PDF paper size: a4 (default) or letter."),
                                   Text::tr("SIZE"));
    filters.addTo(parser);
    parser.addOptions({format, out, paper});
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("report takes no arguments"));

    const Result<AnalysisFilter> read = filters.read(parser, true);
    if (!read)
        return context.usage(read.error().message);
    ReportWriterRequest request;
    request.filter = read.value();
    const std::optional<ReportFormat> chosen = reportFormatFromName(parser.value(format));
    if (!chosen)
        return context.usage(Text::tr("report needs --format pdf, csv or json"));
    request.format = *chosen;
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return context.usage(Text::tr("report needs --out FILE"));
    request.path = parser.value(out);
    const QString size = parser.value(paper).toLower();
    if (size == u"letter")
        request.letterPaper = true;
    else if (!size.isEmpty() && size != u"a4")
        return context.usage(Text::tr("--paper is a4 or letter, not '%1'").arg(size));

    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const Result<Session> session = context.signIn(database.value());
    if (!session)
        return context.fail(session.error().message);
    const Result<QFunctionPointer> write = reportWriterFunction("oversightWriteReport");
    if (!write)
        return context.fail(write.error().message);
    QSqlDatabase connection = database->connection();
    QString error;
    if (!reinterpret_cast<WriteReport>(write.value())(&connection, &session.value(), &request,
                                                      &error))
        return context.fail(error);
    if (context.json())
        context.printJson({{QStringLiteral("file"), QFileInfo(request.path).absoluteFilePath()},
                           {QStringLiteral("format"), reportFormatName(request.format)}});
    else
        context.out << Text::tr("wrote %1").arg(request.path) << Qt::endl;
    return Ok;
}

} // namespace oversight::cli
