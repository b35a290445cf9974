#pragma once

#include "analytics/rollupsql.h"
#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

namespace oversight {

// The rollups the figures by group read (migration 8), written in the same
// transaction as the change they count, so the figures never disagree with the
// decisions and reviews. Only cases with protected attributes are counted.

// The decision that counts for a case, for queries over `cases c JOIN
// case_sealed s`: the latest human decision on it (review, adjudication,
// appeal), else the model's for an automated case; '' while a mandatory review
// is pending. Join `effectiveDecisionJoin()`, select `effectiveDecisionColumn()`.
// moveEffectiveDecision applies the same rule to one case as a review lands.
QString effectiveDecisionJoin();
QString effectiveDecisionColumn();

// Counts a batch's decisions by groups and labels while it is imported, and
// stores the counts at its end: one row per distinct combination, not per case.
class DecisionCellCounter {
public:
    // `effective` is empty while the case waits for its mandatory review.
    void add(QByteArrayView groupsJson, QByteArrayView model, QByteArrayView effective,
             QByteArrayView truth);
    Status store(QSqlDatabase db, qint64 batchSeq) const;

private:
    QHash<QByteArray, qint64> m_counts; // the four fields joined by a unit separator
    QByteArray m_key;
};

// A finalized review changes its case's effective decision: its count moves
// from the decision before (pending, the model's, or an earlier human one) to
// the review's final decision.
Status moveEffectiveDecision(QSqlDatabase db, qint64 reviewSeq);

// Adds the review facts matching `condition` (bound to `value`) to the rollup by group.
Status rollUpReviewsByGroup(QSqlDatabase db, const QString& condition, const QVariant& value);
// Its statements in parts (rollupsql.h).
const QList<RollupUpsert>& reviewsByGroupUpserts();

} // namespace oversight
