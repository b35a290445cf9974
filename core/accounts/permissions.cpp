#include "accounts/permissions.h"

#include <QCoreApplication>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Permissions)
};

QStringList rolesFor(Permission permission) {
    switch (permission) {
    case Permission::ViewQueueDepths:
        return Role::all;
    case Permission::ImportDecisions:
    case Permission::ChangePolicy:
    case Permission::ManageUsers:
    case Permission::FileAppeals:
    case Permission::AcknowledgeRestore:
        return {Role::admin};
    case Permission::ViewBatches:
    case Permission::ReadOversight:
        return {Role::compliance, Role::admin};
    case Permission::ReviewCases:
        return {Role::reviewer};
    case Permission::ExportDecisions:
        return {Role::admin, Role::integration};
    }
    return {};
}

QString describe(Permission permission) {
    switch (permission) {
    case Permission::ViewQueueDepths:
        return Text::tr("see queue depths");
    case Permission::ImportDecisions:
        return Text::tr("import model decisions");
    case Permission::ChangePolicy:
        return Text::tr("change the routing policy or the shared settings");
    case Permission::ManageUsers:
        return Text::tr("manage users");
    case Permission::ViewBatches:
        return Text::tr("see import batches");
    case Permission::ReadOversight:
        return Text::tr("read oversight metrics, reports and the audit trail");
    case Permission::ReviewCases:
        return Text::tr("review cases");
    case Permission::ExportDecisions:
        return Text::tr("export decisions");
    case Permission::FileAppeals:
        return Text::tr("file appeals against decisions");
    case Permission::AcknowledgeRestore:
        return Text::tr("acknowledge that a database was restored from a backup");
    }
    return {};
}

} // namespace

bool allows(const Session& session, Permission permission) {
    if (session.userId.isEmpty())
        return false;
    for (const QString& role : rolesFor(permission)) {
        if (session.hasRole(role))
            return true;
    }
    return false;
}

Status require(const Session& session, Permission permission) {
    if (allows(session, permission))
        return success();
    return Error{
        Text::tr("'%1' may not %2: that needs the role %3.")
            .arg(session.login.isEmpty()
                     ? /*: Stands for a session without a login in a permission error. */ Text::tr(
                           "nobody")
                     : session.login,
                 describe(permission),
                 rolesFor(permission)
                     .join(/*: Joins role names: "admin or compliance". */ Text::tr(" or ")))};
}

} // namespace oversight
