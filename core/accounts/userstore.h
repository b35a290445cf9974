#pragma once

#include "accounts/session.h"
#include "common/result.h"

#include <QSqlDatabase>

namespace oversight {

namespace Role {
inline const QString reviewer = QStringLiteral("reviewer");
inline const QString compliance = QStringLiteral("compliance");
inline const QString admin = QStringLiteral("admin");
} // namespace Role

class UserStore {
public:
    explicit UserStore(QSqlDatabase db)
        : m_db(std::move(db)) {}

    int userCount() const;

    // The first account of a new database: an administrator. Refused once any user exists.
    Result<Session> createFirstAdmin(const QString& login, const QString& password);

    // Checks the password; a wrong one, an unknown or a disabled login all give the
    // same answer so the error does not reveal which logins exist.
    Result<Session> authenticate(const QString& login, const QString& password) const;

private:
    QSqlDatabase m_db;
};

} // namespace oversight
