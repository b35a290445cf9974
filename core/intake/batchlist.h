#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace oversight {

// One import batch as an overview shows it: where it came from, under which
// policy, and how its rows were routed.
struct BatchSummary {
    QString id;
    QString sourceName;
    QString sha256;
    QString model;
    QString importedBy;
    QString importedAt;
    double threshold = 0;
    double auditRate = 0;
    qint64 seed = 0;
    qint64 rows = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 review = 0;
    qint64 audit = 0;
    qint64 automated = 0;
    bool knownAnswers = false; // a known-answer set: its cases are checks, never decided
};

// Newest first.
Result<QList<BatchSummary>> readBatches(const QSqlDatabase& db, int limit = 500);

} // namespace oversight
