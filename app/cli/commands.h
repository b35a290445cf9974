#pragma once

#include "cli/context.h"

namespace oversight::cli {

// Each takes the command's own arguments, the first being "oversight-cli NAME".
int runInit(Context& context, const QStringList& arguments);
int runImport(Context& context, const QStringList& arguments);
int runQueues(Context& context, const QStringList& arguments);
int runPolicy(Context& context, const QStringList& arguments);
int runKnownAnswers(Context& context, const QStringList& arguments);
int runAppeal(Context& context, const QStringList& arguments);
int runAppeals(Context& context, const QStringList& arguments);
int runDemo(Context& context, const QStringList& arguments);
int runUser(Context& context, const QStringList& arguments);
int runReview(Context& context, const QStringList& arguments);
int runAnalyze(Context& context, const QStringList& arguments);
int runImportReviews(Context& context, const QStringList& arguments);
int runReport(Context& context, const QStringList& arguments);
int runVerify(Context& context, const QStringList& arguments);
int runMigrate(Context& context, const QStringList& arguments);
int runGrant(Context& context, const QStringList& arguments);
int runExport(Context& context, const QStringList& arguments);
int runLogin(Context& context, const QStringList& arguments);
int runLogout(Context& context, const QStringList& arguments);

} // namespace oversight::cli
