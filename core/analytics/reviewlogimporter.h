#pragma once

#include "accounts/session.h"
#include "fairness/groupattributes.h"
#include "intake/importer.h"
#include "intake/rowvalidator.h"

#include <QSqlDatabase>
#include <QTimeZone>

namespace oversight {

// Where the columns of a review log made elsewhere are; empty optional ones are absent.
struct ReviewLogOptions {
    QString filePath;
    QString reviewerColumn = QStringLiteral("reviewer_id");
    QString timeColumn = QStringLiteral("timestamp");
    QString caseColumn = QStringLiteral("case_id");
    QString finalColumn = QStringLiteral("final_decision");
    QString aiColumn = QStringLiteral("ai_label");
    QString initialColumn;
    QString initialConfidenceColumn; // the reviewer's stated confidence, 0 to 100
    QString aiConfidenceColumn;
    QString truthColumn;
    QString queueColumn;
    QString model = QStringLiteral("imported");
    GroupColumnsOptions groups;                   // protected attributes, for the figures by group
    QTimeZone zone = QTimeZone::systemTimeZone(); // for timestamps without an offset
    bool strict = false;
    bool force = false;
};

struct ReviewLogReport {
    QString logId;
    QString sha256;
    qint64 rows = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    QList<Reject> rejects; // at most maxListedRejects (intake/importer.h)
    QString error;         // non-empty: nothing was stored

    bool ok() const { return error.isEmpty(); }
};

// Facts stored per transaction of an import: the write lock is held some 20 ms
// each (docs/PERFORMANCE.md, staged imports); smaller chunks cost more in
// commits than in rows once the database holds a million facts.
constexpr std::size_t reviewFactsPerTransaction = 5000;
// The most memory the finest-grain sums of a log may take while it is read
// (analytics/finestgrainstage.h); a log with more keys has them summed from the
// stored facts afterwards instead (1M demo reviews, wide shape: 22 MB).
constexpr qint64 finestGrainStageBytes = qint64(24) << 20;

// Loads a historical review log (CSV) as finalized reviews for analysis: every
// row validated, each reviewer's ordinals in the day and since a break derived
// from the times, the rollup built in bulk. Staged like an import of decisions
// (intake/importer.h): reviewers keep working meanwhile, and to every reader
// the log arrives whole or not at all. `progress` (bytes read, file size) may
// cancel, storing nothing.
class ReviewLogImporter {
public:
    explicit ReviewLogImporter(QSqlDatabase db)
        : m_db(std::move(db)) {}

    ReviewLogReport run(const Session& actor, const ReviewLogOptions& options,
                        const ImportProgress& progress = {});

private:
    QSqlDatabase m_db;
};

} // namespace oversight
