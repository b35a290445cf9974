#include "accounts/passwordhasher.h"
#include "accounts/userstore.h"
#include "cli/commands.h"
#include "demo/demoappeals.h"
#include "demo/demochecks.h"
#include "demo/demodatabase.h"
#include "intake/importer.h"
#include "intake/importreportjson.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace

int runDemo(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Generate a realistic synthetic batch of credit decisions and import it. On a new or "
        "empty database an administrator 'demo-admin' is created and its password printed "
        "once; otherwise --as is needed. With --out, only write the CSV file."));
    const QCommandLineOption cases(QStringLiteral("cases"),
                                   Text::tr("Number of decisions (default 1000)."),
                                   QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), Text::tr("Random seed (default 1)."),
                                  QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 Text::tr("Write the CSV to this file and import nothing."),
                                 QStringLiteral("file"));
    const QCommandLineOption reviews(
        QStringLiteral("reviews"),
        Text::tr("Also simulate this many reviews by a review team over the last 28 days."),
        QStringLiteral("m"));
    const QCommandLineOption reviewsOut(
        QStringLiteral("reviews-out"),
        Text::tr("Write the simulated review log (--reviews of them) to this file and import "
                 "nothing."),
        QStringLiteral("file"));
    const QCommandLineOption checks(
        QStringLiteral("checks"),
        Text::tr("Also import a known-answer set and let three simulated reviewers take this "
                 "many checks each (one always takes the recommendation)."),
        QStringLiteral("n"));
    const QCommandLineOption appeals(
        QStringLiteral("appeals"),
        Text::tr("Also file this many appeals against automated decisions; a simulated reviewer "
                 "decides all but two."),
        QStringLiteral("n"));
    parser.addOptions({cases, seed, out, reviews, reviewsOut, checks, appeals});
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("demo takes no arguments"));

    DemoSettings settings;
    bool ok = false;
    settings.cases = parser.value(cases).toLongLong(&ok);
    if (!ok || settings.cases < 1)
        return context.usage(Text::tr("--cases expects a positive number"));
    settings.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return context.usage(Text::tr("--seed expects a non-negative integer"));

    DemoCheckSettings checkSettings;
    checkSettings.productionCases = settings.cases;
    checkSettings.seed = settings.seed;
    if (parser.isSet(checks)) {
        checkSettings.checksPerReviewer = parser.value(checks).toInt(&ok);
        if (!ok || checkSettings.checksPerReviewer < 1 || checkSettings.checksPerReviewer > 60)
            return context.usage(Text::tr("--checks expects a number from 1 to 60"));
    }

    int appealCount = 0;
    if (parser.isSet(appeals)) {
        appealCount = parser.value(appeals).toInt(&ok);
        if (!ok || appealCount < 1 || appealCount > 100)
            return context.usage(Text::tr("--appeals expects a number from 1 to 100"));
    }

    DemoReviewSettings reviewSettings;
    reviewSettings.seed = settings.seed;
    reviewSettings.reviews = 0;
    if (parser.isSet(reviews)) {
        reviewSettings.reviews = parser.value(reviews).toLongLong(&ok);
        if (!ok || reviewSettings.reviews < 1)
            return context.usage(Text::tr("--reviews expects a positive number"));
    }
    if (parser.isSet(reviewsOut)) {
        if (reviewSettings.reviews == 0)
            return context.usage(Text::tr("--reviews-out needs --reviews"));
        QSaveFile file(parser.value(reviewsOut));
        if (!file.open(QIODevice::WriteOnly) || !writeDemoReviewLog(file, reviewSettings) ||
            !file.commit())
            return context.fail(
                Text::tr("Cannot write %1: %2").arg(parser.value(reviewsOut), file.errorString()));
        if (context.json())
            context.printJson({{QStringLiteral("reviews_out"), parser.value(reviewsOut)},
                               {QStringLiteral("reviews"), reviewSettings.reviews}});
        return Ok;
    }

    if (parser.isSet(out)) {
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly) || !writeDemoDecisions(file, settings) ||
            !file.commit())
            return context.fail(
                Text::tr("Cannot write %1: %2").arg(parser.value(out), file.errorString()));
        if (context.json())
            context.printJson({{QStringLiteral("out"), parser.value(out)},
                               {QStringLiteral("cases"), settings.cases}});
        return Ok;
    }

    Result<Database> database = context.openDatabase(Database::OpenMode::CreateIfMissing);
    if (!database)
        return context.fail(database.error().message);
    UserStore users(database->connection());
    Result<Session> session = Error{};
    QList<std::pair<QString, QString>> createdAccounts;
    if (users.userCount() == 0) {
        session = createDemoAccounts(database->connection(), [&](const QString& login) {
            createdAccounts << std::pair{login, generatePassword()};
            return createdAccounts.last().second;
        });
    } else {
        session = context.signIn(database.value());
    }
    if (!session)
        return context.fail(session.error().message);

    const Result<DemoImport> imported =
        importDemo(database->connection(), session.value(), settings, reviewSettings);
    if (!imported)
        return context.fail(imported.error().message);
    const ImportReport& report = imported->decisions;
    const ReviewLogReport& reviewReport = imported->reviews;
    DemoChecks checked;
    if (checkSettings.checksPerReviewer > 0) {
        const Result<DemoChecks> ran =
            runDemoChecks(database->connection(), session.value(), checkSettings);
        if (!ran)
            return context.fail(ran.error().message);
        checked = ran.value();
    }
    DemoAppeals appealed;
    if (appealCount > 0) {
        const Result<DemoAppeals> ran =
            runDemoAppeals(database->connection(), session.value(), appealCount);
        if (!ran)
            return context.fail(ran.error().message);
        appealed = ran.value();
    }
    if (context.json()) {
        QJsonObject object = importReportJson(report);
        if (reviewSettings.reviews > 0)
            object.insert(QStringLiteral("reviews"), reviewReport.accepted);
        if (checkSettings.checksPerReviewer > 0)
            object.insert(QStringLiteral("checks"), checked.checks);
        if (appealCount > 0)
            object.insert(QStringLiteral("appeals"), appealed.filed);
        QJsonObject accounts;
        for (const auto& [login, password] : std::as_const(createdAccounts))
            accounts.insert(login, password);
        if (!accounts.isEmpty())
            object.insert(QStringLiteral("accounts"), accounts);
        context.printJson(object);
    }
    if (!context.json()) {
        context.out << Text::tr(
                           "Imported %1 demo decisions: %2 to review, %3 automated (%4 sampled "
                           "for audit).")
                           .arg(report.accepted)
                           .arg(report.routedReview)
                           .arg(report.routedAutomated)
                           .arg(report.routedAudit)
                    << Qt::endl;
        if (reviewSettings.reviews > 0)
            context.out << Text::tr("Imported %1 simulated reviews by a team of demo reviewers.")
                               .arg(reviewReport.accepted)
                        << Qt::endl;
        if (checkSettings.checksPerReviewer > 0)
            context.out << Text::tr("Simulated %1 known-answer checks (set %2); the review queue "
                                    "now serves 5 % checks.")
                               .arg(checked.checks)
                               .arg(checked.setId)
                        << Qt::endl;
        if (appealCount > 0)
            context.out << Text::tr("Filed %1 appeals; %2 of them decided by a simulated appeal "
                                    "reviewer.")
                               .arg(appealed.filed)
                               .arg(appealed.decided)
                        << Qt::endl;
        if (!createdAccounts.isEmpty())
            context.out << Text::tr("Demo accounts (passwords are shown only now):") << Qt::endl;
        for (const auto& [login, password] : std::as_const(createdAccounts))
            context.out << QStringLiteral("  %1  %2").arg(login, -16).arg(password) << Qt::endl;
    }
    return Ok;
}

} // namespace oversight::cli
