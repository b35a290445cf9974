#include "settings/sharedsettings.h"

#include "accounts/permissions.h"
#include "accounts/scriptsessions.h"
#include "analytics/analyticszone.h"
#include "analytics/warningthresholdsetting.h"
#include "reports/auditreport.h"
#include "review/leasesetting.h"
#include "settings/settingstore.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Settings)
};

Status checkOrganisationName(const QString& name) {
    if (name.size() > maximumOrganisationNameLength)
        return Error{Text::tr("The organisation name has %1 characters; at most %2 fit a "
                              "report's title page.")
                         .arg(name.size())
                         .arg(maximumOrganisationNameLength)};
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return Error{Text::tr("The organisation name is one line of text, without line breaks "
                                  "or control characters.")};
    }
    return success();
}

} // namespace

Result<SharedSettings> readSharedSettings(QSqlDatabase db) {
    SharedSettings settings;
    const Result<std::optional<QString>> organisation = readSetting(db, organisationSettingKey());
    if (!organisation)
        return organisation.error();
    settings.organisationName = organisation.value().value_or(QString());
    const Result<QTimeZone> zone = analyticsZone(db);
    if (!zone)
        return zone.error();
    settings.analyticsZone = QString::fromUtf8(zone->id());
    const Result<bool> changeable = analyticsZoneChangeable(db);
    if (!changeable)
        return changeable.error();
    settings.analyticsZoneFixed = !changeable.value();
    const Result<int> lease = LeaseSetting(db).minutes();
    if (!lease)
        return lease.error();
    settings.leaseMinutes = lease.value();
    const Result<int> hours = sessionHours(db);
    if (!hours)
        return hours.error();
    settings.sessionHours = hours.value();
    const Result<WarningThresholds> thresholds = storedWarningThresholds(db);
    if (!thresholds)
        return thresholds.error();
    settings.thresholds = thresholds.value();
    return settings;
}

Status saveSharedSettings(QSqlDatabase db, const Session& actor, const SharedSettings& wanted) {
    if (Status allowed = require(actor, Permission::ChangePolicy); !allowed)
        return allowed;
    const QString organisation = wanted.organisationName.trimmed();
    if (Status valid = checkOrganisationName(organisation); !valid)
        return valid;
    if (Status valid = checkAnalyticsZone(wanted.analyticsZone); !valid)
        return valid;
    if (Status valid = checkLeaseMinutes(wanted.leaseMinutes); !valid)
        return valid;
    if (Status valid = checkSessionHours(wanted.sessionHours); !valid)
        return valid;
    if (Status valid = checkWarningThresholds(wanted.thresholds); !valid)
        return valid;

    Transaction transaction(db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    const Result<SharedSettings> stored = readSharedSettings(db);
    if (!stored)
        return stored.error();
    QList<SettingChange> changes;
    if (organisation != stored->organisationName)
        changes << SettingChange{organisationSettingKey(), organisation};
    if (wanted.analyticsZone != stored->analyticsZone) {
        if (stored->analyticsZoneFixed)
            return Error{Text::tr("The analytics time zone stays %1: reviews are already counted "
                                  "in its days and hours.")
                             .arg(stored->analyticsZone)};
        changes << SettingChange{analyticsZoneKey(), wanted.analyticsZone};
    }
    if (wanted.leaseMinutes != stored->leaseMinutes)
        changes << SettingChange{leaseSettingKey(), QString::number(wanted.leaseMinutes)};
    if (wanted.sessionHours != stored->sessionHours)
        changes << SettingChange{sessionHoursSettingKey(), QString::number(wanted.sessionHours)};
    const QString thresholds = warningThresholdsValue(wanted.thresholds);
    if (thresholds != warningThresholdsValue(stored->thresholds))
        changes << SettingChange{warningThresholdsKey(), thresholds};
    if (changes.isEmpty())
        return success();
    if (Status written = storeSettings(db, actor, changes); !written)
        return written;
    return transaction.commit();
}

} // namespace oversight
