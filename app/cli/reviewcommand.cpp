#include "cli/commands.h"
#include "review/reviewpolicy.h"
#include "review/reviewservice.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QJsonObject blindJson(const ClaimedCase& claimed) {
    QJsonArray facts;
    for (const Fact& fact : claimed.facts)
        facts.append(QJsonObject{{QStringLiteral("name"), fact.name},
                                 {QStringLiteral("value"), fact.value}});
    return {{QStringLiteral("case"), claimed.caseId},
            {QStringLiteral("external_id"), claimed.externalId},
            {QStringLiteral("queue"), claimed.queue},
            {QStringLiteral("facts"), facts},
            {QStringLiteral("labels"), QJsonArray::fromStringList(claimed.labels)},
            {QStringLiteral("lease_expires"), claimed.leaseExpires}};
}

QJsonObject modelJson(const Reveal& reveal) {
    QJsonObject probabilities;
    for (const auto& [label, probability] : reveal.probabilities)
        probabilities.insert(label, probability);
    return {{QStringLiteral("label"), reveal.modelLabel},
            {QStringLiteral("confidence"), reveal.modelConfidence},
            {QStringLiteral("probabilities"), probabilities}};
}

// What an appeal's reviewer sees at the reveal besides the model.
QJsonObject appealRevealJson(const AppealContext& appeal) {
    QJsonArray earlier;
    for (const EarlierDecision& decision : appeal.earlier)
        earlier.append(QJsonObject{{QStringLiteral("reviewer"), decision.reviewer},
                                   {QStringLiteral("queue"), decision.queue},
                                   {QStringLiteral("initial"), decision.initial},
                                   {QStringLiteral("initial_rationale"), decision.initialRationale},
                                   {QStringLiteral("final"), decision.final},
                                   {QStringLiteral("rationale"), decision.finalRationale},
                                   {QStringLiteral("decided_at"), decision.decidedAt}});
    return {{QStringLiteral("appeal"), appeal.appealId},
            {QStringLiteral("statement"), appeal.statement},
            {QStringLiteral("requested_by"), appeal.requestedBy},
            {QStringLiteral("filed_at"), appeal.filedAt},
            {QStringLiteral("deadline"), appeal.deadline},
            {QStringLiteral("original_decision"), appeal.originalDecision},
            {QStringLiteral("original_decider"), appeal.originalDecider},
            {QStringLiteral("earlier"), earlier}};
}

void printBlind(Context& context, const ClaimedCase& claimed) {
    context.out << Text::tr("case %1 (%2) from queue %3, lease until %4")
                       .arg(claimed.caseId, claimed.externalId, claimed.queue, claimed.leaseExpires)
                << Qt::endl;
    qsizetype width = 0;
    for (const Fact& fact : claimed.facts)
        width = std::max(width, fact.name.size());
    for (const Fact& fact : claimed.facts)
        context.out << QStringLiteral("  %1  %2")
                           .arg(fact.name, -static_cast<int>(width), u' ')
                           .arg(fact.value)
                    << Qt::endl;
    context.out << Text::tr("decisions: %1").arg(claimed.labels.join(QStringLiteral(", ")))
                << Qt::endl;
}

void printReveal(Context& context, const Reveal& reveal) {
    context.out << Text::tr("your initial decision: %1 (confidence %2)")
                       .arg(reveal.initial.label)
                       .arg(reveal.initial.confidence)
                << Qt::endl
                << Text::tr("the model: %1 (confidence %2)")
                       .arg(reveal.modelLabel)
                       .arg(reveal.modelConfidence, 0, 'f', 3)
                << Qt::endl;
    for (const auto& [label, probability] : reveal.probabilities)
        context.out << QStringLiteral("  %1  %2").arg(label).arg(probability, 0, 'f', 3)
                    << Qt::endl;
    if (reveal.initial.label != reveal.modelLabel)
        context.out << Text::tr("You and the model disagree.") << Qt::endl;
    if (!reveal.appeal)
        return;
    context.out << Text::tr("the decision appealed against: %1, by %2")
                       .arg(reveal.appeal->originalDecision, reveal.appeal->originalDecider)
                << Qt::endl;
    for (const EarlierDecision& decision : reveal.appeal->earlier) {
        context.out << Text::tr("  %1 (%2, %3): %4")
                           .arg(decision.reviewer, decision.queue, decision.decidedAt,
                                decision.final)
                    << Qt::endl;
        if (!decision.finalRationale.isEmpty())
            context.out << QStringLiteral("    ") << decision.finalRationale << Qt::endl;
    }
    context.out << Text::tr("Finalize with a rationale: the same decision upholds it, another "
                            "reverses it.")
                << Qt::endl;
}

QJsonObject adjudicationJson(const ClaimedCase& claimed, const AdjudicationFile& file) {
    QJsonObject json = blindJson(claimed);
    json.insert(QStringLiteral("stage"), QStringLiteral("adjudication"));
    json.insert(QStringLiteral("model"), modelJson(file.model));
    QJsonArray reviews;
    for (const IndependentReview& review : file.reviews)
        reviews.append(QJsonObject{{QStringLiteral("reviewer"), review.reviewer},
                                   {QStringLiteral("initial"), review.initial},
                                   {QStringLiteral("initial_confidence"), review.initialConfidence},
                                   {QStringLiteral("final"), review.final},
                                   {QStringLiteral("rationale"), review.finalRationale},
                                   {QStringLiteral("initial_rationale"), review.initialRationale}});
    json.insert(QStringLiteral("reviews"), reviews);
    return json;
}

void printAdjudication(Context& context, const ClaimedCase& claimed, const AdjudicationFile& file) {
    context.out << Text::tr("The independent reviews of this case disagree; decide it with "
                            "'review finalize CASE --decision LABEL --rationale TEXT'.")
                << Qt::endl;
    printBlind(context, claimed);
    for (const IndependentReview& review : file.reviews) {
        context.out << Text::tr("%1: initially %2 (confidence %3), finally %4")
                           .arg(review.reviewer, review.initial)
                           .arg(review.initialConfidence)
                           .arg(review.final)
                    << Qt::endl;
        if (!review.finalRationale.isEmpty())
            context.out << QStringLiteral("  ") << review.finalRationale << Qt::endl;
    }
    context.out << Text::tr("the model: %1 (confidence %2)")
                       .arg(file.model.modelLabel)
                       .arg(file.model.modelConfidence, 0, 'f', 3)
                << Qt::endl;
}

struct Options {
    QCommandLineOption queue{QStringLiteral("queue"), Text::tr("The queue to take a case from."),
                             Text::tr("QUEUE"), QStringLiteral("review")};
    QCommandLineOption decision{QStringLiteral("decision"), Text::tr("Your decision (a label)."),
                                Text::tr("LABEL")};
    QCommandLineOption confidence{QStringLiteral("confidence"),
                                  Text::tr("How sure you are, 0 to 100."), Text::tr("N")};
    QCommandLineOption rationale{QStringLiteral("rationale"), Text::tr("Why you decided so."),
                                 Text::tr("TEXT")};
    QCommandLineOption reason{QStringLiteral("reason"),
                              Text::tr("Why you give the case back (release)."), Text::tr("TEXT")};
    QCommandLineOption to{QStringLiteral("to"), Text::tr("The queue to escalate to."),
                          Text::tr("QUEUE")};
    QCommandLineOption note{QStringLiteral("note"), Text::tr("A note for the senior reviewer."),
                            Text::tr("TEXT")};
};

// The standing notice of a queue that serves known-answer checks, the same for
// every case of the queue.
int withNotice(Context& context, ReviewService& service, const QString& queue, QJsonObject json) {
    const Result<QString> notice = service.knownAnswerNotice(queue);
    if (!notice)
        return context.fail(notice.error().message);
    if (context.json()) {
        if (!notice->isEmpty())
            json.insert(QStringLiteral("notice"), notice.value());
        context.printJson(json);
    } else if (!notice->isEmpty()) {
        context.out << Text::tr("Notice: %1").arg(notice.value()) << Qt::endl;
    }
    return Ok;
}

int next(Context& context, ReviewService& service, const Session& session, const QString& queue) {
    // A case whose initial decision is committed comes back at the reveal stage.
    Result<std::optional<OpenReview>> open = service.openReview(session);
    if (!open)
        return context.fail(open.error().message);
    if (!open.value() && queue == adjudicationQueue()) {
        const Result<std::optional<ClaimedCase>> claimed = service.claimNext(session, queue);
        if (!claimed)
            return context.fail(claimed.error().message);
        if (claimed.value())
            open = service.openReview(session);
        if (!open)
            return context.fail(open.error().message);
    }
    if (open.value() && open.value()->adjudication) {
        const OpenReview& review = *open.value();
        if (context.json())
            context.printJson(adjudicationJson(review.blindCase, *review.adjudication));
        else
            printAdjudication(context, review.blindCase, *review.adjudication);
        return Ok;
    }
    if (open.value() && open.value()->reveal) {
        const OpenReview& review = *open.value();
        if (context.json()) {
            QJsonObject json = blindJson(review.blindCase);
            json.insert(QStringLiteral("stage"), QStringLiteral("revealed"));
            json.insert(QStringLiteral("initial"), review.reveal->initial.label);
            json.insert(QStringLiteral("model"), modelJson(*review.reveal));
            if (review.reveal->appeal)
                json.insert(QStringLiteral("appeal"), appealRevealJson(*review.reveal->appeal));
            return withNotice(context, service, review.blindCase.queue, json);
        }
        context.out << Text::tr("You committed an initial decision on this case; decide it "
                                "finally with 'review finalize'.")
                    << Qt::endl;
        printBlind(context, review.blindCase);
        printReveal(context, *review.reveal);
        return withNotice(context, service, review.blindCase.queue, {});
    }
    const Result<std::optional<ClaimedCase>> claimed = service.claimNext(session, queue);
    if (!claimed)
        return context.fail(claimed.error().message);
    if (!claimed.value()) {
        if (context.json())
            context.printJson({{QStringLiteral("case"), QJsonValue()}});
        else
            context.out << Text::tr("The %1 queue has no case for you.").arg(queue) << Qt::endl;
        return Ok;
    }
    if (context.json()) {
        QJsonObject json = blindJson(*claimed.value());
        json.insert(QStringLiteral("stage"), QStringLiteral("blind"));
        return withNotice(context, service, claimed.value()->queue, json);
    }
    printBlind(context, *claimed.value());
    return withNotice(context, service, claimed.value()->queue, {});
}

} // namespace

int runReview(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Review cases blind (needs --as, a reviewer):\n"
                 "  review next [--queue review|audit|adjudication|appeal|QUEUE]\n"
                 "  review commit CASE --decision LABEL --confidence N [--rationale TEXT]\n"
                 "  review finalize CASE --decision LABEL [--rationale TEXT]\n"
                 "  review release CASE --reason TEXT\n"
                 "  review escalate CASE --to QUEUE --note TEXT\n"
                 "'next' shows a case's facts only; the model's answer is shown once 'commit' has "
                 "stored your own. A rationale is required when the final decision differs from "
                 "your initial one or from the model's."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Text::tr("next, commit, finalize, release or escalate"));
    parser.addPositionalArgument(QStringLiteral("case"), Text::tr("The case id (a UUID)."));
    const Options options;
    parser.addOptions({options.queue, options.decision, options.confidence, options.rationale,
                       options.reason, options.to, options.note});
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.usage(Text::tr("review needs an action: next, commit, finalize, release "
                                      "or escalate"));
    const QString action = positional.first();
    const bool takesCase = action != u"next";
    if (!QStringList{QStringLiteral("next"), QStringLiteral("commit"), QStringLiteral("finalize"),
                     QStringLiteral("release"), QStringLiteral("escalate")}
             .contains(action))
        return context.usage(Text::tr("unknown review action '%1'").arg(action));
    if (positional.size() != (takesCase ? 2 : 1))
        return context.usage(takesCase ? Text::tr("review %1 needs exactly one CASE").arg(action)
                                       : Text::tr("review next takes no case"));
    QList<const QCommandLineOption*> required;
    if (action == u"commit")
        required = {&options.decision, &options.confidence};
    else if (action == u"finalize")
        required = {&options.decision};
    else if (action == u"release")
        required = {&options.reason};
    else if (action == u"escalate")
        required = {&options.to, &options.note};
    for (const QCommandLineOption* option : std::as_const(required))
        if (!parser.isSet(*option))
            return context.usage(
                Text::tr("review %1 needs --%2").arg(action, option->names().constFirst()));
    int confidence = 0;
    if (action == u"commit") {
        bool number = false;
        confidence = parser.value(options.confidence).toInt(&number);
        if (!number || confidence < 0 || confidence > 100)
            return context.usage(Text::tr("--confidence must be a whole number from 0 to 100, "
                                          "not '%1'")
                                     .arg(parser.value(options.confidence)));
    }

    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const Result<Session> session = context.signIn(database.value());
    if (!session)
        return context.fail(session.error().message);
    ReviewService service(database->connection());
    if (action == u"next")
        return next(context, service, session.value(), parser.value(options.queue));

    const QString caseId = positional.at(1);
    if (action == u"commit") {
        const Result<Reveal> reveal = service.commitInitial(
            session.value(), caseId,
            {parser.value(options.decision), confidence, parser.value(options.rationale)});
        if (!reveal)
            return context.fail(reveal.error().message);
        if (context.json()) {
            QJsonObject json{{QStringLiteral("case"), caseId},
                             {QStringLiteral("initial"), reveal->initial.label},
                             {QStringLiteral("model"), modelJson(reveal.value())}};
            if (reveal->appeal)
                json.insert(QStringLiteral("appeal"), appealRevealJson(*reveal->appeal));
            context.printJson(json);
        } else
            printReveal(context, reveal.value());
        return Ok;
    }
    if (action == u"finalize") {
        const Result<FinalOutcome> outcome =
            service.finalize(session.value(), caseId, parser.value(options.decision),
                             parser.value(options.rationale));
        if (!outcome)
            return context.fail(outcome.error().message);
        const QString resolution = outcome->resolution == CaseResolution::Decided
                                       ? QStringLiteral("decided")
                                   : outcome->resolution == CaseResolution::Adjudication
                                       ? QStringLiteral("adjudication")
                                       : QStringLiteral("awaiting_reviews");
        if (context.json()) {
            QJsonObject json{{QStringLiteral("case"), caseId},
                             {QStringLiteral("final"), outcome->finalLabel},
                             {QStringLiteral("override"), outcome->overridesModel},
                             {QStringLiteral("case_status"), resolution}};
            if (outcome->knownAnswer)
                json.insert(
                    QStringLiteral("known_answer"),
                    QJsonObject{{QStringLiteral("truth"), outcome->knownAnswer->truth},
                                {QStringLiteral("shown"), outcome->knownAnswer->shown},
                                {QStringLiteral("planted"), outcome->knownAnswer->planted}});
            if (!outcome->appealOutcome.isEmpty())
                json.insert(QStringLiteral("appeal"), outcome->appealOutcome);
            context.printJson(json);
            return Ok;
        }
        if (outcome->knownAnswer)
            context.out << (outcome->knownAnswer->planted
                                ? Text::tr("This case was a check: its correct answer is %1, and "
                                           "the recommendation shown (%2) was deliberately wrong.")
                                : Text::tr("This case was a check: its correct answer is %1; the "
                                           "recommendation shown was the model's own (%2)."))
                               .arg(outcome->knownAnswer->truth, outcome->knownAnswer->shown)
                        << Qt::endl;
        context.out << (outcome->overridesModel
                            ? Text::tr("Finalized %1 as %2, overriding the model.")
                            : Text::tr("Finalized %1 as %2, as the model recommended."))
                           .arg(caseId, outcome->finalLabel)
                    << Qt::endl;
        if (outcome->appealOutcome == u"reversed")
            context.out << Text::tr("The appeal reverses the earlier decision: %1 now stands.")
                               .arg(outcome->finalLabel)
                        << Qt::endl;
        else if (outcome->appealOutcome == u"upheld")
            context.out << Text::tr("The appeal upholds the earlier decision.") << Qt::endl;
        if (outcome->resolution == CaseResolution::AwaitingReviews)
            context.out << Text::tr("The case waits for its other independent reviews.")
                        << Qt::endl;
        else if (outcome->resolution == CaseResolution::Adjudication)
            context.out << Text::tr("The independent reviews disagree: the case goes to the "
                                    "adjudication queue.")
                        << Qt::endl;
        return Ok;
    }
    if (action == u"release") {
        if (Status released =
                service.release(session.value(), caseId, parser.value(options.reason));
            !released)
            return context.fail(released.error().message);
        if (context.json())
            context.printJson(
                {{QStringLiteral("case"), caseId}, {QStringLiteral("released"), true}});
        else
            context.out << Text::tr("Released %1; it is back in its queue.").arg(caseId)
                        << Qt::endl;
        return Ok;
    }
    if (Status escalated = service.escalate(session.value(), caseId, parser.value(options.to),
                                            parser.value(options.note));
        !escalated)
        return context.fail(escalated.error().message);
    if (context.json())
        context.printJson({{QStringLiteral("case"), caseId},
                           {QStringLiteral("escalated_to"), parser.value(options.to)}});
    else
        context.out
            << Text::tr("Escalated %1 to the %2 queue.").arg(caseId, parser.value(options.to))
            << Qt::endl;
    return Ok;
}

} // namespace oversight::cli
