#include "accounts/separationofduties.h"
#include "appeals/appealsettings.h"
#include "cli/commands.h"
#include "review/leasesetting.h"
#include "review/reviewpolicy.h"
#include "routing/routingpolicy.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

struct AppealDays {
    int window = defaultAppealWindowDays;
    int deadline = defaultAppealDeadlineDays;
};

int printPolicy(Context& context, const RoutingPolicy& policy, bool separationOfDuties,
                int leaseMinutes, const AppealDays& appeals,
                const QList<QueueReviewPolicy>& queues) {
    if (context.json()) {
        QJsonArray queueArray;
        for (const QueueReviewPolicy& queue : queues)
            queueArray.append(
                QJsonObject{{QStringLiteral("queue"), queue.queue},
                            {QStringLiteral("reviews_per_case"), queue.reviewsPerCase},
                            {QStringLiteral("second_review_rate"), queue.secondReviewRate},
                            {QStringLiteral("known_answer_rate"), queue.knownAnswerRate},
                            {QStringLiteral("catch_rate"), queue.catchRate},
                            {QStringLiteral("known_answer_feedback"), queue.knownAnswerFeedback}});
        context.printJson({{QStringLiteral("threshold"), policy.threshold},
                           {QStringLiteral("audit_rate"), policy.auditRate},
                           {QStringLiteral("seed"), policy.seed},
                           {QStringLiteral("separation_of_duties"), separationOfDuties},
                           {QStringLiteral("lease_minutes"), leaseMinutes},
                           {QStringLiteral("appeal_window_days"), appeals.window},
                           {QStringLiteral("appeal_deadline_days"), appeals.deadline},
                           {QStringLiteral("queues"), queueArray}});
    } else {
        context.out
            << Text::tr("threshold   %1  (confidence below it goes to the review queue)")
                   .arg(policy.threshold)
            << Qt::endl
            << Text::tr("audit rate  %1  (share of automated decisions sampled for audit)")
                   .arg(policy.auditRate)
            << Qt::endl
            << Text::tr("seed        %1  (makes the audit sample re-derivable)").arg(policy.seed)
            << Qt::endl
            << Text::tr("separation of duties  %1  (importers may not review their own batches)")
                   .arg(separationOfDuties ? Text::tr("on") : Text::tr("off"))
            << Qt::endl
            << Text::tr("lease       %1 min  (a claimed case returns to its queue after it)")
                   .arg(leaseMinutes)
            << Qt::endl
            << Text::tr("appeals     within %1 days of a decision, decided within %2 days")
                   .arg(appeals.window)
                   .arg(appeals.deadline)
            << Qt::endl;
        if (queues.isEmpty())
            context.out << Text::tr("reviews per case  1 in every queue") << Qt::endl;
        for (const QueueReviewPolicy& queue : queues) {
            context.out << Text::tr("queue %1: %2 independent reviews per case, second-review "
                                    "rate %3")
                               .arg(queue.queue)
                               .arg(queue.reviewsPerCase)
                               .arg(queue.secondReviewRate)
                        << Qt::endl;
            if (queue.knownAnswerRate > 0.0)
                context.out << Text::tr("queue %1: known-answer rate %2, catch rate %3, feedback "
                                        "%4 (reviewers see the notice)")
                                   .arg(queue.queue)
                                   .arg(queue.knownAnswerRate)
                                   .arg(queue.catchRate)
                                   .arg(queue.knownAnswerFeedback ? Text::tr("on")
                                                                  : Text::tr("off"))
                            << Qt::endl;
        }
    }
    return Ok;
}

} // namespace

int runPolicy(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("policy show: print the routing policy. policy set: change it (needs --as, an "
                 "administrator); the options not given keep their values."));
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("show or set"));
    const QCommandLineOption threshold(QStringLiteral("threshold"),
                                       Text::tr("Review below this confidence, in (0, 1]."),
                                       QStringLiteral("t"));
    const QCommandLineOption auditRate(
        QStringLiteral("audit-rate"),
        Text::tr("Share of automated decisions sampled for audit, in [0, 1]."),
        QStringLiteral("r"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), Text::tr("Audit sampling seed (an integer)."), QStringLiteral("s"));
    const QCommandLineOption separation(
        QStringLiteral("separation-of-duties"),
        Text::tr("on (default) or off: may an account review cases of a batch it imported."),
        QStringLiteral("on|off"));
    const QCommandLineOption lease(
        QStringLiteral("lease-minutes"),
        Text::tr("How long a claimed case stays with its reviewer (1 to 480 minutes)."),
        QStringLiteral("minutes"));
    const QCommandLineOption queue(
        QStringLiteral("queue"),
        Text::tr("The queue that --reviews-per-case, --second-review-rate and the known-answer "
                 "options apply to."),
        QStringLiteral("QUEUE"));
    const QCommandLineOption reviewsPerCase(
        QStringLiteral("reviews-per-case"),
        Text::tr("Independent reviews each case of the queue gets (1 to 3), by distinct "
                 "reviewers; disagreements go to adjudication."),
        QStringLiteral("K"));
    const QCommandLineOption secondReviewRate(
        QStringLiteral("second-review-rate"),
        Text::tr("Share of a one-review queue's cases that get a second review, in [0, 1]."),
        QStringLiteral("R"));
    const QCommandLineOption knownAnswerRate(
        QStringLiteral("known-answer-rate"),
        Text::tr("Share of the queue's claims served from known-answer cases, in [0, 1]; while "
                 "above 0 reviewers see a notice that some cases are checks."),
        QStringLiteral("R"));
    const QCommandLineOption catchRate(
        QStringLiteral("catch-rate"),
        Text::tr("Share of known-answer reveals that show a deliberately wrong recommendation, "
                 "in [0, 1]."),
        QStringLiteral("C"));
    const QCommandLineOption knownAnswerFeedback(
        QStringLiteral("known-answer-feedback"),
        Text::tr("on or off: tell the reviewer after finalizing a known-answer case."),
        QStringLiteral("on|off"));
    const QCommandLineOption appealWindow(
        QStringLiteral("appeal-window-days"),
        Text::tr("How many days after its decision a case may be appealed (default 184)."),
        QStringLiteral("days"));
    const QCommandLineOption appealDeadline(
        QStringLiteral("appeal-deadline-days"),
        Text::tr("How many days an appeal may wait for its decision before it is overdue "
                 "(default 30)."),
        QStringLiteral("days"));
    parser.addOptions({threshold, auditRate, seed, separation, lease, queue, reviewsPerCase,
                       secondReviewRate, knownAnswerRate, catchRate, knownAnswerFeedback,
                       appealWindow, appealDeadline});
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || (positional[0] != u"show" && positional[0] != u"set"))
        return context.usage(Text::tr("policy needs one action: show or set"));
    const bool set = positional[0] == u"set";
    const bool routingChange =
        parser.isSet(threshold) || parser.isSet(auditRate) || parser.isSet(seed);
    const bool queueChange = parser.isSet(reviewsPerCase) || parser.isSet(secondReviewRate) ||
                             parser.isSet(knownAnswerRate) || parser.isSet(catchRate) ||
                             parser.isSet(knownAnswerFeedback);
    const bool appealChange = parser.isSet(appealWindow) || parser.isSet(appealDeadline);
    if (!set && (routingChange || queueChange || appealChange || parser.isSet(queue) ||
                 parser.isSet(separation) || parser.isSet(lease)))
        return context.usage(Text::tr("policy show takes no options; use policy set"));
    if (queueChange != parser.isSet(queue))
        return context.usage(Text::tr("--reviews-per-case, --second-review-rate, "
                                      "--known-answer-rate, --catch-rate and "
                                      "--known-answer-feedback need --queue, and --queue needs "
                                      "one of them"));

    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    PolicyStore store(database->connection());
    SeparationOfDuties duties(database->connection());
    Result<RoutingPolicy> policy = store.current();
    if (!policy)
        return context.fail(policy.error().message);
    Result<bool> separated = duties.isRequired();
    if (!separated)
        return context.fail(separated.error().message);
    LeaseSetting leaseSetting(database->connection());
    Result<int> leaseMinutes = leaseSetting.minutes();
    if (!leaseMinutes)
        return context.fail(leaseMinutes.error().message);
    ReviewPolicyStore reviewPolicies(database->connection());
    Result<QList<QueueReviewPolicy>> queues = reviewPolicies.list();
    if (!queues)
        return context.fail(queues.error().message);
    AppealSettings appealSettings(database->connection());
    const Result<int> windowDays = appealSettings.windowDays();
    const Result<int> deadlineDays = appealSettings.deadlineDays();
    if (!windowDays || !deadlineDays)
        return context.fail(!windowDays ? windowDays.error().message
                                        : deadlineDays.error().message);
    AppealDays appealDays{windowDays.value(), deadlineDays.value()};
    if (!set)
        return printPolicy(context, policy.value(), separated.value(), leaseMinutes.value(),
                           appealDays, queues.value());

    if (!routingChange && !queueChange && !appealChange && !parser.isSet(separation) &&
        !parser.isSet(lease))
        return context.usage(
            Text::tr("policy set needs --threshold, --audit-rate, --seed, "
                     "--separation-of-duties, --lease-minutes, --appeal-window-days, "
                     "--appeal-deadline-days or --queue with "
                     "a queue option such as --reviews-per-case or --known-answer-rate"));
    AppealDays newAppealDays = appealDays;
    for (const auto& [option, days] : {std::pair{&appealWindow, &newAppealDays.window},
                                       std::pair{&appealDeadline, &newAppealDays.deadline}}) {
        if (!parser.isSet(*option))
            continue;
        bool number = false;
        *days = parser.value(*option).toInt(&number);
        if (!number)
            return context.usage(
                Text::tr("--%1 expects a whole number of days").arg(option->names().constFirst()));
    }
    int newLease = 0;
    if (parser.isSet(lease)) {
        bool number = false;
        newLease = parser.value(lease).toInt(&number);
        if (!number)
            return context.usage(Text::tr("--lease-minutes expects a whole number"));
    }
    const QString separationValue = parser.value(separation);
    if (parser.isSet(separation) && separationValue != u"on" && separationValue != u"off")
        return context.usage(Text::tr("--separation-of-duties is on or off"));
    bool ok = true;
    if (parser.isSet(threshold))
        policy->threshold = parser.value(threshold).toDouble(&ok);
    if (ok && parser.isSet(auditRate))
        policy->auditRate = parser.value(auditRate).toDouble(&ok);
    if (ok && parser.isSet(seed))
        policy->seed = parser.value(seed).toLongLong(&ok);
    if (!ok)
        return context.usage(Text::tr("--threshold, --audit-rate and --seed expect numbers"));
    QueueReviewPolicy queuePolicy;
    if (queueChange) {
        const Result<QueueReviewPolicy> stored = reviewPolicies.forQueue(parser.value(queue));
        if (!stored)
            return context.fail(stored.error().message);
        queuePolicy = stored.value();
        if (parser.isSet(reviewsPerCase)) {
            queuePolicy.reviewsPerCase = parser.value(reviewsPerCase).toInt(&ok);
            // More than one reviewer per case leaves no room for a sampled second one.
            if (queuePolicy.reviewsPerCase > 1 && !parser.isSet(secondReviewRate))
                queuePolicy.secondReviewRate = 0.0;
        }
        if (ok && parser.isSet(secondReviewRate))
            queuePolicy.secondReviewRate = parser.value(secondReviewRate).toDouble(&ok);
        if (ok && parser.isSet(knownAnswerRate))
            queuePolicy.knownAnswerRate = parser.value(knownAnswerRate).toDouble(&ok);
        if (ok && parser.isSet(catchRate))
            queuePolicy.catchRate = parser.value(catchRate).toDouble(&ok);
        if (!ok)
            return context.usage(
                Text::tr("--reviews-per-case expects a whole number; --second-review-rate, "
                         "--known-answer-rate and --catch-rate a number"));
        const QString feedback = parser.value(knownAnswerFeedback);
        if (parser.isSet(knownAnswerFeedback) && feedback != u"on" && feedback != u"off")
            return context.usage(Text::tr("--known-answer-feedback is on or off"));
        if (parser.isSet(knownAnswerFeedback))
            queuePolicy.knownAnswerFeedback = feedback == u"on";
    }

    const Result<Session> session = context.signIn(database.value());
    if (!session)
        return context.fail(session.error().message);
    if (routingChange) {
        if (Status saved = store.save(session.value(), policy.value()); !saved)
            return context.fail(saved.error().message);
    }
    if (parser.isSet(separation)) {
        if (Status saved = duties.setRequired(session.value(), separationValue == u"on"); !saved)
            return context.fail(saved.error().message);
        separated = separationValue == u"on";
    }
    if (parser.isSet(lease)) {
        if (Status saved = leaseSetting.setMinutes(session.value(), newLease); !saved)
            return context.fail(saved.error().message);
        leaseMinutes = newLease;
    }
    if (parser.isSet(appealWindow)) {
        if (Status saved = appealSettings.setWindowDays(session.value(), newAppealDays.window);
            !saved)
            return context.fail(saved.error().message);
    }
    if (parser.isSet(appealDeadline)) {
        if (Status saved = appealSettings.setDeadlineDays(session.value(), newAppealDays.deadline);
            !saved)
            return context.fail(saved.error().message);
    }
    appealDays = newAppealDays;
    if (queueChange) {
        if (Status saved = reviewPolicies.save(session.value(), queuePolicy); !saved)
            return context.fail(saved.error().message);
        queues = reviewPolicies.list();
        if (!queues)
            return context.fail(queues.error().message);
    }
    return printPolicy(context, policy.value(), separated.value(), leaseMinutes.value(), appealDays,
                       queues.value());
}

} // namespace oversight::cli
