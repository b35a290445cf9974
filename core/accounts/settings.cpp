#include "accounts/settings.h"

#include "audit/auditactions.h"
#include "audit/auditevent.h"
#include "common/ids.h"
#include "storage/database.h"

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
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return Error{Text::tr("Cannot read the settings: %1").arg(query.lastError().text())};
    if (!query.next())
        return std::optional<QString>{};
    return std::optional<QString>(query.value(0).toString());
}

namespace {

Status storeAndRecord(QSqlDatabase db, const QString& actorLogin, const QString& actorId,
                      const QString& key, const QString& value, const QJsonObject& details) {
    const Result<std::optional<QString>> previous = readSetting(db, key);
    if (!previous)
        return previous.error();
    const QString now = utcNow();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO settings (key, value, changed_at, changed_by) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at, "
        "changed_by = excluded.changed_by"));
    query.addBindValue(key);
    query.addBindValue(value);
    query.addBindValue(now);
    query.addBindValue(actorId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                         : QVariant(actorId));
    if (!query.exec())
        return Error{Text::tr("Cannot change the setting: %1").arg(query.lastError().text())};
    QJsonObject recorded = details;
    recorded.insert(QStringLiteral("value"), value);
    recorded.insert(QStringLiteral("previous"), previous.value() ? QJsonValue(*previous.value())
                                                                 : QJsonValue(QJsonValue::Null));
    return appendAuditEvent(db, {actorLogin, AuditAction::settingChanged, key, recorded}, now);
}

} // namespace

Status writeSetting(QSqlDatabase db, const Session& actor, const QString& key, const QString& value,
                    const QJsonObject& details) {
    Transaction transaction(db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    if (Status stored = storeAndRecord(db, actor.login, actor.userId, key, value, details); !stored)
        return stored;
    return transaction.commit();
}

Result<bool> initializeSetting(QSqlDatabase db, const QString& key, const QString& value) {
    const Result<std::optional<QString>> current = readSetting(db, key);
    if (!current)
        return current.error();
    if (current.value())
        return false;
    if (Status stored = storeAndRecord(db, QStringLiteral("system"), QString(), key, value, {});
        !stored)
        return stored.error();
    return true;
}

} // namespace oversight
