#pragma once

#include <QList>
#include <QString>

namespace oversight {

// How many imported decisions share one combination of groups and labels: the
// figures by group are computed from these, whether read from the rows or from
// a rollup. `groupsJson` is the case's attribute -> group object, empty when its
// batch named no attributes.
struct DecisionCell {
    QString groupsJson;
    QString positiveLabel; // the batch's; empty when it named none
    QString model;
    QString effective; // the decision that counts; empty while pending
    QString truth;     // empty when unknown
    qint64 n = 0;
};

// The same for finalized reviews: the model, the reviewer's blind and final
// decisions on the same cases.
struct ReviewCell {
    QString groupsJson;
    QString positiveLabel;
    QString model;
    QString initial; // empty when none was recorded
    QString final;
    QString truth;
    qint64 n = 0;
};

// One reviewer's reviews of one combination of groups, and how many overrode the model.
struct ReviewerCell {
    QString groupsJson;
    QString reviewer;
    qint64 n = 0;
    qint64 overrides = 0;
};

struct FairnessCells {
    QList<DecisionCell> decisions;
    QList<ReviewCell> reviews;
    QList<ReviewerCell> reviewers;
};

} // namespace oversight
