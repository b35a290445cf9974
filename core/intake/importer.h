#pragma once

#include "accounts/session.h"
#include "common/result.h"
#include "intake/importoptions.h"
#include "intake/leakjudgement.h"
#include "intake/rowvalidator.h"
#include "routing/routingpolicy.h"

#include <QSqlDatabase>
#include <functional>

namespace oversight {

struct ImportReport {
    QString error; // non-empty: the import failed and nothing was stored
    QString batchId;
    QString sha256;
    qint64 rows = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 routedReview = 0;
    qint64 routedAudit = 0;
    qint64 routedAutomated = 0; // automated decisions, the audited ones included
    QList<Reject> rejects;      // the first maxListedRejects; all go to the rejects file
    bool rejectsTruncated = false;
    QList<ColumnAssociation> associations; // every fact column's score, per target
    QList<ColumnAssociation> leaks;        // those refused (or that would be, if allowed)
    QList<ColumnAssociation> nearLeaks;    // strongly associated: a person should decide
    QStringList notices;                   // renamed columns, a skipped leak check, near leaks
    RoutingPolicy policy;

    bool ok() const { return error.isEmpty(); }
};

constexpr qsizetype maxListedRejects = 1000;

// Called now and then with bytes read and the file size; return false to cancel
// (the import then rolls back as if it had never started).
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// The column names of a decisions file (CSV header, or the keys of the first JSON
// line), for choosing the mapping before an import; an error names the file.
Result<QStringList> readFileColumns(const QString& path);

// Reads one file of model decisions, validates every row, checks fact columns for
// leaks of the label, routes each case and stores the batch. The rows are staged
// in short transactions, invisible to every reader, and the batch is published
// in one short one: reviewers keep working meanwhile, and to everyone else the
// import is all or nothing. A failure or a cancel removes what was staged; a
// crash leaves it to the next import or open (removeAbandonedImports).
class Importer {
public:
    explicit Importer(QSqlDatabase db)
        : m_db(std::move(db)) {}

    ImportReport run(const Session& actor, const ImportOptions& options,
                     const ImportProgress& progress = {});

private:
    QSqlDatabase m_db;
};

} // namespace oversight
