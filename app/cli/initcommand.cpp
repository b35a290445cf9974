#include "accounts/userstore.h"
#include "cli/commands.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace oversight::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runInit(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Create the database (or bring its schema up to date) and its first administrator. "
        "The administrator's password comes from --password-stdin or OVERSIGHT_PASSWORD."));
    const QCommandLineOption adminOption(QStringLiteral("admin"),
                                         Text::tr("Login of the first administrator."),
                                         QStringLiteral("login"));
    parser.addOption(adminOption);
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("init takes no arguments"));

    const QString path = context.databasePath();
    const bool existed = QFileInfo::exists(path);
    Result<Database> database = context.openDatabase(Database::OpenMode::CreateIfMissing);
    if (!database)
        return context.fail(database.error().message);

    UserStore users(database->connection());
    const QString admin = parser.value(adminOption);
    if (users.userCount() == 0) {
        if (admin.isEmpty())
            return context.fail(
                Text::tr("The database has no users yet: name its first administrator "
                         "with --admin LOGIN."));
        const Result<QString> password = context.password();
        if (!password)
            return context.fail(password.error().message);
        const Result<Session> created = users.createFirstAdmin(admin, password.value());
        if (!created)
            return context.fail(created.error().message);
    } else if (!admin.isEmpty()) {
        return context.fail(Text::tr("The database already has users; add more with the accounts "
                                     "commands, not init."));
    }

    if (context.json()) {
        context.printJson({{QStringLiteral("database"), QFileInfo(path).absoluteFilePath()},
                           {QStringLiteral("created"), !existed},
                           {QStringLiteral("schema_version"), database->schemaVersion()},
                           {QStringLiteral("admin"), admin.isEmpty() ? QJsonValue() : admin}});
    } else {
        context.out << (existed ? Text::tr("Database %1 is at schema version %2.")
                                : Text::tr("Created database %1 (schema version %2)."))
                           .arg(QFileInfo(path).absoluteFilePath())
                           .arg(database->schemaVersion())
                    << Qt::endl;
        if (!admin.isEmpty())
            context.out << Text::tr("Administrator '%1' created.").arg(admin) << Qt::endl;
    }
    return Ok;
}

} // namespace oversight::cli
