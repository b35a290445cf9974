#pragma once

#include "accounts/session.h"
#include "analytics/analyticsservice.h"
#include "common/result.h"
#include "dossier/casedossier.h"
#include "reports/reportfile.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <memory>

namespace oversight::cli {

// Reports are drawn by the GUI's code (charts, PDF), which needs QtWidgets. It
// lives in a module loaded only by `report`, so every other command starts
// without loading the GUI libraries (about 8 ms of each start).
struct ReportWriterRequest {
    AnalysisFilter filter;
    ReportFormat format = ReportFormat::Pdf;
    QString path;
    bool letterPaper = false;
};

// The functions the module exports (app/reportwriter/reportwriter.cpp).
extern "C" {
using CreateGuiApplication = QCoreApplication* (*)(int& argc, char** argv);
using WriteReport = bool (*)(QSqlDatabase* db, const Session* actor,
                             const ReportWriterRequest* request, QString* error);
using WriteCaseDossierPdf = bool (*)(const CaseDossier* dossier, QIODevice* out, bool letterPaper,
                                     QString* error);
}

// The module, found beside the program (build tree) or in the installed
// library folder; an error names where it looked.
Result<QFunctionPointer> reportWriterFunction(const char* name);

} // namespace oversight::cli
