#include "accounts/userstore.h"

#include "accounts/passwordhasher.h"
#include "common/ids.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(UserStore)
};

bool isValidLogin(const QString& login) {
    if (login.isEmpty() || login.size() > 64)
        return false;
    for (const QChar c : login) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-' || c == u'@'))
            return false;
    }
    return true;
}

} // namespace

int UserStore::userCount() const {
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM users")) && query.next())
        return query.value(0).toInt();
    return 0;
}

Result<Session> UserStore::createFirstAdmin(const QString& login, const QString& password) {
    if (!isValidLogin(login))
        return Error{
            Text::tr("'%1' is not a valid login: use 1 to 64 letters, digits, '.', '_', '-' "
                     "or '@'.")
                .arg(login)};
    if (Status rule = checkNewPassword(login, password); !rule)
        return rule.error();
    Result<QString> hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();

    Transaction transaction(m_db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    if (userCount() > 0)
        return Error{Text::tr("This database already has users; the first administrator exists.")};

    const QString id = newId();
    const QString now = utcNow();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO users (id, login, display_name, password_hash, "
                                 "created_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(login);
    query.addBindValue(login);
    query.addBindValue(hash.value());
    query.addBindValue(now);
    if (!query.exec())
        return Error{Text::tr("Cannot create the administrator: %1").arg(query.lastError().text())};
    query.prepare(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"));
    query.addBindValue(id);
    query.addBindValue(Role::admin);
    if (!query.exec())
        return Error{Text::tr("Cannot create the administrator: %1").arg(query.lastError().text())};
    if (Status saved = transaction.commit(); !saved)
        return saved.error();
    return Session{id, login, {Role::admin}};
}

Result<Session> UserStore::authenticate(const QString& login, const QString& password) const {
    const Error refused{Text::tr("Wrong login or password for '%1'.").arg(login)};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, password_hash, active FROM users WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec())
        return Error{Text::tr("Cannot read users: %1").arg(query.lastError().text())};
    if (!query.next())
        return refused;
    const QString id = query.value(0).toString();
    const QString hash = query.value(1).toString();
    const bool active = query.value(2).toInt() == 1;
    if (!PasswordHasher::verify(hash, password) || !active)
        return refused;

    Session session{id, login, {}};
    query.prepare(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ? ORDER BY role"));
    query.addBindValue(id);
    if (!query.exec())
        return Error{Text::tr("Cannot read roles: %1").arg(query.lastError().text())};
    while (query.next())
        session.roles << query.value(0).toString();
    return session;
}

} // namespace oversight
