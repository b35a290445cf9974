#pragma once

#include "reports/auditreport.h"

#include <QIODevice>
#include <QPageSize>

namespace oversight {

// Renders an audit report as PDF: a title page with the contents, then the
// summary, warnings, the dashboard's charts (vector graphics), the per-reviewer
// table, routing policy, escalations and releases, method notes and the audit
// chain, with page numbers. Needs a QApplication (the charts are QtCharts
// graphics items); the CLI starts one on the offscreen platform.
Status writePdfReport(QIODevice& out, const AuditReport& report,
                      QPageSize::PageSizeId pageSize = QPageSize::A4);

} // namespace oversight
