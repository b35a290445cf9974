#include "appeals/appealservice.h"
#include "cli/commands.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject appealJson(const AppealSummary& appeal) {
    return {{QStringLiteral("appeal"), appeal.id},
            {QStringLiteral("external_id"), appeal.externalId},
            {QStringLiteral("statement"), appeal.statement},
            {QStringLiteral("requested_by"), textOrNull(appeal.requestedBy)},
            {QStringLiteral("filed_by"), appeal.filedBy},
            {QStringLiteral("filed_at"), appeal.filedAt},
            {QStringLiteral("deadline"), appeal.deadline},
            {QStringLiteral("overdue"), appeal.overdue},
            {QStringLiteral("original_decision"), appeal.originalDecision},
            {QStringLiteral("original_decider"), appeal.originalDecider},
            {QStringLiteral("outcome"), textOrNull(appeal.outcome)},
            {QStringLiteral("resolved_at"), textOrNull(appeal.resolvedAt)},
            {QStringLiteral("reviewer"), textOrNull(appeal.reviewer)},
            {QStringLiteral("decision"), textOrNull(appeal.decision)},
            {QStringLiteral("rationale"), textOrNull(appeal.rationale)}};
}

void printAppeal(Context& context, const AppealSummary& appeal) {
    const QString state =
        appeal.outcome.isEmpty()
            ? (appeal.overdue ? Text::tr("pending, OVERDUE since %1").arg(appeal.deadline)
                              : Text::tr("pending until %1").arg(appeal.deadline))
            : Text::tr("%1 on %2 by %3 (%4)")
                  .arg(appeal.outcome, appeal.resolvedAt, appeal.reviewer, appeal.decision);
    context.out << Text::tr("%1  case %2  against %3 by %4, filed %5 by %6: %7")
                       .arg(appeal.id, appeal.externalId, appeal.originalDecision,
                            appeal.originalDecider, appeal.filedAt, appeal.filedBy, state)
                << Qt::endl;
}

} // namespace

int runAppeal(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Contest a decided case: it goes to the appeal queue, where a reviewer who never "
                 "saw it decides it again, blind. Needs --as (an administrator)."));
    parser.addPositionalArgument(QStringLiteral("case"), Text::tr("The case's external id."),
                                 QStringLiteral("EXTERNAL_ID"));
    const QCommandLineOption reason(
        QStringLiteral("reason"),
        Text::tr("The appellant's statement; the appeal's reviewer sees it with the case."),
        Text::tr("TEXT"));
    const QCommandLineOption requestedBy(QStringLiteral("requested-by"),
                                         Text::tr("Who asked for the appeal (optional)."),
                                         Text::tr("TEXT"));
    const QCommandLineOption repeat(
        QStringLiteral("repeat"),
        Text::tr("File another appeal for a case whose earlier appeal was decided."));
    parser.addOptions({reason, requestedBy, repeat});
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usage(Text::tr("appeal needs one case: appeal EXTERNAL_ID --reason TEXT"));
    if (!parser.isSet(reason))
        return context.usage(Text::tr("appeal needs --reason"));

    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const Result<Session> session = context.signIn(database.value());
    if (!session)
        return context.fail(session.error().message);
    const Result<AppealSummary> filed =
        AppealService(database->connection())
            .file(session.value(), positional[0], parser.value(reason), parser.value(requestedBy),
                  parser.isSet(repeat));
    if (!filed)
        return context.fail(filed.error().message);
    if (context.json())
        context.printJson(appealJson(filed.value()));
    else
        context.out << Text::tr("Appeal %1 filed against %2's decision %3 on case %4; it is due "
                                "by %5.")
                           .arg(filed->id, filed->originalDecider, filed->originalDecision,
                                filed->externalId, filed->deadline)
                    << Qt::endl;
    return Ok;
}

int runAppeals(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Every appeal, newest first, with its deadline and outcome. Needs --as (an "
                 "administrator or compliance)."));
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("appeals takes no arguments"));
    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const Result<Session> session = context.signIn(database.value());
    if (!session)
        return context.fail(session.error().message);
    const Result<QList<AppealSummary>> list =
        AppealService(database->connection()).list(session.value());
    if (!list)
        return context.fail(list.error().message);
    if (context.json()) {
        QJsonArray array;
        for (const AppealSummary& appeal : list.value())
            array.append(appealJson(appeal));
        context.printJson({{QStringLiteral("appeals"), array}});
        return Ok;
    }
    if (list->isEmpty())
        context.out << Text::tr("No appeals.") << Qt::endl;
    for (const AppealSummary& appeal : list.value())
        printAppeal(context, appeal);
    return Ok;
}

} // namespace oversight::cli
