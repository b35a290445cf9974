#include "intake/importreportjson.h"

#include <QJsonArray>
#include <algorithm>

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
    const auto scoredList = [](const QList<ColumnAssociation>& list) {
        QJsonArray array;
        for (const ColumnAssociation& a : list)
            array.append(QJsonObject{{QStringLiteral("column"), a.column},
                                     {QStringLiteral("against"), targetName(a.target)},
                                     {QStringLiteral("score"), a.score}});
        return array;
    };
    // One entry per column: its score against the model's label, and against the
    // outcome when one is mapped; `against` names the stronger of the two.
    QJsonArray associations;
    for (const ColumnAssociation& a : report.associations) {
        if (a.target != AssociationTarget::Model)
            continue;
        const auto outcome =
            std::find_if(report.associations.cbegin(), report.associations.cend(),
                         [&](const ColumnAssociation& o) {
                             return o.target == AssociationTarget::Outcome && o.column == a.column;
                         });
        const bool hasOutcome = outcome != report.associations.cend();
        const bool outcomeStronger = hasOutcome && outcome->score > a.score;
        associations.append(QJsonObject{
            {QStringLiteral("column"), a.column},
            {QStringLiteral("against"),
             targetName(outcomeStronger ? AssociationTarget::Outcome : AssociationTarget::Model)},
            {QStringLiteral("score"), a.score},
            {QStringLiteral("cramers_v"), measured(a.cramersV)},
            {QStringLiteral("somers_d"), measured(a.somersD)},
            {QStringLiteral("missing_v"), measured(a.missingV)},
            {QStringLiteral("n"), a.n},
            {QStringLiteral("outcome_score"),
             hasOutcome ? QJsonValue(outcome->score) : QJsonValue()},
            {QStringLiteral("outcome_n"), hasOutcome ? QJsonValue(outcome->n) : QJsonValue()},
        });
    }
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
        {QStringLiteral("leaks"), scoredList(report.leaks)},
        {QStringLiteral("near_leaks"), scoredList(report.nearLeaks)},
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
