#include "accounts/scriptsessions.h"
#include "cli/commands.h"
#include "cli/sessionfile.h"

#include <QCoreApplication>

namespace oversight::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runLogin(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Sign in once with the password and start a session: later commands with the "
                 "same --as and --db need no password until the session expires (a shared "
                 "setting, 8 hours unless an administrator changed it) or logout ends it. The "
                 "token is kept in a file only you can read, in your runtime directory."));
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("login takes no arguments"));
    if (context.actingLogin().isEmpty())
        return context.usage(Text::tr("login needs --as LOGIN"));
    if (!context.passwordGiven())
        return context.fail(Text::tr("login needs the password: give it on standard input with "
                                     "--password-stdin or in the OVERSIGHT_PASSWORD environment "
                                     "variable."));

    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const Result<Session> session = context.signIn(database.value());
    if (!session)
        return context.fail(session.error().message);
    ScriptSessions sessions(database->connection());
    const SessionFile file(database.value(), session->login);
    // One session per database and login on this computer: a new one replaces the old.
    if (file.exists()) {
        if (const Result<QString> old = file.read(); old) {
            if (const Result<bool> ended = sessions.end(old.value(), QStringLiteral("replaced"));
                !ended)
                return context.fail(ended.error().message);
        }
        file.remove();
    }
    const Result<StartedSession> started = sessions.start(session.value());
    if (!started)
        return context.fail(started.error().message);
    if (Status saved = file.write(started->token); !saved) {
        // Nobody holds the token now; its end on record is all that is left to do.
        static_cast<void>(sessions.end(started->token, QStringLiteral("logout")));
        return context.fail(saved.error().message);
    }
    const QString expires = started->expiresAt.toUTC().toString(Qt::ISODate);
    if (context.json()) {
        context.printJson({{QStringLiteral("login"), session->login},
                           {QStringLiteral("session"), started->id},
                           {QStringLiteral("expires_at"), expires},
                           {QStringLiteral("session_file"), file.path()}});
    } else {
        context.out << Text::tr("Session of %1 started; it lasts until %2 UTC. Commands with --as "
                                "%1 need no password until then; end it with oversight-cli "
                                "logout --as %1.")
                           .arg(session->login, started->expiresAt.toUTC().toString(
                                                    QStringLiteral("yyyy-MM-dd HH:mm")))
                    << Qt::endl;
    }
    return Ok;
}

int runLogout(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("End the session login started for --as on this database, and delete its "
                 "token file."));
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("logout takes no arguments"));
    if (context.actingLogin().isEmpty())
        return context.usage(Text::tr("logout needs --as LOGIN"));

    // The token is the authority here, so an expired session can still be logged
    // out of; a password that is given anyway is checked, as by every command.
    Result<Database> database = context.passwordGiven()
                                    ? context.openDatabase(Database::OpenMode::MustExist)
                                    : context.openWithoutSignIn(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const SessionFile file(database.value(), context.actingLogin());
    if (!file.exists())
        return context.fail(Text::tr("There is no session of '%1' for this database on this "
                                     "computer.")
                                .arg(context.actingLogin()));
    const Result<QString> token = file.read();
    bool ended = false;
    if (token) {
        const Result<bool> result =
            ScriptSessions(database->connection()).end(token.value(), QStringLiteral("logout"));
        if (!result)
            return context.fail(result.error().message);
        ended = result.value();
    }
    file.remove();
    if (context.json()) {
        context.printJson(
            {{QStringLiteral("login"), context.actingLogin()}, {QStringLiteral("ended"), ended}});
    } else {
        context.out << (ended ? Text::tr("Session of %1 ended.").arg(context.actingLogin())
                              : Text::tr("The session of %1 had already ended; its file is "
                                         "deleted.")
                                    .arg(context.actingLogin()))
                    << Qt::endl;
    }
    return Ok;
}

} // namespace oversight::cli
