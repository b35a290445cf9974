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

int runGrant(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "PostgreSQL only: give an application role (the one workstations log in as) the "
        "privileges Oversight needs, and on the audit trail only INSERT and SELECT. Run it "
        "connected as the owner of the tables (who ran 'init'), with --as an administrator, "
        "after 'init' and after every upgrade."));
    const QCommandLineOption role(QStringLiteral("role"), Text::tr("The application role."),
                                  Text::tr("name"));
    parser.addOption(role);
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    if (!parser.isSet(role) || !parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("grant needs --role NAME and no arguments"));

    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const Result<Session> session = context.signIn(database.value());
    if (!session)
        return context.fail(session.error().message);
    if (Status granted =
            grantApplicationRole(database->connection(), session.value(), parser.value(role));
        !granted)
        return context.fail(granted.error().message);
    if (context.json())
        context.printJson({{QStringLiteral("role"), parser.value(role)}});
    else
        context.out << Text::tr("Role %1 may now use %2; the audit trail is insert-only for it.")
                           .arg(parser.value(role), database->displayName())
                    << Qt::endl;
    return Ok;
}

} // namespace oversight::cli
