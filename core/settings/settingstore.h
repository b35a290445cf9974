#pragma once

#include "accounts/session.h"
#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace oversight {

// One value of the settings table; nullopt when it was never set.
Result<std::optional<QString>> readSetting(QSqlDatabase db, const QString& key);

// Sets `key` for `actor` and records the change (old and new value, plus `details`)
// in the audit trail, in one transaction: a setting never changes unrecorded.
Status writeSetting(QSqlDatabase db, const Session& actor, const QString& key, const QString& value,
                    const QJsonObject& details = {});

// One setting to store: its key and new value.
struct SettingChange {
    QString key;
    QString value;
};

// Stores every change for `actor` inside the caller's transaction: first the
// rows, then one audit event per change (old and new value), so the trail is the
// transaction's last write.
Status storeSettings(QSqlDatabase db, const Session& actor, const QList<SettingChange>& changes);

// Stores `key` once, as the system, when it has no value yet, with its audit
// event; inside the caller's transaction. Returns whether it stored anything.
Result<bool> initializeSetting(QSqlDatabase db, const QString& key, const QString& value);

} // namespace oversight
