#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace oversight {

// One fact of a case as the reviewer sees it: a column header and its value.
struct Fact {
    QString name;
    QString value;
};

// What a reviewer receives before committing an initial decision: the case's
// facts and nothing that gives the model's answer away. There is deliberately no
// field for the model's label, confidence, probabilities, hidden columns, route
// reason or batch; tests/core/tst_review.cpp pins the number of fields, so adding
// one fails the build of the tests until someone has looked at the blind.
struct ClaimedCase {
    QString caseId;     // the case's UUID
    QString externalId; // the data's own id
    QString queue;
    QList<Fact> facts;    // in the file's column order, hidden columns left out
    QStringList labels;   // the decision options of the case's batch
    QString claimedAt;    // UTC, ISO 8601
    QString leaseExpires; // UTC, ISO 8601
};

} // namespace oversight
