#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace oversight {

struct QueueDepth {
    QString name;
    qint64 pending = 0;  // queued, nobody holds it
    qint64 inReview = 0; // claimed, committed or revealed, not yet final
    qint64 finalized = 0;
};

struct QueueOverview {
    QList<QueueDepth> queues; // always "review" and "audit" first, then any others
    qint64 automated = 0;     // decided without mandatory review, audited ones included
};

// Counts only: no decisions and no people, so any signed-in role may read it.
Result<QueueOverview> readQueueOverview(const QSqlDatabase& db);

} // namespace oversight
