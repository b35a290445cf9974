#pragma once

#include "accounts/session.h"
#include "appeals/appealfigures.h"
#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <functional>

namespace oversight {

// An appeal as listed: who filed it against which decision, and how it ended.
struct AppealSummary {
    QString id;
    QString externalId;
    QString statement;
    QString requestedBy;
    QString filedBy; // login
    QString filedAt; // UTC, ISO 8601
    QString deadline;
    QString originalDecision;
    QString originalDecider; // "model" or a login
    QString outcome;         // "upheld", "reversed", or empty while pending
    QString resolvedAt;
    QString reviewer; // the appeal's reviewer, once decided
    QString decision;
    QString rationale;
    bool overdue = false; // pending past its deadline
};

// Contesting a decision (DESIGN.md, "Contesting a decision"): filing an appeal
// reopens a decided case into the `appeal` queue, where someone who never saw
// the case decides it blind (review/reviewservice.h); the figures come from the
// appeals themselves.
class AppealService {
public:
    using Clock = std::function<QDateTime()>;

    explicit AppealService(QSqlDatabase db, Clock clock = {})
        : m_db(std::move(db))
        , m_clock(std::move(clock)) {}

    // Within the window after the case's decision, once per case; `repeat` lets
    // an administrator file another after an earlier appeal was decided.
    Result<AppealSummary> file(const Session& actor, const QString& externalId,
                               const QString& statement, const QString& requestedBy,
                               bool repeat = false);

    // Every appeal, newest first (those who may file them, and compliance).
    Result<QList<AppealSummary>> list(const Session& actor) const;

    Result<QList<AppealRecord>> records(const Session& actor) const;
    Result<AppealFigures> analyze(const Session& actor) const;

private:
    QDateTime now() const;
    Status mayRead(const Session& actor) const;

    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace oversight
