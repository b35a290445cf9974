#pragma once

#include "accounts/session.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <optional>

namespace oversight {

// One value of the settings table; nullopt when it was never set.
Result<std::optional<QString>> readSetting(QSqlDatabase db, const QString& key);

// Sets `key` for `actor` and records the change as the account event `action`
// (with `details`, JSON), in one transaction: a setting never changes unrecorded.
Status writeSetting(QSqlDatabase db, const Session& actor, const QString& key, const QString& value,
                    const QString& action, const QString& details = QStringLiteral("{}"));

} // namespace oversight
