#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <utility>

namespace oversight {

// Rows copied per table, in the order they were copied.
using CopiedTables = QList<std::pair<QString, qint64>>;

// Called after each table: its name and how many rows it had.
using CopyProgress = std::function<void(const QString& table, qint64 rows)>;

// Refuses while an import into `from` is still storing its rows: a batch being
// staged would arrive half-stored (checked again inside copyDatabase's snapshot).
Status noImportInProgress(QSqlDatabase from);

// Copies every row of every Oversight table from one database to another, keys
// and all, whatever the two engines: the audit chain arrives byte for byte, so
// it verifies on arrival. `to` must be fresh from Database::openEmptyForCopy and
// at the same schema version. One read transaction on `from`, one write
// transaction on `to`: the copy lands whole or not at all.
Result<CopiedTables> copyDatabase(QSqlDatabase from, QSqlDatabase to,
                                  const CopyProgress& progress = {});

} // namespace oversight
