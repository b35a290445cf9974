#pragma once

#include "fairness/groupattributes.h"
#include "routing/routingpolicy.h"

#include <QJsonObject>
#include <QString>

namespace oversight {

// What the trail says about an import, whether recorded as it happens or carried
// over from before the trail existed.
struct ImportedFile {
    QString file;   // name without folders
    QString sha256; // of the file
    qint64 rows = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    QString contentDigest; // of what was stored (audit/contentdigest.h)
};

// The protected attributes of a batch or log, when it names any.
void addGroupDetails(QJsonObject& details, const GroupColumnsOptions& groups);

QJsonObject batchImportedDetails(const ImportedFile& imported, const QString& model,
                                 const QString& modelVersion);

struct RouteCounts {
    qint64 review = 0;
    qint64 audit = 0;
    qint64 automated = 0;
};

QJsonObject batchRoutedDetails(const RoutingPolicy& policy, bool policyOverridden,
                               const RouteCounts& routed);

QJsonObject reviewLogImportedDetails(const ImportedFile& imported, const QString& timeZone);

} // namespace oversight
