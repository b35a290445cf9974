#include "settings/settingstore.h"

#include "audit/auditactions.h"
#include "audit/auditevent.h"
#include "common/ids.h"
#include "storage/database.h"
#include "storage/keptquery.h"

#include <QCoreApplication>
#include <QJsonValue>
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
    KeptQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return Error{Text::tr("Cannot read the settings: %1").arg(query.lastError().text())};
    if (!query.next())
        return std::optional<QString>{};
    return std::optional<QString>(query.value(0).toString());
}

namespace {

Status recordSettingChange(QSqlDatabase db, const QString& actorLogin, const QString& key,
                           const QString& value, const std::optional<QString>& previous,
                           const QJsonObject& details, const QString& at) {
    QJsonObject recorded = details;
    recorded.insert(QStringLiteral("value"), value);
    recorded.insert(QStringLiteral("previous"),
                    previous ? QJsonValue(*previous) : QJsonValue(QJsonValue::Null));
    return appendAuditEvent(db, {actorLogin, AuditAction::settingChanged, key, recorded}, at);
}

Status upsertSetting(QSqlDatabase db, const Session& actor, const QString& key,
                     const QString& value, const QString& now) {
    KeptQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO settings (key, value, changed_at, changed_by) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at, "
        "changed_by = excluded.changed_by"));
    query.addBindValue(key);
    query.addBindValue(value);
    query.addBindValue(now);
    query.addBindValue(actor.userId);
    if (!query.exec())
        return Error{Text::tr("Cannot change the setting: %1").arg(query.lastError().text())};
    return success();
}

Status storeAndRecord(QSqlDatabase db, const Session& actor, const QString& key,
                      const QString& value, const QJsonObject& details) {
    const Result<std::optional<QString>> previous = readSetting(db, key);
    if (!previous)
        return previous.error();
    const QString now = utcNow();
    if (Status stored = upsertSetting(db, actor, key, value, now); !stored)
        return stored;
    return recordSettingChange(db, actor.login, key, value, previous.value(), details, now);
}

} // namespace

Status storeSettings(QSqlDatabase db, const Session& actor, const QList<SettingChange>& changes) {
    const QString now = utcNow();
    QList<std::optional<QString>> previous;
    for (const SettingChange& change : changes) {
        const Result<std::optional<QString>> before = readSetting(db, change.key);
        if (!before)
            return before.error();
        previous << before.value();
        if (Status stored = upsertSetting(db, actor, change.key, change.value, now); !stored)
            return stored;
    }
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (Status recorded = recordSettingChange(db, actor.login, changes[i].key, changes[i].value,
                                                  previous[i], {}, now);
            !recorded)
            return recorded;
    }
    return success();
}

Status writeSetting(QSqlDatabase db, const Session& actor, const QString& key, const QString& value,
                    const QJsonObject& details) {
    Transaction transaction(db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    if (Status stored = storeAndRecord(db, actor, key, value, details); !stored)
        return stored;
    return transaction.commit();
}

Result<bool> initializeSetting(QSqlDatabase db, const QString& key, const QString& value) {
    // DO NOTHING, and an event only for the row really inserted: two processes
    // that both found no value record one change, not two.
    const QString now = utcNow();
    KeptQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO settings (key, value, changed_at, changed_by) "
                                 "VALUES (?, ?, ?, NULL) ON CONFLICT (key) DO NOTHING"));
    query.addBindValue(key);
    query.addBindValue(value);
    query.addBindValue(now);
    if (!query.exec())
        return Error{Text::tr("Cannot change the setting: %1").arg(query.lastError().text())};
    if (query.numRowsAffected() != 1)
        return false;
    if (Status recorded =
            recordSettingChange(db, QStringLiteral("system"), key, value, std::nullopt, {}, now);
        !recorded)
        return recorded.error();
    return true;
}

} // namespace oversight
