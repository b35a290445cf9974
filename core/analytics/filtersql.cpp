#include "analytics/filtersql.h"

#include "accounts/permissions.h"
#include "analytics/analyticszone.h"

namespace oversight {

Result<Where> reviewsWhere(QSqlDatabase db, const Session& actor, const AnalysisFilter& filter) {
    if (Status allowed = require(actor, Permission::ReadOversight); !allowed)
        return allowed.error();
    const Result<QTimeZone> zone = analyticsZone(db);
    if (!zone)
        return zone.error();
    return Where(filter, filter.zone.value_or(zone.value()));
}

} // namespace oversight
