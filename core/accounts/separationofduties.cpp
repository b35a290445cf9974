#include "accounts/separationofduties.h"

#include "accounts/permissions.h"
#include "common/ids.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SeparationOfDuties)
};

const QString key = QStringLiteral("separation_of_duties");

} // namespace

Result<bool> SeparationOfDuties::isRequired() const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return Error{Text::tr("Cannot read the settings: %1").arg(query.lastError().text())};
    return !query.next() || query.value(0).toString() != u"0";
}

Status SeparationOfDuties::setRequired(const Session& actor, bool required) {
    if (Status allowed = require(actor, Permission::ChangePolicy); !allowed)
        return allowed;
    Transaction transaction(m_db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    const QString now = utcNow();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO settings (key, value, changed_at, changed_by) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at, "
        "changed_by = excluded.changed_by"));
    query.addBindValue(key);
    query.addBindValue(required ? QStringLiteral("1") : QStringLiteral("0"));
    query.addBindValue(now);
    query.addBindValue(actor.userId);
    bool ok = query.exec();
    // Turning the rule off is the exception an auditor must be able to see.
    query.prepare(
        QStringLiteral("INSERT INTO account_events (at, action, login, user_id, actor_id, "
                       "details) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(now);
    query.addBindValue(required ? QStringLiteral("separation_of_duties_on")
                                : QStringLiteral("separation_of_duties_off"));
    query.addBindValue(actor.login);
    query.addBindValue(actor.userId);
    query.addBindValue(actor.userId);
    query.addBindValue(QStringLiteral("{}"));
    ok = ok && query.exec();
    if (!ok)
        return Error{Text::tr("Cannot change the setting: %1").arg(query.lastError().text())};
    return transaction.commit();
}

} // namespace oversight
