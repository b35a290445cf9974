#pragma once

#include <QString>
#include <QStringList>

namespace oversight {

// Who is acting. Every core service that changes data or shows people's work
// takes one; it is only obtained from UserStore::authenticate or ::createFirstAdmin.
struct Session {
    QString userId;
    QString login;
    QStringList roles;

    bool hasRole(const QString& role) const { return roles.contains(role); }
};

} // namespace oversight
