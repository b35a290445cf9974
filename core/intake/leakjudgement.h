#pragma once

#include "intake/importoptions.h"
#include "intake/leakcheck.h"

#include <QList>
#include <QStringList>

namespace oversight {

// What an import makes of its columns' associations with the model's label and,
// when the outcome is mapped, with the outcome: which are leaks (refused unless
// allowed), which are near leaks (stored, but a person should decide), and what to
// tell the person who imports.
struct LeakFindings {
    QList<ColumnAssociation> associations; // every fact column against each target
    QList<ColumnAssociation> leaks;        // score >= refuseAt (allowed ones included)
    QList<ColumnAssociation> nearLeaks;    // noticeAt <= score < refuseAt, not allowed
    QStringList notices;
    QString refusal; // non-empty: the import must be refused, and why
};

// `outcome` is null when no outcome column is mapped.
LeakFindings judgeLeaks(const LeakCheck& model, const LeakCheck* outcome,
                        const ImportOptions& options);

} // namespace oversight
