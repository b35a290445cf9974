#pragma once

#include "accounts/passwordhasher.h"
#include "accounts/permissions.h"
#include "accounts/session.h"
#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <functional>

namespace oversight {

struct UserRecord {
    QString id;
    QString login;
    QString displayName;
    QStringList roles;
    bool active = true;
    QString createdAt;
    QString createdBy; // login, empty for the first administrator
    QString changedAt;
    QString changedBy;
    QString lockedUntil; // empty when not locked
};

struct NewUser {
    QString login;
    QString displayName; // the login when empty
    QStringList roles;
    QString password;
};

// Login throttling: after this many wrong passwords in a row an account is locked,
// first for lockoutBase, then twice as long after each further lockout, at most
// lockoutMaximum. A correct password while locked is refused too.
constexpr int maxFailedLogins = 5;
constexpr qint64 lockoutBaseSeconds = 60;
constexpr qint64 lockoutMaximumSeconds = 24 * 60 * 60;

// Accounts: the only place users, roles and passwords change, each change checked
// against the caller's session and recorded as an account event.
class UserStore {
public:
    using Clock = std::function<QDateTime()>;

    explicit UserStore(QSqlDatabase db, Clock clock = {},
                       HashParameters hashing = HashParameters::current());

    int userCount() const;

    // The first account of a new database: an administrator. Refused once any user exists.
    Result<Session> createFirstAdmin(const QString& login, const QString& password);

    // Checks the password, throttles repeated failures and records the attempt. A
    // wrong password, an unknown or a disabled login give the same answer, so the
    // error does not reveal which logins exist; a locked account says until when.
    Result<Session> authenticate(const QString& login, const QString& password);

    Result<UserRecord> addUser(const Session& actor, const NewUser& user);
    Result<QList<UserRecord>> listUsers(const Session& actor) const;
    Status setActive(const Session& actor, const QString& login, bool active);
    // An administrator sets anyone's password; anyone may set their own.
    Status setPassword(const Session& actor, const QString& login, const QString& password);

private:
    QDateTime now() const;
    Status record(const QString& action, const QString& login, const QString& userId,
                  const QString& actorId, const QString& details = QStringLiteral("{}"));
    Result<Session> insertUser(const QString& actorId, const NewUser& user);

    QSqlDatabase m_db;
    Clock m_clock;
    HashParameters m_hashing;
};

} // namespace oversight
