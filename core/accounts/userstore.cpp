#include "accounts/userstore.h"

#include "accounts/scriptsessions.h"
#include "audit/auditactions.h"
#include "audit/auditevent.h"
#include "common/ids.h"
#include "storage/database.h"
#include "storage/dialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(UserStore)
};

bool isValidLogin(const QString& login) {
    if (login.isEmpty() || login.size() > 64)
        return false;
    return std::all_of(login.cbegin(), login.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-' || c == u'@';
    });
}

QString iso(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString json(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Error databaseError(const QSqlQuery& query) {
    return Error{
        Text::tr("The user database could not be changed: %1").arg(query.lastError().text())};
}

} // namespace

UserStore::UserStore(QSqlDatabase db, Clock clock, HashParameters hashing)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
    , m_hashing(hashing) {}

QDateTime UserStore::now() const {
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

int UserStore::userCount() const {
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM users")) && query.next())
        return query.value(0).toInt();
    return 0;
}

Status UserStore::record(const QString& action, const QString& login, const QString& userId,
                         const QString& actorId, const QString& details) {
    // Self-service events (a login, a failed one, a lockout, the first
    // administrator) name the login itself as the actor.
    QString actor = login;
    if (!actorId.isEmpty() && actorId != userId) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT login FROM users WHERE id = ?"));
        query.addBindValue(actorId);
        if (!query.exec())
            return databaseError(query);
        if (query.next())
            actor = query.value(0).toString();
    }
    QJsonObject recorded = QJsonDocument::fromJson(details.toUtf8()).object();
    if (!userId.isEmpty())
        recorded.insert(QStringLiteral("user_id"), userId);
    return appendAuditEvent(
        m_db, {actor, QString(AuditAction::accountPrefix + action), login, recorded}, iso(now()));
}

Result<Session> UserStore::insertUser(const QString& actorId, const NewUser& user) {
    if (!isValidLogin(user.login))
        return Error{Text::tr("'%1' is not a valid login: use 1 to 64 letters, digits, '.', '_', "
                              "'-' or '@'.")
                         .arg(user.login)};
    if (user.roles.isEmpty())
        return Error{Text::tr("A user needs at least one role: %1.")
                         .arg(Role::all.join(QStringLiteral(", ")))};
    for (const QString& role : user.roles) {
        if (!Role::all.contains(role))
            return Error{Text::tr("'%1' is not a role; the roles are %2.")
                             .arg(role, Role::all.join(QStringLiteral(", ")))};
    }
    if (Status rule = checkNewPassword(user.login, user.password); !rule)
        return rule.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM users WHERE login = ?"));
    query.addBindValue(user.login);
    if (query.exec() && query.next())
        return Error{Text::tr("There is already a user '%1'.").arg(user.login)};
    const Result<QString> hash = PasswordHasher::hash(user.password, m_hashing);
    if (!hash)
        return hash.error();

    const QString id = newId();
    const QString displayName =
        user.displayName.trimmed().isEmpty() ? user.login : user.displayName.trimmed();
    query.prepare(QStringLiteral("INSERT INTO users (id, login, display_name, password_hash, "
                                 "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(user.login);
    query.addBindValue(displayName);
    query.addBindValue(hash.value());
    query.addBindValue(iso(now()));
    query.addBindValue(actorId.isEmpty() ? QVariant() : QVariant(actorId));
    if (!query.exec())
        return databaseError(query);
    QStringList roles = user.roles;
    roles.removeDuplicates();
    roles.sort();
    for (const QString& role : std::as_const(roles)) {
        query.prepare(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"));
        query.addBindValue(id);
        query.addBindValue(role);
        if (!query.exec())
            return databaseError(query);
    }
    if (Status logged = record(QStringLiteral("user_added"), user.login, id, actorId,
                               json({{QStringLiteral("roles"), QJsonValue::fromVariant(roles)},
                                     {QStringLiteral("display_name"), displayName}}));
        !logged)
        return logged.error();
    return Session{id, user.login, roles};
}

Result<Session> UserStore::createFirstAdmin(const QString& login, const QString& password) {
    Transaction transaction(m_db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    if (userCount() > 0)
        return Error{Text::tr("This database already has users; the first administrator exists.")};
    Result<Session> created = insertUser(QString(), NewUser{login, login, {Role::admin}, password});
    if (!created)
        return created;
    if (Status saved = transaction.commit(); !saved)
        return saved.error();
    return created;
}

Result<Session> UserStore::authenticate(const QString& login, const QString& password) {
    const Error refused{Text::tr("Wrong login or password for '%1'.").arg(login)};
    Transaction transaction(m_db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, password_hash, active, failed_logins, lockouts, "
                                 "locked_until FROM users WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec())
        return databaseError(query);
    // A refusal is only given once it is on record.
    auto refuse = [&](const QString& action, const QString& userId, const QString& reason,
                      const Error& answer) -> Result<Session> {
        if (Status logged = record(action, login, userId, QString(),
                                   json({{QStringLiteral("reason"), reason}}));
            !logged)
            return logged.error();
        if (Status saved = transaction.commit(); !saved)
            return saved.error();
        return answer;
    };
    if (!query.next())
        return refuse(QStringLiteral("login_failed"), QString(), QStringLiteral("unknown login"),
                      refused);
    const QString id = query.value(0).toString();
    const QString hash = query.value(1).toString();
    const bool active = query.value(2).toInt() == 1;
    int failed = query.value(3).toInt();
    int lockouts = query.value(4).toInt();
    const QDateTime lockedUntil =
        QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    const QDateTime current = now();

    if (lockedUntil.isValid() && current < lockedUntil)
        return refuse(QStringLiteral("login_failed"), id, QStringLiteral("locked"),
                      Error{Text::tr("The account '%1' is locked after repeated wrong passwords "
                                     "until %2 UTC.")
                                .arg(login, lockedUntil.toUTC().toString(
                                                QStringLiteral("yyyy-MM-dd HH:mm:ss")))});
    if (lockedUntil.isValid())
        failed = 0; // the lock has run out: a fresh series of attempts

    if (!PasswordHasher::verify(hash, password)) {
        ++failed;
        QString until;
        qint64 seconds = 0;
        if (failed >= maxFailedLogins) {
            seconds = std::min(lockoutMaximumSeconds, lockoutBaseSeconds << std::min(lockouts, 20));
            until = iso(current.addSecs(seconds));
            ++lockouts;
            failed = 0;
        }
        query.prepare(QStringLiteral("UPDATE users SET failed_logins = ?, lockouts = ?, "
                                     "locked_until = ? WHERE id = ?"));
        query.addBindValue(failed);
        query.addBindValue(lockouts);
        query.addBindValue(until.isEmpty() ? QVariant() : QVariant(until));
        query.addBindValue(id);
        if (!query.exec())
            return databaseError(query);
        // After the row's update: audit events are a transaction's last writes.
        if (!until.isEmpty()) {
            if (Status logged = record(
                    QStringLiteral("lockout"), login, id, QString(),
                    json({{QStringLiteral("until"), until}, {QStringLiteral("seconds"), seconds}}));
                !logged)
                return logged.error();
            if (Status ended =
                    endSessionsOf(m_db, id, login, login, QStringLiteral("lockout"), current);
                !ended)
                return ended.error();
        }
        return refuse(QStringLiteral("login_failed"), id, QStringLiteral("wrong password"),
                      refused);
    }
    if (!active)
        return refuse(QStringLiteral("login_failed"), id, QStringLiteral("disabled"), refused);

    query.prepare(QStringLiteral("UPDATE users SET failed_logins = 0, lockouts = 0, "
                                 "locked_until = NULL WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    if (PasswordHasher::needsRehash(hash, m_hashing)) {
        const Result<QString> stronger = PasswordHasher::hash(password, m_hashing);
        if (stronger) {
            query.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
            query.addBindValue(stronger.value());
            query.addBindValue(id);
            if (!query.exec())
                return databaseError(query);
            if (Status logged = record(QStringLiteral("password_rehashed"), login, id, id); !logged)
                return logged.error();
        }
    }
    if (Status logged = record(QStringLiteral("login"), login, id, id); !logged)
        return logged.error();

    Session session{id, login, {}};
    query.prepare(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ? ORDER BY role"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    while (query.next())
        session.roles << query.value(0).toString();
    if (Status saved = transaction.commit(); !saved)
        return saved.error();
    return session;
}

Result<UserRecord> UserStore::addUser(const Session& actor, const NewUser& user) {
    if (Status allowed = require(actor, Permission::ManageUsers); !allowed)
        return allowed.error();
    Transaction transaction(m_db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    const Result<Session> created = insertUser(actor.userId, user);
    if (!created)
        return created.error();
    if (Status saved = transaction.commit(); !saved)
        return saved.error();
    const Result<QList<UserRecord>> all = listUsers(actor);
    if (all) {
        for (const UserRecord& record : all.value()) {
            if (record.id == created->userId)
                return record;
        }
    }
    return Error{Text::tr("The new user was stored but cannot be read back.")};
}

Result<QList<UserRecord>> UserStore::listUsers(const Session& actor) const {
    if (Status allowed = require(actor, Permission::ManageUsers); !allowed)
        return allowed.error();
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral(
                "SELECT u.id, u.login, u.display_name, u.active, u.created_at, c.login, "
                "u.changed_at, "
                "ch.login, u.locked_until, (SELECT %1 FROM (SELECT role FROM user_roles r WHERE "
                "r.user_id = u.id ORDER BY role) roles) FROM users u LEFT JOIN users c ON c.id = "
                "u.created_by LEFT JOIN users ch ON ch.id = u.changed_by ORDER BY u.login")
                .arg(joinedText(m_db, QStringLiteral("role"), QStringLiteral(",")))))
        return databaseError(query);
    QList<UserRecord> users;
    const QDateTime current = now();
    while (query.next()) {
        UserRecord user;
        user.id = query.value(0).toString();
        user.login = query.value(1).toString();
        user.displayName = query.value(2).toString();
        user.active = query.value(3).toInt() == 1;
        user.createdAt = query.value(4).toString();
        user.createdBy = query.value(5).toString();
        user.changedAt = query.value(6).toString();
        user.changedBy = query.value(7).toString();
        const QDateTime locked =
            QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
        if (locked.isValid() && locked > current)
            user.lockedUntil = query.value(8).toString();
        user.roles = query.value(9).toString().split(u',', Qt::SkipEmptyParts);
        users << user;
    }
    return users;
}

Status UserStore::setActive(const Session& actor, const QString& login, bool active) {
    if (Status allowed = require(actor, Permission::ManageUsers); !allowed)
        return allowed;
    Transaction transaction(m_db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, active FROM users WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec() || !query.next())
        return Error{Text::tr("There is no user '%1'.").arg(login)};
    const QString id = query.value(0).toString();
    if ((query.value(1).toInt() == 1) == active)
        return Error{active ? Text::tr("'%1' is already enabled.").arg(login)
                            : Text::tr("'%1' is already disabled.").arg(login)};
    if (!active) {
        // Nobody could ever manage users again.
        query.prepare(
            QStringLiteral("SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id "
                           "WHERE r.role = 'admin' AND u.active = 1 AND u.id <> ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return databaseError(query);
        QSqlQuery isAdmin(m_db);
        isAdmin.prepare(
            QStringLiteral("SELECT 1 FROM user_roles WHERE user_id = ? AND role = 'admin'"));
        isAdmin.addBindValue(id);
        if (query.value(0).toInt() == 0 && isAdmin.exec() && isAdmin.next())
            return Error{Text::tr("'%1' is the last active administrator and cannot be disabled.")
                             .arg(login)};
    }
    query.prepare(QStringLiteral("UPDATE users SET active = ?, changed_at = ?, changed_by = ?, "
                                 "failed_logins = 0, locked_until = NULL WHERE id = ?"));
    query.addBindValue(active ? 1 : 0);
    query.addBindValue(iso(now()));
    query.addBindValue(actor.userId);
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    if (Status logged =
            record(active ? QStringLiteral("user_enabled") : QStringLiteral("user_disabled"), login,
                   id, actor.userId);
        !logged)
        return logged;
    if (!active) {
        if (Status ended =
                endSessionsOf(m_db, id, login, actor.login, QStringLiteral("disabled"), now());
            !ended)
            return ended;
    }
    return transaction.commit();
}

Status UserStore::setPassword(const Session& actor, const QString& login, const QString& password) {
    if (actor.login != login) {
        if (Status allowed = require(actor, Permission::ManageUsers); !allowed)
            return allowed;
    } else if (actor.userId.isEmpty()) {
        return require(actor, Permission::ManageUsers);
    }
    if (Status rule = checkNewPassword(login, password); !rule)
        return rule;
    const Result<QString> hash = PasswordHasher::hash(password, m_hashing);
    if (!hash)
        return hash.error();
    Transaction transaction(m_db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM users WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec() || !query.next())
        return Error{Text::tr("There is no user '%1'.").arg(login)};
    const QString id = query.value(0).toString();
    query.prepare(
        QStringLiteral("UPDATE users SET password_hash = ?, changed_at = ?, changed_by = ?, "
                       "failed_logins = 0, lockouts = 0, locked_until = NULL WHERE id = ?"));
    query.addBindValue(hash.value());
    query.addBindValue(iso(now()));
    query.addBindValue(actor.userId);
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    if (Status logged = record(QStringLiteral("password_changed"), login, id, actor.userId);
        !logged)
        return logged;
    if (Status ended =
            endSessionsOf(m_db, id, login, actor.login, QStringLiteral("password_changed"), now());
        !ended)
        return ended;
    return transaction.commit();
}

} // namespace oversight
