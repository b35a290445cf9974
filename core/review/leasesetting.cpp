#include "review/leasesetting.h"

#include "accounts/permissions.h"
#include "settings/settingstore.h"

#include <QCoreApplication>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LeaseSetting)
};

const QString key = QStringLiteral("review_lease_minutes");

} // namespace

QString leaseSettingKey() {
    return key;
}

Status checkLeaseMinutes(int minutes) {
    if (minutes < 1 || minutes > maximumLeaseMinutes)
        return Error{Text::tr("A lease is between 1 and %1 minutes, not %2.")
                         .arg(maximumLeaseMinutes)
                         .arg(minutes)};
    return success();
}

Result<int> LeaseSetting::minutes() const {
    const Result<std::optional<QString>> value = readSetting(m_db, key);
    if (!value)
        return value.error();
    bool ok = false;
    const int minutes = value.value() ? value.value()->toInt(&ok) : 0;
    return ok && minutes > 0 ? minutes : defaultLeaseMinutes;
}

Status LeaseSetting::setMinutes(const Session& actor, int minutes) {
    if (Status allowed = require(actor, Permission::ChangePolicy); !allowed)
        return allowed;
    if (Status valid = checkLeaseMinutes(minutes); !valid)
        return valid;
    return writeSetting(m_db, actor, key, QString::number(minutes));
}

} // namespace oversight
