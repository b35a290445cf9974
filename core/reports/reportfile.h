#pragma once

#include "reports/auditreport.h"

#include <QIODevice>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace oversight {

enum class ReportFormat { Pdf, Csv, Json };

std::optional<ReportFormat> reportFormatFromName(const QString& name); // pdf, csv, json
QString reportFormatName(ReportFormat format);

// Writes a document to `path` atomically (QSaveFile), then records the export
// (`report.exported`, subject the file name) with `details` plus the file's
// name and SHA-256; when it cannot be recorded the file is removed.
Status saveRecordedFile(QSqlDatabase db, const Session& actor, const QString& path,
                        QJsonObject details, const std::function<Status(QIODevice&)>& write);

// Writes a report to `path` atomically (QSaveFile: an interrupted or failed export
// never leaves a partial file under the final name), then records the export in
// the audit trail with the file's SHA-256 and the chain head the report cites.
Status saveReportFile(QSqlDatabase db, const Session& actor, const AuditReport& report,
                      ReportFormat format, const QString& path,
                      const std::function<Status(QIODevice&)>& write);

} // namespace oversight
