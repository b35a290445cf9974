#include "audit/databaseadmin.h"
#include "cli/commands.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace

int runMigrate(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Copy a whole database (cases, reviews, users, settings, the audit chain) into an empty "
        "one, e.g. from an SQLite file to PostgreSQL (needs --as, an administrator of the "
        "source). The source's chain is verified first, the copy's on arrival; the copy lands "
        "whole or not at all and records who copied it."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Text::tr("The database to copy: a file or postgresql:// URL."),
                                  Text::tr("location"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        Text::tr("The empty database to fill: a postgresql:// URL or a new file."),
        Text::tr("location"));
    parser.addOption(from);
    parser.addOption(to);
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    if (!parser.isSet(from) || !parser.isSet(to))
        return context.usage(Text::tr("migrate needs --from and --to"));
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("migrate takes no arguments"));

    Result<Database> source =
        context.openDatabase(parser.value(from), Database::OpenMode::MustExist);
    if (!source)
        return context.fail(source.error().message);
    const Result<Session> session = context.signIn(source.value());
    if (!session)
        return context.fail(session.error().message);

    const bool quiet = context.json();
    const Result<VerifiedCopy> copied = copyWithVerification(
        source.value(), session.value(), [&] { return context.openEmptyForCopy(parser.value(to)); },
        [&](const QString& table, qint64 rows) {
            if (!quiet)
                context.err << Text::tr("copied %1: %2 rows").arg(table).arg(rows) << Qt::endl;
        });
    if (!copied)
        return context.fail(copied.error().message);
    const Verification& before = copied->source;
    if (!before.intact()) {
        context.err << Text::tr("The audit trail of %1 is broken (%2 at event %3): %4. Nothing "
                                "was copied; run 'verify' for details.")
                           .arg(source->displayName(), chainProblemName(before.problem))
                           .arg(before.firstBadSeq)
                           .arg(before.description)
                    << Qt::endl;
        return TrailBroken;
    }
    const Verification& after = *copied->copy;
    if (!copied->intact()) {
        context.err << Text::tr("The copy's audit trail does not verify (%1 at event %2): %3")
                           .arg(chainProblemName(after.problem))
                           .arg(after.firstBadSeq)
                           .arg(after.description)
                    << Qt::endl;
        return TrailBroken;
    }

    QJsonObject tables;
    for (const auto& [table, rows] : copied->tables)
        tables.insert(table, rows);
    if (context.json()) {
        context.printJson({{QStringLiteral("from"), source->displayName()},
                           {QStringLiteral("to"), copied->targetName},
                           {QStringLiteral("tables"), tables},
                           {QStringLiteral("events_verified"), after.eventsChecked},
                           {QStringLiteral("head_seq"), after.head.seq},
                           {QStringLiteral("head_hash"), after.head.hash}});
    } else {
        context.out << Text::tr("Copied %1 to %2; its audit trail verifies on arrival (%3 events, "
                                "head #%4 %5).")
                           .arg(source->displayName(), copied->targetName)
                           .arg(after.eventsChecked)
                           .arg(after.head.seq)
                           .arg(after.head.hash)
                    << Qt::endl;
    }
    return Ok;
}

} // namespace oversight::cli
