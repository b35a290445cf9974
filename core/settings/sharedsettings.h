#pragma once

#include "accounts/session.h"
#include "analytics/oversightreport.h"
#include "common/result.h"

#include <QSqlDatabase>

namespace oversight {

// The settings every user of a database shares, as one form: what the settings
// dialog shows and an administrator changes. Each lives under its own key in the
// settings table; the rules for each stay with its feature.
struct SharedSettings {
    QString organisationName;        // on report title pages; empty: none
    QString analyticsZone;           // IANA id of the zone the dashboards count days and hours in
    bool analyticsZoneFixed = false; // reviews are recorded in it: read-only
    int leaseMinutes = 0;
    int sessionHours = 0; // how long a script's session lasts
    WarningThresholds thresholds;
};

constexpr int maximumOrganisationNameLength = 200;

Result<SharedSettings> readSharedSettings(QSqlDatabase db);

// Stores the values of `wanted` that differ from the stored ones, in one
// transaction, each change recorded in the audit trail. Administrators only;
// nothing is stored when any value is refused (the error names it).
Status saveSharedSettings(QSqlDatabase db, const Session& actor, const SharedSettings& wanted);

} // namespace oversight
