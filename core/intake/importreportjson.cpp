#include "intake/importreportjson.h"

#include <QJsonArray>

namespace oversight {

namespace {

QJsonValue measured(double value) {
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

} // namespace

QJsonObject importReportJson(const ImportReport& report) {
    QJsonArray rejects;
    for (const Reject& reject : report.rejects)
        rejects.append(QJsonObject{{QStringLiteral("row"), reject.row},
                                   {QStringLiteral("column"), reject.column},
                                   {QStringLiteral("reason"), reject.reason}});
    QJsonArray leaks;
    for (const ColumnAssociation& leak : report.leaks)
        leaks.append(QJsonObject{{QStringLiteral("column"), leak.column},
                                 {QStringLiteral("score"), leak.score}});
    QJsonArray associations;
    for (const ColumnAssociation& a : report.associations)
        associations.append(QJsonObject{{QStringLiteral("column"), a.column},
                                        {QStringLiteral("score"), a.score},
                                        {QStringLiteral("cramers_v"), measured(a.cramersV)},
                                        {QStringLiteral("somers_d"), measured(a.somersD)},
                                        {QStringLiteral("n"), a.n}});
    QJsonObject object{
        {QStringLiteral("batch"), report.batchId.isEmpty() ? QJsonValue() : report.batchId},
        {QStringLiteral("rows"), report.rows},
        {QStringLiteral("accepted"), report.accepted},
        {QStringLiteral("rejected"), report.rejected},
        {QStringLiteral("routed"),
         QJsonObject{{QStringLiteral("review"), report.routedReview},
                     {QStringLiteral("audit"), report.routedAudit},
                     {QStringLiteral("automated"), report.routedAutomated}}},
        {QStringLiteral("rejects"), rejects},
        {QStringLiteral("rejects_truncated"), report.rejectsTruncated},
        {QStringLiteral("leaks"), leaks},
        {QStringLiteral("associations"), associations},
        {QStringLiteral("notices"), QJsonArray::fromStringList(report.notices)},
        {QStringLiteral("sha256"), report.sha256},
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("threshold"), report.policy.threshold},
                     {QStringLiteral("audit_rate"), report.policy.auditRate},
                     {QStringLiteral("seed"), report.policy.seed}}},
    };
    if (!report.ok())
        object.insert(QStringLiteral("error"), report.error);
    return object;
}

} // namespace oversight
