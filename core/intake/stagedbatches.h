#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace oversight {

// An import stores its rows while its batch is `staging` (invisible to every
// reader) in short transactions, and then publishes the batch in one short
// transaction; see docs/RELIABILITY.md, "Staged imports".

// An SQL condition that holds when the batch sequence number in
// `batchSeqColumn` names a published batch, not one still being staged.
QString publishedBatch(const QString& batchSeqColumn);

// An SQL condition over review_facts (unaliased) that holds for the facts of
// finalized reviews and of published review logs, not of a log being staged.
QString publishedFacts();

// How many staged cases wait, state 'queued', in each human queue ("review",
// "audit"): a count taken from the queue index includes them, and subtracts
// these (each chunk keeps its batch's routed_review and routed_audit current).
Result<QHash<QString, qint64>> stagedQueuedCases(const QSqlDatabase& db);

// What is staged: a batch of decisions or a review log.
enum class StagedImport { Batch, ReviewLog };

// Moves the heartbeat of a staged import, in the caller's transaction: every
// write of the import does so first, and so finds out when another client took
// it for dead and removed what it stored (the error then says so).
Status keepStaging(QSqlDatabase db, StagedImport kind, qint64 seq);

// Why an import stored nothing: another client removed its rows as abandoned.
QString removedAsAbandoned();

// Appended to a failed import's message when its staged rows could not be
// removed at once.
QString leftForTheNextImport(const QString& why);

// Who stages a batch: this computer's host name and this process, as stored in
// import_batches.staged_by.
QString stagingOwner();

// A staging import that has not written for this long is dead, wherever it ran.
constexpr qint64 stagingSilenceLimitSeconds = 10 * 60;

// Removes what one staged batch stored, a slice of cases per short transaction,
// and then the batch itself (only while it is still staging).
Status removeStagedBatch(QSqlDatabase db, qint64 batchSeq);

// Removes what one staged review log stored, a slice of facts per short
// transaction, and then the log itself (only while it is still staging).
Status removeStagedLog(QSqlDatabase db, qint64 logSeq);

// Removes the staged batches and review logs whose import died: staged by a process of this
// computer that no longer runs, or silent for stagingSilenceLimitSeconds.
// Returns how many were removed.
Result<int> removeAbandonedImports(QSqlDatabase db,
                                   const QDateTime& now = QDateTime::currentDateTimeUtc());

} // namespace oversight
