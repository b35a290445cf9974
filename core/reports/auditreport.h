#pragma once

#include "accounts/session.h"
#include "agreement/agreementfigures.h"
#include "analytics/analyticsservice.h"
#include "appeals/appealfigures.h"
#include "audit/chainverifier.h"
#include "fairness/fairnessfigures.h"
#include "knownanswers/knownanswerfigures.h"
#include "reports/modelcard.h"
#include "review/reviewpolicy.h"
#include "routing/routingpolicy.h"

#include <QSqlDatabase>

namespace oversight {

// A review attempt that ended without a decision: given back, escalated or expired.
struct EndedReview {
    QString endedAt; // UTC, ISO 8601
    QString reviewer;
    QString caseRef;
    QString queue;
    QString outcome; // released | escalated | expired
    QString note;
    QString toQueue; // escalations only
};

// The routing policy an import batch was routed with.
struct BatchPolicy {
    QString batchId;
    QString source;
    QString importedAt;
    QString model;
    RoutingPolicy policy;
    bool overridden = false;
};

// Everything an audit report says apart from the decision log, which is read
// row by row while a report is written (AnalyticsService::forEachDecision).
struct AuditReport {
    QString organisation;
    AnalysisFilter filter; // from and to always set
    QString zone;          // the time zone of the period's days
    QString generatedBy;
    QString generatedAt; // UTC, ISO 8601: the only part that differs between two exports
    QString applicationVersion;
    RoutingPolicy policyNow;
    QList<QueueReviewPolicy> reviewPolicies; // queues with more than one review per case, now
    QList<BatchPolicy> batches;              // imported up to the end of the period
    OversightReport analysis;
    FairnessAnalysis fairness;  // empty when no batch or log names protected attributes
    AgreementFigures agreement; // cases with independent double review
    KnownAnswerFigures knownAnswers;
    AppealFigures appeals;
    QList<ModelCard> modelCards;
    QList<EndedReview> ended;
    ChainHead head; // the last event that changed data
    Verification verification;
};

// The settings key of the organisation's name on reports.
QString organisationSettingKey();

// Gathers a report for `filter` (from and to required), verifying the audit
// trail on the way; `progress` follows the verification, the long part.
Result<AuditReport> buildAuditReport(QSqlDatabase db, const Session& actor,
                                     const AnalysisFilter& filter,
                                     const VerifyProgress& progress = {});

} // namespace oversight
