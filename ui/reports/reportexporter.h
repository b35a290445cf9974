#pragma once

#include "reports/reportfile.h"

#include <QPageSize>

namespace oversight {

struct ReportRequest {
    AnalysisFilter filter; // from and to required
    ReportFormat format = ReportFormat::Pdf;
    QString path;
    QPageSize::PageSizeId pageSize = QPageSize::A4; // PDF only
};

// Called with a stage in words and work done out of total; false cancels.
using ExportProgress = std::function<bool(const QString& stage, qint64 done, qint64 total)>;

// The one way reports are made, for the CLI and the dashboard: gather, write the
// format atomically, record the export. PDF needs a QApplication.
Status exportReport(QSqlDatabase db, const Session& actor, const ReportRequest& request,
                    const ExportProgress& progress = {});

} // namespace oversight
