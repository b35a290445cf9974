#pragma once

#include "audit/auditevent.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace oversight {

// The steps of a review attempt that the audit trail records.
enum class ReviewStep { Claimed, Committed, Revealed, Finalized, Released, Escalated, Expired };

// An event for `step` of review attempt `reviewSeq`, built from the stored row:
// what the trail says about a review is exactly what the database holds, and
// verification compares the two with the same function.
struct TimedEvent {
    AuditEvent event;
    QString at;
};
Result<TimedEvent> reviewEvent(QSqlDatabase db, qint64 reviewSeq, ReviewStep step);

// For reading many reviews at once: the columns (first in a SELECT) and the
// tables (aliases r, u, c) that reviewEventFromRow expects.
QString reviewEventColumns();
QString reviewEventJoins();
TimedEvent reviewEventFromRow(const QSqlQuery& row, ReviewStep step);

// Appends reviewEvent(...) inside the caller's transaction.
Status recordReviewStep(QSqlDatabase db, qint64 reviewSeq, ReviewStep step);

QString reviewStepAction(ReviewStep step);

// A case whose independent reviews disagree goes to adjudication: the event
// names the case and each review's final decision, by whom.
Status recordSentToAdjudication(QSqlDatabase db, const QString& actor, qint64 caseSeq,
                                const QString& at);

} // namespace oversight
