#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace oversight {

// The export's outbox (see migration 7): every change of a case's effective
// decision gets a cursor in the transaction that makes the change. The cursor is
// taken under the audit trail's append lock, which the same transaction holds
// until it commits, so cursors grow in commit order on PostgreSQL too (a plain
// sequence hands out numbers at insert, and a reader could pass a number whose
// transaction commits later). Each function must run inside the caller's
// write transaction.

// An imported batch: the model's decision of each of its cases that no
// mandatory review waits for, one cursor slot per case seq in
// [firstCaseSeq, lastCaseSeq].
Status recordBatchDecisions(QSqlDatabase db, qint64 batchSeq, qint64 firstCaseSeq,
                            qint64 lastCaseSeq, const QString& decidedAt);

enum class DecidedBy { Review, Adjudication, Appeal };

// A finalized review (a lone or unanimous review, an adjudication, an appeal that
// reversed the decision): its final
// decision now stands for the case.
Status recordReviewDecision(QSqlDatabase db, qint64 reviewSeq, DecidedBy decidedBy);

} // namespace oversight
