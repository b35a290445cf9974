#pragma once

#include "analytics/figures/warnings.h"
#include "analytics/statistics.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace oversight {

// One appeal as the figures see it (DESIGN.md, "Contesting a decision").
struct AppealRecord {
    QString originalDecider; // "model" or the login whose decision was appealed
    QDateTime filedAt;
    QDateTime deadline;
    std::optional<QDateTime> resolvedAt;
    bool reversed = false;                     // meaningful once resolved
    QList<std::pair<QString, QString>> groups; // the case's protected attributes
};

struct AppealReversals {
    QString key;         // a decider, or a group
    QString attribute;   // for groups: the attribute the group belongs to
    Proportion reversal; // reversed among resolved
};

struct AppealFigures {
    qint64 filed = 0;
    qint64 pending = 0;
    qint64 resolved = 0;
    qint64 overdue = 0; // pending past their deadline
    Proportion reversal;
    QList<AppealReversals> byOriginalDecider; // by decider, "model" among them
    QList<AppealReversals> byGroup;           // by attribute, then group
    std::optional<double> medianDaysToResolve;
    QList<Warning> warnings;
};

AppealFigures appealFigures(const QList<AppealRecord>& appeals, const QDateTime& now);

// The "appeals" object of `analyze --json` (keys in docs/AUDIT.md).
QJsonObject appealsJson(const AppealFigures& figures);

} // namespace oversight
