#include "cli/commands.h"
#include "knownanswers/knownanswersets.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

int printSets(Context& context, const QList<KnownAnswerSet>& sets) {
    if (context.json()) {
        QJsonArray array;
        for (const KnownAnswerSet& set : sets)
            array.append(
                QJsonObject{{QStringLiteral("id"), set.id},
                            {QStringLiteral("source"), set.sourceName},
                            {QStringLiteral("model"), set.model},
                            {QStringLiteral("imported_by"), set.importedBy},
                            {QStringLiteral("imported_at"), set.importedAt},
                            {QStringLiteral("retired_at"),
                             set.retiredAt.isEmpty() ? QJsonValue() : QJsonValue(set.retiredAt)},
                            {QStringLiteral("cases"), set.cases},
                            {QStringLiteral("served"), set.served},
                            {QStringLiteral("finalized"), set.finalized}});
        context.printJson({{QStringLiteral("sets"), array}});
        return Ok;
    }
    if (sets.isEmpty())
        context.out << Text::tr("No known-answer sets; import one with import --known-answers.")
                    << Qt::endl;
    for (const KnownAnswerSet& set : sets)
        context.out << Text::tr("%1  %2  %3  %4 cases, served %5 times (%6 finalized)%7")
                           .arg(set.id, set.model, set.sourceName)
                           .arg(set.cases)
                           .arg(set.served)
                           .arg(set.finalized)
                           .arg(set.retiredAt.isEmpty()
                                    ? QString()
                                    : Text::tr(", retired %1").arg(set.retiredAt))
                    << Qt::endl;
    return Ok;
}

int printUsage(Context& context, const QList<KnownAnswerCaseUsage>& cases) {
    if (context.json()) {
        QJsonArray array;
        for (const KnownAnswerCaseUsage& usage : cases)
            array.append(QJsonObject{{QStringLiteral("external_id"), usage.externalId},
                                     {QStringLiteral("truth"), usage.truth},
                                     {QStringLiteral("served"), usage.served},
                                     {QStringLiteral("finalized"), usage.finalized},
                                     {QStringLiteral("planted"), usage.planted}});
        context.printJson({{QStringLiteral("cases"), array}});
        return Ok;
    }
    for (const KnownAnswerCaseUsage& usage : cases)
        context.out << Text::tr("%1  answer %2  served %3, finalized %4, planted %5")
                           .arg(usage.externalId, usage.truth)
                           .arg(usage.served)
                           .arg(usage.finalized)
                           .arg(usage.planted)
                    << Qt::endl;
    return Ok;
}

} // namespace

int runKnownAnswers(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("known-answers list: the known-answer sets and how often they were served. "
                 "known-answers cases SET: each case of a set. known-answers retire SET --reason "
                 "TEXT: claims no longer serve the set (administrators). Needs --as."));
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("list, cases or retire"));
    parser.addPositionalArgument(QStringLiteral("set"), Text::tr("The set's batch id."),
                                 QStringLiteral("[SET]"));
    const QCommandLineOption reason(QStringLiteral("reason"), Text::tr("Why the set is retired."),
                                    Text::tr("TEXT"));
    parser.addOption(reason);
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == u"list" ? positional.size() != 1
                          : (action != u"cases" && action != u"retire") || positional.size() != 2)
        return context.usage(
            Text::tr("known-answers needs list, cases SET or retire SET --reason TEXT"));
    if (action == u"retire" && !parser.isSet(reason))
        return context.usage(Text::tr("known-answers retire needs --reason"));

    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const Result<Session> session = context.signIn(database.value());
    if (!session)
        return context.fail(session.error().message);
    KnownAnswerSets sets(database->connection());
    if (action == u"retire") {
        if (Status retired = sets.retire(session.value(), positional[1], parser.value(reason));
            !retired)
            return context.fail(retired.error().message);
    }
    if (action == u"cases") {
        const Result<QList<KnownAnswerCaseUsage>> usage =
            sets.usage(session.value(), positional[1]);
        if (!usage)
            return context.fail(usage.error().message);
        return printUsage(context, usage.value());
    }
    const Result<QList<KnownAnswerSet>> list = sets.list(session.value());
    if (!list)
        return context.fail(list.error().message);
    return printSets(context, list.value());
}

} // namespace oversight::cli
