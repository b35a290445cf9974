#pragma once

#include "accounts/session.h"
#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace oversight {

// How many independent reviews a queue's cases get (DESIGN.md, "Independent
// double review"): K reviewers each, and on a K = 1 queue a re-derivable share of
// cases that get a second one. A queue without a stored policy has K = 1, rate 0.
struct QueueReviewPolicy {
    QString queue;
    int reviewsPerCase = 1;        // 1..3
    double secondReviewRate = 0.0; // [0, 1], only meaningful when reviewsPerCase is 1
    // Known-answer checks (DESIGN.md, "Known-answer cases and disclosed catch
    // trials"): the share of claims served from known-answer cases, the share of
    // their reveals that show a planted recommendation, and whether the reviewer
    // is told after finalizing one.
    double knownAnswerRate = 0.0;
    double catchRate = 0.0;
    bool knownAnswerFeedback = false;

    bool isDefault() const;

    Status validate() const;
};

constexpr int maximumReviewsPerCase = 3;

// The queue where disagreeing independent reviews wait for a third person.
inline QString adjudicationQueue() {
    return QStringLiteral("adjudication");
}

// The policies as a batch keeps them: {"review": {"reviews_per_case": 2,
// "second_review_rate": 0}, ...}; queues with the default are left out.
QJsonObject reviewPolicySnapshot(const QList<QueueReviewPolicy>& policies);

// How many independent reviews one case needs: the policy its batch kept for the
// queue the case was routed to, with the second-review draw of (seed, external id).
int reviewsNeeded(const QJsonObject& batchSnapshot, const QString& routedQueue, qint64 seed,
                  const QString& externalId);

class ReviewPolicyStore {
public:
    explicit ReviewPolicyStore(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Every queue with a policy of its own, by name.
    Result<QList<QueueReviewPolicy>> list() const;
    Result<QueueReviewPolicy> forQueue(const QString& queue) const;
    // Stores the policy (the default removes the queue's row) and records the change.
    Status save(const Session& actor, const QueueReviewPolicy& policy);

private:
    QSqlDatabase m_db;
};

} // namespace oversight
