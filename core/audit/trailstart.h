#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace oversight {

// Starts the audit trail of a database that had history before it (schema 6),
// inside the migration's transaction: a first event that names what is carried
// over, then the account events, imports and review steps already stored, as
// events with their original times. On a new database it writes the first event only.
Status startAuditTrail(QSqlDatabase db);

} // namespace oversight
