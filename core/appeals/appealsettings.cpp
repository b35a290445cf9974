#include "appeals/appealsettings.h"

#include "accounts/permissions.h"
#include "settings/settingstore.h"

#include <QCoreApplication>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AppealSettings)
};

const QString windowKey = QStringLiteral("appeal_window_days");
const QString deadlineKey = QStringLiteral("appeal_deadline_days");

} // namespace

Result<int> AppealSettings::days(const QString& key, int fallback) const {
    const Result<std::optional<QString>> value = readSetting(m_db, key);
    if (!value)
        return value.error();
    bool ok = false;
    const int days = value.value() ? value.value()->toInt(&ok) : 0;
    return ok && days > 0 ? days : fallback;
}

Status AppealSettings::setDays(const Session& actor, const QString& key, int days) {
    if (Status allowed = require(actor, Permission::ChangePolicy); !allowed)
        return allowed;
    if (days < 1 || days > maximumAppealDays)
        return Error{Text::tr("A number of days between 1 and %1 is needed, not %2.")
                         .arg(maximumAppealDays)
                         .arg(days)};
    return writeSetting(m_db, actor, key, QString::number(days));
}

Result<int> AppealSettings::windowDays() const {
    return days(windowKey, defaultAppealWindowDays);
}

Result<int> AppealSettings::deadlineDays() const {
    return days(deadlineKey, defaultAppealDeadlineDays);
}

Status AppealSettings::setWindowDays(const Session& actor, int days) {
    return setDays(actor, windowKey, days);
}

Status AppealSettings::setDeadlineDays(const Session& actor, int days) {
    return setDays(actor, deadlineKey, days);
}

} // namespace oversight
