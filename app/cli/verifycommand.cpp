#include "audit/headwitness.h"
#include "cli/commands.h"
#include "verification/databaseverification.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// "SEQ:HASH" as a report prints it.
std::optional<ChainAnchor> parseAnchor(const QString& text) {
    const qsizetype colon = text.indexOf(u':');
    bool ok = false;
    const qint64 seq = text.left(colon).toLongLong(&ok);
    const QString hash = text.mid(colon + 1).toLower();
    if (colon < 1 || !ok || seq < 1 || hash.size() != 64)
        return std::nullopt;
    return ChainAnchor{seq, hash};
}

} // namespace

int runVerify(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Check the audit trail (needs --as, compliance or administrator): recompute "
                 "every event's hash, check each finalized review against its events, each "
                 "import against its recorded digest, and the dashboard's rollups against the "
                 "review facts, and that the trail still holds every head this computer saw "
                 "(witnessed heads). Exit 0 when intact, 3 when not. The run is "
                 "recorded as an event."));
    const QCommandLineOption anchor(
        QStringLiteral("anchor"),
        Text::tr("Also check that event SEQ still has HASH (as cited by an earlier report)."),
        Text::tr("SEQ:HASH"));
    parser.addOption(anchor);
    const QCommandLineOption acknowledge(
        QStringLiteral("acknowledge-restore"),
        Text::tr("The heads this computer saw were lost legitimately (the database was restored "
                 "from a backup): record that with REASON (administrators), forget them, then "
                 "verify."),
        Text::tr("REASON"));
    parser.addOption(acknowledge);
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("verify takes no arguments"));
    std::optional<ChainAnchor> anchored;
    if (parser.isSet(anchor)) {
        anchored = parseAnchor(parser.value(anchor));
        if (!anchored)
            return context.usage(Text::tr("--anchor expects SEQ:HASH (a number, a colon and 64 "
                                          "hex digits), not '%1'")
                                     .arg(parser.value(anchor)));
    }

    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const Result<Session> session = context.signIn(database.value());
    if (!session)
        return context.fail(session.error().message);
    HeadWitness witness(HeadWitness::defaultDirectory(), database->identity());
    if (parser.isSet(acknowledge)) {
        if (Status acknowledged =
                witness.acknowledge(database->connection(), session.value(),
                                    parser.value(acknowledge), QDateTime::currentDateTimeUtc());
            !acknowledged)
            return context.fail(acknowledged.error().message);
        context.err << Text::tr("restore acknowledged: this computer now witnesses the trail as "
                                "it is")
                    << Qt::endl;
    }
    Result<Verification> verified = verifyDatabase(database->connection(), session.value());
    if (!verified)
        return context.fail(verified.error().message);
    Verification& result = verified.value();
    if (anchored) {
        if (Status checked = checkAnchor(database->connection(), *anchored, result); !checked)
            return context.fail(checked.error().message);
    }
    const Result<QList<HeadAlarm>> alarms = witness.check(database->connection());
    if (!alarms)
        return context.fail(alarms.error().message);
    reportHeadAlarms(alarms.value(), result);
    if (Status recorded = recordVerification(database->connection(), session.value(), result);
        !recorded)
        return context.fail(recorded.error().message);
    // The run's own event is the newest head now: removing it must not pass unseen.
    if (const Result<QList<HeadAlarm>> remembered =
            witness.checkAndRemember(database->connection(), QDateTime::currentDateTimeUtc());
        !remembered)
        context.err << Text::tr("warning: %1").arg(remembered.error().message) << Qt::endl;

    if (context.json()) {
        QJsonObject object{{QStringLiteral("intact"), result.intact()},
                           {QStringLiteral("events_checked"), result.eventsChecked},
                           {QStringLiteral("reviews_checked"), result.reviewsChecked},
                           {QStringLiteral("imports_checked"), result.importsChecked},
                           {QStringLiteral("head_seq"), result.head.seq},
                           {QStringLiteral("head_hash"), result.head.hash}};
        if (!result.intact()) {
            object.insert(QStringLiteral("problem"), chainProblemName(result.problem));
            object.insert(QStringLiteral("first_bad_seq"), result.firstBadSeq);
            object.insert(QStringLiteral("subject"), result.subject);
            object.insert(QStringLiteral("message"), result.description);
        }
        context.printJson(object);
    } else if (result.intact()) {
        context.out << Text::tr("intact: %1 events, %2 finalized reviews, %3 imports checked; "
                                "head #%4 %5")
                           .arg(result.eventsChecked)
                           .arg(result.reviewsChecked)
                           .arg(result.importsChecked)
                           .arg(result.head.seq)
                           .arg(result.head.hash)
                    << Qt::endl;
    }
    if (!result.intact()) {
        if (result.firstBadSeq > 0)
            context.err << Text::tr("audit trail broken (%1) at event #%2: %3")
                               .arg(chainProblemName(result.problem))
                               .arg(result.firstBadSeq)
                               .arg(result.description)
                        << Qt::endl;
        else
            context.err << Text::tr("stored data differs (%1): %2")
                               .arg(chainProblemName(result.problem), result.description)
                        << Qt::endl;
        return TrailBroken;
    }
    return Ok;
}

} // namespace oversight::cli
