// oversight-cli: the command-line face of Oversight's core services.
#include "cli/commands.h"
#include "cli/reportwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>
#include <memory>

using namespace oversight::cli;

namespace {

struct Command {
    const char* name;
    const char* summary;
    std::function<int(Context&, const QStringList&)> run;
};

const Command commands[] = {
    {"init",
     QT_TRANSLATE_NOOP("cli", "Create or upgrade the database and its first administrator."),
     runInit},
    {"import",
     QT_TRANSLATE_NOOP("cli", "Import model decisions from CSV or JSON Lines and route them."),
     runImport},
    {"import-reviews",
     QT_TRANSLATE_NOOP("cli", "Import a historical review log (CSV) for analysis."),
     runImportReviews},
    {"analyze", QT_TRANSLATE_NOOP("cli", "Every oversight metric and warning for a filter."),
     runAnalyze},
    {"queues", QT_TRANSLATE_NOOP("cli", "Show the depth of each review queue."), runQueues},
    {"review", QT_TRANSLATE_NOOP("cli", "Review cases: next, commit, finalize, release, escalate."),
     runReview},
    {"policy", QT_TRANSLATE_NOOP("cli", "Show or set the routing policy."), runPolicy},
    {"known-answers",
     QT_TRANSLATE_NOOP("cli", "List known-answer sets, see how often each case was served, "
                              "retire a set."),
     runKnownAnswers},
    {"appeal",
     QT_TRANSLATE_NOOP("cli", "Contest a decided case: a reviewer who never saw it decides it "
                              "again, blind."),
     runAppeal},
    {"appeals", QT_TRANSLATE_NOOP("cli", "List the appeals with their deadlines and outcomes."),
     runAppeals},
    {"demo", QT_TRANSLATE_NOOP("cli", "Generate a realistic synthetic batch and import it."),
     runDemo},
    {"user", QT_TRANSLATE_NOOP("cli", "Add, list, disable or enable users; set passwords."),
     runUser},
    {"report", QT_TRANSLATE_NOOP("cli", "Write an audit report (PDF, CSV or JSON) of a period."),
     runReport},
    {"verify", QT_TRANSLATE_NOOP("cli", "Check the audit trail for tampering."), runVerify},
    {"export",
     QT_TRANSLATE_NOOP("cli", "Hand decisions on: every change since a cursor, as JSON Lines or "
                              "CSV."),
     runExport},
    {"login",
     QT_TRANSLATE_NOOP("cli", "Start a session, so later commands with --as need no password."),
     runLogin},
    {"logout", QT_TRANSLATE_NOOP("cli", "End the session started by login."), runLogout},
    {"migrate",
     QT_TRANSLATE_NOOP("cli", "Copy a whole database into an empty one (e.g. SQLite to "
                              "PostgreSQL) and verify it."),
     runMigrate},
    {"grant",
     QT_TRANSLATE_NOOP("cli", "PostgreSQL: give the application's role its privileges (the "
                              "audit trail: insert and read only)."),
     runGrant},
};

QString commandList() {
    QString text = QCoreApplication::translate("cli", "Commands:") + u'\n';
    for (const Command& command : commands)
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(15))
                    .arg(QCoreApplication::translate("cli", command.summary));
    text += u'\n' +
            QCoreApplication::translate("cli", "Run 'oversight-cli COMMAND --help' for a "
                                               "command's options.") +
            u'\n';
    return text;
}

// The PDF report draws text and charts, which needs a GUI application; on the
// offscreen platform it needs no display. Every other command stays a console
// application that starts fast.
bool needsGui(int argc, char* argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addHelpOption();
    parser.addVersionOption();
    Context::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QString());
    if (!parser.parse(arguments) || parser.positionalArguments().value(0) != u"report")
        return false;
    const QStringList rest = parser.positionalArguments();
    for (qsizetype i = 1; i < rest.size(); ++i) {
        if (rest[i].compare(u"--format=pdf", Qt::CaseInsensitive) == 0 ||
            (rest[i] == u"--format" && rest.value(i + 1).compare(u"pdf", Qt::CaseInsensitive) == 0))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[]) {
    std::unique_ptr<QCoreApplication> application;
    std::unique_ptr<QTemporaryDir> runtimeDir;
    if (needsGui(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // The platform wants a private runtime directory; a console session may have none.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtimeDir = std::make_unique<QTemporaryDir>();
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
        }
        const oversight::Result<QFunctionPointer> create =
            reportWriterFunction("oversightCreateGuiApplication");
        if (!create) {
            std::fprintf(stderr, "error: %s\n", qPrintable(create.error().message));
            return Failed;
        }
        application.reset(reinterpret_cast<CreateGuiApplication>(create.value())(argc, argv));
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Oversight"));
    QCoreApplication::setApplicationName(QStringLiteral("oversight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OVERSIGHT_VERSION));

    Context context;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Oversight: human oversight of AI decisions."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addHelpOption();
    parser.addVersionOption();
    Context::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("cli", "The command to run."));
    if (!parser.parse(app.arguments()))
        return context.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("version"))) {
        context.out << QCoreApplication::applicationName() << u' '
                    << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText() << u'\n' << commandList();
        return Ok;
    }
    if (positional.isEmpty()) {
        context.err << parser.helpText() << u'\n' << commandList();
        return Usage;
    }
    context.readCommonOptions(parser);

    const QString name = positional.first();
    for (const Command& command : commands) {
        if (name == QLatin1String(command.name)) {
            QStringList arguments = positional.mid(1);
            arguments.prepend(QStringLiteral("oversight-cli ") + name);
            return command.run(context, arguments);
        }
    }
    return context.usage(QCoreApplication::translate("cli", "unknown command '%1'").arg(name));
}
