#include "accounts/settings.h"

#include "common/ids.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Settings)
};

} // namespace

Result<std::optional<QString>> readSetting(QSqlDatabase db, const QString& key) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return Error{Text::tr("Cannot read the settings: %1").arg(query.lastError().text())};
    if (!query.next())
        return std::optional<QString>{};
    return std::optional<QString>(query.value(0).toString());
}

Status writeSetting(QSqlDatabase db, const Session& actor, const QString& key, const QString& value,
                    const QString& action, const QString& details) {
    Transaction transaction(db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    const QString now = utcNow();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO settings (key, value, changed_at, changed_by) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at, "
        "changed_by = excluded.changed_by"));
    query.addBindValue(key);
    query.addBindValue(value);
    query.addBindValue(now);
    query.addBindValue(actor.userId);
    bool ok = query.exec();
    query.prepare(
        QStringLiteral("INSERT INTO account_events (at, action, login, user_id, actor_id, "
                       "details) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(now);
    query.addBindValue(action);
    query.addBindValue(actor.login);
    query.addBindValue(actor.userId);
    query.addBindValue(actor.userId);
    query.addBindValue(details);
    ok = ok && query.exec();
    if (!ok)
        return Error{Text::tr("Cannot change the setting: %1").arg(query.lastError().text())};
    return transaction.commit();
}

} // namespace oversight
