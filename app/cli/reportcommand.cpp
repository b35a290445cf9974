#include "cli/commands.h"
#include "cli/filteroptions.h"
#include "cli/reportwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// `report case EXTERNAL_ID`: one decision's whole history.
int runCaseDossier(Context& context, const QString& externalId, const QString& formatName,
                   const QString& path, bool letterPaper, bool pseudonymise) {
    const QString format = formatName.toLower();
    if (format != u"pdf" && format != u"json")
        return context.usage(Text::tr("report case needs --format pdf or json"));
    if (path.isEmpty())
        return context.usage(Text::tr("report case needs --out FILE"));
    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const Result<Session> session = context.signIn(database.value());
    if (!session)
        return context.fail(session.error().message);
    const Result<CaseDossier> dossier =
        buildCaseDossier(database->connection(), session.value(), externalId, pseudonymise);
    if (!dossier)
        return context.fail(dossier.error().message);
    WriteCaseDossierPdf drawPdf = nullptr;
    if (format == u"pdf") {
        const Result<QFunctionPointer> draw = reportWriterFunction("oversightWriteCaseDossierPdf");
        if (!draw)
            return context.fail(draw.error().message);
        drawPdf = reinterpret_cast<WriteCaseDossierPdf>(draw.value());
    }
    const Status saved = saveCaseDossier(
        database->connection(), session.value(), dossier.value(), format, path,
        [&](QIODevice& out) -> Status {
            if (!drawPdf) {
                const QByteArray json =
                    QJsonDocument(caseDossierJson(dossier.value())).toJson(QJsonDocument::Indented);
                if (out.write(json) != json.size())
                    return Error{out.errorString()};
                return success();
            }
            QString error;
            if (!drawPdf(&dossier.value(), &out, letterPaper, &error))
                return Error{error};
            return success();
        });
    if (!saved)
        return context.fail(saved.error().message);
    if (context.json())
        context.printJson({{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                           {QStringLiteral("format"), format},
                           {QStringLiteral("case"), externalId},
                           {QStringLiteral("head_seq"), dossier->head.seq},
                           {QStringLiteral("head_hash"), dossier->head.hash}});
    else
        context.out << Text::tr("wrote %1").arg(path) << Qt::endl;
    return Ok;
}

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
    const QCommandLineOption pseudonymise(
        QStringLiteral("pseudonymise"),
        Text::tr("report case: name the people involved Person 1, Person 2 ... (a copy for the "
                 "person the decision is about)."));
    parser.addPositionalArgument(
        QStringLiteral("case"),
        Text::tr("'case EXTERNAL_ID': one decision's whole history instead of a period."),
        QStringLiteral("[case EXTERNAL_ID]"));
    filters.addTo(parser);
    parser.addOptions({format, out, paper, pseudonymise});
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString size = parser.value(paper).toLower();
    if (!size.isEmpty() && size != u"a4" && size != u"letter")
        return context.usage(Text::tr("--paper is a4 or letter, not '%1'").arg(size));
    if (positional.size() == 2 && positional[0] == u"case")
        return runCaseDossier(context, positional[1], parser.value(format), parser.value(out),
                              size == u"letter", parser.isSet(pseudonymise));
    if (!positional.isEmpty())
        return context.usage(Text::tr("report takes no arguments but 'case EXTERNAL_ID'"));
    if (parser.isSet(pseudonymise))
        return context.usage(Text::tr("--pseudonymise is for report case"));

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
    request.letterPaper = size == u"letter";

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
