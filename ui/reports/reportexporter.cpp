#include "reports/reportexporter.h"

#include "reports/pdfreport.h"
#include "reports/reportwriters.h"

#include <QCoreApplication>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)
};

} // namespace

Status exportReport(QSqlDatabase db, const Session& actor, const ReportRequest& request,
                    const ExportProgress& progress) {
    const QString verifying = Text::tr("Verifying the audit trail");
    const Result<AuditReport> report =
        buildAuditReport(db, actor, request.filter, [&](qint64 done, qint64 total) {
            return !progress || progress(verifying, done, total);
        });
    if (!report)
        return report.error();

    const AnalyticsService analytics(db);
    qint64 total = 0;
    if (request.format != ReportFormat::Pdf) {
        const Result<qint64> counted = analytics.countReviews(actor, request.filter);
        if (!counted)
            return counted.error();
        total = counted.value();
    }
    const QString writing = Text::tr("Writing the decision log");
    bool cancelled = false;
    const DecisionSource decisions =
        [&](const std::function<bool(const DecisionRecord&)>& visit) -> Result<qint64> {
        qint64 done = 0;
        return analytics.forEachDecision(actor, request.filter, [&](const DecisionRecord& record) {
            if (progress && ++done % 2048 == 0 && !progress(writing, done, total)) {
                cancelled = true;
                return false;
            }
            return visit(record);
        });
    };
    const Status saved = saveReportFile(
        db, actor, report.value(), request.format, request.path, [&](QIODevice& out) -> Status {
            Status written = success();
            switch (request.format) {
            case ReportFormat::Pdf:
                if (progress)
                    progress(Text::tr("Drawing the PDF"), 0, 0);
                written = writePdfReport(out, report.value(), request.pageSize);
                break;
            case ReportFormat::Csv:
                written = writeCsvReport(out, decisions);
                break;
            case ReportFormat::Json:
                written = writeJsonReport(out, report.value(), decisions);
                break;
            }
            if (cancelled)
                return Error{Text::tr("The export was cancelled.")};
            return written;
        });
    return saved;
}

} // namespace oversight
