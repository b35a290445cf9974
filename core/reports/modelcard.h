#pragma once

#include "accounts/session.h"
#include "analytics/analyticsservice.h"
#include "analytics/statistics.h"

#include <QSqlDatabase>
#include <QTimeZone>

namespace oversight {

// One group's share of correct model decisions (cases with a known outcome).
struct GroupAccuracy {
    QString attribute;
    QString group;
    qint64 decisions = 0;
    Proportion accuracy;
};

// What a report says about one model version in its period: the decisions of
// the batches imported in the period, how they were routed, how often the
// model was right where the outcome is known (overall and by group), and how
// often reviewers overrode it.
struct ModelCard {
    QString model;       // "name version"
    QStringList batches; // ids, oldest first
    qint64 decisions = 0;
    qint64 routedReview = 0;
    qint64 automated = 0;   // decided by the model
    qint64 routedAudit = 0; // of those, sampled for review after the fact
    Proportion accuracy;
    Proportion overrideRate; // of the reviews finalized in the period (the report's filter)
    QList<GroupAccuracy> accuracyByGroup;
};

// The cards of every model version with batches imported, or reviews
// finalized, in the filter's period (days in `zone`), in name order.
Result<QList<ModelCard>> buildModelCards(QSqlDatabase db, const Session& actor,
                                         const AnalysisFilter& filter, const QTimeZone& zone);

} // namespace oversight
