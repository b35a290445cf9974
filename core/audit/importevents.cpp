#include "audit/importevents.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace oversight {

namespace {

QJsonObject fileDetails(const ImportedFile& imported) {
    return {{QStringLiteral("file"), imported.file},
            {QStringLiteral("file_sha256"), imported.sha256},
            {QStringLiteral("rows"), imported.rows},
            {QStringLiteral("accepted"), imported.accepted},
            {QStringLiteral("rejected"), imported.rejected},
            {QStringLiteral("content_sha256"), imported.contentDigest}};
}

} // namespace

QJsonObject batchImportedDetails(const ImportedFile& imported, const QString& model,
                                 const QString& modelVersion) {
    QJsonObject details = fileDetails(imported);
    details.insert(QStringLiteral("model"), model);
    details.insert(QStringLiteral("model_version"), modelVersion);
    return details;
}

void addGroupDetails(QJsonObject& details, const GroupColumnsOptions& groups) {
    if (!groups.any())
        return;
    details.insert(QStringLiteral("group_columns"), QJsonArray::fromStringList(groups.columns));
    details.insert(QStringLiteral("group_bands"),
                   QJsonDocument::fromJson(groupBandsJson(groups.bands)).object());
    details.insert(QStringLiteral("show_group_columns"), groups.show);
    details.insert(QStringLiteral("positive_label"), groups.positiveLabel.isEmpty()
                                                         ? QJsonValue()
                                                         : QJsonValue(groups.positiveLabel));
}

QJsonObject batchRoutedDetails(const RoutingPolicy& policy, bool policyOverridden,
                               const RouteCounts& routed) {
    return {{QStringLiteral("threshold"), policy.threshold},
            {QStringLiteral("audit_rate"), policy.auditRate},
            {QStringLiteral("seed"), policy.seed},
            {QStringLiteral("policy_overridden"), policyOverridden},
            {QStringLiteral("review"), routed.review},
            {QStringLiteral("audit"), routed.audit},
            {QStringLiteral("automated"), routed.automated}};
}

QJsonObject reviewLogImportedDetails(const ImportedFile& imported, const QString& timeZone) {
    QJsonObject details = fileDetails(imported);
    details.insert(QStringLiteral("time_zone"), timeZone);
    return details;
}

} // namespace oversight
