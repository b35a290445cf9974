#include "queues/queuedepths.h"

#include "intake/stagedbatches.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

Result<QueueOverview> readQueueOverview(const QSqlDatabase& db) {
    QueueOverview overview;
    overview.queues << QueueDepth{QStringLiteral("review")} << QueueDepth{QStringLiteral("audit")};
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT queue, state, count(*) FROM cases "
                           "WHERE queue IS NOT NULL GROUP BY queue, state ORDER BY queue"))) {
        return Error{QCoreApplication::translate("QueueDepths", "Cannot read the queues: %1")
                         .arg(query.lastError().text())};
    }
    while (query.next()) {
        const QString name = query.value(0).toString();
        const QString state = query.value(1).toString();
        const qint64 count = query.value(2).toLongLong();
        auto it = std::find_if(overview.queues.begin(), overview.queues.end(),
                               [&](const QueueDepth& q) { return q.name == name; });
        if (it == overview.queues.end()) {
            overview.queues << QueueDepth{name};
            it = overview.queues.end() - 1;
        }
        if (state == u"queued")
            it->pending += count;
        else if (state == u"finalized")
            it->finalized += count;
        else
            it->inReview += count;
    }
    // The batches keep their routing counts, written with their cases: no scan of
    // a million cases here.
    if (!query.exec(QStringLiteral("SELECT coalesce(sum(routed_automated), 0) FROM import_batches "
                                   "WHERE staging = 0")) ||
        !query.next()) {
        return Error{QCoreApplication::translate("QueueDepths", "Cannot read the queues: %1")
                         .arg(query.lastError().text())};
    }
    overview.automated = query.value(0).toLongLong();
    // Cases of imports still in progress are in the index but in no queue yet.
    const Result<QHash<QString, qint64>> staged = stagedQueuedCases(db);
    if (!staged)
        return staged.error();
    for (QueueDepth& queue : overview.queues)
        queue.pending -= staged.value().value(queue.name);
    return overview;
}

} // namespace oversight
