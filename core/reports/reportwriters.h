#pragma once

#include "reports/auditreport.h"

#include <QIODevice>
#include <functional>

namespace oversight {

// Feeds a writer the period's decisions one at a time; the writer returns false
// to stop (a write failed or the user cancelled).
using DecisionSource =
    std::function<Result<qint64>(const std::function<bool(const DecisionRecord&)>&)>;

// The decision log of the period: one row per review, RFC 4180, UTF-8, with a
// header row; cells a spreadsheet would run as formulas are escaped.
Status writeCsvReport(QIODevice& out, const DecisionSource& decisions);

// The report as one JSON document: "report" (period, filters, who and when),
// "routing_policy", "batches", "analysis" (as `analyze --json`), "ended_reviews",
// "chain" (head and verification) and "decisions" (the log, as in the CSV).
Status writeJsonReport(QIODevice& out, const AuditReport& report, const DecisionSource& decisions);

// The CSV columns, in order; the JSON decisions use the same names.
QStringList decisionColumns();

} // namespace oversight
