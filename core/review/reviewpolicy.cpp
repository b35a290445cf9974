#include "review/reviewpolicy.h"

#include "accounts/permissions.h"
#include "audit/auditactions.h"
#include "audit/auditevent.h"
#include "common/ids.h"
#include "review/reviewrules.h"
#include "routing/routingpolicy.h"
#include "storage/database.h"
#include "storage/keptquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReviewPolicy)
};

const QString reviewsPerCaseKey = QStringLiteral("reviews_per_case");
const QString secondReviewRateKey = QStringLiteral("second_review_rate");

Error failure(const QSqlQuery& query) {
    return Error{
        Text::tr("Cannot read or store the review policy: %1").arg(query.lastError().text())};
}

} // namespace

Status QueueReviewPolicy::validate() const {
    if (!isValidQueueName(queue))
        return Error{Text::tr("'%1' is not a queue name (lower-case letters, digits, '-' and '_').")
                         .arg(queue)};
    if (queue == adjudicationQueue())
        return Error{Text::tr("The adjudication queue always has one adjudicator per case.")};
    if (reviewsPerCase < 1 || reviewsPerCase > maximumReviewsPerCase)
        return Error{Text::tr("Reviews per case must be 1, 2 or 3; got %1.").arg(reviewsPerCase)};
    if (!std::isfinite(secondReviewRate) || secondReviewRate < 0.0 || secondReviewRate > 1.0)
        return Error{Text::tr("The second-review rate must be a number in [0, 1]; got %1.")
                         .arg(secondReviewRate)};
    if (!std::isfinite(knownAnswerRate) || knownAnswerRate < 0.0 || knownAnswerRate > 1.0)
        return Error{Text::tr("The known-answer rate must be a number in [0, 1]; got %1.")
                         .arg(knownAnswerRate)};
    if (!std::isfinite(catchRate) || catchRate < 0.0 || catchRate > 1.0)
        return Error{Text::tr("The catch rate must be a number in [0, 1]; got %1.").arg(catchRate)};
    if (reviewsPerCase > 1 && secondReviewRate > 0.0)
        return Error{Text::tr("A second-review rate applies to a queue with one review per case; "
                              "queue '%1' already has %2.")
                         .arg(queue)
                         .arg(reviewsPerCase)};
    return success();
}

bool QueueReviewPolicy::isDefault() const {
    return reviewsPerCase == 1 && secondReviewRate == 0.0 && knownAnswerRate == 0.0 &&
           catchRate == 0.0 && !knownAnswerFeedback;
}

QJsonObject reviewPolicySnapshot(const QList<QueueReviewPolicy>& policies) {
    QJsonObject snapshot;
    for (const QueueReviewPolicy& policy : policies) {
        if (policy.reviewsPerCase == 1 && policy.secondReviewRate == 0.0)
            continue;
        snapshot.insert(policy.queue, QJsonObject{{reviewsPerCaseKey, policy.reviewsPerCase},
                                                  {secondReviewRateKey, policy.secondReviewRate}});
    }
    return snapshot;
}

int reviewsNeeded(const QJsonObject& batchSnapshot, const QString& routedQueue, qint64 seed,
                  const QString& externalId) {
    const QJsonObject policy = batchSnapshot.value(routedQueue).toObject();
    const int perCase = policy.value(reviewsPerCaseKey).toInt(1);
    if (perCase > 1)
        return perCase;
    const double rate = policy.value(secondReviewRateKey).toDouble(0.0);
    if (rate > 0.0 && secondReviewDraw(seed, QByteArrayView(externalId.toUtf8())) < rate)
        return 2;
    return 1;
}

Result<QList<QueueReviewPolicy>> ReviewPolicyStore::list() const {
    // Kept: every claim reads it.
    KeptQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT queue, reviews_per_case, second_review_rate, known_answer_rate, catch_rate, "
        "known_answer_feedback FROM queue_review_policy ORDER BY queue"));
    if (!query.exec())
        return failure(query);
    QList<QueueReviewPolicy> policies;
    while (query.next())
        policies << QueueReviewPolicy{query.value(0).toString(), query.value(1).toInt(),
                                      query.value(2).toDouble(), query.value(3).toDouble(),
                                      query.value(4).toDouble(), query.value(5).toInt() == 1};
    return policies;
}

Result<QueueReviewPolicy> ReviewPolicyStore::forQueue(const QString& queue) const {
    const Result<QList<QueueReviewPolicy>> policies = list();
    if (!policies)
        return policies.error();
    for (const QueueReviewPolicy& policy : policies.value())
        if (policy.queue == queue)
            return policy;
    return QueueReviewPolicy{queue};
}

Status ReviewPolicyStore::save(const Session& actor, const QueueReviewPolicy& policy) {
    if (Status allowed = require(actor, Permission::ChangePolicy); !allowed)
        return allowed;
    if (Status valid = policy.validate(); !valid)
        return valid;
    Transaction transaction(m_db);
    if (!transaction.begun())
        return Error{Text::tr("The database is busy: %1").arg(transaction.beginError())};
    const Result<QueueReviewPolicy> previous = forQueue(policy.queue);
    if (!previous)
        return previous.error();
    const QString now = utcNow();
    KeptQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM queue_review_policy WHERE queue = ?"));
    query.addBindValue(policy.queue);
    if (!query.exec())
        return failure(query);
    if (!policy.isDefault()) {
        query.prepare(QStringLiteral(
            "INSERT INTO queue_review_policy (queue, reviews_per_case, second_review_rate, "
            "known_answer_rate, catch_rate, known_answer_feedback, changed_at, changed_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(policy.queue);
        query.addBindValue(policy.reviewsPerCase);
        query.addBindValue(policy.secondReviewRate);
        query.addBindValue(policy.knownAnswerRate);
        query.addBindValue(policy.catchRate);
        query.addBindValue(policy.knownAnswerFeedback ? 1 : 0);
        query.addBindValue(now);
        query.addBindValue(actor.userId);
        if (!query.exec())
            return failure(query);
    }
    const QJsonObject details{
        {QStringLiteral("queue"), policy.queue},
        {reviewsPerCaseKey, policy.reviewsPerCase},
        {secondReviewRateKey, policy.secondReviewRate},
        {QStringLiteral("previous_reviews_per_case"), previous->reviewsPerCase},
        {QStringLiteral("previous_second_review_rate"), previous->secondReviewRate},
        {QStringLiteral("known_answer_rate"), policy.knownAnswerRate},
        {QStringLiteral("catch_rate"), policy.catchRate},
        {QStringLiteral("known_answer_feedback"), policy.knownAnswerFeedback},
        {QStringLiteral("previous_known_answer_rate"), previous->knownAnswerRate},
        {QStringLiteral("previous_catch_rate"), previous->catchRate},
        {QStringLiteral("previous_known_answer_feedback"), previous->knownAnswerFeedback}};
    if (Status recorded = appendAuditEvent(m_db,
                                           {actor.login, AuditAction::policyChanged,
                                            QStringLiteral("queue_review_policy"), details},
                                           now);
        !recorded)
        return recorded;
    return transaction.commit();
}

} // namespace oversight
