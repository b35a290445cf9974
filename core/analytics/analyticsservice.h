#pragma once

#include "accounts/session.h"
#include "analytics/oversightreport.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <QTimeZone>
#include <functional>

namespace oversight {

// Which finalized reviews to analyse. Dates are calendar days in `zone` (by
// default the analytics time zone), both ends included; empty strings mean all.
struct AnalysisFilter {
    std::optional<QDate> from;
    std::optional<QDate> to;
    QString queue;
    QString model; // "name version" as stored, or the name alone for every version
    QString reviewer;
    std::optional<QTimeZone> zone;
};

// One finalized review as the drill-down shows it.
struct ReviewRecord {
    QString finalizedAt; // UTC, ISO 8601
    QString reviewer;
    QString caseRef;
    QString queue;
    QString model;
    QString initial; // empty when none was recorded
    std::optional<int> initialConfidence;
    QString modelLabel;
    QString finalLabel;
    QString truth;
    std::optional<qint64> blindMs;
    std::optional<qint64> decideMs;
};

// One finalized review with everything an audit report's decision log shows.
// Reviews imported from a historical log have no claim, commit or reveal
// times, rationales or model confidence; `source` names the log file for them
// and is "live" for reviews made in Oversight.
struct DecisionRecord {
    ReviewRecord review;
    QString reviewId;
    QString claimedAt;
    QString committedAt;
    QString revealedAt;
    QString initialRationale;
    std::optional<double> modelConfidence;
    QString finalRationale;
    QString source;
};

// The oversight figures for compliance: read from the rollups (fast), or computed
// from every review fact (the reference the rollups are tested against, and the
// way to answer in a zone other than the analytics zone).
class AnalyticsService {
public:
    explicit AnalyticsService(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Without `thresholds`, the warnings use the database's (warningthresholdsetting.h).
    Result<OversightReport>
    analyze(const Session& actor, const AnalysisFilter& filter,
            const std::optional<WarningThresholds>& thresholds = std::nullopt) const;
    Result<OversightReport>
    analyzeFromFacts(const Session& actor, const AnalysisFilter& filter,
                     const std::optional<WarningThresholds>& thresholds = std::nullopt) const;
    // The reviews behind a figure, newest first, at most `limit`; with
    // `groupMembers`, only those whose stored groups contain each member (one
    // group's reviews, fairness/groupattributes.h).
    Result<QList<ReviewRecord>> reviews(const Session& actor, const AnalysisFilter& filter,
                                        int limit = 10000,
                                        const QList<QByteArray>& groupMembers = {}) const;

    // Every review of the filter, oldest first, one at a time (a period can hold
    // millions); `visit` returns false to stop. Returns how many were visited.
    Result<qint64> forEachDecision(const Session& actor, const AnalysisFilter& filter,
                                   const std::function<bool(const DecisionRecord&)>& visit) const;
    Result<qint64> countReviews(const Session& actor, const AnalysisFilter& filter) const;

    // Whether `requested` gives the rollups' days and hours the same offsets as the
    // analytics zone they were counted in (analyticszone.h, sameRulesBetween).
    Result<bool> countsDaysAsAnalyticsZone(const QTimeZone& requested,
                                           const QTimeZone& analytics) const;

    // Distinct values for filter choices.
    Result<QStringList> reviewers(const Session& actor) const;
    Result<QStringList> models(const Session& actor) const;
    Result<QStringList> queues(const Session& actor) const;

private:
    Result<QStringList> distinct(const Session& actor, const QString& column) const;
    Result<ReportInput> readFacts(const AnalysisFilter& filter, const QTimeZone& zone,
                                  bool withReviewerDays) const;

    QSqlDatabase m_db;
};

} // namespace oversight
