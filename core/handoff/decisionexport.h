#pragma once

#include "accounts/session.h"
#include "common/result.h"

#include <QIODevice>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace oversight {

enum class ExportFormat { Jsonl, Csv };

std::optional<ExportFormat> exportFormatFromName(const QString& name); // jsonl, csv
QString exportFormatName(ExportFormat format);

struct ExportRequest {
    qint64 since = 0; // records with a greater cursor
    ExportFormat format = ExportFormat::Jsonl;
    std::optional<qint64> limit;
};

struct ExportSummary {
    qint64 records = 0;
    std::optional<qint64> firstCursor;
    // The cursor to pass as --since next time: the last record's, or `since`
    // when there was none.
    qint64 nextCursor = 0;
    QString sha256; // of the bytes written
};

// Called now and then with the records written so far; false cancels.
using ExportProgress = std::function<bool(qint64 records)>;

// Writes every change of an effective decision after `since`, in cursor order,
// from one snapshot of the database: the same request gives the same bytes. The
// memory used does not grow with the number of records. Checks the permission
// first. Records nothing: the caller records the export once the bytes are
// where they go (recordDecisionExport), or uses exportDecisionsToFile.
Result<ExportSummary> writeDecisions(QSqlDatabase db, const Session& actor,
                                     const ExportRequest& request, QIODevice& out,
                                     const ExportProgress& progress = {});

// The audit event of an export that handed records on; `destination` names the
// file or says standard output. An export of no records hands nothing on and
// leaves no event: an integration that polls every few seconds would otherwise
// fill the trail with empty polls.
Status recordDecisionExport(QSqlDatabase db, const Session& actor, const ExportRequest& request,
                            const ExportSummary& summary, const QString& destination);

// Both, into a file written atomically (QSaveFile). When the export cannot be
// recorded the file is removed: nothing leaves without a trace in the trail.
Result<ExportSummary> exportDecisionsToFile(QSqlDatabase db, const Session& actor,
                                            const ExportRequest& request, const QString& path,
                                            const ExportProgress& progress = {});

} // namespace oversight
