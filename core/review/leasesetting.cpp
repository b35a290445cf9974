#include "review/leasesetting.h"

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
    Q_DECLARE_TR_FUNCTIONS(LeaseSetting)
};

const QString key = QStringLiteral("review_lease_minutes");

} // namespace

Result<int> LeaseSetting::minutes() const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return Error{Text::tr("Cannot read the settings: %1").arg(query.lastError().text())};
    if (!query.next())
        return defaultLeaseMinutes;
    bool ok = false;
    const int value = query.value(0).toInt(&ok);
    return ok && value > 0 ? value : defaultLeaseMinutes;
}

Status LeaseSetting::setMinutes(const Session& actor, int minutes) {
    if (Status allowed = require(actor, Permission::ChangePolicy); !allowed)
        return allowed;
    if (minutes < 1 || minutes > maximumLeaseMinutes)
        return Error{Text::tr("A lease is between 1 and %1 minutes, not %2.")
                         .arg(maximumLeaseMinutes)
                         .arg(minutes)};
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
    query.addBindValue(QString::number(minutes));
    query.addBindValue(now);
    query.addBindValue(actor.userId);
    bool ok = query.exec();
    query.prepare(
        QStringLiteral("INSERT INTO account_events (at, action, login, user_id, actor_id, "
                       "details) VALUES (?, 'review_lease_changed', ?, ?, ?, ?)"));
    query.addBindValue(now);
    query.addBindValue(actor.login);
    query.addBindValue(actor.userId);
    query.addBindValue(actor.userId);
    query.addBindValue(QStringLiteral("{\"minutes\":%1}").arg(minutes));
    ok = ok && query.exec();
    if (!ok)
        return Error{Text::tr("Cannot change the setting: %1").arg(query.lastError().text())};
    return transaction.commit();
}

} // namespace oversight
