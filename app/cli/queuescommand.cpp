#include "cli/commands.h"
#include "queues/queuedepths.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace oversight::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runQueues(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Show how many cases wait in, are under review in, and "
                 "were finalized in each queue."));
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("queues takes no arguments"));

    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const Result<QueueOverview> overview = readQueueOverview(database->connection());
    if (!overview)
        return context.fail(overview.error().message);

    if (context.json()) {
        QJsonArray queues;
        for (const QueueDepth& queue : overview->queues)
            queues.append(QJsonObject{{QStringLiteral("name"), queue.name},
                                      {QStringLiteral("pending"), queue.pending},
                                      {QStringLiteral("in_review"), queue.inReview},
                                      {QStringLiteral("finalized"), queue.finalized}});
        context.printJson({{QStringLiteral("queues"), queues},
                           {QStringLiteral("automated"), overview->automated}});
        return Ok;
    }
    context.out << QStringLiteral("%1 %2 %3 %4")
                       .arg(Text::tr("queue"), -12)
                       .arg(Text::tr("pending"), 10)
                       .arg(Text::tr("in review"), 10)
                       .arg(Text::tr("finalized"), 10)
                << Qt::endl;
    for (const QueueDepth& queue : overview->queues)
        context.out << QStringLiteral("%1 %2 %3 %4")
                           .arg(queue.name, -12)
                           .arg(queue.pending, 10)
                           .arg(queue.inReview, 10)
                           .arg(queue.finalized, 10)
                    << Qt::endl;
    context.out
        << Text::tr("automated decisions (audit sample included): %1").arg(overview->automated)
        << Qt::endl;
    return Ok;
}

} // namespace oversight::cli
