// The report writer module of oversight-cli (see cli/reportwriter.h): the GUI
// application the PDF drawing needs, and the report export the dashboard uses.
#include "cli/reportwriter.h"

#include "reports/dossierpdf.h"
#include "reports/reportexporter.h"

#include <QApplication>

using namespace oversight;

extern "C" Q_DECL_EXPORT QCoreApplication* oversightCreateGuiApplication(int& argc, char** argv) {
    return new QApplication(argc, argv);
}

extern "C" Q_DECL_EXPORT bool oversightWriteReport(QSqlDatabase* db, const Session* actor,
                                                   const cli::ReportWriterRequest* request,
                                                   QString* error) {
    ReportRequest report;
    report.filter = request->filter;
    report.format = request->format;
    report.path = request->path;
    report.pageSize = request->letterPaper ? QPageSize::Letter : QPageSize::A4;
    const Status exported = exportReport(*db, *actor, report);
    if (!exported)
        *error = exported.error().message;
    return exported.ok();
}

extern "C" Q_DECL_EXPORT bool oversightWriteCaseDossierPdf(const CaseDossier* dossier,
                                                           QIODevice* out, bool letterPaper,
                                                           QString* error) {
    const Status written =
        writeCaseDossierPdf(*out, *dossier, letterPaper ? QPageSize::Letter : QPageSize::A4);
    if (!written)
        *error = written.error().message;
    return written.ok();
}
