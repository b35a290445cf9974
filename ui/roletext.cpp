#include "roletext.h"

#include "accounts/permissions.h"

namespace oversight {

QString RoleText::names(const QStringList& roles) {
    QStringList names;
    for (const QString& role : roles)
        names << (role == Role::admin         ? tr("administrator")
                  : role == Role::compliance  ? tr("compliance officer")
                  : role == Role::integration ? tr("integration")
                                              : tr("reviewer"));
    return names.join(QStringLiteral(", "));
}

} // namespace oversight
