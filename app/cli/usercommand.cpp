#include "accounts/userstore.h"
#include "cli/commands.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QJsonObject userJson(const UserRecord& user) {
    return {
        {QStringLiteral("login"), user.login},
        {QStringLiteral("display_name"), user.displayName},
        {QStringLiteral("roles"), QJsonArray::fromStringList(user.roles)},
        {QStringLiteral("active"), user.active},
        {QStringLiteral("created_at"), user.createdAt},
        {QStringLiteral("created_by"), user.createdBy.isEmpty() ? QJsonValue() : user.createdBy},
        {QStringLiteral("locked_until"),
         user.lockedUntil.isEmpty() ? QJsonValue() : user.lockedUntil}};
}

void printUsers(Context& context, const QList<UserRecord>& users) {
    context.out << QStringLiteral("%1 %2 %3 %4")
                       .arg(Text::tr("login"), -20)
                       .arg(Text::tr("name"), -24)
                       .arg(Text::tr("roles"), -28)
                       .arg(Text::tr("state"))
                << Qt::endl;
    for (const UserRecord& user : users) {
        QString state = user.active ? Text::tr("active") : Text::tr("disabled");
        if (!user.lockedUntil.isEmpty())
            state += Text::tr(", locked until %1").arg(user.lockedUntil);
        context.out << QStringLiteral("%1 %2 %3 %4")
                           .arg(user.login, -20)
                           .arg(user.displayName, -24)
                           .arg(user.roles.join(u','), -28)
                           .arg(state)
                    << Qt::endl;
    }
}

} // namespace

int runUser(Context& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Manage accounts (needs --as, an administrator; passwd also for your own account).\n"
        "  user add LOGIN --role ROLE [--role ROLE] [--display-name NAME]\n"
        "  user list\n"
        "  user disable LOGIN | user enable LOGIN\n"
        "  user passwd LOGIN\n"
        "New passwords are read from standard input, after the acting user's password when "
        "--password-stdin is given. Roles: reviewer, compliance, admin, integration (a system "
        "that exports decisions and does nothing else)."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Text::tr("add, list, disable, enable or passwd"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  Text::tr("A role of the new user (repeat for more)."),
                                  QStringLiteral("role"));
    const QCommandLineOption displayName(QStringLiteral("display-name"),
                                         Text::tr("The new user's full name."),
                                         QStringLiteral("name"));
    parser.addOptions({role, displayName});
    if (const auto exit = parseCommand(context, parser, arguments))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool needsLogin =
        action == u"add" || action == u"disable" || action == u"enable" || action == u"passwd";
    if (!(needsLogin || action == u"list"))
        return context.usage(
            Text::tr("user needs an action: add, list, disable, enable or passwd"));
    if (positional.size() != (needsLogin ? 2 : 1))
        return context.usage(needsLogin ? Text::tr("user %1 takes one LOGIN").arg(action)
                                        : Text::tr("user list takes no arguments"));
    if (action != u"add" && (parser.isSet(role) || parser.isSet(displayName)))
        return context.usage(Text::tr("--role and --display-name belong to user add"));
    if (action == u"add" && !parser.isSet(role))
        return context.usage(Text::tr("user add needs at least one --role"));
    const QString login = positional.value(1);

    Result<Database> database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return context.fail(database.error().message);
    const Result<Session> session = context.signIn(database.value());
    if (!session)
        return context.fail(session.error().message);
    UserStore users(database->connection());

    if (action == u"list") {
        const Result<QList<UserRecord>> list = users.listUsers(session.value());
        if (!list)
            return context.fail(list.error().message);
        if (context.json()) {
            QJsonArray array;
            for (const UserRecord& user : list.value())
                array.append(userJson(user));
            context.printJson({{QStringLiteral("users"), array}});
        } else {
            printUsers(context, list.value());
        }
        return Ok;
    }
    if (action == u"add") {
        const Result<QString> password = context.newPassword();
        if (!password)
            return context.fail(password.error().message);
        const Result<UserRecord> added =
            users.addUser(session.value(), NewUser{login, parser.value(displayName),
                                                   parser.values(role), password.value()});
        if (!added)
            return context.fail(added.error().message);
        if (context.json())
            context.printJson(userJson(added.value()));
        else
            context.out
                << Text::tr("Added '%1' (%2).").arg(login, added->roles.join(QStringLiteral(", ")))
                << Qt::endl;
        return Ok;
    }
    if (action == u"passwd") {
        const Result<QString> password = context.newPassword();
        if (!password)
            return context.fail(password.error().message);
        if (Status changed = users.setPassword(session.value(), login, password.value()); !changed)
            return context.fail(changed.error().message);
        if (context.json())
            context.printJson(
                {{QStringLiteral("login"), login}, {QStringLiteral("password_changed"), true}});
        else
            context.out << Text::tr("Password of '%1' changed.").arg(login) << Qt::endl;
        return Ok;
    }
    const bool enable = action == u"enable";
    if (Status changed = users.setActive(session.value(), login, enable); !changed)
        return context.fail(changed.error().message);
    if (context.json())
        context.printJson({{QStringLiteral("login"), login}, {QStringLiteral("active"), enable}});
    else
        context.out << (enable ? Text::tr("'%1' enabled.") : Text::tr("'%1' disabled.")).arg(login)
                    << Qt::endl;
    return Ok;
}

} // namespace oversight::cli
