#pragma once

#include "accounts/session.h"
#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <functional>

namespace oversight {

// How long a script's session lasts (a shared setting; administrators change it).
constexpr int defaultSessionHours = 8;
constexpr int maximumSessionHours = 7 * 24;

QString sessionHoursSettingKey();
Status checkSessionHours(int hours);
Result<int> sessionHours(QSqlDatabase db);

struct StartedSession {
    QString id;
    QString token; // 64 hex digits: 256 random bits; only its SHA-256 is stored
    QDateTime expiresAt;
};

// Sessions for scripts: a password sign-in once, then a token. The database
// keeps the token's hash, the expiry and how the session ended; starting and
// ending are audit events. A password change, disabling and a lockout end every
// session of the account (endSessionsOf, called by UserStore).
class ScriptSessions {
public:
    using Clock = std::function<QDateTime()>;

    explicit ScriptSessions(QSqlDatabase db, Clock clock = {});

    // A new session for someone just signed in with their password.
    Result<StartedSession> start(const Session& who);

    // Who a token stands for, when it is a live session of `login` in this
    // database; otherwise why not. A session found expired is ended on record.
    Result<Session> resume(const QString& login, const QString& token);

    // Ends the session the token belongs to (logout). False when it had already
    // ended or is not one of this database's.
    Result<bool> end(const QString& token, const QString& reason);

private:
    QDateTime now() const;

    QSqlDatabase m_db;
    Clock m_clock;
};

// Inside the caller's transaction: ends every open session of the user and
// records each end. `actor` is who caused it.
Status endSessionsOf(QSqlDatabase db, const QString& userId, const QString& login,
                     const QString& actor, const QString& reason, const QDateTime& at);

} // namespace oversight
